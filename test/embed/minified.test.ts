// The build minifies the HTML and CSS of every template. A minifier that
// dropped or added a space between words ("Источник:Статья") or lost a
// style would go unseen by the other tests, which run the source: here the
// single-file build renders next to the source, and each element must read
// the same, word for word, in both locales.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { Locale } from '../../src/i18n/locale.js';
import { until } from '../support/fixtures.js';
import { openFrame, pageUrl, TAGS } from './frame.js';

/**
 * The text a reader sees (`innerText` follows the layout), whitespace runs as
 * one space. The live region is left out: what it announces depends on when
 * the data arrived, not on the build.
 */
function readable(el: Element): string {
  const root = el.shadowRoot!;
  return [...root.children]
    .filter((child) => !child.matches('[aria-live]'))
    .map((child) => (child as HTMLElement).innerText ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The elements of the embedding page (test/support/test-server.mjs), from the source. */
const sourcePage = (locale: Locale) =>
  html`<div lang=${locale}>
    <oms-coverage-check></oms-coverage-check>
    <oms-office-list city="msk" src="/data/oms-dataset.json"></oms-office-list>
    <oms-paid-services></oms-paid-services>
    <oms-policy-guide situation="working"></oms-policy-guide>
    <oms-waiting-times></oms-waiting-times>
  </div>`;

describe('the minified build renders what the source renders', () => {
  for (const locale of ['ru', 'en'] as const) {
    it(`every element, word for word, in ${locale}, also with a search`, async () => {
      const { doc, frame } = await openFrame(
        pageUrl(['module:/dist/oms-widgets.js'], { lang: locale }),
      );
      const local = await fixture<HTMLElement>(sourcePage(locale));
      const pairs = TAGS.map((tag) => [doc.querySelector(tag)!, local.querySelector(tag)!]);
      const loading = (el: Element) => !!el.shadowRoot!.querySelector('[part~="status"]');
      // Both fetch their English strings on first need.
      type Updating = Element & { updateComplete: Promise<unknown> };
      await Promise.all(pairs.flat().map((el) => (el as Updating).updateComplete));
      await until(() => !pairs.some(([, source]) => loading(source)), 5000, 'the source data');
      for (const [built, source] of pairs) {
        expect(readable(built), built.localName).to.equal(readable(source));
      }
      // Results, with their verdicts and the "why" and "asked to pay" disclosures open.
      const [built, source] = pairs[0];
      for (const el of [built, source]) (el as HTMLElement & { query: string }).query = 'ЭКО';
      const results = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="result"]').length;
      await until(() => results(built) > 0 && results(source) > 0, 3000, 'results in both');
      for (const el of [built, source]) {
        el.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
      }
      expect(readable(built), 'coverage results').to.equal(readable(source));
      frame.remove();
    });
  }
});
