// Loads under attack (issue 14): a `src` that is no URL, a host page whose
// `fetch` ignores the abort signal, two elements sharing one URL with their
// own timeouts, one file spelled with different #fragments, and loads that
// must be let go when no element needs them.
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { DatasetError } from '../../src/data/errors.js';
import { loadDataset } from '../../src/data/load.js';
import type { OmsDataErrorEvent } from '../../src/events.js';
import type { Locale } from '../../src/i18n/locale.js';
import { withConsole } from '../support/console.js';
import { fixtureIn, shadowText, until } from '../support/fixtures.js';
import { stub } from '../support/stub.js';
import { settle, uncaughtDuring } from './support.js';

const hits = async (id: string) =>
  (await (await fetch(`/__test/hits?id=${id}`)).json()).hits as number;
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;
const alert = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');
const loadingShown = (el: Element) => !!el.shadowRoot!.querySelector('[part~="status"]');

/** An office list in `locale` given `src`; resolves to the element and its data error event. */
async function failing(locale: Locale, src: string, attributes: Record<string, string> = {}) {
  const el = await fixtureIn(locale, html`<oms-office-list></oms-office-list>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const event = oneEvent<OmsDataErrorEvent>(el, 'oms-data-error');
  el.setAttribute('src', src);
  const error = await event;
  await settle(el);
  return { el, error };
}

describe('loading: a src that is not a URL', function () {
  this.timeout(20_000);
  const BAD = ['http://[', 'https://x:99999/', 'http://%zz'];

  for (const src of BAD) {
    for (const locale of ['ru', 'en'] as const) {
      it(`«${src}» (${locale}): a url error, translated, an event, one console error`, async () => {
        let result: Awaited<ReturnType<typeof failing>> | undefined;
        const errors = await withConsole('error', async () => {
          const uncaught = await uncaughtDuring(async () => {
            result = await failing(locale, src);
          });
          expect(uncaught, 'uncaught errors').to.deep.equal([]);
        });
        const { el, error } = result!;
        expect(error.kind).to.equal('url');
        expect(alert(el), 'the error shown').to.not.equal(null);
        expect(shadowText(el)).to.match(locale === 'ru' ? /это не URL/ : /is not a valid URL/);
        expect(shadowText(el)).to.contain(src);
        expect(el.shadowRoot!.querySelector('[part~="office"]'), 'no list').to.equal(null);
        expect(errors.messages.length, errors.messages.join('\n')).to.equal(1);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('loadDataset rejects with a url DatasetError, never throws', async () => {
    for (const src of BAD) {
      let promise: Promise<unknown> | undefined;
      expect(() => (promise = loadDataset(src))).to.not.throw();
      const error = await promise!.catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DatasetError);
      expect((error as DatasetError).kind).to.equal('url');
    }
  });

  it('with no document to resolve against (as in Node), a relative URL: a url error', async () => {
    // Node has no document.baseURI: hide this page's for the call.
    Object.defineProperty(document, 'baseURI', { value: undefined, configurable: true });
    let promise: Promise<unknown>;
    try {
      promise = loadDataset('data/oms-dataset.json');
    } finally {
      Reflect.deleteProperty(document, 'baseURI');
    }
    const error = await promise.catch((e: unknown) => e);
    expect((error as DatasetError).kind).to.equal('url');
  });
});

describe('loading: the timeout is a timer of each element’s own', function () {
  this.timeout(20_000);

  it('a host fetch that drops the signal (and so never ends) still times out', async () => {
    const original = window.fetch.bind(window);
    const restore = stub(window, 'fetch', (input: RequestInfo | URL) => original(input));
    try {
      await withConsole('error', async () => {
        const { el, error } = await failing('ru', `/__test/hang?id=${unique('drop')}`, {
          timeout: '300',
        });
        expect(error.kind).to.equal('timeout');
        expect(shadowText(el)).to.match(/не загрузился вовремя/);
      });
    } finally {
      restore();
    }
  });

  it('a host fetch that never settles at all still times out', async () => {
    const restore = stub(window, 'fetch', () => new Promise<Response>(() => {}));
    try {
      const error = await loadDataset(`/${unique('never')}.json`, { timeout: 200 }).catch(
        (e: unknown) => e,
      );
      expect((error as DatasetError).kind).to.equal('timeout');
    } finally {
      restore();
    }
  });

  it('two elements, one URL, different timeouts: each gets its own', async () => {
    const src = `/__test/slow?ms=1200&id=${unique('two')}`;
    const holder = await fixtureIn(
      'ru',
      html`<div>
        <oms-office-list timeout="10000"></oms-office-list>
        <oms-office-list timeout="300"></oms-office-list>
      </div>`,
    );
    const [patient, hasty] = [...holder.querySelectorAll('oms-office-list')];
    const errors: string[] = [];
    for (const el of [patient, hasty])
      el.addEventListener('oms-data-error', () => errors.push(`${el.getAttribute('timeout')}`));
    await withConsole('error', async () => {
      const failed = oneEvent(hasty, 'oms-data-error');
      patient.setAttribute('src', src);
      hasty.setAttribute('src', src);
      await failed;
      await until(() => !loadingShown(patient), 8000, 'the patient element’s data');
    });
    await settle(patient, hasty);
    expect(errors, 'only the 300 ms element failed').to.deep.equal(['300']);
    expect(alert(hasty)).to.not.equal(null);
    expect(alert(patient)).to.equal(null);
    expect(shadowText(patient)).to.match(/Москва/);
  });

  it('the first element’s short timeout does not cut the second one’s load', async () => {
    const src = `/__test/slow?ms=1200&id=${unique('first')}`;
    const [hasty, patient] = await Promise.all([
      loadDataset(src, { timeout: 300 }).catch((e: unknown) => e),
      loadDataset(src, { timeout: 10_000 }).catch((e: unknown) => e),
    ]);
    expect((hasty as DatasetError).kind).to.equal('timeout');
    expect(patient).to.not.be.instanceOf(Error);
  });
});

describe('loading: one file, one fetch', function () {
  this.timeout(20_000);

  it('one src spelled with different #fragments is fetched once', async () => {
    const id = unique('fragment');
    const src = `/__test/slow?ms=300&id=${id}`;
    await Promise.all([loadDataset(`${src}#a`), loadDataset(`${src}#b`), loadDataset(src)]);
    expect(await hits(id)).to.equal(1);
  });

  it('a load aborted before the on-demand loader arrived fetches nothing', async () => {
    const id = unique('early');
    const abort = new AbortController();
    const promise = loadDataset(`/__test/slow?ms=10&id=${id}`, { signal: abort.signal });
    abort.abort();
    expect(((await promise.catch((e: unknown) => e)) as DOMException).name).to.equal('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await hits(id)).to.equal(0);
  });
});

