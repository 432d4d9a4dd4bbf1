import { pluralRules } from './intl.js';
import { activeLocale } from './localize.js';

/** The word forms a count needs: Russian uses all three, English one and many. */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
}

/**
 * Picks the form of `forms` that goes with `count` in the active locale
 * (1 результат, 2 результата, 5 результатов; 1 result, 2 results).
 */
export function plural(count: number, forms: PluralForms): string {
  const locale = activeLocale();
  const category = pluralRules(locale).select(count);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few;
  // Russian fractions ("other") take the genitive singular, as "few" does.
  if (category === 'other' && locale === 'ru') return forms.few;
  return forms.many;
}
