import type { Locale } from '../i18n/locale.js';
import { getDataset } from '../data/registry.js';
import type { CoverageEntry, CoverageStatus, Dataset } from '../data/schema.js';
import { pick, pickOptional } from './localized.js';

/** One search result, with every text already in the requested locale. */
export interface CoverageMatch {
  id: string;
  status: CoverageStatus;
  /** True for `covered` entries that are free only when their conditions hold. */
  conditional: boolean;
  title: string;
  summary: string;
  conditions: string[];
  exceptions: string[];
  note?: string;
  category: { id: string; title: string };
  source: { id: string; title: string; url?: string; legal: boolean };
  legalBasis?: string;
  asOf: string;
  /** Higher is better; comparable within one search only. */
  score: number;
  /** The record as in the dataset, both locales. */
  entry: CoverageEntry;
}

export interface SearchCoverageOptions {
  /** The locale of the returned texts (the query may be in either). Default `ru`. */
  locale?: Locale;
  /** At most this many matches. Default 10. */
  limit?: number;
  /** The dataset to search; default: the registered or bundled one. */
  dataset?: Dataset;
}

/** Turns a dataset record into a match in `locale`. */
export function toCoverageMatch(entry: CoverageEntry, dataset: Dataset, locale: Locale, score: number): CoverageMatch {
  const category = dataset.categories.find((c) => c.id === entry.category);
  const source = dataset.sources.find((s) => s.id === entry.source);
  return {
    id: entry.id,
    status: entry.status,
    conditional: entry.status === 'covered' && (entry.conditions?.length ?? 0) > 0,
    title: pick(entry.title, locale),
    summary: pick(entry.summary, locale),
    conditions: (entry.conditions ?? []).map((c) => pick(c, locale)),
    exceptions: (entry.exceptions ?? []).map((c) => pick(c, locale)),
    note: pickOptional(entry.note, locale),
    category: { id: entry.category, title: category ? pick(category.title, locale) : entry.category },
    source: {
      id: entry.source,
      title: source ? pick(source.title, locale) : entry.source,
      url: source?.url,
      legal: source?.legal ?? false,
    },
    legalBasis: pickOptional(entry.legalBasis, locale),
    asOf: entry.asOf,
    score,
    entry,
  };
}

/**
 * Finds the coverage entries that answer `query`, best first.
 * PLACEHOLDER: plain substring matching; the real search replaces it.
 */
export function searchCoverage(query: string, options: SearchCoverageOptions = {}): CoverageMatch[] {
  const { locale = 'ru', limit = 10, dataset = getDataset() } = options;
  const needle = query.trim().toLowerCase().replace(/ё/g, 'е');
  if (!needle) return [];
  const matches: CoverageMatch[] = [];
  for (const entry of dataset.coverage) {
    const haystack = [entry.title.ru, entry.title.en, ...entry.keywords.ru, ...entry.keywords.en]
      .join(' ')
      .toLowerCase()
      .replace(/ё/g, 'е');
    if (haystack.includes(needle)) matches.push(toCoverageMatch(entry, dataset, locale, 1));
  }
  return matches.slice(0, limit);
}
