import type { Dataset } from './schema.js';
import { data } from './dataset.generated.js';

/**
 * The dataset built from `data/oms-dataset.json`: checked against the schema
 * at build time (`npm run data`), so it is not parsed again at run time.
 */
export const bundledDataset: Dataset = data;
