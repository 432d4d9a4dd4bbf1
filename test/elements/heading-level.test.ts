// heading-level on every element (a base-class behaviour): its headings start
// at that level and go on below it, so that they continue the host page's
// outline; without it, they follow the last heading before the element.
// axe finds no heading-order fault under an <h1>, an <h2> or an <h4>, in
// both locales, with the level given or not; bad values follow the numbers
// policy.
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
/** Elements that show headings in that state (the paid list one, above where to turn). */
const WITH_HEADINGS = [
  'oms-coverage-check',
  'oms-office-list',
  'oms-paid-services',
  'oms-policy-guide',
];

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

  it('follows the outline by default: one below the last heading before it', async () => {
    for (const [pageLevel, expected] of [
      [0, 2],
      [1, 2],
      [2, 3],
      [4, 5],
      [6, 6],
    ]) {
      for (const tag of tags) {
        const { el } = await under('ru', pageLevel, tag);
        expect((el as unknown as { headingLevel?: number }).headingLevel, tag).to.equal(undefined);
        if (WITH_HEADINGS.includes(tag))
          expect(Math.min(...levels(el)), `${tag} after <h${pageLevel}>`).to.equal(expected);
      }
    }
  });

  it('counts role="heading" with aria-level, and not a hidden heading', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML =
      '<h1>Page</h1><div role="heading" aria-level="3">Section</div>' +
      '<h2 hidden>Hidden</h2><div aria-hidden="true"><h2>Decoration</h2></div>' +
      '<oms-office-list></oms-office-list>';
    const el = wrapper.querySelector<LitElement>('oms-office-list')!;
    await el.updateComplete;
    expect(Math.min(...levels(el))).to.equal(4);
  });

  it('looks out of a shadow root when none of its headings comes before', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = '<h1>Page</h1><h2>Section</h2><div></div>';
    const root = wrapper.querySelector('div')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<oms-office-list></oms-office-list>';
    const outer = root.querySelector<LitElement>('oms-office-list')!;
    await outer.updateComplete;
    expect(Math.min(...levels(outer))).to.equal(3);
    // A heading of the shadow root's own before it comes first.
    root.innerHTML = '<h4>Card</h4><oms-office-list></oms-office-list>';
    const inner = root.querySelector<LitElement>('oms-office-list')!;
    await inner.updateComplete;
    expect(Math.min(...levels(inner))).to.equal(5);
  });

  it('follows the outline again when moved, and an explicit level wins', async () => {
    const { wrapper, el } = await under('ru', 1, 'oms-office-list');
    expect(Math.min(...levels(el))).to.equal(2);
    const section = document.createElement('section');
    section.innerHTML = '<h2>Section</h2><h3>Part</h3>';
    section.append(el);
    wrapper.append(section);
    await el.updateComplete;
    expect(Math.min(...levels(el))).to.equal(4);
    el.setAttribute('heading-level', '2');
    await el.updateComplete;
    expect(Math.min(...levels(el))).to.equal(2);
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(Math.min(...levels(el))).to.equal(4);
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

  for (const locale of ['ru', 'en'] as const) {
    it(`is axe-clean under an <h1> or an <h2> with no heading-level (${locale})`, async () => {
      for (const tag of tags) {
        for (const pageLevel of [1, 2]) {
          const { wrapper } = await under(locale, pageLevel, tag);
          await expect(wrapper, `${tag} after <h${pageLevel}>`).to.be.accessible();
        }
      }
    });
  }

  it('can fail: heading-level="3" under an <h1> skips a level (axe heading-order)', async () => {
    const { wrapper } = await under('ru', 1, 'oms-office-list', 'heading-level="3"');
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
        // Under an <h2>: a value that is no number gives the outline's level.
        const { el } = await under('ru', 2, 'oms-office-list', `heading-level="${value}"`);
        expect(Math.min(...levels(el)), value).to.equal(expected);
      });
      expect(console.messages.join('\n'), value).to.contain('heading-level must be a whole number');
    }
    // An empty attribute is no value: the outline's level, without a warning.
    const empty = await withConsole('warn', async () => {
      const { el } = await under('ru', 2, 'oms-office-list', 'heading-level=""');
      expect(Math.min(...levels(el))).to.equal(3);
    });
    expect(empty.messages).to.deep.equal([]);
  });
});
