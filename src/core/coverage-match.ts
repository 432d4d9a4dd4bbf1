/**
 * A coverage record as a result in one locale: what the search returns and
 * what browsing a category shows (which needs no search code).
 */
import type { Locale } from '../i18n/locale.js';
import type { CoverageEntry, CoverageStatus, Dataset, WaitingTime } from '../data/schema.js';
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
  /** When someone checked the entry against its source; absent when nobody has. */
  asOf?: string;
  /**
   * The maximum waiting time for this care (the Programme of State
   * Guarantees), where one applies: `limit`, the `shorter` one when cancer or
   * a cardiovascular disease is suspected, its source.
   */
  waitingTime?: WaitingTime;
  /** Higher is better; comparable within one search only. */
  score: number;
  /** The record as in the dataset, both locales. */
  entry: CoverageEntry;
}

/** The maximum waiting time a record refers to, if any. */
function waitingTimeOf(entry: CoverageEntry, dataset: Dataset): WaitingTime | undefined {
  const id = entry.waitingTime;
  return id === undefined ? undefined : dataset.waitingTimes?.limits.find((w) => w.id === id);
}

/** Turns a dataset record into a match in `locale`. */
export function toCoverageMatch(
  entry: CoverageEntry,
  dataset: Dataset,
  locale: Locale,
  score: number,
): CoverageMatch {
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
    category: {
      id: entry.category,
      title: category ? pick(category.title, locale) : entry.category,
    },
    source: {
      id: entry.source,
      title: source ? pick(source.title, locale) : entry.source,
      url: source?.url,
      legal: source?.legal ?? false,
    },
    legalBasis: pickOptional(entry.legalBasis, locale),
    asOf: entry.asOf,
    waitingTime: waitingTimeOf(entry, dataset),
    score,
    entry,
  };
}
