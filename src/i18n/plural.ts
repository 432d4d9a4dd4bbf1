import { activeLocale } from './localize.js';
import type { Locale } from './locale.js';

/** The word forms a count needs: Russian uses all three, English one and many. */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
}

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * Picks the form of `forms` that goes with `count` in the active locale
 * (1 результат, 2 результата, 5 результатов; 1 result, 2 results).
 */
export function plural(count: number, forms: PluralForms): string {
  const locale = activeLocale();
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const category = rule.select(count);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few;
  // Russian fractions ("other") take the genitive singular, as "few" does.
  if (category === 'other' && locale === 'ru') return forms.few;
  return forms.many;
}
