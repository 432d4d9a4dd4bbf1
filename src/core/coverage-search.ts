import type { Locale } from '../i18n/locale.js';
import { getDataset } from '../data/registry.js';
import type { CoverageEntry, Dataset } from '../data/schema.js';
import { toCoverageMatch, type CoverageMatch } from './coverage-match.js';
import { tokenize } from './normalize.js';
import { createTextIndex, type TextIndex } from './text-index.js';

export { toCoverageMatch, type CoverageMatch };

export interface SearchCoverageOptions {
  /** The locale of the returned texts (the query may be in either). Default `ru`. */
  locale?: Locale;
  /** At most this many matches. Default 10. */
  limit?: number;
  /** The dataset to search; default: the registered or bundled one. */
  dataset?: Dataset;
}

// Words that name no topic, written as lines of words (fewer bytes than a list).
const STOP_WORDS = [
  // Russian: prepositions, particles, pronouns, question words, and the
  // words every question about OMS has.
  'и в во на по для с со к о об от до из у за при перед после под над через про',
  'чтобы уже еще тоже также только все бы же был была было были будет',
  'не нет ли а но или как что это такое такой такая',
  'мне меня я мы нам нас вам вас мой моя мое мои моему моей моего',
  'где куда кто когда почему зачем если делать надо нужно нужна нужен',
  'должны обязаны имеют право можно есть',
  'бесплатно бесплатный бесплатная платно платный омс полис полису страховка сколько стоит',
  // A policy's or a document's form, not a topic («электронный полис»).
  'электронный электронная электронное цифровой',
  // English likewise.
  'the a an of for in on to is it and or with my me i am are be at by from',
  'have need needs should will they want ask asks asked charge charges charged',
  // Who the care is for: the reader's family, not a topic.
  'mother father husband wife son daughter',
  'free oms policy under does do cover covered paid pay cost how much long can get',
  // Generic words of medicine: next to a real topic they only add a little,
  // alone they answer nothing («операция» is no more cataract than heart surgery).
  'терапия терапии терапию операция операции операцию операций лечение лечения лечению',
  'лечить помощь помощи услуга услуги процедура процедуры обследование обследования',
  'удаление удалить удалять',
  'treatment treatments therapy surgery operation removal care help service services',
  // Waiting: every record with a limit has one; the service named says which.
  'срок сроки ждать',
]
  .join(' ')
  .split(' ');
const STOP_SET = new Set(STOP_WORDS);

const indexes = new WeakMap<Dataset, TextIndex<CoverageEntry>>();

/** The search index of `dataset`'s coverage entries, built once per dataset. */
export function coverageIndex(dataset: Dataset): TextIndex<CoverageEntry> {
  let index = indexes.get(dataset);
  if (!index) {
    index = createTextIndex(dataset.coverage, {
      stopWords: STOP_WORDS,
      fields: (entry) => [
        { text: entry.title.ru, weight: 3 },
        { text: entry.title.en, weight: 3 },
        ...[...entry.keywords.ru, ...entry.keywords.en].map((keyword) => ({
          text: keyword,
          weight: 2.5,
        })),
        { text: entry.summary.ru, weight: 0.6, fuzzy: false },
        { text: entry.summary.en, weight: 0.6, fuzzy: false },
      ],
    });
    indexes.set(dataset, index);
  }
  return index;
}

/** Matches scoring under this share of the best one are noise ("treatment" in "IVF treatment"). */
const RELEVANT = 0.2;

/** Whether `query` names something: a word that is neither a stop word nor a generic one. */
function hasTopic(query: string): boolean {
  return tokenize(String(query ?? '')).some((word) => !STOP_SET.has(word));
}

function find(query: string, options: SearchCoverageOptions, loose: boolean): CoverageMatch[] {
  const { locale = 'ru', limit = 10, dataset = getDataset() } = options;
  if (!loose && !hasTopic(query)) return [];
  const hits = coverageIndex(dataset).search(query, Math.floor(limit) || 0, { loose });
  return hits
    .filter((hit) => hit.score >= hits[0].score * RELEVANT)
    .map((hit) => toCoverageMatch(hit.item, dataset, locale, hit.score));
}

/**
 * Finds the coverage entries that answer `query`, best first: in Russian or
 * English whatever `locale` is, with word forms, prefixes, typos and the
 * wrong keyboard layout. `locale` picks the language of the returned texts.
 */
export function searchCoverage(
  query: string,
  options: SearchCoverageOptions = {},
): CoverageMatch[] {
  return find(query, options, false);
}

/**
 * The entries nearest to a query that `searchCoverage` finds nothing for
 * (more typos, shorter prefixes), for a "did you mean"; often empty.
 */
export function suggestCoverage(
  query: string,
  options: SearchCoverageOptions = {},
): CoverageMatch[] {
  return find(query, options, true);
}
