/**
 * What the elements load on demand (src/data/validator.ts): the check, and
 * the check of a part of a dataset with every bundled source.
 */
export { validateDataset } from './validate.js';
export { validatePart } from './validate-part.js';
