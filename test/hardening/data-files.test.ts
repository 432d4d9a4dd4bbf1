// Data files that go wrong, and loads that must be shared, cancelled or timed out.
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { loadDataset } from '../../src/data/load.js';
import { registerDataset } from '../../src/data/registry.js';
import type { OmsDataErrorEvent } from '../../src/events.js';
import { fixtureIn, shadowText, until } from '../support/fixtures.js';

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));
const bundled = async () => (await fetch('/data/oms-dataset.json')).json();
const hits = async (id: string) => (await (await fetch(`/__test/hits?id=${id}`)).json()).hits as number;

async function expectError(src: string, kind: string, text: RegExp, attributes: Record<string, string> = {}) {
  const el = await fixtureIn('ru', html`<oms-office-list></oms-office-list>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const event = oneEvent(el, 'oms-data-error') as Promise<OmsDataErrorEvent>;
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
  let consoleError: typeof console.error;
  const logged: unknown[][] = [];
  beforeEach(() => {
    consoleError = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
  });
  afterEach(() => {
    console.error = consoleError;
    registerDataset(undefined);
  });

  it('truncated JSON: the json error', async () => {
    const text = JSON.stringify(await bundled());
    await expectError(blobUrl(text.slice(0, text.length / 2)), 'json', /не JSON/);
  });

  it('the wrong schema version: a schema error naming the field, logged with its issues', async () => {
    const data = await bundled();
    data.schemaVersion = 99;
    logged.length = 0;
    const error = await expectError(blobUrl(JSON.stringify(data)), 'schema', /не соответствует схеме/);
    expect(error.issues.map((i) => i.path)).to.include('schemaVersion');
    expect(logged.length, 'a console error').to.be.greaterThan(0);
    expect(JSON.stringify(logged[0][1])).to.contain('schemaVersion');
  });

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

  it('10 MB of data loads and renders', async () => {
    const el = await fixtureIn('ru', html`<oms-office-list src="/__test/large?mb=10"></oms-office-list>`);
    await until(() => shadowText(el).includes('Тестовая'), 20_000, 'the large dataset');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

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
    const first = await fixtureIn('ru', html`<div><oms-office-list src=${src}></oms-office-list><oms-paid-services src=${src}></oms-paid-services><oms-policy-guide src=${src}></oms-policy-guide></div>`);
    const elements = [...first.children];
    await until(() => elements.every((el) => !el.shadowRoot!.querySelector('[part~="status"]')), 5000, 'all loaded');
    expect(await hits(id)).to.equal(1);
  });

  it('a load is cancelled when its element goes away, and restarted when it comes back', async () => {
    const id = `cancel-${Math.random()}`;
    const el = await fixtureIn('ru', html`<oms-office-list src=${`/__test/slow?ms=300&id=${id}`}></oms-office-list>`);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 400));
    parent.append(el);
    await until(() => !el.shadowRoot!.querySelector('[part~="status"]') && /Москва/.test(shadowText(el)), 5000, 'loaded after re-adding');
    expect(await hits(id)).to.equal(2);
  });

  it('a change of src drops the old load: no stale data arrives', async () => {
    const data = await bundled();
    data.offices[0].address.ru = 'ул. Новая, 1';
    const el = await fixtureIn('ru', html`<oms-office-list src=${`/__test/slow?ms=300&id=stale-${Math.random()}`}></oms-office-list>`);
    el.setAttribute('src', blobUrl(JSON.stringify(data)));
    await until(() => shadowText(el).includes('Новая'), 3000, 'the new data');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(shadowText(el)).to.include('Новая');
  });

  it('loadDataset rejects with an AbortError when aborted, and never throws synchronously', async () => {
    const abort = new AbortController();
    const promise = loadDataset(`/__test/slow?ms=500&id=abort-${Math.random()}`, { signal: abort.signal });
    abort.abort();
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
