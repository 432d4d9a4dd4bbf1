// Layout by element geometry (not pixels) at a phone's 360 × 740, a tablet's
// 768 and a desktop's 1280, in a page's content column as the demo has it:
// nothing sticks out or overlaps, the office filter row keeps its labels on
// one line and its controls aligned; on a phone, tapping a category brings
// its results into view, and the paid list starts collapsed.
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/define.js';
import { elements } from '../src/index.js';
import type { Locale } from '../src/i18n/locale.js';
import { shortDelays } from './support/delays.js';
import { until } from './support/fixtures.js';
import { $, $$, part, parts } from './support/parts.js';

const WIDTHS = [360, 768, 1280];
const HEIGHT = 740;
/** States in which each element shows most of what it has. */
const SHOWING: Record<string, string> = {
  'oms-coverage-check': 'query="гемодиализ"',
  'oms-policy-guide': 'situation="working"',
};

/** `tag` in a content column like a CMS page's (at most 60rem, 1rem padding). */
async function inColumn<T extends LitElement>(locale: Locale, tag: string, attributes = '') {
  const column = await fixture<HTMLDivElement>(
    html`<div
      style="max-width: 60rem; margin: 0 auto; padding: 1rem; font: 16px/1.5 system-ui"
    ></div>`,
  );
  column.lang = locale;
  column.innerHTML = `<${tag} ${attributes}></${tag}>`;
  const el = column.firstElementChild as T;
  await el.updateComplete;
  return el;
}

const box = (node: Element) => node.getBoundingClientRect();
const describeNode = (node: Element) => node.outerHTML.slice(0, 70);

/** Rendered boxes that overlap by more than a pixel each way. */
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/** Fails when a node sticks out of `el` sideways, or two items of a flex or grid overlap. */
function expectTidy(el: Element, what: string): void {
  const host = box(el);
  const nodes = [...el.shadowRoot!.querySelectorAll('*')].filter(
    (node) => box(node).width > 0 && !node.closest('.visually-hidden'),
  );
  for (const node of nodes) {
    const { left, right } = box(node);
    expect(left, `${what}: ${describeNode(node)}`).to.be.at.least(host.left - 1);
    expect(right, `${what}: ${describeNode(node)}`).to.be.at.most(host.right + 1);
    const { display } = getComputedStyle(node);
    if (!/flex|grid/.test(display)) continue;
    const items = [...node.children].filter((child) => box(child).width > 0);
    for (const [i, a] of items.entries()) {
      for (const b of items.slice(i + 1)) {
        const pair = `${what}: ${describeNode(a)} / ${describeNode(b)}`;
        expect(overlap(box(a), box(b)), pair).to.equal(false);
      }
    }
  }
}

