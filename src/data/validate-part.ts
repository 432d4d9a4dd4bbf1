import { allSources } from './generated/all-sources.js';
import type { Dataset } from './schema.js';
import { validateDataset, type DatasetValidation } from './validate.js';

/**
 * Checks a part of a dataset against an element's bundled sections (`base`),
 * with every bundled source: an element's module carries only the sources
 * its own records name, so a data file whose records name another bundled
 * source is checked (and shown) with all of them, as in the all-in-one file.
 */
export function validatePart(input: unknown, base: Dataset): DatasetValidation {
  const known = new Set(base.sources.map((source) => source.id));
  return validateDataset(input, {
    ...base,
    sources: [...base.sources, ...allSources.filter((source) => !known.has(source.id))],
  });
}
