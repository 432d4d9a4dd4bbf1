import { describeError } from './errors.js';
import { DatasetPartSchema, DatasetSchema, type Dataset } from './schema.js';

/** One problem found in a data file, with a readable path to the field. */
export interface DatasetIssue {
  /** Where, e.g. `coverage[3] "haemodialysis" › title › en`. */
  path: string;
  message: string;
  /** The raw zod path. */
  rawPath: (string | number)[];
}

export type DatasetValidation =
  | { success: true; data: Dataset; issues: [] }
  | { success: false; data?: undefined; issues: DatasetIssue[] };

/**
 * Formats a zod path so that a person can find the field: collections are
 * indexed and named by the record's id where the record has one.
 */
function formatIssuePath(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let node: unknown = input;
  for (const key of path) {
    const next =
      node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = next && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
      const last = parts.pop() ?? '';
      // An id too long to be one (the issue may be its length) is cut: it is shown to readers.
      const name =
        typeof id === 'string' ? ` "${id.length > 40 ? `${id.slice(0, 40)}…` : id}"` : '';
      parts.push(`${last}[${key}]${name}`);
    } else {
      parts.push(String(key));
    }
    node = next;
  }
  return parts.join(' › ') || '(root)';
}

const hasOwn = Object.prototype.hasOwnProperty;

/** The lists and sections a dataset file may leave out when it is given a base. */
const SECTIONS = [
  'sources',
  'categories',
  'coverage',
  'waitingTimes',
  'rights',
  'insurers',
  'cities',
  'offices',
  'advice',
  'guide',
  'name',
  'asOf',
] as const;

/**
 * Checks `input` against the dataset schema without throwing. With `base`,
 * `input` may be a part of a dataset (offices only, coverage only, …): the
 * sections it leaves out are taken from `base`, and the whole is checked.
 * A `base` may itself be a part (the sections the elements of a page carry):
 * then what neither holds stays out, and the rest is checked.
 */
export function validateDataset(input: unknown, base?: Dataset): DatasetValidation {
  try {
    let schema: typeof DatasetSchema | typeof DatasetPartSchema = DatasetSchema;
    if (base && input && typeof input === 'object' && !Array.isArray(input)) {
      const merged: Record<string, unknown> = { ...input };
      // Own keys only: a page may have put `offices` on Object.prototype.
      for (const key of SECTIONS)
        if (!hasOwn.call(merged, key) && hasOwn.call(base, key)) merged[key] = base[key];
      input = merged;
      schema = DatasetPartSchema;
    }
    const result = schema.safeParse(input);
    if (result.success) return { success: true, data: result.data as Dataset, issues: [] };
    return {
      success: false,
      issues: result.error.issues.map((issue) => ({
        path: formatIssuePath(issue.path, input),
        message: issue.message,
        rawPath: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
      })),
    };
  } catch (error) {
    // A getter that throws, a Proxy that refuses to be read: data that cannot be read is invalid.
    return {
      success: false,
      issues: [
        {
          path: '(root)',
          message: `The data could not be read: ${describeError(error)}`,
          rawPath: [],
        },
      ],
    };
  }
}
