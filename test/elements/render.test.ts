// Every element renders real data from the dataset in both locales and is axe-clean.
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { fixtureIn, shadowText } from '../support/fixtures.js';

const cases = [
  {
    tag: 'oms-coverage-check',
    template: html`<oms-coverage-check query="гемодиализ"></oms-coverage-check>`,
    ru: /гемодиализ/i,
    en: /dialysis/i,
  },
  {
    tag: 'oms-office-list',
    template: html`<oms-office-list city="spb"></oms-office-list>`,
    ru: /Московский/,
    en: /Moskovsky/,
  },
  {
    tag: 'oms-paid-services',
    template: html`<oms-paid-services></oms-paid-services>`,
    ru: /Космет/i,
    en: /Cosmet/i,
  },
  {
    tag: 'oms-policy-guide',
    template: html`<oms-policy-guide situation="child"></oms-policy-guide>`,
    ru: /свидетельство о рождении/i,
    en: /birth certificate/i,
  },
] as const;

for (const { tag, template, ru, en } of cases) {
  describe(`<${tag}> renders the dataset`, () => {
    it('in Russian', async () => {
      const el = await fixtureIn('ru', template);
      expect(shadowText(el)).to.match(ru);
      expect(shadowText(el)).to.not.match(en);
      await expect(el).to.be.accessible();
    });

    it('in English', async () => {
      const el = await fixtureIn('en', template);
      expect(shadowText(el)).to.match(en);
      await expect(el).to.be.accessible();
    });
  });
}
