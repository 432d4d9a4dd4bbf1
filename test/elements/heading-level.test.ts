// heading-level on every element (a base-class behaviour): its headings start
// at that level and go on below it, so that they continue the host page's
// outline; axe finds no heading-order fault under an <h1>, an <h2> or an
// <h4>, in both locales; bad values follow the numbers policy.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { elements } from '../../src/index.js';
import type { Locale } from '../../src/i18n/locale.js';
import { withConsole } from '../support/console.js';
import { shortDelays } from '../support/delays.js';

/** Attributes that bring each element to a state with all its headings. */
const SHOWING: Record<string, string> = {
  'oms-coverage-check': 'query="гемодиализ"',
  'oms-policy-guide': 'situation="working"',
};
/** Elements that show headings in that state (the paid list has only summaries). */
const WITH_HEADINGS = ['oms-coverage-check', 'oms-office-list', 'oms-policy-guide'];

const tags = elements.map((element) => element.defaultTag);

/** The level of each heading in `el`'s shadow root, in order. */
const levels = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((h) =>
    h.getAttribute('role') === 'heading' ? Number(h.getAttribute('aria-level')) : +h.tagName[1],
  );

/** A page part: a heading at `pageLevel`, then `tag` with `attributes`, in `locale`. */
async function under(locale: Locale, pageLevel: number, tag: string, attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.lang = locale;
  const above = Array.from({ length: pageLevel }, (_, i) => `<h${i + 1}>Page ${i + 1}</h${i + 1}>`);
  wrapper.innerHTML = `${above.join('')}<${tag} ${SHOWING[tag] ?? ''} ${attributes}></${tag}>`;
  const el = wrapper.querySelector<LitElement>(tag)!;
  await el.updateComplete;
  return { wrapper, el };
}

describe('heading-level', () => {
  shortDelays();

  it('is a property of every element, 3 by default, reflected from the attribute', async () => {
    for (const tag of tags) {
      const { el } = await under('ru', 0, tag);
      expect((el as unknown as { headingLevel: number }).headingLevel, tag).to.equal(3);
      if (WITH_HEADINGS.includes(tag)) expect(Math.min(...levels(el)), tag).to.equal(3);
    }
  });

  for (const level of [2, 4, 5, 6]) {
    it(`starts every element's headings at ${level}, the rest below it`, async () => {
      for (const tag of tags) {
        const { el } = await under('ru', 0, tag, `heading-level="${level}"`);
        const found = levels(el);
        if (!WITH_HEADINGS.includes(tag)) continue;
        expect(found.length, tag).to.be.greaterThan(0);
        expect(Math.min(...found), tag).to.equal(level);
        // Each heading at most one level below the one before it.
        for (let i = 1; i < found.length; i++) expect(found[i] - found[i - 1]).to.be.below(2);
      }
    });
  }

  it('goes on past <h6> with aria-level (the guide under heading-level="6")', async () => {
    const { el } = await under('ru', 0, 'oms-policy-guide', 'heading-level="6"');
    expect(levels(el)).to.include(7);
    expect(el.shadowRoot!.querySelector('[role="heading"][aria-level="7"]')).to.not.equal(null);
  });

  for (const locale of ['ru', 'en'] as const) {
    for (const [pageLevel, level] of [
      [1, 2],
      [2, 3],
      [4, 5],
    ]) {
      const title = `is axe-clean under an <h${pageLevel}> with heading-level="${level}"`;
      it(`${title} (${locale})`, async () => {
        for (const tag of tags) {
          const { wrapper } = await under(locale, pageLevel, tag, `heading-level="${level}"`);
          await expect(wrapper, tag).to.be.accessible();
        }
      });
    }
  }

  it('is needed: under an <h1>, the default 3 skips a level (axe heading-order)', async () => {
    const { wrapper } = await under('ru', 1, 'oms-office-list');
    await expect(wrapper).not.to.be.accessible();
  });

  it('brings bad values into 2–6 by the numbers policy, with one warning', async () => {
    const cases: [string, number][] = [
      ['9', 6],
      ['1', 2],
      ['4.7', 4],
      ['deep', 3],
    ];
    for (const [value, expected] of cases) {
      const console = await withConsole('warn', async () => {
        const { el } = await under('ru', 0, 'oms-office-list', `heading-level="${value}"`);
        expect(Math.min(...levels(el)), value).to.equal(expected);
      });
      expect(console.messages.join('\n'), value).to.contain('heading-level must be a whole number');
    }
  });
});