describe('layout at 360, 768 and 1280 px', () => {
  shortDelays();
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of WIDTHS) {
    describe(`${width} px`, () => {
      before(() => setViewport({ width, height: HEIGHT }));

      for (const locale of ['ru', 'en'] as const) {
        it(`nothing sticks out or overlaps (${locale})`, async () => {
          for (const { defaultTag: tag } of elements) {
            const el = await inColumn(locale, tag, SHOWING[tag] ?? '');
            expect(document.documentElement.scrollWidth, tag).to.be.at.most(width);
            expectTidy(el, tag);
          }
        });

        it(`the office filters keep one-line labels and aligned controls (${locale})`, async () => {
          const el = await inColumn(locale, 'oms-office-list');
          const labels = $$(el, '[part="filters"] label');
          const lineHeight = parseFloat(getComputedStyle(labels[0]).lineHeight);
          for (const label of labels) {
            expect(box(label).height, label.textContent).to.be.below(lineHeight * 1.5);
          }
          // Controls in one row end at the same line.
          // «Рядом со мной» is there only when some office has coordinates (none in the bundle).
          const controls = ['city', 'insurer', 'search', 'near-me']
            .map((name) => part(el, name))
            .filter((control) => control !== undefined);
          expect(controls.length, 'city, insurer and search').to.be.at.least(3);
          const rows = new Map<number, number[]>();
          for (const control of controls) {
            const { top, bottom } = box(control.parentElement!);
            const row = rows.get(Math.round(top)) ?? [];
            rows.set(Math.round(top), [...row, bottom]);
          }
          for (const bottoms of rows.values()) {
            expect(Math.max(...bottoms) - Math.min(...bottoms), 'row bottoms').to.be.below(1);
          }
          for (const control of controls.slice(0, 3)) {
            const { bottom } = box(control);
            const sameRow = controls.filter((c) => Math.abs(box(c).top - box(control).top) < 40);
            for (const other of sameRow) expect(box(other).bottom).to.be.closeTo(bottom, 1);
          }
        });
      }
    });
  }

  describe('on a phone (360 × 740)', () => {
    before(() => setViewport({ width: 360, height: HEIGHT }));

    /** Taps the middle of `node` as a finger would (a real mouse event, page coordinates). */
    async function tap(node: Element) {
      const { left, top, width, height } = box(node);
      await sendMouse({
        type: 'click',
        position: [Math.round(left + width / 2), Math.round(top + height / 2)],
      });
    }

    for (const locale of ['ru', 'en'] as const) {
      it(`tapping a category brings its entries into sight, focused (${locale})`, async () => {
        const el = await inColumn(locale, 'oms-coverage-check');
        window.scrollTo(0, 0);
        const categories = parts(el, 'category');
        const last = categories[categories.length - 1];
        last.scrollIntoView({ block: 'end' });
        await tap(last);
        await until(() => !!$(el, '[part="results"]'), 3000, 'results');
        const list = $(el, '[part="results"]')!;
        const start = $(el, '.picked') ?? list;
        await until(
          () => box(start).top >= -1 && box(start).top < HEIGHT / 2,
          3000,
          'the entries in the upper half of the view',
        );
        expect(el.shadowRoot!.activeElement).to.equal(list);
        expect(box(list.querySelector('.heading')!).bottom).to.be.below(HEIGHT);
        await expect(el).to.be.accessible();
      });

      it(`the paid list starts with titles only, each opening on a tap (${locale})`, async () => {
        const el = await inColumn(locale, 'oms-paid-services');
        const items = $$<HTMLDetailsElement>(el, '[part="item"]');
        expect(items.length).to.be.greaterThan(10);
        expect(items.filter((d) => d.open).length).to.equal(0);
        // Titles only and where to turn (with its heading): about 3,000 px; all open, 6,000.
        expect(box(el).height, 'a few screens, not 6,000 px').to.be.below(3500);
        items[0].querySelector('summary')!.scrollIntoView({ block: 'center' });
        await tap(items[0].querySelector('summary')!);
        await until(() => items[0].open, 1000, 'the first item open');
        expect(items.filter((d) => d.open).length).to.equal(1);
        await expect(el).to.be.accessible();
      });
    }

    it('the paid list starts open on a phone when the host says `expanded`', async () => {
      const el = await inColumn('ru', 'oms-paid-services', 'expanded');
      const items = $$<HTMLDetailsElement>(el, '[part="item"]');
      expect(items.every((d) => d.open)).to.equal(true);
    });

    it('the paid list starts open on a wide screen, titles only with `compact`', async () => {
      await setViewport({ width: 1280, height: HEIGHT });
      try {
        const open = await inColumn('ru', 'oms-paid-services');
        expect($$<HTMLDetailsElement>(open, '[part="item"]').every((d) => d.open)).to.equal(true);
        const compact = await inColumn('ru', 'oms-paid-services', 'compact');
        expect($$<HTMLDetailsElement>(compact, '[part="item"]').some((d) => d.open)).to.equal(
          false,
        );
      } finally {
        await setViewport({ width: 360, height: HEIGHT });
      }
    });
  });

  it("the guide's buttons are the others' accent buttons; its heading depths differ", async () => {
    const guide = await inColumn('ru', 'oms-policy-guide', 'situation="working"');
    const coverage = await inColumn('ru', 'oms-coverage-check');
    const print = getComputedStyle(part(guide, 'print'));
    const category = getComputedStyle(part(coverage, 'category'));
    for (const property of ['color', 'borderColor', 'backgroundColor', 'fontWeight', 'minHeight']) {
      const key = property as 'color';
      expect(print[key], property).to.equal(category[key]);
    }
    const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
    const [top] = $$(guide, '.heading:not(.sub)');
    const [sub] = $$(guide, '.sub');
    expect(size(top)).to.be.above(size(sub) * 1.1);
  });
});
