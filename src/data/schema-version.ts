/** The version of the dataset schema this library reads (a file's `schemaVersion`). */
export const SCHEMA_VERSION = 1;
