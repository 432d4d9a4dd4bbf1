import { bundledDataset } from './bundled.js';
import { DatasetError } from './errors.js';
import { SCHEMA_VERSION, type Dataset } from './schema.js';
import { validateDataset } from './validate.js';

// Shared by every copy of the library on the page that reads the same schema
// version (the CDN file next to the npm build, a classic and a module script):
// `registerDataset()` from any of them reaches every element.
const shared: { data?: Dataset; listeners: Set<() => void> } = ((
  globalThis as Record<symbol, unknown>
)[Symbol.for(`oms-widgets.dataset.v${SCHEMA_VERSION}`)] ??= { listeners: new Set() }) as never;
const { listeners } = shared;

/** The dataset elements without `src` use: the registered one, or the bundled one. */
export function getDataset(): Dataset {
  return shared.data ?? bundledDataset;
}

/**
 * Makes `data` the dataset of every element on the page that has no `src`
 * (and of the headless functions called without `dataset`). `data` may be a
 * part of a dataset (offices only, …): the rest is the bundled data. Invalid data
 * throws a `DatasetError` listing the issues and changes nothing.
 * `registerDataset(undefined)` goes back to the bundled dataset.
 */
export function registerDataset(data: unknown): Dataset {
  if (data === undefined) {
    shared.data = undefined;
  } else {
    const result = validateDataset(data, bundledDataset);
    if (!result.success) {
      throw new DatasetError(
        'schema',
        `oms-widgets: the dataset is invalid (${result.issues.length} issues)`,
        undefined,
        result.issues,
      );
    }
    shared.data = result.data;
  }
  for (const listener of listeners) listener();
  return getDataset();
}

/** Calls `listener` after each `registerDataset()`; returns the unsubscribe function. */
export function onDatasetRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
