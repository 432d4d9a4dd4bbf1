// The English strings of the npm build (src/i18n/english.ts), loaded on
// first need: a Russian page never loads them; the first English render
// waits for them; a load that fails gives Russian and one warning, and the
// elements switch to English once a later try succeeds. The order of the
// tests matters: the strings, once loaded, stay for the page's life.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { hasStrings, stringsFor } from '../src/i18n/localize.js';
import type { OmsWaitingTimes } from '../src/index.js';
import { shadowText, until } from './support/fixtures.js';

const russian = (el: Element) => /[а-яё]{4}/i.test(shadowText(el));
const stringRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/i18n/locales/en.'));

describe('the English strings, on first need (npm build)', () => {
  it('a Russian element neither waits for them nor loads them', async () => {
    expect(stringsFor('ru')).to.equal(undefined);
    const el = await fixture<OmsWaitingTimes>(html`<oms-waiting-times></oms-waiting-times>`);
    expect(russian(el)).to.equal(true);
    expect(hasStrings('en')).to.equal(false);
    expect(stringRequests()).to.deep.equal([]);
  });

  it('a failed load: no rejection, Russian, one warning, no wait on the next', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const offline = () => Promise.reject(new TypeError('Failed to fetch'));
      const first = stringsFor('en', offline);
      expect(first, 'a wait').to.be.instanceOf(Promise);
      await first;
      expect(hasStrings('en')).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.match(/English texts did not load .*Failed to fetch/);
      // Tried again, and nothing waits for it: the widgets show Russian meanwhile.
      expect(stringsFor('en', offline)).to.equal(undefined);
      await new Promise((resolve) => setTimeout(resolve));
      expect(warnings, 'still one warning').to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('after a failure, an English element shows Russian, then English once loaded', async () => {
    // Its first update tries again (the real load, which succeeds) without waiting.
    const el = await fixture<OmsWaitingTimes>(
      html`<oms-waiting-times lang="en"></oms-waiting-times>`,
    );
    expect(russian(el), 'Russian rather than nothing').to.equal(true);
    await until(() => !russian(el) && /\w{4}/.test(shadowText(el)), 3000, 'English');
    expect(hasStrings('en')).to.equal(true);
    expect(stringRequests()).to.have.length(1);
    // From now on at hand: no wait.
    expect(stringsFor('en')).to.equal(undefined);
    const next = await fixture<OmsWaitingTimes>(
      html`<oms-waiting-times lang="en"></oms-waiting-times>`,
    );
    expect(russian(next)).to.equal(false);
  });
});
