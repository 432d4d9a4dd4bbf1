/**
 * A small full-text index for the library's searches: built once from
 * documents with weighted fields, then queried as people type (word forms,
 * prefixes, typos, the other keyboard layout). No DOM.
 */
import { allowedTypos, editDistance, normalizeText, stem, switchKeyboardLayout, tokenize } from './normalize.js';

export interface IndexedField {
  text: string;
  /** How much a match in this field counts (title > keywords > summary). */
  weight: number;
  /** Whether prefixes and typos may match here (off for long prose). */
  fuzzy?: boolean;
}

export interface TextIndexOptions<T> {
  /** The searchable fields of a document. */
  fields: (item: T) => IndexedField[];
  /** Words that carry no meaning on their own ("по", "the"); ignored when other words remain. */
  stopWords?: Iterable<string>;
}

export interface TextHit<T> {
  item: T;
  /** Position of the item in the indexed list. */
  index: number;
  score: number;
  /** The share of the query's words that matched, 0–1. */
  coverage: number;
}

export interface TextIndex<T> {
  search(query: string, limit?: number): TextHit<T>[];
  readonly size: number;
}

interface Posting {
  doc: number;
  weight: number;
  fuzzy: boolean;
  /** The share of the field's words this word is (1 for a one-word title). */
  share: number;
}

/** How much each kind of match is worth, before the field weight. */
const MATCH = { exact: 1, stem: 0.9, prefix: 0.75, typo: 0.65, typo2: 0.5 } as const;
/** Scores of the query typed on the wrong keyboard layout count a little less. */
const SWITCHED_LAYOUT = 0.95;

export function createTextIndex<T>(items: readonly T[], options: TextIndexOptions<T>): TextIndex<T> {
  const stopWords = new Set([...(options.stopWords ?? [])].map(normalizeText));
  const byTerm = new Map<string, Posting[]>();
  const byStem = new Map<string, Posting[]>();

  const add = (map: Map<string, Posting[]>, key: string, posting: Posting) => {
    const list = map.get(key);
    if (!list) map.set(key, [posting]);
    else list.push(posting);
  };

  items.forEach((item, doc) => {
    for (const field of options.fields(item)) {
      const words = tokenize(field.text);
      for (const word of new Set(words)) {
        const posting = { doc, weight: field.weight, fuzzy: field.fuzzy ?? true, share: 1 / words.length };
        add(byTerm, word, posting);
        add(byStem, stem(word), posting);
      }
    }
  });

  // Sorted terms for prefix ranges; terms by length for typo candidates.
  const terms = [...byTerm.keys()].sort();
  const stemsByLength = new Map<number, string[]>();
  for (const key of byStem.keys()) {
    const list = stemsByLength.get(key.length);
    if (list) list.push(key);
    else stemsByLength.set(key.length, [key]);
  }

  function lowerBound(prefix: string): number {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Best score per document for one query word. */
  function matchWord(word: string): Map<number, number> {
    const scores = new Map<number, number>();
    const credit = (postings: Posting[] | undefined, kind: number, fuzzyOnly: boolean) => {
      for (const posting of postings ?? []) {
        if (fuzzyOnly && !posting.fuzzy) continue;
        // A word that is most of a short title says more than one of many.
        const value = kind * posting.weight * (1 + 0.25 * posting.share);
        if (value > (scores.get(posting.doc) ?? 0)) scores.set(posting.doc, value);
      }
    };
    credit(byTerm.get(word), MATCH.exact, false);
    const wordStem = stem(word);
    credit(byStem.get(wordStem), MATCH.stem, false);
    // While typing: the word so far is the start of a longer one.
    if (word.length >= 2) {
      for (let i = lowerBound(word); i < terms.length && terms[i].startsWith(word); i++) {
        if (terms[i] !== word) credit(byTerm.get(terms[i]), MATCH.prefix * Math.sqrt(word.length / terms[i].length), true);
      }
    }
    const typos = allowedTypos(wordStem.length);
    if (typos > 0) {
      for (let length = wordStem.length - typos; length <= wordStem.length + typos; length++) {
        for (const candidate of stemsByLength.get(length) ?? []) {
          if (candidate === wordStem) continue;
          const distance = editDistance(wordStem, candidate, typos);
          if (distance <= typos) credit(byStem.get(candidate), distance === 1 ? MATCH.typo : MATCH.typo2, true);
        }
      }
    }
    return scores;
  }

  function run(words: string[]): Map<number, { score: number; matched: number }> {
    const totals = new Map<number, { score: number; matched: number }>();
    for (const word of words) {
      for (const [doc, score] of matchWord(word)) {
        const total = totals.get(doc);
        if (total) {
          total.score += score;
          total.matched++;
        } else totals.set(doc, { score, matched: 1 });
      }
    }
    return totals;
  }

  return {
    size: items.length,
    search(query: string, limit = 10): TextHit<T>[] {
      // Very long input is cut: nobody types a paragraph into a search field.
      const all = tokenize(query.slice(0, 200)).slice(0, 12);
      const meaningful = all.filter((word) => !stopWords.has(word));
      const words = meaningful.length ? meaningful : all;
      if (!words.length || limit <= 0) return [];
      const hits = new Map<number, TextHit<T>>();
      const collect = (totals: Map<number, { score: number; matched: number }>, factor: number) => {
        for (const [doc, { score, matched }] of totals) {
          const coverage = matched / words.length;
          // Every word matching beats some words matching strongly.
          const value = score * factor * coverage * coverage;
          const known = hits.get(doc);
          if (!known || known.score < value) hits.set(doc, { item: items[doc], index: doc, score: value, coverage });
        }
      };
      collect(run(words), 1);
      const switched = words.map(switchKeyboardLayout);
      if (switched.some((word, i) => word !== words[i])) collect(run(switched), SWITCHED_LAYOUT);
      return [...hits.values()].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, limit);
    },
  };
}
