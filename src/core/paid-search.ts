/**
 * The paid-services list's search. Search code: the element loads it on
 * first need (core/search.ts).
 */
import type { CoverageEntry, Dataset } from '../data/schema.js';
import { coverageIndex } from './coverage-search.js';
import { paidList } from './guide.js';
import { normalizeText } from './normalize.js';
import { bestCovered } from './text-index.js';

/**
 * The entries of the paid-services list that answer `query`, best first (the
 * coverage search's own index, so the same words, word forms and typos work);
 * the whole list for an empty query. Only the entries that match the most
 * words of the query stay, as a filter should: "анализы дома" keeps home
 * procedures, not every entry that mentions tests.
 */
export function searchPaidList(dataset: Dataset, query: string): CoverageEntry[] {
  const list = paidList(dataset);
  if (!normalizeText(query)) return list;
  const listed = new Set(list);
  return bestCovered(
    coverageIndex(dataset)
      .search(query, dataset.coverage.length)
      .filter((hit) => listed.has(hit.item)),
  );
}
