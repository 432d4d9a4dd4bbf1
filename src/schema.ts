/**
 * oms-widgets/schema: the dataset schema (zod/mini) and the synchronous
 * check, for tools and servers that validate data files themselves. The
 * elements do not need this module: they load the check on demand.
 */
export { DatasetSchema, MAX_TEXT, SCHEMA_VERSION } from './data/schema.js';
export type * from './data/schema.js';
export { validateDataset } from './data/validate.js';
export type { DatasetIssue, DatasetValidation } from './data/validate.js';
