import type * as z from 'zod/mini';
import { describeError } from './errors.js';
import { SCHEMA_VERSION } from './schema-version.js';
import {
  DatasetPartSchema,
  DatasetSchema,
  PATTERN_EXAMPLES,
  type Dataset,
  type Localized,
} from './schema.js';

/**
 * What is wrong, for the elements to say in the reader's language:
 *
 * - `required`: the field is missing;
 * - `type`: a value of another type; `expected` is zod's name of the type
 *   expected: `string`, `number`, `int`, `boolean`, `array` or `object`;
 * - `value`: not one of the values allowed, listed in `expected`;
 * - `version`: `schemaVersion` is not the one this check reads (`expected`);
 * - `too-small`, `too-big`: a number below or above `limit`;
 * - `too-long`: a text longer than `limit` characters;
 * - `too-few`: a list with fewer than `limit` items;
 * - `format`: text not in the form of `expected`, an example;
 * - `empty`: text without a visible character (or with NUL);
 * - `date`: a date not in the calendar (31 February);
 * - `duplicate`: the record's id (`value`) is another record's too;
 * - `reference`: no record has the id `value` referred to;
 * - `time-zone`: `value` is no IANA time zone;
 * - `other`: anything else (`message` says what).
 */
type DatasetIssueCode =
  | 'required'
  | 'type'
  | 'value'
  | 'version'
  | 'too-small'
  | 'too-big'
  | 'too-long'
  | 'too-few'
  | 'format'
  | 'empty'
  | 'date'
  | 'duplicate'
  | 'reference'
  | 'time-zone'
  | 'other';

/** One problem found in a data file, with a readable path to the field. */
export interface DatasetIssue {
  /** Where, e.g. `coverage[3] "haemodialysis" › title › en`. */
  path: string;
  /** What is wrong, in zod's English (for a log); `text` says it in plain words. */
  message: string;
  /** The raw zod path. */
  rawPath: (string | number)[];
  /** What is wrong, as a code (see `DatasetIssueCode`). */
  code?: DatasetIssueCode;
  /** The type, the values, the form or the schema version expected (by `code`). */
  expected?: string;
  /** The least or greatest number, length or count allowed (by `code`). */
  limit?: number;
  /** The id or time zone at fault (by `code`). */
  value?: string;
  /** What is wrong in plain words, in Russian and English, where `code` says more than zod. */
  text?: Localized;
}

/** An issue's code and what goes with it. */
type IssueCode = Pick<DatasetIssue, 'code' | 'expected' | 'limit' | 'value'>;

/** A schema type's name in words, Russian and English. */
const TYPES: Record<string, [string, string]> = {
  string: ['текст', 'text'],
  number: ['число', 'a number'],
  int: ['целое число', 'a whole number'],
  boolean: ['true или false', 'true or false'],
  array: ['список', 'a list'],
  object: ['объект', 'an object'],
};

/**
 * An issue with its plain words, from its code. They are here, in the chunk that
 * loads only for a data file, so that no page without one pays for them;
 * the elements show the words of their locale.
 */
function withWords(issue: IssueCode): IssueCode & Pick<DatasetIssue, 'text'> {
  const { expected: x = '', limit: n = 0, value: v = '' } = issue;
  const type = TYPES[x];
  const words: Partial<Record<DatasetIssueCode, [string, string] | false>> = {
    required: ['нет обязательного поля', 'a required field is missing'],
    type: !!type && [`ожидается ${type[0]}`, `expected ${type[1]}`],
    value: [`недопустимое значение; можно: ${x}`, `not an allowed value; use one of: ${x}`],
    version: [
      `виджет понимает только версию схемы ${x}`,
      `this widget reads schema version ${x} only`,
    ],
    'too-small': [`должно быть не меньше ${n}`, `must be at least ${n}`],
    'too-big': [`должно быть не больше ${n}`, `must be at most ${n}`],
    'too-long': [`текст длиннее ${n} знаков`, `text longer than ${n} characters`],
    'too-few': [`слишком мало записей: нужно не меньше ${n}`, `too few items: at least ${n}`],
    format: !!x && [`неверный формат; пример: ${x}`, `wrong format; for example: ${x}`],
    empty: ['пустой текст или символ NUL', 'empty text or a NUL character'],
    date: ['такой даты нет', 'no such date'],
    duplicate: [`повторяется id «${v}»`, `the id "${v}" is used twice`],
    reference: [`нет записи с id «${v}»`, `no record has the id "${v}"`],
    'time-zone': [`неизвестный часовой пояс «${v}»`, `unknown time zone "${v}"`],
  };
  const pair = issue.code && words[issue.code];
  return pair ? { ...issue, text: { ru: pair[0], en: pair[1] } } : issue;
}

/** An issue's `code` and what goes with it, from zod's issue. */
function codeOf(issue: z.core.$ZodIssue): IssueCode {
  switch (issue.code) {
    case 'invalid_type':
      // JSON has no `undefined`: a value that is undefined is missing.
      return issue.input === undefined
        ? { code: 'required' }
        : { code: 'type', expected: issue.expected };
    case 'invalid_value':
      if (issue.input === undefined) return { code: 'required' };
      return issue.path.length === 1 && issue.path[0] === 'schemaVersion'
        ? { code: 'version', expected: String(SCHEMA_VERSION) }
        : { code: 'value', expected: issue.values.map(String).join(', ') };
    // The schema bounds numbers, the length of texts and the count of lists.
    case 'too_small':
      if (issue.origin === 'string') break;
      return {
        code: issue.origin === 'array' ? 'too-few' : 'too-small',
        limit: Number(issue.minimum),
      };
    case 'too_big':
      if (issue.origin === 'array') break;
      return {
        code: issue.origin === 'string' ? 'too-long' : 'too-big',
        limit: Number(issue.maximum),
      };
    case 'invalid_format': {
      const example = issue.pattern === undefined ? undefined : PATTERN_EXAMPLES[issue.pattern];
      return example === ''
        ? { code: 'empty' }
        : { code: 'format', ...(example && { expected: example }) };
    }
    case 'custom': {
      const { code, value } = (issue.params ?? {}) as { code?: DatasetIssueCode; value?: string };
      if (code) return { code, ...(value !== undefined && { value }) };
    }
  }
  return { code: 'other' };
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
    // With each issue's input: a missing field's is `undefined` (codeOf).
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return { success: true, data: result.data as Dataset, issues: [] };
    return {
      success: false,
      issues: result.error.issues.map((issue) => ({
        path: formatIssuePath(issue.path, input),
        message: issue.message,
        rawPath: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
        ...withWords(codeOf(issue)),
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
          code: 'other',
        },
      ],
    };
  }
}
