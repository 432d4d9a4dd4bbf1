import { bundledDataset } from './bundled.js';
import { DatasetError } from './errors.js';
import type { Dataset } from './schema.js';
import { validateDataset } from './validate.js';

let registered: Dataset | undefined;
const listeners = new Set<() => void>();

/** The dataset elements without `src` use: the registered one, or the bundled one. */
export function getDataset(): Dataset {
  return registered ?? bundledDataset;
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
    registered = undefined;
  } else {
    const result = validateDataset(data, bundledDataset);
    if (!result.success) {
      throw new DatasetError('schema', `oms-widgets: the dataset is invalid (${result.issues.length} issues)`, undefined, result.issues);
    }
    registered = result.data;
  }
  for (const listener of listeners) listener();
  return getDataset();
}

/** Calls `listener` after each `registerDataset()`; returns the unsubscribe function. */
export function onDatasetRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
