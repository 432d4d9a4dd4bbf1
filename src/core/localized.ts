import type { Locale } from '../i18n/locale.js';
import type { Localized } from '../data/schema.js';

/** The text of `value` in `locale`. */
export function pick(value: Localized, locale: Locale): string {
  return value[locale];
}

/** The text of `value` in `locale`, or undefined when there is none. */
export function pickOptional(value: Localized | undefined, locale: Locale): string | undefined {
  return value?.[locale];
}
