/**
 * The English strings, loaded on first need. This is the npm build's way:
 * an app's bundler puts src/i18n/locales/en.ts in a chunk of its own, which
 * a Russian page never fetches. The single files (dist/oms-widgets.js, the
 * per-tag files) carry the strings inside, self-contained: rollup.config.mjs
 * puts english-eager.ts in this module's place there.
 */
import type { StrResult } from '@lit/localize';
import { describeError } from '../data/errors.js';
import { notifyLocaleChange, type Locale } from './locale.js';

export type Templates = Record<string, string | StrResult | undefined>;

/** The English strings, once loaded. */
let en: Templates | undefined;
let loading: Promise<unknown> | undefined;
let failures = 0;

/** The English strings if they are at hand. */
export const english = (): Templates | undefined => en;

/** Whether `msg()` answers in `locale` itself rather than in Russian. */
export const hasStrings = (locale: Locale): boolean => locale !== 'en' || en !== undefined;

/**
 * Whether `msg()` can answer in `locale` now: `undefined` when it can (the
 * Russian source always can), else a promise that settles, never rejects,
 * once the English strings have loaded or could not. After a failure
 * nothing waits: `msg()` answers in Russian, one warning says why, each call
 * tries the load again, and the elements update once it succeeds. `load` is
 * for the tests.
 */
export function stringsFor(
  locale: Locale,
  load: () => Promise<{ templates: Templates }> = () => import('./locales/en.js'),
): Promise<unknown> | undefined {
  if (hasStrings(locale)) return undefined;
  const failedBefore = failures > 0;
  loading ??= load().then(
    (module) => {
      en = module.templates;
      if (failedBefore) notifyLocaleChange();
    },
    (error: unknown) => {
      loading = undefined;
      if (!failures++)
        console.warn(
          `oms-widgets: the English texts did not load (${describeError(error)}); showing Russian.`,
        );
    },
  );
  return failedBefore ? undefined : loading;
}
