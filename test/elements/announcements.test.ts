// What the live region says is in the element's own locale, also when the
// words are made outside a render: in a click handler (a category chosen),
// in a timer (a typed search settles with nothing found), in willUpdate.
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type {
  OmsCoverageCheck,
  OmsOfficeList,
  OmsPaidServices,
  OmsPolicyGuide,
} from '../../src/index.js';
import type { Locale } from '../../src/i18n/locale.js';
import { shortDelays } from '../support/delays.js';
import { fixtureIn, until } from '../support/fixtures.js';
import { live } from '../support/parts.js';

const button = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;
const check = (locale: Locale) =>
  fixtureIn<OmsCoverageCheck>(locale, html`<oms-coverage-check></oms-coverage-check>`);

/** Types `text` into the search field as a reader does: one input event. */
function type(el: Element, text: string) {
  const field = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Waits until the live region says something that matches `words`. */
const says = (el: Element, words: RegExp) =>
  until(() => words.test(live(el)), 2000, `the live region to say ${String(words)}`);

describe('announcements in the element’s locale', () => {
  shortDelays({ announce: 10, settle: 50 });

  it('a category chosen with a click, on an English page, is counted in English', async () => {
    const el = await check('en');
    button(el, '[part~="category"]').click();
    await says(el, /^\d+ results?$/);
    expect(live(el)).to.not.match(/[а-я]/i);
  });

  it('a typed search that settles with nothing found says so in English', async () => {
    const el = await check('en');
    // Typed, not set: "nothing found" waits for the pause, in a timer.
    type(el, 'zzzzqqqq');
    await says(el, /^Nothing found for “zzzzqqqq”\.$/);
  });

  it('the same, on a Russian page, in Russian', async () => {
    const el = await check('ru');
    type(el, 'zzzzqqqq');
    await says(el, /^По запросу «zzzzqqqq» ничего не нашлось\.$/);
    button(el, '[part~="no-match"] button').click();
    await el.updateComplete;
    button(el, '[part~="category"]').click();
    await says(el, /^\d+ результат(а|ов)?$/);
  });

  it('the office list, the paid list and the guide speak English on an English page', async () => {
    const offices = await fixtureIn<OmsOfficeList>('en', html`<oms-office-list></oms-office-list>`);
    offices.query = 'zzzzqqqq';
    await says(offices, /^Nothing found\.$/);

    const paid = await fixtureIn<OmsPaidServices>(
      'en',
      html`<oms-paid-services></oms-paid-services>`,
    );
    paid.query = 'zzzzqqqq';
    await says(paid, /^Nothing found\.$/);

    const guide = await fixtureIn<OmsPolicyGuide>(
      'en',
      html`<oms-policy-guide></oms-policy-guide>`,
    );
    guide.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await says(guide, /^Answer updated: /);
  });
});
