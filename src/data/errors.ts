import type { DatasetIssue } from './validate.js';

/**
 * What went wrong with a data file: `url` when its address is not a URL,
 * `network`, `http`, `json`, `schema` or `timeout`; `validator` when the
 * library's own check of data files could not be loaded (a single file's
 * `oms-widgets.validate.js`, missing next to it): then `url` is that file's
 * address where the browser names it, not the data file's, and the next
 * load tries again.
 */
export type DataErrorKind =
  'url' | 'network' | 'http' | 'json' | 'schema' | 'timeout' | 'validator';

/** A data file that could not be used: why, where from, and the schema issues. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    readonly url?: string,
    readonly issues: DatasetIssue[] = [],
    readonly status?: number,
  ) {
    super(message);
  }
}

/** An error's message for a log line, never throwing (a host may throw or reject with anything). */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
