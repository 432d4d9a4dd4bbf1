// The per-tag CDN files (dist/cdn/<tag>.js and .classic.js) as CMS pages use
// them: one widget alone on a page, as a module or a classic script, in both
// locales, under a strict CSP, loaded twice, next to the all-in-one file; the
// validator (zod and the schema) requested only when `src` needs it; a `src`
// file that holds some sections merged with the bundled rest.
import { expect } from '@open-wc/testing';
import { until } from '../support/fixtures.js';
import { framedPages, requestsFor, TAGS, text, type FrameWindow } from './frame.js';

const ALL_IN_ONE = 'module:/dist/oms-widgets.js';

const open = framedPages();

/** The validator files the page requested. */
const validatorRequests = (win: FrameWindow) => requestsFor(win, 'oms-widgets.validate.js');

/** The page's one widget: defined, styled, in `locale`, showing no error, nothing logged. */
function expectWorking(win: FrameWindow, doc: Document, tag: string, locale: 'ru' | 'en') {
  const el = doc.querySelector(tag)!;
  expect(win.customElements.get(tag), tag).to.not.equal(undefined);
  expect(win.getComputedStyle(el).display, `${tag} styled`).to.equal('block');
  const russian = /[а-яё]{4}/i.test(text(el));
  expect(russian, `${tag} in ${locale}`).to.equal(locale === 'ru');
  expect(el.shadowRoot!.querySelector('[role="alert"]'), `${tag}: no error`).to.equal(null);
  expect([...win.__probe.errors], 'errors').to.deep.equal([]);
  expect([...win.__probe.warnings], 'warnings').to.deep.equal([]);
  expect([...win.__probe.violations], 'CSP violations').to.deep.equal([]);
}

/** A section of the dataset that `tag` shows, and one it does not. */
const SECTIONS: Record<(typeof TAGS)[number], { own: string; other: string }> = {
  'oms-coverage-check': { own: 'coverage', other: 'offices' },
  'oms-office-list': { own: 'offices', other: 'guide' },
  'oms-paid-services': { own: 'coverage', other: 'cities' },
  'oms-policy-guide': { own: 'guide', other: 'coverage' },
  'oms-waiting-times': { own: 'waitingTimes', other: 'insurers' },
};

describe('embedding: the per-tag CDN files', function () {
  this.timeout(30_000);

  for (const tag of TAGS) {
    const module = `module:/dist/cdn/${tag}.js`;
    const classic = `classic:/dist/cdn/${tag}.classic.js`;

    it(`${tag}: alone as a module, strict CSP, Russian; no validator without src`, async () => {
      const { win, doc } = await open([module], { tags: tag, src: 'none', csp: '1' });
      expectWorking(win, doc, tag, 'ru');
      expect(validatorRequests(win)).to.deep.equal([]);
      expect(win.OmsWidgets, 'no global').to.equal(undefined);
    });

    it(`${tag}: alone as a classic script, strict CSP, English; no validator`, async () => {
      const { win, doc } = await open([classic], {
        tags: tag,
        src: 'none',
        csp: '1',
        lang: 'en',
      });
      expectWorking(win, doc, tag, 'en');
      expect(validatorRequests(win)).to.deep.equal([]);
      expect(win.OmsWidgets, 'no global from a per-tag file').to.equal(undefined);
    });

    it(`${tag}: loaded twice each way and next to the all-in-one file, with src`, async () => {
      const { win, doc } = await open([module, `${module}?again`, classic, classic, ALL_IN_ONE], {
        tags: tag,
        src: '/data/oms-dataset.json',
        csp: '1',
      });
      expectWorking(win, doc, tag, 'ru');
      // The first copy to load the data fetched the validator from next to itself.
      expect(validatorRequests(win).length).to.be.greaterThan(0);
      expect(validatorRequests(win).every((url) => url.includes('/dist/'))).to.equal(true);
    });

    for (const script of [module, classic]) {
      const kind = script.startsWith('module') ? 'module' : 'classic';
      it(`${tag} (${kind}): a src file with some sections keeps the bundled rest`, async () => {
        const alone = await open([script], { tags: tag, src: 'none' });
        const expected = text(alone.doc.querySelector(tag)!);
        const { own, other } = SECTIONS[tag];
        // A file without this widget's sections: the bundled ones, word for word.
        const without = await open([script], { tags: tag, src: `/__test/part?keys=${other}` });
        expectWorking(without.win, without.doc, tag, 'ru');
        expect(text(without.doc.querySelector(tag)!)).to.equal(expected);
        expect(validatorRequests(without.win).length, 'validator loaded for src').to.equal(1);
        // A file with its own section (and no others): shown, nothing missing.
        const withOwn = await open([script], { tags: tag, src: `/__test/part?keys=${own}` });
        expectWorking(withOwn.win, withOwn.doc, tag, 'ru');
        expect(text(withOwn.doc.querySelector(tag)!)).to.equal(expected);
      });
    }
  }

  it('registerDataset() of the all-in-one file reaches a per-tag element', async () => {
    const { win, doc } = await open(['module:/dist/cdn/oms-office-list.js', ALL_IN_ONE], {
      tags: 'oms-office-list',
      src: 'none',
    });
    const offices = doc.querySelector('oms-office-list')!;
    const api = (await (win as unknown as { eval(code: string): Promise<unknown> }).eval(
      "import('/dist/oms-widgets.js')",
    )) as { registerDataset(data: unknown): Promise<unknown>; bundledDataset: any };
    const data = structuredClone(api.bundledDataset);
    await api.registerDataset({ schemaVersion: 1, offices: data.offices.slice(0, 1) });
    await until(
      () => offices.shadowRoot!.querySelectorAll('[part~="office"]').length === 1,
      3000,
      'one registered office',
    );
  });
});
