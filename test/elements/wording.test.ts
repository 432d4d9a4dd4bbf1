// One date style in every element («1 ноября 2027», "1 November 2027"),
// no doubled words after a label, and sentences rather than "label: N"
// counters, in both locales.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { elements } from '../../src/index.js';
import { shortDelays } from '../support/delays.js';
import { shadowText } from '../support/fixtures.js';

/** States that show dates (source lines, the deadline), exceptions and counts. */
const STATES: Record<string, string[]> = {
  'oms-coverage-check': ['query="стоматолог"', 'query="гемодиализ"', 'query="zzzzqqqq"'],
  'oms-policy-guide': ['situation="working"'],
  'oms-paid-services': ['', 'query="zzzzqqqq"'],
  'oms-office-list': ['', 'query="zzzzqqqq"'],
};
const RU_MONTHS =
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'
    .split(' ')
    .join('|');
const EN_MONTHS =
  'January February March April May June July August September October November December'
    .split(' ')
    .join('|');
const LONG_DATE = {
  ru: new RegExp(`^\\d{1,2} (${RU_MONTHS}) \\d{4}$`),
  en: new RegExp(`^\\d{1,2} (${EN_MONTHS}) \\d{4}$`),
};

async function texts(locale: 'ru' | 'en'): Promise<string[]> {
  const found: string[] = [];
  for (const { defaultTag: tag } of elements) {
    for (const attributes of STATES[tag] ?? ['']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.lang = locale;
      wrapper.innerHTML = `<${tag} ${attributes}></${tag}>`;
      const el = wrapper.firstElementChild as LitElement;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      found.push(shadowText(el));
    }
  }
  return found;
}

describe('wording and dates', () => {
  shortDelays();

  for (const locale of ['ru', 'en'] as const) {
    it(`writes every date in the one long style (${locale})`, async () => {
      const all = (await texts(locale)).join('\n');
      // «11 May 2023» is long as it is short.
      expect(all, 'short months').to.not.match(/\b\d{1,2} (?!May\b)[A-Z][a-z]{2} \d{4}\b/);
      expect(all, 'a doubled full stop').to.not.match(/г\.\./);
      // Dates the elements write (the data's own texts quote documents as they are).
      const written =
        locale === 'ru'
          ? /(?:Проверено|Следующий —|До) ([^.,]+?)(?:\.|,| остал)/g
          : /(?:Checked|The next one is|until) ([^.,]+?)\./g;
      const dates = [...all.matchAll(written)].map((m) => m[1]);
      expect(dates.length).to.be.greaterThan(5);
      for (const date of dates) expect(date).to.match(LONG_DATE[locale]);
    });

    it(`doubles no word after a label and counts in sentences (${locale})`, async () => {
      for (const text of await texts(locale)) {
        expect(text).to.not.match(/Бесплатно, если:\s*Бесплатно/i);
        expect(text).to.not.match(/(Найдено|Found|осталось дней|Days left):\s*\d/);
        // A label's last word is not the next word: «Исключения: Исключения».
        for (const [, before, after] of text.matchAll(/(\S+):\s+(\S+)/g)) {
          expect(after.toLowerCase(), text.slice(0, 60)).to.not.equal(before.toLowerCase());
        }
      }
    });
  }
});
