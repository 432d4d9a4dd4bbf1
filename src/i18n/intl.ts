/**
 * The library's one cache of `Intl` objects: building a formatter costs far
 * more than using one (the first in a fresh tab, tens of milliseconds), so
 * each locale and set of options gets one, made on first use.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
  kind: string,
  locale: string,
  options: object,
  create: () => T,
): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = create()));
  return value;
}

/** An `Intl.DateTimeFormat`; throws as its constructor does (an unknown time zone). */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function pluralRules(locale: string): Intl.PluralRules {
  return cached('plural', locale, {}, () => new Intl.PluralRules(locale));
}

/**
 * A count as `numberFormat(locale)` writes it. Under 1,000 both locales write
 * the plain digits, so no formatter is made for them: its first one in a new
 * tab costs milliseconds, in a first render that shows "10 offices".
 */
export function formatCount(locale: string, count: number): string {
  return Number.isInteger(count) && count >= 0 && count < 1000 && /^(ru|en)\b/.test(locale)
    ? String(count)
    : numberFormat(locale).format(count);
}
