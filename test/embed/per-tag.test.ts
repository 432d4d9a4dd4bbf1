// The per-tag CDN files (dist/cdn/<tag>.js and .classic.js) as CMS pages use
// them: one widget alone on a page, as a module or a classic script, in both
// locales, under a strict CSP, loaded twice, next to the all-in-one file; the
// validator (zod and the schema) requested only when `src` needs it; a `src`
// file that holds some sections merged with the bundled rest; the loader of
// `src` files, which comes with the validator, shared by the files of a folder.
import { expect } from '@open-wc/testing';
import { until } from '../support/fixtures.js';
import { framedPages, requestsFor, TAGS, text, type FrameWindow } from './frame.js';

const ALL_IN_ONE = 'module:/dist/oms-widgets.js';

const open = framedPages();

/** The validator files the page requested. */
const validatorRequests = (win: FrameWindow) => requestsFor(win, 'oms-widgets.validate.js');

/** How many requests the test server counted for `id` (/__test/slow, /__test/lag). */
const hits = async (id: string) =>
  ((await (await fetch(`/__test/hits?id=${id}`)).json()) as { hits: number }).hits;
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

/** The API of the all-in-one module at `url` in the page of `win` (the page's own copy). */
const apiOf = (win: FrameWindow, url: string) =>
  (win as unknown as { eval(code: string): Promise<any> }).eval(`import(${JSON.stringify(url)})`);

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

    it(`${tag}: alone as a classic script, strict CSP, English inside; no validator`, async () => {
      const { win, doc } = await open([classic], {
        tags: tag,
        src: 'none',
        csp: '1',
        lang: 'en',
      });
      expectWorking(win, doc, tag, 'en');
      expect(validatorRequests(win)).to.deep.equal([]);
      expect(requestsFor(win, 'en.js'), 'English strings inside').to.deep.equal([]);
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

describe('embedding: src files, loaded by the loader on demand', function () {
  this.timeout(30_000);

  for (const script of [
    'module:/dist/cdn/oms-office-list.js',
    'classic:/dist/cdn/oms-office-list.classic.js',
  ]) {
    it(`${script}: with src, the loader (and validator) once and the file once`, async () => {
      const id = unique('once');
      const { win, doc } = await open([script], {
        tags: 'oms-office-list',
        src: `/__test/slow?ms=10&id=${id}`,
      });
      expectWorking(win, doc, 'oms-office-list', 'ru');
      expect(text(doc.querySelector('oms-office-list')!)).to.match(/Москва/);
      expect(validatorRequests(win)).to.have.length(1);
      expect(await hits(id)).to.equal(1);
    });
  }

  // Each per-tag file has its own bundled sections, and the files of one folder share
  // one loader: the policy guide and the paid services bring as many sections (six),
  // so a cache keyed by how many sections came would give each the other's data.
  for (const kind of ['module', 'classic'] as const) {
    it(`two per-tag files (${kind}) share the loader, each with its own sections`, async () => {
      const pair = ['oms-policy-guide', 'oms-paid-services'];
      const scripts = pair.map((tag) =>
        kind === 'module' ? `module:/dist/cdn/${tag}.js` : `classic:/dist/cdn/${tag}.classic.js`,
      );
      const alone = await open(scripts, { tags: pair.join(','), src: 'none' });
      const both = await open(scripts, { tags: pair.join(','), src: '/__test/part?keys=cities' });
      for (const tag of pair) {
        expectWorking(both.win, both.doc, tag, 'ru');
        expect(text(both.doc.querySelector(tag)!), tag).to.equal(
          text(alone.doc.querySelector(tag)!),
        );
      }
      expect(validatorRequests(both.win), 'one loader for both').to.have.length(1);
    });
  }

  it('an abort or a timeout while the loader loads ends the wait at once', async () => {
    const key = `1500-${unique('slow')}`;
    const url = `/__test/lag/${key}/dist/oms-widgets.js`;
    const { win } = await open([`module:${url}`], { src: 'none' });
    const api = await apiOf(win, url);
    const [gone, hasty] = [unique('gone'), unique('hasty')];
    const abort = new win.AbortController();
    const started = performance.now();
    const results = Promise.all([
      api
        .loadDataset(`/__test/slow?ms=10&id=${gone}`, { signal: abort.signal })
        .catch((e: unknown) => e),
      api.loadDataset(`/__test/slow?ms=10&id=${hasty}`, { timeout: 300 }).catch((e: unknown) => e),
    ]);
    setTimeout(() => abort.abort(), 100);
    const [aborted, late] = await results;
    expect(performance.now() - started, 'ms, well before the loader arrived').to.be.below(1000);
    expect(aborted.name).to.equal('AbortError');
    expect(late).to.be.instanceOf(api.DatasetError);
    expect(late.kind).to.equal('timeout');
    expect(late.url).to.equal(new URL(`/__test/slow?ms=10&id=${hasty}`, win.location.href).href);
    // The loader arrives after both left: it fetches nothing for them, and serves the next.
    await until(() => validatorRequests(win).length === 1, 5000, 'the loader');
    const dataset = await api.loadDataset(`/__test/slow?ms=10&id=${hasty}`);
    expect(dataset.offices.length).to.be.greaterThan(0);
    expect([await hits(gone), await hits(hasty), await hits(key)]).to.deep.equal([0, 1, 1]);
  });

  it('an error from the loader is a DatasetError of the file that asked', async () => {
    const { win } = await open(['module:/dist/oms-widgets.js'], { src: 'none' });
    const api = await apiOf(win, '/dist/oms-widgets.js');
    const error = await api.loadDataset('/data/missing.json').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(api.DatasetError);
    expect([error.kind, error.status]).to.deep.equal(['http', 404]);
    // A per-tag element tells it apart too: the message of an HTTP error.
    const { doc } = await open(['module:/dist/cdn/oms-office-list.js'], {
      tags: 'oms-office-list',
      src: '/data/missing.json',
    });
    expect(text(doc.querySelector('oms-office-list')!)).to.match(/ответил .* ошибкой 404/);
  });

  for (const [how, file] of [
    ['module', 'oms-office-list.js'],
    ['classic', 'oms-office-list.classic.js'],
  ] as const) {
    it(`a ${how} file without its validator next to it says so, for each src`, async () => {
      const key = `fail-${unique('loader')}`;
      const folder = `/__test/lag/${key}/dist/cdn/`;
      const { win, doc } = await open([`${how}:${folder}${file}`], {
        tags: 'oms-office-list',
        src: '/__test/part?keys=offices',
      });
      const el = doc.querySelector('oms-office-list')!;
      // The widget's own file is named, not the data file nor the network.
      const failed = () =>
        !!el.shadowRoot!.querySelector('[role="alert"]') &&
        /Не загрузилась проверка данных/.test(text(el)) &&
        /положите этот файл рядом со скриптом виджета/.test(text(el)) &&
        !/нет связи с сервером|part\?keys/.test(text(el));
      expect(failed(), text(el)).to.equal(true);
      // The browser names the file that failed (Chromium and Firefox do), and so does the widget.
      const validator = new URL(`${folder}oms-widgets.validate.js`, win.location.href).href;
      expect(text(el)).to.contain(`${validator}:`);
      expect(win.__probe.errors.join('\n')).to.contain('could not load the data validator');
      // The next src asks again, at another URL (an engine may keep a failed import
      // failed for the page's life): a second request, an error again, never a hang.
      expect(await hits(key), 'one request').to.equal(1);
      const event = new Promise<any>((resolve) =>
        el.addEventListener('oms-data-error', resolve, { once: true }),
      );
      el.setAttribute('src', '/__test/part?keys=offices,cities');
      const { kind, url, message, issues } = await event;
      expect(kind).to.equal('validator');
      expect(message).to.contain('oms-widgets.validate.js');
      expect(issues).to.deep.equal([]);
      expect(url, 'without ?retry=1').to.equal(validator);
      expect(win.__probe.errors).to.have.length(2);
      await until(failed, 5000, 'the message again');
      expect(await hits(key), 'a second request').to.equal(2);
    });
  }
});
