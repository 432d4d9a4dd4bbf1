// Data override, item by item: every kind of failure on every element (a
// translated message naming what is wrong, the event, the console, nothing
// uncaught), registerDataset, partial files, timeouts, cancelled fetches, the
// published JSON Schema and the editor data.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import { DEFAULT_TIMEOUT } from '../src/data/load.js';
import { bundledDataset, DatasetError, elements, registerDataset } from '../src/index.js';
import type { OmsDataErrorEvent } from '../src/events.js';
import type { OmsElement } from '../src/internal/oms-element.js';
import { loadValidator } from '../src/data/validator.js';
import { captureConsole, consoleDuring } from './support/console.js';
import { fixtureIn, shadowText, until } from './support/fixtures.js';

const blobUrl = (value: unknown) =>
  URL.createObjectURL(
    new Blob([typeof value === 'string' ? value : JSON.stringify(value)], {
      type: 'application/json',
    }),
  );
const copy = () => structuredClone(bundledDataset) as any;
const server = async (path: string) => (await fetch(path)).json();
const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');

// A closed port on this machine: the connection is refused at once.
const UNREACHABLE = 'http://127.0.0.1:9/oms-dataset.json';

const FAILURES = [
  { kind: 'http', src: () => '/data/missing.json', ru: /ошибкой 404/, en: /error 404/ },
  { kind: 'json', src: () => blobUrl('{"coverage": ['), ru: /не JSON/, en: /not JSON/ },
  {
    kind: 'schema',
    src: () => blobUrl({ ...copy(), coverage: [{ ...copy().coverage[0], status: 'sometimes' }] }),
    ru: /не соответствует схеме: 1 ошибка/,
    en: /does not match the schema: 1 error\./,
  },
  { kind: 'network', src: () => UNREACHABLE, ru: /нет связи/, en: /the server cannot be reached/ },
  {
    kind: 'timeout',
    src: () => '/__test/hang',
    ru: /не загрузился вовремя/,
    en: /did not load in time/,
  },
] as const;

