import type { Dataset } from './schema.js';
import { dataset } from './generated/full.js';

/**
 * The dataset built from `data/oms-dataset.json`, whole: checked against the
 * schema at build time (`npm run data`), so it is not parsed again at run
 * time. Elements do not use it: each carries only its own sections
 * (`provideSections()`); the public API module provides all of it.
 */
export const bundledDataset: Dataset = dataset;
