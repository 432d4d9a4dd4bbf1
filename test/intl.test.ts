// The Intl cache: one formatter per locale and options, made on first use,
// and counts written without one where the result is the same.
import { expect } from '@open-wc/testing';
import { dateTimeFormat, formatCount, numberFormat } from '../src/i18n/intl.js';
import { formatDate } from '../src/internal/facts.js';

describe('Intl formatters', () => {
  it('are made once per locale and options', () => {
    expect(numberFormat('ru')).to.equal(numberFormat('ru'));
    expect(dateTimeFormat('ru-RU', { timeZone: 'UTC' })).to.equal(
      dateTimeFormat('ru-RU', { timeZone: 'UTC' }),
    );
    expect(numberFormat('ru')).to.not.equal(numberFormat('en'));
  });

  it('formatCount writes what numberFormat writes, in both locales', () => {
    for (const locale of ['ru', 'en']) {
      const intl = new Intl.NumberFormat(locale);
      for (const count of [0, 1, 7, 10, 99, 999, 1000, 1234, 10_000, 2.5, -3, 123_456_789]) {
        expect(formatCount(locale, count), `${locale} ${count}`).to.equal(intl.format(count));
      }
    }
  });

  it('formatDate writes what Intl writes (less «г.»), without a formatter', () => {
    const intl = {
      ru: new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeZone: 'UTC' }),
      en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
    };
    for (let day = Date.UTC(2019, 0, 1); day < Date.UTC(2029, 0, 1); day += 86_400_000 * 3) {
      const iso = new Date(day).toISOString().slice(0, 10);
      for (const locale of ['ru', 'en'] as const) {
        const expected = intl[locale].format(new Date(day)).replace(/\s*г\.$/, '');
        expect(formatDate(iso, locale), `${locale} ${iso}`).to.equal(expected);
      }
    }
    for (const junk of ['2026-02-30', '2026-13-01', '24.11.2026', '', '2026-1-1'])
      expect(formatDate(junk, 'ru'), junk).to.equal(junk);
  });
});
