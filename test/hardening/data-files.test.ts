// Data files that go wrong, and loads that must be shared, cancelled or timed out.
// Every element shows the documented error state for every kind of bad file:
// a translated alert and nothing else (never half rendered, never blank), and
// an oms-data-error event of the right kind.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { elements } from '../../src/index.js';
import { loadDataset } from '../../src/data/load.js';
import { registerDataset } from '../../src/data/registry.js';
import type { OmsDataErrorEvent } from '../../src/events.js';
import { consoleDuring, quietly } from '../support/console.js';
import { fixtureIn, shadowText, until } from '../support/fixtures.js';
import { parts } from '../support/parts.js';
import { KNOWN_ISSUES } from './known-issues.js';
import { renderedText, settle, skipIn, unlessKnown } from './support.js';

const blobUrl = (text: string) =>
  URL.createObjectURL(new Blob([text], { type: 'application/json' }));
const bundled = async () => (await fetch('/data/oms-dataset.json')).json();
const hits = async (id: string) =>
  (await (await fetch(`/__test/hits?id=${id}`)).json()).hits as number;

async function expectError(
  src: string,
  kind: string,
  text: RegExp,
  attributes: Record<string, string> = {},
) {
  const el = await fixtureIn('ru', html`<oms-office-list></oms-office-list>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const event = oneEvent<OmsDataErrorEvent>(el, 'oms-data-error');
  el.setAttribute('src', src);
  const error = await event;
  await el.updateComplete;
  expect(error.kind).to.equal(kind);
  expect(el.shadowRoot!.querySelector('[role="alert"]'), 'the error').to.not.equal(null);
  expect(el.shadowRoot!.querySelector('[part~="office"]'), 'no half-rendered list').to.equal(null);
  expect(shadowText(el)).to.match(text);
  return error;
}

describe('data files', function () {
  this.timeout(30_000);
  const logged = consoleDuring('error', { each: true }).calls;
  afterEach(() => registerDataset(undefined));

  it('truncated JSON: the json error', async () => {
    const text = JSON.stringify(await bundled());
    await expectError(blobUrl(text.slice(0, text.length / 2)), 'json', /не JSON/);
  });

  it(
    'the wrong schema version: ' + 'a schema error naming the field, logged with its issues',
    async () => {
      const data = await bundled();
      data.schemaVersion = 99;
      logged.length = 0;
      const error = await expectError(
        blobUrl(JSON.stringify(data)),
        'schema',
        /не соответствует схеме/,
      );
      expect(error.issues.map((i) => i.path)).to.include('schemaVersion');
      expect(logged.length, 'a console error').to.be.greaterThan(0);
      expect(JSON.stringify(logged[0][1])).to.contain('schemaVersion');
    },
  );

  it('duplicate ids: a schema error naming both', async () => {
    const data = await bundled();
    data.offices[1].id = data.offices[0].id;
    const error = await expectError(blobUrl(JSON.stringify(data)), 'schema', /1 ошибка/);
    expect(error.issues[0].message).to.match(/Duplicate id/);
    expect(error.issues[0].path).to.match(/^offices\[1\]/);
  });

  it('a server that never answers: the timeout error after the element’s timeout', async () => {
    await expectError('/__test/hang', 'timeout', /не загрузился вовремя/, { timeout: '300' });
  });

  it(
    '10 MB of data loads and renders (one load shared by all four elements, ' + 'one page shown)',
    async function () {
      this.timeout(120_000);
      // A synchronous render of every office blocks the page's timers, so the test cannot even time
      // out there.
      skipIn(
        this,
        ['webkit'],
        'rendering the 68,000 offices of the 10 MB file blocks WebKitGTK for minutes' +
          ' (see the known issue)',
      );
      await unlessKnown(this, KNOWN_ISSUES['oms-office-list 10 MB'], async () => {
        const holder = await fixtureIn(
          'ru',
          html`<div>${elements.map((e) => document.createElement(e.defaultTag))}</div>`,
        );
        const list = [...holder.children];
        const id = `large-${Math.random()}`;
        const start = performance.now();
        for (const el of list) el.setAttribute('src', `/__test/large?mb=10&id=${id}`);
        await settle(...list);
        // Polls something cheap: the text of a list of ~50,000 offices is not. Waits as
        // long as the test may: how fast it loads is measured, not asserted (see the log).
        await until(
          () => list.every((el) => !el.shadowRoot!.querySelector('[part~="status"]')),
          100_000,
          'the large dataset',
        );
        await settle(...list);
        const seconds = (performance.now() - start) / 1000;
        for (const el of list)
          expect(
            el.shadowRoot!.querySelector('[role="alert"]'),
            `<${el.localName}>: an error`,
          ).to.equal(null);
        expect(shadowText(list[1]).includes('Тестовая'), 'the offices of the large file').to.equal(
          true,
        );
        // What keeps it fast, counted: one request for all four, and one page of offices rendered.
        expect(await hits(id), 'requests for the file').to.equal(1);
        expect(
          parts(list[1], 'office').length,
          'offices rendered (a page, not the ~68,000)',
        ).to.be.within(1, 100);
        console.log(
          '10 MB dataset: loaded, validated and rendered by four elements' +
            ` in ${seconds.toFixed(1)} s`,
        );
      });
    },
  );

  it('a part of a dataset (offices only) is completed from the bundled data', async () => {
    const { schemaVersion, offices, cities, insurers } = await bundled();
    offices[0].address.ru = 'ул. Частичная, 7';
    const url = blobUrl(JSON.stringify({ schemaVersion, offices, cities, insurers }));
    const list = await fixtureIn('ru', html`<oms-office-list src=${url}></oms-office-list>`);
    await until(() => shadowText(list).includes('Частичная'), 3000, 'the partial data');
    const paid = await fixtureIn('ru', html`<oms-paid-services src=${url}></oms-paid-services>`);
    await until(() => /Космет/.test(shadowText(paid)), 3000, 'bundled coverage');
  });

  it('elements asking for one URL share one fetch', async () => {
    const id = `share-${Math.random()}`;
    const src = `/__test/slow?ms=200&id=${id}`;
    const first = await fixtureIn(
      'ru',
      html`<div>
        <oms-office-list src=${src}></oms-office-list
        ><oms-paid-services src=${src}></oms-paid-services
        ><oms-policy-guide src=${src}></oms-policy-guide>
      </div>`,
    );
    const elements = [...first.children];
    await until(
      () => elements.every((el) => !el.shadowRoot!.querySelector('[part~="status"]')),
      5000,
      'all loaded',
    );
    expect(await hits(id)).to.equal(1);
  });

  it(
    'a load is cancelled when its element goes away, ' + 'and restarted when it comes back',
    async () => {
      const id = `cancel-${Math.random()}`;
      const el = await fixtureIn(
        'ru',
        html`<oms-office-list src=${`/__test/slow?ms=300&id=${id}`}></oms-office-list>`,
      );
      const parent = el.parentElement!;
      // Removed once the request has reached the server (not before: then there would be nothing to
      // cancel).
      for (let i = 0; i < 100 && (await hits(id)) === 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await settle(el);
      expect(
        el.shadowRoot!.querySelector('[part~="status"]'),
        'the data did not arrive while it was away',
      ).to.not.equal(null);
      parent.append(el);
      await until(
        () => !el.shadowRoot!.querySelector('[part~="status"]') && /Москва/.test(shadowText(el)),
        5000,
        'loaded after re-adding',
      );
      expect(await hits(id)).to.equal(2);
    },
  );

  it('a change of src drops the old load: no stale data arrives', async () => {
    const data = await bundled();
    data.offices[0].address.ru = 'ул. Новая, 1';
    const el = await fixtureIn(
      'ru',
      html`<oms-office-list
        src=${`/__test/slow?ms=300&id=stale-${Math.random()}`}
      ></oms-office-list>`,
    );
    el.setAttribute('src', blobUrl(JSON.stringify(data)));
    await until(() => shadowText(el).includes('Новая'), 3000, 'the new data');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(shadowText(el)).to.include('Новая');
  });

  it(
    'loadDataset rejects with an AbortError when aborted, ' + 'and never throws synchronously',
    async () => {
      const abort = new AbortController();
      const promise = loadDataset(`/__test/slow?ms=500&id=abort-${Math.random()}`, {
        signal: abort.signal,
      });
      abort.abort();
      const error = await promise.then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as DOMException).name).to.equal('AbortError');
    },
  );
});

/**
 * Bad files of every kind, each with the error kind and the start of the Russian and English
 * messages.
 */
const BAD_FILES: {
  name: string;
  kind: string;
  ru: RegExp;
  en: RegExp;
  src: () => Promise<string> | string;
  timeout?: string;
}[] = [
  {
    name: 'truncated JSON',
    kind: 'json',
    ru: /повреждён: это не JSON/,
    en: /not JSON/i,
    src: async () => {
      const t = JSON.stringify(await bundled());
      return blobUrl(t.slice(0, t.length / 3));
    },
  },
  { name: 'an empty file', kind: 'json', ru: /не JSON/, en: /not JSON/i, src: () => blobUrl('') },
  {
    name: 'an HTML page answered with 200 (a CMS error page)',
    kind: 'json',
    ru: /не JSON/,
    en: /not JSON/i,
    src: () =>
      URL.createObjectURL(
        new Blob(['<!doctype html><title>Not found</title>'], { type: 'text/html' }),
      ),
  },
  {
    name: 'null',
    kind: 'schema',
    ru: /не соответствует схеме/,
    en: /schema/i,
    src: () => blobUrl('null'),
  },
  {
    name: 'an array',
    kind: 'schema',
    ru: /не соответствует схеме/,
    en: /schema/i,
    src: () => blobUrl('[]'),
  },
  {
    name: 'the wrong schema version',
    kind: 'schema',
    ru: /не соответствует схеме: 1 ошибка/,
    en: /schema: 1 (issue|error)/i,
    src: async () => blobUrl(JSON.stringify({ ...(await bundled()), schemaVersion: 2 })),
  },
  {
    name: 'duplicate ids',
    kind: 'schema',
    ru: /не соответствует схеме: 1 ошибка/,
    en: /schema/i,
    src: async () => {
      const d = await bundled();
      d.coverage[3].id = d.coverage[2].id;
      return blobUrl(JSON.stringify(d));
    },
  },
  {
    name: '10 MB with an error in every record',
    kind: 'schema',
    ru: /не соответствует схеме: \d+ ошиб/,
    en: /schema/i,
    src: async () => {
      const d = await bundled();
      const office = d.offices[0];
      d.offices = Array.from({ length: 40_000 }, (_, i) => ({
        ...office,
        id: `Bad id ${i}`,
        address: { ru: 'ул. '.repeat(40), en: 'St '.repeat(40) },
      }));
      return blobUrl(JSON.stringify(d));
    },
  },
  {
    name: '10 MB that is not JSON',
    kind: 'json',
    ru: /не JSON/,
    en: /not JSON/i,
    src: () => blobUrl(`{"offices": [${'{"id": "x",'.repeat(1_000_000)}`),
  },
  {
    name: 'a 404',
    kind: 'http',
    ru: /ошибкой 404/,
    en: /404/,
    src: () => '/data/no-such-file.json',
  },
  {
    name: 'a server that cannot be reached',
    kind: 'network',
    ru: /нет связи с сервером/,
    en: /./,
    src: () => 'http://127.0.0.1:9/oms-dataset.json',
  },
  {
    name: 'a server that never answers',
    kind: 'timeout',
    ru: /не загрузился вовремя/,
    en: /in time|time/i,
    src: () => '/__test/hang',
    timeout: '300',
  },
];

describe('every element shows the documented error state for every bad data file', function () {
  this.timeout(60_000);
  afterEach(() => registerDataset(undefined));

  for (const file of BAD_FILES) {
    it(
      `${file.name}: a "${file.kind}" error in each element, ` +
        'nothing else rendered; in English too',
      async () => {
        const src = await file.src();
        // All four at once (they share one load); every other one in English, so both messages are
        // seen for every file.
        const holder = await fixture<HTMLDivElement>(html`<div></div>`);
        const list = elements.map((element, i) => {
          const wrapper = holder.appendChild(document.createElement('div'));
          wrapper.lang = i % 2 ? 'en' : 'ru';
          const el = wrapper.appendChild(document.createElement(element.defaultTag));
          if (file.timeout) el.setAttribute('timeout', file.timeout);
          return el;
        });
        await quietly(async () => {
          const events = list.map((el) => oneEvent<OmsDataErrorEvent>(el, 'oms-data-error'));
          for (const el of list) el.setAttribute('src', src);
          await settle(...list);
          for (const el of list)
            expect(renderedText(el), `<${el.localName}> while loading`).to.not.equal('');
          for (const [i, error] of (await Promise.all(events)).entries())
            expect(error.kind, `<${list[i].localName}>`).to.equal(file.kind);
          await settle(...list);
        });
        for (const el of list) {
          const alert = el.shadowRoot!.querySelector('[role="alert"]');
          expect(alert, `<${el.localName}>: an alert`).to.not.equal(null);
          expect(renderedText(el), `<${el.localName}>: nothing but the alert`).to.equal(
            renderedText(alert!),
          );
          const locale = el.parentElement!.lang;
          expect(renderedText(el), `<${el.localName}> in ${locale}`).to.match(
            locale === 'ru' ? file.ru : file.en,
          );
          expect(alert!.querySelectorAll('li').length, 'at most 5 issues listed').to.be.at.most(5);
        }
      },
    );
  }

  it('a file with a byte-order mark loads', async () => {
    const text = '\uFEFF' + JSON.stringify(await bundled());
    const el = await fixtureIn(
      'ru',
      html`<oms-paid-services src=${blobUrl(text)}></oms-paid-services>`,
    );
    await until(() => !el.shadowRoot!.querySelector('[part~="status"]'), 5000, 'loaded');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(shadowText(el)).to.match(/Космет/);
  });
});
