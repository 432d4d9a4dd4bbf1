// Data that costs a reader's browser too much, or misleads it (issue 14):
// text past the schema's length limit, one unbroken word of a megabyte in
// any field (refused or rendered within a second, never a frozen page),
// dates that do not exist, and URLs with credentials, controls or NUL.
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { MAX_TEXT } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';
import type { OmsDataErrorEvent } from '../../src/events.js';
import { quietly } from '../support/console.js';
import { fixtureIn, shadowText, until } from '../support/fixtures.js';
import { overflow, settle } from './support.js';

type Data = Record<string, any>;
let original: Data;
const bundled = (): Data => structuredClone(original);
const blobUrl = (data: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
const MEGABYTE_WORD = 'ж'.repeat(1_000_000);

/** Every string field a reader may see, as a path into the bundled data and the record's id. */
const FIELDS: [string, (data: Data) => [Data, string]][] = [
  ['coverage title', (d) => [d.coverage[0].title, 'ru']],
  ['coverage summary', (d) => [d.coverage[0].summary, 'en']],
  ['coverage keyword', (d) => [d.coverage[0].keywords.ru, '0']],
  ['office address', (d) => [d.offices[0].address, 'ru']],
  ['insurer name', (d) => [d.insurers[0].name, 'en']],
  ['city name', (d) => [d.cities[0].name, 'ru']],
  ['source title', (d) => [d.sources[0].title, 'ru']],
  ['category title', (d) => [d.categories[0].title, 'ru']],
  ['advice text', (d) => [d.advice[0].text, 'ru']],
  ['guide change rule', (d) => [d.guide.changeRule.text, 'ru']],
  ['office id', (d) => [d.offices[0], 'id']],
  ['source url', (d) => [d.sources[0], 'url']],
];

describe('limits: text too long for a reader', function () {
  this.timeout(30_000);
  before(async () => {
    original = await (await fetch('/data/oms-dataset.json')).json();
  });

  for (const [name, at] of FIELDS) {
    it(`${name} one character past the limit: a schema error naming the record and field`, () => {
      const data = bundled();
      const [holder, key] = at(data);
      holder[key] = 'a'.repeat(MAX_TEXT + 1);
      const result = validateDataset(data);
      expect(result.success).to.equal(false);
      const issue = result.issues.find((i) => /at most \d+ characters/.test(i.message));
      expect(issue, JSON.stringify(result.issues).slice(0, 300)).to.not.equal(undefined);
      // `offices[0] "…" › address › ru`: the record (with its id) and the field.
      expect(issue!.path).to.match(/^\w+(\[\d+\]( "[^"]*")?)?( › \w+)+/);
      expect(issue!.path).to.contain(key === '0' ? 'keywords' : key);
    });
  }

  it('the bundled data is within every limit', () => {
    expect(validateDataset(bundled()).success).to.equal(true);
  });

  for (const [name, at] of FIELDS) {
    it(`a 1 MB unbroken word in the ${name}: refused within 1 s, the error readable`, async () => {
      const data = bundled();
      const [holder, key] = at(data);
      holder[key] = key === 'url' ? `https://example.org/${MEGABYTE_WORD}` : MEGABYTE_WORD;
      const src = blobUrl(data);
      const el = await fixtureIn('ru', html`<oms-office-list></oms-office-list>`);
      el.parentElement!.style.width = '320px';
      const start = performance.now();
      const event = oneEvent<OmsDataErrorEvent>(el, 'oms-data-error');
      await quietly(async () => {
        el.setAttribute('src', src);
        await event;
        await settle(el);
        el.getBoundingClientRect();
      });
      const elapsed = performance.now() - start;
      expect((await event).kind).to.equal('schema');
      expect(elapsed, 'milliseconds to the rendered error').to.be.below(1000);
      expect(shadowText(el).length, 'the error names no megabyte').to.be.below(2000);
      expect(overflow(el, 320)).to.deep.equal([]);
    });
  }

  it('a 1 MB src: the error names its ends, within 1 s', async () => {
    const el = await fixtureIn('ru', html`<oms-office-list></oms-office-list>`);
    const start = performance.now();
    const event = oneEvent<OmsDataErrorEvent>(el, 'oms-data-error');
    await quietly(async () => {
      el.setAttribute('src', `http://[${MEGABYTE_WORD}`);
      await event;
      await settle(el);
      el.getBoundingClientRect();
    });
    expect(performance.now() - start).to.be.below(1000);
    expect(shadowText(el).length).to.be.below(1000);
  });

  it('the longest text allowed, unbroken, in an address: shown within 1 s at 320 px', async () => {
    const data = bundled();
    data.offices[0].address.ru = 'ж'.repeat(MAX_TEXT);
    const holder = await fixtureIn('ru', html`<div style="width: 320px"></div>`);
    const el = document.createElement('oms-office-list');
    el.setAttribute('src', blobUrl(data));
    const start = performance.now();
    holder.append(el);
    await until(() => /жжжж/.test(shadowText(el)), 1000, 'the address');
    await settle(el);
    el.getBoundingClientRect();
    expect(performance.now() - start).to.be.below(1000);
    expect(shadowText(el)).to.contain('жжжж');
    expect(overflow(el, 320)).to.deep.equal([]);
  });
});

describe('limits: dates and links that mislead', () => {
  before(async () => {
    original = await (await fetch('/data/oms-dataset.json')).json();
  });

  for (const date of ['2024-02-31', '2023-02-29', '2024-04-31']) {
    it(`asOf ${date}: refused`, () => {
      const data = bundled();
      data.offices[0].asOf = date;
      const result = validateDataset(data);
      expect(result.success).to.equal(false);
      expect(result.issues[0].path).to.match(/offices\[0\].* › asOf/);
    });
  }

  it('2024-02-29 (a leap day) is a date', () => {
    const data = bundled();
    data.offices[0].asOf = '2024-02-29';
    expect(validateDataset(data).success).to.equal(true);
  });

  const URLS = [
    'https://user:pass@example.org/',
    'https://gosuslugi.ru@evil.example/',
    'https://example.org/\u202Egpj.exe',
    'https://example.org/\u2066x',
    'https://example.org/\u0000',
    'https://exa\u0007mple.org/',
  ];
  for (const url of URLS) {
    it(`a source url ${JSON.stringify(url)}: refused`, () => {
      const data = bundled();
      data.sources[0].url = url;
      expect(validateDataset(data).success).to.equal(false);
    });
  }

  it('an @ in the path is not a credential', () => {
    const data = bundled();
    data.sources[0].url = 'https://example.org/@channel';
    expect(validateDataset(data).success).to.equal(true);
  });

  it('NUL in text: refused', () => {
    const data = bundled();
    data.offices[0].address.ru = 'ул. Ленина,\u0000 1';
    expect(validateDataset(data).success).to.equal(false);
  });
});
