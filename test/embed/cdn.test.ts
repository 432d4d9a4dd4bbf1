// The CDN snippet as CMS pages use it: a plain page, a classic script, the
// file loaded twice, together with the npm build, and under a strict CSP.
import { expect } from '@open-wc/testing';
import { until } from '../support/fixtures.js';
import { openFrame, pageUrl, TAGS, text, type FrameWindow } from './frame.js';

const MODULE = 'module:/dist/oms-widgets.js';
const CLASSIC = 'classic:/dist/oms-widgets.classic.js';
// The npm build: bare imports, as a bundler or import map resolves them.
const NPM = 'module:/dist/define.js';

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

async function open(scripts: string[], options: Record<string, string> = {}) {
  const opened = await openFrame(pageUrl(scripts, options));
  frames.push(opened.frame);
  return opened;
}

/**
 * What every page must show: each tag defined once, styled, with Russian text; a search that
 * answers; nothing logged.
 */
async function expectWorkingPage(win: FrameWindow, doc: Document) {
  for (const tag of TAGS) {
    const el = doc.querySelector(tag)!;
    expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    expect(el.shadowRoot, `${tag} upgraded`).to.not.equal(null);
    expect(/[а-яё]{4}/i.test(text(el)), `${tag} shows Russian text`).to.equal(true);
    // The shadow styles apply (a custom element is inline without them).
    expect(win.getComputedStyle(el).display, `${tag} styled`).to.equal('block');
  }
  const coverage = doc.querySelector('oms-coverage-check')!;
  const search = coverage.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
  search.value = 'гемодиализ';
  search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(
    () => !!coverage.shadowRoot!.querySelector('[part~="verdict"]'),
    3000,
    'a verdict for the search',
  );
  // The dataset from src loaded too (connect-src 'self' under the CSP).
  expect(
    doc.querySelector('oms-office-list')!.shadowRoot!.querySelector('[role="alert"]'),
  ).to.equal(null);
  expect(win.__probe.errors, 'errors').to.deep.equal([]);
  expect(win.__probe.warnings, 'warnings').to.deep.equal([]);
}

describe('embedding: the CDN snippet', function () {
  this.timeout(20_000);

  it('works in a plain page as a module script', async () => {
    const { win, doc } = await open([MODULE]);
    await expectWorkingPage(win, doc);
    expect(win.OmsWidgets, 'no global from the module').to.equal(undefined);
  });

  for (const script of [MODULE, CLASSIC]) {
    it(`${script}: no validator request without src; with src, one from next to it`, async () => {
      const requests = (win: FrameWindow) =>
        win.performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.endsWith('.validate.js'));
      const plain = await open([script], { src: 'none' });
      expect(requests(plain.win)).to.deep.equal([]);
      const withSrc = await open([script]);
      expect(requests(withSrc.win)).to.deep.equal(['/dist/oms-widgets.validate.js']);
    });
  }

  it('works as a classic script, with the API on window.OmsWidgets', async () => {
    const { win, doc } = await open([CLASSIC]);
    await expectWorkingPage(win, doc);
    expect(win.OmsWidgets!.searchCoverage).to.be.a('function');
    expect(win.OmsWidgets!.registerDataset).to.be.a('function');
  });

  it('follows the page language', async () => {
    const { doc } = await open([MODULE], { lang: 'en' });
    for (const tag of TAGS)
      expect(/[а-яё]{4}/i.test(text(doc.querySelector(tag)!)), `${tag} in English`).to.equal(false);
  });

  it(
    'loaded twice (module and classic, each twice) ' + 'keeps one definition and logs nothing',
    async () => {
      const { win, doc } = await open([
        MODULE,
        'module:/dist/oms-widgets.js?again',
        CLASSIC,
        CLASSIC,
      ]);
      await expectWorkingPage(win, doc);
      // Each copy kept the first definition rather than throwing.
      const first = win.customElements.get('oms-paid-services');
      expect(doc.querySelector('oms-paid-services')).to.be.instanceOf(first!);
    },
  );

  it(
    'setLocale() and registerDataset() ' +
      'from either copy reach the elements the other copy defined',
    async () => {
      // The classic script runs first and defines the tags; the module copy's API must still reach
      // them.
      const { win, doc } = await open([CLASSIC, MODULE]);
      const moduleCopy = await (win as unknown as { eval(code: string): Promise<any> }).eval(
        "import('/dist/oms-widgets.js')",
      );
      expect(moduleCopy.registerDataset, 'a second copy').to.not.equal(
        win.OmsWidgets!.registerDataset,
      );
      const offices = doc.querySelector('oms-office-list')!;
      offices.removeAttribute('src');
      moduleCopy.setLocale('en');
      await until(
        () => TAGS.every((tag) => !/[а-яё]{4}/i.test(text(doc.querySelector(tag)!))),
        3000,
        'English everywhere',
      );
      const data = structuredClone(moduleCopy.bundledDataset);
      data.offices = data.offices.slice(0, 1);
      await moduleCopy.registerDataset(data);
      await until(
        () => offices.shadowRoot!.querySelectorAll('[part~="office"]').length === 1,
        3000,
        'one registered office',
      );
      (win.OmsWidgets!.registerDataset as (data: unknown) => void)(undefined);
      await until(
        () => offices.shadowRoot!.querySelectorAll('[part~="office"]').length > 1,
        3000,
        'the bundled offices again',
      );
      moduleCopy.setLocale('auto');
    },
  );

  for (const [name, scripts] of [
    ['the npm build, then the CDN file', [NPM, MODULE]],
    ['the CDN file, then the npm build', [MODULE, NPM]],
    ['the classic script and the npm build', [CLASSIC, NPM]],
  ] as const) {
    it(`works together with ${name}`, async () => {
      const { win, doc } = await open([...scripts]);
      await expectWorkingPage(win, doc);
    });
  }

  for (const [name, script] of [
    ['module', MODULE],
    ['classic', CLASSIC],
  ] as const) {
    it(
      `works under a strict CSP (script-src 'self'; ` + `style-src 'self') as a ${name} script`,
      async () => {
        const { win, doc } = await open([script], { csp: '1' });
        await expectWorkingPage(win, doc);
        // Opening every disclosure and choosing in the guide renders under the policy too.
        for (const tag of TAGS)
          doc
            .querySelector(tag)!
            .shadowRoot!.querySelectorAll('details')
            .forEach((d) => (d.open = true));
        doc.querySelector('oms-policy-guide')!.setAttribute('situation', 'newborn');
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(win.__probe.violations, 'violations by the widgets').to.deep.equal([]);
        // The policy is really in force: an inline style of the page's own is refused.
        const canary = doc.createElement('style');
        canary.textContent = '.page-text { color: rgb(255, 0, 0) }';
        doc.head.append(canary);
        await until(() => win.__probe.violations.length > 0, 3000, 'the canary violation');
        expect(win.__probe.violations[0]).to.match(/^style-src-elem/);
        expect(win.getComputedStyle(doc.querySelector('.page-text')!).color).to.not.equal(
          'rgb(255, 0, 0)',
        );
      },
    );
  }
});
