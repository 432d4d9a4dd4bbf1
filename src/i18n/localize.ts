/**
 * Translation for this copy of the library.
 *
 * Strings are written with `msg()` and `str` as @lit/localize expects, so
 * `lit-localize extract` and `lit-localize build` work on them as usual. At
 * run time, though, `msg` is routed through this module instead of
 * `configureLocalization()`: @lit/localize can be configured only once per
 * page-wide copy, and a host app that configures it for itself must keep
 * working. Each element renders inside `withLocale()`, so two elements on one
 * page may speak different languages.
 *
 * The English strings load on first need (`stringsFor`): a Russian page,
 * most of them, never fetches them.
 */
import type { msg as litMsg, StrResult } from '@lit/localize';
import { describeError } from '../data/errors.js';
import { notifyLocaleChange, type Locale } from './locale.js';

export { str } from './str.js';

let active: Locale = 'ru';

type Templates = Record<string, string | StrResult | undefined>;
/** The English strings, once loaded. */
let en: Templates | undefined;
let loading: Promise<unknown> | undefined;
/**
 * Failed loads so far. The single files ask for `?retry=N` after a failure
 * (rollup.config.mjs): an engine may keep a module that failed to load as
 * failed for good (Firefox does, as HTML's module map says).
 */
let failures = 0;

/**
 * Whether `msg()` can answer in `locale` now: `undefined` when it can (the
 * Russian source always can), else a promise that settles, never rejects,
 * once the strings have loaded or could not. After a failure nothing waits:
 * `msg()` answers in Russian, a warning says why, each call tries the load
 * again, and the elements update once it succeeds.
 */
export function stringsFor(locale: Locale): Promise<unknown> | undefined {
  if (locale !== 'en' || en) return undefined;
  const failedBefore = failures > 0;
  loading ??= import('./locales/en.js').then(
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

/** Whether `msg()` answers in `locale` itself rather than in Russian. */
export function hasStrings(locale: Locale): boolean {
  return locale !== 'en' || en !== undefined;
}

/** Runs `render` with `msg()` answering in `locale`. */
export function withLocale<T>(locale: Locale, render: () => T): T {
  const previous = active;
  active = locale;
  try {
    return render();
  } finally {
    active = previous;
  }
}

/** The locale `msg()` answers in right now. */
export function activeLocale(): Locale {
  return active;
}

/** A `str` template's text: `strings` with `values` between them. */
function join(strings: readonly string[], values: readonly unknown[]): string {
  let text = strings[0];
  for (let i = 1; i < strings.length; i++) text += String(values[i - 1]) + strings[i];
  return text;
}

/**
 * `msg()` of @lit/localize, answering in the locale of the element being
 * rendered. Every message has an `id` and is a string or a `str` template
 * (`npm run i18n:check` holds both), so this is the whole of the runtime:
 * @lit/localize's own would add id hashing and HTML templates to every file.
 */
export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  const translated = active === 'en' && options?.id !== undefined ? en?.[options.id] : undefined;
  if (typeof template === 'string') return typeof translated === 'string' ? translated : template;
  // A translation may move the values: its own values are their indexes in the source.
  if (translated && typeof translated !== 'string')
    return join(
      translated.strings,
      (translated.values as number[]).map((index) => template.values[index]),
    );
  return join(template.strings, template.values);
}) as typeof litMsg;