describe('loading: finished loads are let go', function () {
  this.timeout(180_000);

  // The test watches the datasets (each one must be collected once its
  // elements are gone) and, in Chromium, the heap itself: exact with
  // --enable-precise-memory-info (scripts/browsers.mjs), it must come back to
  // within 5 MB of where it started. Firefox has no performance.memory.
  it('40 URLs of a 2.5 MB file, elements removed: every dataset is collected', async function () {
    const gc = (window as unknown as { gc?: () => void }).gc;
    if (!gc) {
      this.test!.title += ' [skipped: needs window.gc (Chromium with --expose-gc)]';
      this.skip();
    }
    const collect = async () => {
      for (let i = 0; i < 6; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        gc();
      }
    };
    const holder = await fixtureIn('ru', html`<div></div>`);
    const run = unique('heap');
    // Each read of performance.memory is a new snapshot (at most every 50 ms).
    const heap = () =>
      (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
    await collect();
    const start = heap();
    const datasets: WeakRef<object>[] = [];
    // In a function of its own: a finished call's frame keeps nothing alive.
    const batch = async (number: number) => {
      const urls = Array.from(
        { length: 5 },
        (_, i) => `/__test/large?mb=2.5&id=${run}-${number}-${i}`,
      );
      const list = urls.map((src) => {
        const el = document.createElement('oms-paid-services');
        el.setAttribute('src', src);
        holder.append(el);
        return el;
      });
      await until(() => list.every((el) => !loadingShown(el)), 60_000, 'the large files');
      expect(list.map(alert), 'errors').to.deep.equal(list.map(() => null));
      // The same URL while its element shows it: the dataset the element has, not a new fetch.
      for (const src of urls) datasets.push(new WeakRef(await loadDataset(src)));
      for (const el of list) el.remove();
    };
    for (let number = 0; number < 8; number++) await batch(number);
    expect(await hits(`${run}-0-0`), 'one fetch for an element and the call').to.equal(1);
    await collect();
    const kept = datasets.filter((ref) => ref.deref()).length;
    expect(kept, 'datasets of removed elements still on the heap').to.equal(0);
    const end = heap();
    if (start === undefined || end === undefined) {
      this.test!.title += ' [heap not measured: no performance.memory (Chromium only)]';
      return;
    }
    const grown = (end - start) / 2 ** 20;
    // About 100 MB of data went through; 115 MB stayed before loads were let go.
    expect(grown, 'MB the heap grew after GC').to.be.below(5);
  });

  it('a small file stays cached after its element goes: no second fetch', async () => {
    const id = unique('small');
    const src = `/__test/slow?ms=10&id=${id}`;
    await loadDataset(src);
    (window as unknown as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await loadDataset(src);
    expect(await hits(id)).to.equal(1);
  });
});
