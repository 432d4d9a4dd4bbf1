/**
 * What the elements load on demand (src/data/validator.ts): the check, the
 * check of a part of a dataset with every bundled source, and the loading
 * of data files (loader.ts; load.ts is the elements' side).
 */
export { validateDataset } from './validate.js';
export { validatePart } from './validate-part.js';
export { loadFile } from './loader.js';
