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
 */
import { str } from '@lit/localize';
import type { msg as litMsg } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { templates as en } from './locales/en.js';
import type { Locale } from './locale.js';

export { str };

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

/** `msg()` of @lit/localize, answering in the locale of the element being rendered. */
export const msg = ((
  template: Parameters<typeof litMsg>[0],
  options?: Parameters<typeof litMsg>[1],
) => runtimeMsg(active === 'en' ? en : undefined, template, options)) as typeof litMsg;
