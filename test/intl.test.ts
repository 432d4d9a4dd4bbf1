// The Intl cache: one formatter per locale and options, made on first use,
// and counts written without one where the result is the same.
import { expect } from '@open-wc/testing';
import { dateTimeFormat, formatCount, numberFormat } from '../src/i18n/intl.js';

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
});
