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
 * The English strings load on first need in the npm build, and are
 * inside the single files (src/i18n/english.ts).
 */
import type { msg as litMsg, StrResult } from '@lit/localize';
import { english } from './english.js';
import type { Locale } from './locale.js';

export { hasStrings, stringsFor } from './english.js';
export { str } from './str.js';

let active: Locale = 'ru';

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
  const translated =
    active === 'en' && options?.id !== undefined ? english()?.[options.id] : undefined;
  if (typeof template === 'string') return typeof translated === 'string' ? translated : template;
  // A translation may move the values: its own values are their indexes in the source.
  if (translated && typeof translated !== 'string')
    return join(
      translated.strings,
      (translated.values as number[]).map((index) => template.values[index]),
    );
  return join(template.strings, template.values);
}) as typeof litMsg;
