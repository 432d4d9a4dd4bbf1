// The English strings of the single files (dist/oms-widgets.en.js and
// dist/cdn/<tag>.en.js): fetched from next to the file when an element first
// speaks English, once, and never on a Russian page; a page where they cannot
// be loaded shows Russian, says why once in the console, and switches to
// English when a later try succeeds.
import { expect } from '@open-wc/testing';
import { until } from '../support/fixtures.js';
import { framedPages, requestsFor, TAGS, text, type FrameWindow } from './frame.js';

const open = framedPages();

/** The English strings' files the page requested. */
const stringRequests = (win: FrameWindow) => requestsFor(win, '.en.js');
const russian = (el: Element) => /[а-яё]{4}/i.test(text(el));
const widgets = (doc: Document) => [...doc.querySelectorAll(TAGS.join(','))];

/** How many requests the test server counted for `id` (/__test/lag). */
const hits = async (id: string) =>
  ((await (await fetch(`/__test/hits?id=${id}`)).json()) as { hits: number }).hits;
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

const WARNING = 'oms-widgets: the English texts did not load';

describe('embedding: the English strings, on first need', function () {
  this.timeout(30_000);

  for (const [kind, script] of [
    ['module', 'module:/dist/oms-widgets.js'],
    ['classic', 'classic:/dist/oms-widgets.classic.js'],
  ]) {
    it(`all-in-one ${kind}: none on a Russian page, one file on an English one`, async () => {
      const ru = await open([script], { csp: '1' });
      expect(widgets(ru.doc).every(russian), 'Russian').to.equal(true);
      expect(stringRequests(ru.win), 'no English strings').to.deep.equal([]);

      const en = await open([script], { csp: '1', lang: 'en' });
      expect(widgets(en.doc).some(russian), 'English').to.equal(false);
      expect(stringRequests(en.win)).to.have.length(1);
      expect(stringRequests(en.win)[0]).to.match(/\/dist\/oms-widgets\.en\.js$/);
      expect([...en.win.__probe.errors, ...en.win.__probe.warnings]).to.deep.equal([]);
      expect([...en.win.__probe.violations], 'CSP violations').to.deep.equal([]);
    });
  }

  it('a Russian page switched to English fetches them then, and switches', async () => {
    const { win, doc } = await open(['module:/dist/oms-widgets.js'], {});
    expect(stringRequests(win)).to.deep.equal([]);
    doc.documentElement.lang = 'en';
    await until(() => !widgets(doc).some(russian), 5000, 'English widgets');
    expect(stringRequests(win)).to.have.length(1);
    doc.documentElement.lang = 'ru';
    await until(() => widgets(doc).every(russian), 5000, 'Russian again');
    doc.documentElement.lang = 'en';
    await until(() => !widgets(doc).some(russian), 5000, 'English again');
    expect(stringRequests(win), 'fetched once').to.have.length(1);
  });

  for (const tag of TAGS) {
    it(`${tag}: the per-tag file fetches its own strings only`, async () => {
      const { win, doc } = await open([`classic:/dist/cdn/${tag}.classic.js`], {
        tags: tag,
        lang: 'en',
        src: 'none',
      });
      expect(russian(doc.querySelector(tag)!), 'English').to.equal(false);
      const requests = stringRequests(win);
      expect(requests).to.have.length(1);
      expect(requests[0]).to.match(new RegExp(`/dist/cdn/${tag}\\.en\\.js$`));
    });
  }

  it('strings that cannot load: Russian, one warning, tried again on updates', async () => {
    const key = unique('fail');
    const { win, doc } = await open([`module:/__test/lag/${key}/dist/cdn/oms-policy-guide.js`], {
      tags: 'oms-policy-guide',
      lang: 'en',
      src: 'none',
    });
    const el = doc.querySelector('oms-policy-guide')! as HTMLElement & {
      requestUpdate(): void;
      updateComplete: Promise<unknown>;
    };
    expect(russian(el), 'Russian rather than nothing').to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no error').to.equal(null);
    expect(win.__probe.warnings).to.have.length(1);
    expect(win.__probe.warnings[0]).to.include(WARNING);
    expect(await hits(key)).to.equal(1);
    el.requestUpdate();
    await el.updateComplete;
    for (let waited = 0; (await hits(key)) < 2 && waited < 3000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await hits(key), 'a second try').to.equal(2);
    expect(russian(el)).to.equal(true);
    expect(win.__probe.warnings, 'still one warning').to.have.length(1);
    expect([...win.__probe.errors], 'errors').to.deep.equal([]);
  });

  it('strings that load on a later try: the widget switches to English', async () => {
    const key = unique('once');
    const { win, doc } = await open([`module:/__test/lag/${key}/dist/cdn/oms-policy-guide.js`], {
      tags: 'oms-policy-guide',
      lang: 'en',
      src: 'none',
    });
    const el = doc.querySelector('oms-policy-guide')! as HTMLElement & { requestUpdate(): void };
    expect(russian(el)).to.equal(true);
    el.requestUpdate();
    await until(() => !russian(el), 5000, 'English after the second try');
    expect(await hits(key)).to.equal(2);
    expect(stringRequests(win).at(-1)).to.match(/oms-policy-guide\.en\.js\?retry=1$/);
    expect(win.__probe.warnings).to.have.length(1);
    expect([...win.__probe.errors], 'errors').to.deep.equal([]);
  });
});
