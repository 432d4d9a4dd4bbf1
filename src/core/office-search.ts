/**
 * The offices' text search: the index of every office, and of one city's or
 * insurer's, built when first asked. Search code: an element loads it on
 * first need (core/search.ts).
 */
import type { Dataset } from '../data/schema.js';
import { foldTransliteration } from './normalize.js';
import {
  dataOf,
  rankWith,
  scopeOf,
  type OfficeData,
  type OfficeFilter,
  type OfficeHits,
  type OfficeMatch,
  type OfficeResults,
} from './offices.js';
import { createTextIndex, type TextIndex } from './text-index.js';

/** Offices and their text index: the index's document n is `offices[n]`. */
interface Indexed {
  offices: OfficeMatch[];
  index: TextIndex<OfficeMatch>;
}

/** How many filtered indexes a dataset keeps (the most recently used). */
const FILTERED_INDEXES = 16;

/**
 * The text index of `dataset`'s offices, built once per dataset. Filtering
 * without a query never needs it; an element builds it ahead of the first
 * keystroke.
 */
export function officeIndex(dataset: Dataset): TextIndex<OfficeMatch> {
  const data = dataOf(dataset);
  // No stop words: a word every address has ("ул.", "St") matches everything,
  // so the offices that match the other words too come first and stay alone.
  return (data.index ??= indexOf(data.all));
}

function indexOf(offices: OfficeMatch[]): TextIndex<OfficeMatch> {
  return createTextIndex(offices, {
    fields: ({ office, city, insurer }) => [
      // The English address also as people spell it in Latin letters (Esenina, ulitsa).
      {
        text: `${office.address.ru} ${office.address.en} ${foldTransliteration(office.address.en)}`,
        weight: 3,
      },
      { text: `${insurer.name.ru} ${insurer.name.en}`, weight: 2 },
      { text: `${city.name.ru} ${city.name.en}`, weight: 1 },
    ],
  });
}

/**
 * The index of the offices that pass a city and/or insurer filter: a search
 * there matches only the offices that can be shown, not all of them, so a
 * word every address has («ул.») costs as much as the city has offices.
 */
function filteredIndex(
  data: OfficeData,
  key: string,
  passes: (match: OfficeMatch) => boolean,
): Indexed {
  let indexed = data.filtered.get(key);
  if (indexed) data.filtered.delete(key);
  else {
    const offices = data.all.filter(passes);
    indexed = { offices, index: indexOf(offices) };
  }
  // Most recently used last; the oldest goes past the bound.
  data.filtered.set(key, indexed);
  for (const old of data.filtered.keys()) {
    if (data.filtered.size <= FILTERED_INDEXES) break;
    data.filtered.delete(old);
  }
  return indexed;
}

/** The offices a query under `filter`'s city and insurer searches, with their index. */
function searchedIndex(dataset: Dataset, filter: OfficeFilter): Indexed {
  const data = dataOf(dataset);
  const { city, insurer, passes } = scopeOf(dataset, filter);
  // Filtered before matching: only the offices of the city and insurer are searched.
  return city || insurer
    ? filteredIndex(data, `${city}|${insurer}`, passes)
    : { offices: data.all, index: officeIndex(dataset) };
}

/**
 * Builds (once) the index that a query under `filter`'s city and insurer
 * will search, so that the reader's first keystroke finds it ready: an
 * element calls it when the browser is idle after its first render.
 */
export function prepareOfficeSearch(dataset: Dataset, filter: OfficeFilter = {}): void {
  searchedIndex(dataset, filter);
}

/**
 * The offices that match `filter.query` among those of its city and
 * insurer, searched in their own index (the search code: an element loads
 * it on first need, see core/search.ts).
 */
export function searchOffices(dataset: Dataset, filter: OfficeFilter): OfficeHits {
  const { offices, index } = searchedIndex(dataset, filter);
  const query = filter.query ?? '';
  let hits = index.bestCoveredDocs(query);
  // Nothing as typed: the query as the addresses' Latin spellings are folded.
  if (!hits.docs.length) hits = index.bestCoveredDocs(foldTransliteration(query));
  return { offices, ...hits };
}

/**
 * The offices of `dataset` that pass `filter`, as `filterOffices` orders
 * them, sorted only up to the last page asked for.
 */
export function rankOffices(dataset: Dataset, filter: OfficeFilter = {}): OfficeResults {
  return rankWith(dataset, filter, searchOffices);
}

/**
 * The offices of `dataset` that pass `filter`. In dataset order; with a
 * query, best match first, and only the offices that match as many of its
 * words as the best one does; with `near`, nearest first (offices without a
 * location keep their order after those with one).
 */
export function filterOffices(dataset: Dataset, filter: OfficeFilter = {}): OfficeMatch[] {
  const results = rankOffices(dataset, filter);
  return results.slice(0, results.length);
}