describe('data override: failures', function () {
  this.timeout(30_000);
  const logged = consoleDuring('error', { each: true }).calls;
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  // The timeout (300 ms below) counts the loader's chunk too, which the dev
  // server serves as its modules, one by one: loaded once here, it is not
  // what these failures measure.
  before(() => loadValidator());
  beforeEach(() => {
    uncaught.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  for (const failure of FAILURES) {
    it(
      `${failure.kind}: every element shows a translated message naming the file, ` +
        'fires oms-data-error, logs it, throws nothing',
      async () => {
        for (const lang of ['ru', 'en'] as const) {
          for (const element of elements) {
            const src = failure.src();
            const el = await fixtureIn<OmsElement>(lang, html`<div></div>`).then((div) => {
              const created = document.createElement(element.defaultTag) as OmsElement;
              created.timeout = 300;
              div.replaceWith(created);
              return created;
            });
            const event = oneEvent<OmsDataErrorEvent>(el, 'oms-data-error');
            el.setAttribute('lang', lang);
            el.src = src;
            const detail = await event;
            await el.updateComplete;
            const what = `${element.defaultTag} ${lang}`;
            expect(detail.kind, what).to.equal(failure.kind);
            expect(detail.url, what).to.equal(new URL(src, document.baseURI).href);
            expect(detail.bubbles && detail.composed, 'reaches the page').to.equal(true);
            expect(alertOf(el), `${what}: a visible alert`).to.not.equal(null);
            expect(shadowText(el), what).to.match(failure[lang]);
            expect(shadowText(el), `${what}: names the file`).to.include(
              new URL(src, document.baseURI).href,
            );
            // Never half rendered: nothing but the message.
            expect(
              el.shadowRoot!.querySelectorAll('[part]:not([part~="error"])').length,
              `${what}: only the error`,
            ).to.equal(0);
            expect(/[а-яё]{4}/i.test(alertOf(el)!.textContent), `${what}: in ${lang}`).to.equal(
              lang === 'ru',
            );
            if (failure.kind === 'schema') {
              expect(detail.issues[0].path, what).to.match(/^coverage\[0\].*status/);
              expect(shadowText(el), `${what}: the issue in the message`).to.include('status');
            }
            el.remove();
          }
        }
        expect(logged.length, 'one console error per failure').to.equal(2 * elements.length);
        if (failure.kind === 'schema')
          expect(JSON.stringify(logged[0][1]), 'the zod issues logged').to.match(
            /coverage\[0\].*status/,
          );
        expect(uncaught, 'no uncaught exception or rejection').to.deep.equal([]);
      },
    );
  }

  it('data strings in a message (a record id in an issue) are text, never markup', async () => {
    const data = copy();
    data.coverage[0].id = '<img src=x onerror=alert(1)>';
    const el = await fixtureIn<OmsElement>('ru', html`<oms-paid-services></oms-paid-services>`);
    const event = oneEvent(el, 'oms-data-error');
    el.src = blobUrl(data);
    await event;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(el)).to.include('"<img src=x onerror=alert(1)>"');
  });
});

describe('data override: sources', function () {
  this.timeout(20_000);
  afterEach(() => registerDataset(undefined));

  it('registerDataset() changes every element without src, and only those', async () => {
    const wrapper = await fixture(
      html`<div lang="ru">
        <oms-office-list></oms-office-list
        ><oms-office-list src="/data/oms-dataset.json"></oms-office-list>
      </div>`,
    );
    const [plain, withSrc] = [...wrapper.children] as OmsElement[];
    await until(() => /Вешняковская/.test(shadowText(withSrc)), 3000, 'the src data');
    const data = copy();
    data.offices[0].address.ru = 'ул. Зарегистрированная, 1';
    await registerDataset(data);
    await plain.updateComplete;
    expect(shadowText(plain)).to.include('Зарегистрированная');
    expect(shadowText(withSrc)).to.not.include('Зарегистрированная');
    // An element added later gets it too.
    const late = document.createElement('oms-office-list') as OmsElement;
    wrapper.append(late);
    await late.updateComplete;
    expect(shadowText(late)).to.include('Зарегистрированная');
    void registerDataset(undefined);
    await plain.updateComplete;
    expect(shadowText(plain)).to.include('Вешняковская');
  });

  it(
    'registerDataset() ' +
      'with invalid data throws a DatasetError with the issues and changes nothing',
    async () => {
      const el = await fixtureIn<OmsElement>('ru', html`<oms-office-list></oms-office-list>`);
      const before = shadowText(el);
      const bad = copy();
      delete bad.offices[0].address;
      let thrown: unknown;
      try {
        await registerDataset(bad);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(DatasetError);
      expect((thrown as DatasetError).issues[0].path).to.match(/^offices\[0\].*address/);
      await el.updateComplete;
      expect(shadowText(el)).to.equal(before);
    },
  );

  it('a part of a dataset, registered or by src: coverage only, offices only', async () => {
    const { schemaVersion, coverage } = copy();
    const entry = coverage.find((c: any) => c.id === 'haemodialysis') ?? coverage[0];
    entry.title.ru = 'Проверочная услуга';
    entry.keywords.ru.push('проверочная');
    await registerDataset({ schemaVersion, coverage });
    const check = await fixtureIn<OmsElement & { query: string }>(
      'ru',
      html`<oms-coverage-check></oms-coverage-check>`,
    );
    const search = check.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    search.value = 'проверочная';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(
      () => shadowText(check).includes('Проверочная услуга'),
      3000,
      'the registered coverage',
    );
    const offices = await fixtureIn<OmsElement>('ru', html`<oms-office-list></oms-office-list>`);
    expect(shadowText(offices), 'offices from the bundled data').to.include('Вешняковская');

    void registerDataset(undefined);
    const { offices: officeList } = copy();
    officeList[0].address.ru = 'ул. Из файла, 2';
    const byFile = await fixtureIn<OmsElement>(
      'ru',
      html`<oms-office-list
        src=${blobUrl({ schemaVersion, offices: officeList })}
      ></oms-office-list>`,
    );
    await until(() => shadowText(byFile).includes('Из файла'), 3000, 'the offices-only file');
  });

  it('timeout: a default, an attribute, and a bad value falling back with a warning', async () => {
    const el = await fixtureIn<OmsElement>('ru', html`<oms-paid-services></oms-paid-services>`);
    expect(el.timeout).to.equal(DEFAULT_TIMEOUT);
    el.setAttribute('timeout', '250');
    expect(el.timeout).to.equal(250);
    const warnings = captureConsole('warn');
    const errors = captureConsole('error');
    try {
      el.setAttribute('timeout', 'soon');
      el.src = '/__test/hang';
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(alertOf(el), 'the default applies, not an instant failure').to.equal(null);
    } finally {
      errors.restore();
      warnings.restore();
      el.removeAttribute('src');
    }
    expect(warnings.calls.length).to.equal(1);
    expect(warnings.messages[0], 'the default applies').to.contain(`using ${DEFAULT_TIMEOUT}.`);
  });

  it(
    'a fetch is cancelled at the server when src ' +
      'changes or the last element asking for it goes away',
    async () => {
      const aborted = async (id: string) =>
        (await server(`/__test/aborted?id=${id}`)).aborted as number;
      const first = `change-${Math.random()}`;
      const el = await fixtureIn<OmsElement>(
        'ru',
        html`<oms-office-list src=${`/__test/slow?ms=3000&id=${first}`}></oms-office-list>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      el.src = '/data/oms-dataset.json';
      await until(() => /Вешняковская/.test(shadowText(el)), 3000, 'the new data');
      let count = 0;
      const started = performance.now();
      while (performance.now() - started < 2000 && !(count = await aborted(first)))
        await new Promise((r) => setTimeout(r, 50));
      expect(count, 'the old request dropped').to.equal(1);

      const shared = `shared-${Math.random()}`;
      const src = `/__test/slow?ms=3000&id=${shared}`;
      const wrapper = await fixture(
        html`<div lang="ru">
          <oms-office-list src=${src}></oms-office-list
          ><oms-paid-services src=${src}></oms-paid-services>
        </div>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      wrapper.firstElementChild!.remove();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await aborted(shared), 'still wanted by the other element').to.equal(0);
      wrapper.firstElementChild!.remove();
      const since = performance.now();
      while (performance.now() - since < 2000 && !(count = await aborted(shared)))
        await new Promise((r) => setTimeout(r, 50));
      expect(count, 'dropped when nobody waits').to.equal(1);
    },
  );
});

// --- the published JSON Schema, checked with a small validator of the keywords it uses ---
type Schema = Record<string, any>;
function validate(schema: Schema, value: unknown, path = ''): string[] {
  const errors: string[] = [];
  const type = (v: unknown) =>
    Array.isArray(v) ? 'array' : v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v;
  if (schema.anyOf && !schema.anyOf.some((s: Schema) => validate(s, value, path).length === 0))
    errors.push(`${path}: no anyOf branch`);
  if (
    schema.oneOf &&
    schema.oneOf.filter((s: Schema) => validate(s, value, path).length === 0).length !== 1
  )
    errors.push(`${path}: not oneOf`);
  if (schema.type) {
    const types = [schema.type].flat();
    const actual = type(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number')))
      return [...errors, `${path}: ${actual} is not ${types.join()}`];
  }
  if ('const' in schema && value !== schema.const) errors.push(`${path}: not ${schema.const}`);
  if (schema.enum && !schema.enum.includes(value))
    errors.push(`${path}: not one of ${schema.enum}`);
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${path}: does not match ${schema.pattern}`);
    if (schema.minLength && value.length < schema.minLength) errors.push(`${path}: too short`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      errors.push(`${path}: too long`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      errors.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum)
      errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems && value.length < schema.minItems)
      errors.push(`${path}: fewer than ${schema.minItems}`);
    if (schema.items)
      value.forEach((item, i) => errors.push(...validate(schema.items, item, `${path}[${i}]`)));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of schema.required ?? [])
      if (!(key in value)) errors.push(`${path}.${key}: required`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (key in value)
        errors.push(
          ...validate(sub as Schema, (value as Record<string, unknown>)[key], `${path}.${key}`),
        );
    }
    if (schema.additionalProperties === false) {
      for (const key of Object.keys(value))
        if (!(key in (schema.properties ?? {}))) errors.push(`${path}.${key}: not allowed`);
    }
  }
  return errors;
}

describe('data override: published schema and editor data', () => {
  const KNOWN = new Set([
    '$schema',
    'title',
    'description',
    'type',
    'properties',
    'required',
    'const',
    'pattern',
    'minItems',
    'items',
    'enum',
    'minimum',
    'maximum',
    'anyOf',
    'oneOf',
    'minLength',
    'maxLength',
    'additionalProperties',
    'format',
    'default',
  ]);

  it(
    'dist/oms-dataset.schema.json is JSON Schema 2020-12 with the dataset’s sections, ' +
      'using only keywords the check knows',
    async () => {
      const schema = await server('/dist/oms-dataset.schema.json');
      expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(Object.keys(schema.properties)).to.have.members([
        'schemaVersion',
        'asOf',
        'name',
        'sources',
        'categories',
        'coverage',
        'waitingTimes',
        'rights',
        'insurers',
        'cities',
        'offices',
        'advice',
        'guide',
      ]);
      // The waiting times are documented in the schema itself.
      expect(schema.properties.waitingTimes.description).to.match(/maximum waiting times/);
      expect(schema.properties.coverage.items.properties.waitingTime.description).to.match(
        /waitingTimes\.limits/,
      );
      expect(schema.required, 'a part of a dataset is a valid file').to.deep.equal([
        'schemaVersion',
      ]);
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (!node || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          expect(KNOWN.has(key), `keyword ${key}`).to.equal(true);
          if (key === 'properties') Object.values(value as object).forEach(walk);
          else if (typeof value === 'object') walk(value);
        }
      };
      walk(schema);
    },
  );

  it(
    'the schema accepts the bundled dataset and a part of one, ' +
      'and rejects what zod rejects, at the same place',
    async () => {
      const schema = await server('/dist/oms-dataset.schema.json');
      expect(validate(schema, await server('/data/oms-dataset.json'))).to.deep.equal([]);
      const { schemaVersion, offices } = copy();
      expect(validate(schema, { schemaVersion, offices })).to.deep.equal([]);
      const bad = copy();
      bad.coverage[0].status = 'sometimes';
      bad.offices[1].phones = [{ number: '8 (800) 555' }];
      bad.offices[2].address.ru = 'ж'.repeat(2001);
      delete bad.schemaVersion;
      const errors = validate(schema, bad);
      expect(errors.some((e) => e.startsWith('.coverage[0].status'))).to.equal(true);
      expect(errors.some((e) => e.startsWith('.offices[1].phones[0].number'))).to.equal(true);
      expect(errors).to.include('.offices[2].address.ru: too long');
      expect(errors).to.include('.schemaVersion: required');
    },
  );

  it(
    'VS Code and JetBrains editor data list every tag with every attribute, ' + 'and the tokens',
    async () => {
      const manifest = await server('/custom-elements.json');
      const vscode = await server('/dist/vscode.html-custom-data.json');
      const vscodeCss = await server('/dist/vscode.css-custom-data.json');
      const webTypes = await server('/dist/web-types.json');
      const declarations = manifest.modules
        .flatMap((m: any) => m.declarations ?? [])
        .filter((d: any) => d.tagName);
      for (const element of elements) {
        const tag = element.defaultTag;
        const attributes = declarations
          .find((d: any) => d.tagName === tag)
          .attributes.map((a: any) => a.name);
        expect(attributes, tag).to.include.members(['src', 'timeout', 'theme']);
        const inVscode = vscode.tags.find((t: any) => t.name === tag);
        const inWebTypes = webTypes.contributions.html.elements.find((t: any) => t.name === tag);
        expect(
          inVscode.attributes.map((a: any) => a.name),
          `${tag} in VS Code data`,
        ).to.have.members(attributes);
        expect(
          inWebTypes.attributes.map((a: any) => a.name),
          `${tag} in web-types`,
        ).to.have.members(attributes);
        expect(
          inWebTypes.events.map((e: any) => e.name),
          tag,
        ).to.include('oms-data-error');
        expect(
          inWebTypes.css.properties.map((p: any) => p.name),
          tag,
        ).to.include(`--oms-${tag.slice(4)}-accent`);
        expect(
          vscodeCss.properties.map((p: any) => p.name),
          tag,
        ).to.include(`--oms-${tag.slice(4)}-accent`);
      }
      expect(vscode.tags.map((t: any) => t.name).sort()).to.deep.equal(
        elements.map((e) => e.defaultTag).sort(),
      );
      expect(
        vscode.tags
          .find((t: any) => t.name === 'oms-office-list')
          .attributes.find((a: any) => a.name === 'theme')
          .values.map((v: any) => v.name),
      ).to.deep.equal(['auto', 'light', 'dark']);
      expect(webTypes.contributions.css.properties.map((p: any) => p.name)).to.include.members([
        '--oms-color-accent',
        '--oms-font-family',
        '--oms-radius',
        '--oms-space',
      ]);
    },
  );
});
