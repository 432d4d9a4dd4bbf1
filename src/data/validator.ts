import { DatasetError, describeError } from './errors.js';
import type * as Validator from './check.js';

type ValidatorModule = typeof Validator;

let loading: Promise<ValidatorModule> | undefined;
/**
 * Failed loads so far. The single files ask for `?retry=N` after a failure
 * (rollup.config.mjs): an engine may keep a module that failed to load as
 * failed for good (Firefox does, as HTML's module map says).
 */
// Read only by the import that rollup.config.mjs writes in the single files:
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- see above
let failures = 0;

/**
 * zod, the schema and the validator, loaded on first need (a `src` file,
 * `registerDataset()`, `validateDataset()`), once: a page that shows the
 * bundled data never downloads or evaluates them. The single-file builds
 * load `oms-widgets.validate.js` from next to their own URL instead (see
 * rollup.config.mjs). A failed load is not kept: the next need tries again.
 */
export function loadValidator(): Promise<ValidatorModule> {
  loading ??= import('./check.js').catch((error: unknown) => {
    loading = undefined;
    failures++;
    const why = describeError(error);
    // The browser's message names the file where it can (Chromium, Firefox),
    // without the `?retry=N` of a later attempt.
    const url = /\b[a-z][\w+.-]*:\/\/[^\s'"]+/i.exec(why)?.[0].replace(/\?retry=\d+$/, '');
    throw new DatasetError(
      'validator',
      `oms-widgets: could not load the data validator (oms-widgets.validate.js): ${why}`,
      url,
    );
  });
  return loading;
}
