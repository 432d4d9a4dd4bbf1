// Hostile data: every string field of the dataset replaced in turn with a
// payload (markup, scripts, a javascript: URL, bidi and zero-width controls,
// emoji, a long unbreakable word), rendered by all four elements in states
// that show that field, in its own language. Nothing executes, no
// javascript: link is rendered, nothing lies outside the element; fields the
// schema checks (ids, dates, URLs, enums) refuse the payload instead.
// Then every free-text field at once, with each payload alone, very long
// strings included.
import { expect, fixture, html } from '@open-wc/testing';
import { searchCoverage } from '../../src/core/coverage-search.js';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { DatasetError } from '../../src/data/errors.js';
import { registerDataset } from '../../src/data/registry.js';
import { validateDataset } from '../../src/data/validate.js';
import { MAX_TEXT, type Dataset } from '../../src/data/schema.js';
import { defineAll, elements } from '../../src/index.js';
import { quietly } from '../support/console.js';
import { KNOWN_ISSUES } from './known-issues.js';
import {
  activeContent,
  collapse,
  engine,
  overflow,
  renderedText,
  requireAttribute,
  settle,
  unlessKnown,
  type ElementClass,
} from './support.js';

defineAll();

type Path = (string | number)[];

const executed: string[] = [];
(window as any).__omsPwn = (what: string) => executed.push(what);

/**
 * One payload with every vector, for each field in turn. It starts with javascript: for fields used
 * as links.
 */
const ATTACK =
  `javascript:__omsPwn('href')//"'><img src=x onerror="__omsPwn('img')">` +
  `<script>__omsPwn('script')</script>` +
  `<svg onload="__omsPwn('svg')"></svg><a href="javascript:__omsPwn('a')">a</a>` +
  `<iframe srcdoc="<script>__omsPwn('iframe')</script>"></iframe> ` +
  `\u202Eсправа налево\u202C нулевой\u200B\u200Dширины 👩‍⚕️🩺🏥 ${'Ж'.repeat(400)}`;

/** Each alone, in every free-text field at once. */
const PAYLOADS = [
  `<img src=x onerror="__omsPwn('img')">`,
  `<script>__omsPwn('script')</script>`,
  `javascript:__omsPwn('url')`,
  ` \tJaVaScRiPt:__omsPwn('url2')`,
  `"><svg onload="__omsPwn('svg')">`,
  `{{constructor.constructor('__omsPwn("template")')()}} \${__omsPwn('literal')}`,
  // Unbroken and long text at the schema's limit for a text (longer is refused: see
  // test/hardening/limits).
  'Ж'.repeat(MAX_TEXT),
  'w'.repeat(MAX_TEXT),
  'очень длинный текст '.repeat(MAX_TEXT / 20),
  '\u202Eсправа налево\u202C \u200B\u200B\u200Bнулевой ширины\uFEFF ' +
    '\u2066изолят\u2069 \u0301\u0301\u0301',
  '🩺💉🏥👩‍⚕️🇷🇺'.repeat(200),
];

/**
 * Optional fields the bundled data leaves out but the schema allows (links and phones among them),
 * with placeholder values.
 */
function withOptionalFields(data: Dataset): Dataset {
  const copy = structuredClone(data) as any;
  copy.sources[0].url = 'https://example.org/source';
  copy.insurers[0].website = 'https://example.org/insurer';
  copy.offices[0].phones = [
    { number: '+70000000000', label: { ru: 'Телефон (пример)', en: 'Phone (example)' } },
  ];
  copy.offices[0].hours = [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' }];
  copy.categories[0].description ??= { ru: 'Описание (пример)', en: 'Description (example)' };
  return copy;
}
const BASE = withOptionalFields(bundledDataset);

/** Every path to a string in `value`. */
function stringPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringPaths(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) stringPaths(v, [...path, key], out);
  return out;
}

const at = (data: any, path: Path) => path.reduce((node, key) => node[key], data);
function withValue(data: Dataset, path: Path, value: string): any {
  const copy = structuredClone(data) as any;
  at(copy, path.slice(0, -1))[path[path.length - 1]] = value;
  return copy;
}
/** A field's kind: its path without indices (`coverage[].title.ru`). */
const kindOf = (path: Path) => path.map((key) => (typeof key === 'number' ? '[]' : key)).join('.');
/** The language a field is in: the last `ru`/`en` key on its path. */
const localeOf = (path: Path) =>
  ([...path].reverse().find((key) => key === 'ru' || key === 'en') as 'ru' | 'en') ?? 'ru';

const tagOf = (element: ElementClass) => element.defaultTag;
const byTag = (tag: string) => elements.find((element) => tagOf(element) === tag)!;

/** A query that finds coverage entry `index` of `data` among the first results. */
function queryFinding(data: Dataset, index: number, locale: 'ru' | 'en'): string {
  const original = bundledDataset.coverage[index];
  const target = data.coverage[index].id;
  const candidates = [
    original.title[locale],
    ...original.keywords[locale],
    original.title.ru,
    ...original.keywords.ru,
  ];
  let fallback = candidates[0];
  for (const query of candidates) {
    const ids = searchCoverage(query, { dataset: data, locale, limit: 10 }).map(
      (match) => match.id,
    );
    if (ids[0] === target) return query;
    if (ids.includes(target) && fallback === candidates[0]) fallback = query;
  }
  return fallback;
}

/** The attributes that put each element in a state that shows the field at `path`. */
function statesFor(
  path: Path,
  data: Dataset,
  locale: 'ru' | 'en',
): Map<string, Record<string, string>> {
  const states = new Map<string, Record<string, string>>(
    elements.map((element) => [tagOf(element), {}]),
  );
  const set = (tag: string, name: string, value: string) =>
    (states.get(tag)![requireAttribute(byTag(tag), name)] = value);
  const [section, index] = path as [string, number];
  const entryIndex =
    section === 'coverage'
      ? index
      : section === 'sources'
        ? data.coverage.findIndex((entry) => entry.source === data.sources[index].id)
        : section === 'categories'
          ? data.coverage.findIndex((entry) => entry.category === data.categories[index].id)
          : 0;
  set('oms-coverage-check', 'query', queryFinding(data, Math.max(0, entryIndex), locale));
  const office =
    section === 'offices'
      ? data.offices[index]
      : section === 'insurers'
        ? data.offices.find((o) => o.insurer === data.insurers[index].id)
        : section === 'cities'
          ? data.offices.find((o) => o.city === data.cities[index].id)
          : undefined;
  if (office) set('oms-office-list', 'city', office.city);
  const situation =
    section === 'guide' && path[1] === 'situations'
      ? data.guide.situations[path[2] as number]
      : data.guide.situations[0];
  set('oms-policy-guide', 'situation', situation.id);
  return states;
}

/**
 * Fields every complete set of elements shows in the states above: the payload must appear there as
 * text.
 */
function mustShow(path: Path, data: Dataset): boolean {
  const kind = kindOf(path);
  if (/^coverage\.\[\]\.(title|summary)\.(ru|en)$/.test(kind)) return true;
  if (/^offices\.\[\]\.address\.(ru|en)$/.test(kind)) return true;
  if (/^waitingTimes\.limits\.\[\]\.title\.(ru|en)$/.test(kind)) return true;
  if (/^insurers\.\[\]\.name\.(ru|en)$/.test(kind))
    return data.offices.some((o) => o.insurer === data.insurers[path[1] as number].id);
  if (
    /^guide\.situations\.\[\]\.(title|issuer\.\[\]\.text|documents\.items\.\[\])\.(ru|en)$/.test(
      kind,
    )
  )
    return true;
  return false;
}

/** Creates every element in `container`, or reuses them; sets the attributes of `states`. */
async function mount(
  container: HTMLElement,
  states: Map<string, Record<string, string>>,
  reuse = false,
) {
  if (!reuse || container.children.length !== elements.length) {
    container.replaceChildren(...elements.map((element) => document.createElement(tagOf(element))));
  }
  const list = [...container.children];
  for (const el of list) {
    for (const [name, value] of Object.entries(states.get(el.localName) ?? {}))
      el.setAttribute(name, value);
  }
  await settle(...list);
  return list;
}

/** Checks all four rendered elements: nothing active, nothing outside; returns their text. */
function inspect(list: Element[], where: string): string {
  const texts: string[] = [];
  for (const el of list) {
    // Open every disclosure so that its content is laid out and checked too.
    for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  }
  for (const el of list) {
    expect(activeContent(el), `active content in <${el.localName}> (${where})`).to.deep.equal([]);
    expect(overflow(el, 320), `layout of <${el.localName}> (${where})`).to.deep.equal([]);
    expect(renderedText(el), `<${el.localName}> rendered nothing (${where})`).to.not.equal('');
    texts.push(renderedText(el));
  }
  expect(executed, `a payload executed (${where})`).to.deep.equal([]);
  return texts.join(' | ');
}

describe('hostile data', function () {
  this.timeout(180_000);
  let container: HTMLDivElement;
  beforeEach(async () => {
    executed.length = 0;
    container = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
  });
  afterEach(() => registerDataset(undefined));

  const paths = stringPaths(BASE);
  /** Kinds of field the schema refuses the payload in (ids, dates, URLs, enums, time zones). */
  const refusedKinds = new Set<string>();
  const seen = new Set<string>();
  for (const path of paths) {
    const kind = kindOf(path);
    if (seen.has(kind)) continue;
    seen.add(kind);
    if (!validateDataset(withValue(BASE, path, ATTACK), bundledDataset).success)
      refusedKinds.add(kind);
  }
  void registerDataset(undefined);
  const free = paths.filter((path) => !refusedKinds.has(kindOf(path)));
  // The first two fields of each kind in each language (a kind is a field
  // with its list positions left out: coverage.[].keywords.ru.[]): every
  // template that shows a field is reached, and the run stays within its time
  // as the catalogue grows (one mount of every element per field).
  const perKind = new Map<string, number>();
  const sampled = free.filter((path) => {
    const n = perKind.get(kindOf(path)) ?? 0;
    perKind.set(kindOf(path), n + 1);
    return n < 2;
  });
  const checked = paths.filter((path) => refusedKinds.has(kindOf(path)));

  it(
    `attacks every string field: ${paths.length} (${free.length} free text, ` +
      `${checked.length} checked by the schema)`,
    () => {
      expect(paths.length).to.be.greaterThan(1000);
      // Text fields are free text; ids, references, dates, URLs and phone numbers are checked.
      for (const kind of [
        'coverage.[].title.ru',
        'coverage.[].keywords.en.[]',
        'offices.[].address.en',
        'guide.situations.[].title.ru',
      ]) {
        expect(refusedKinds.has(kind), kind).to.equal(false);
      }
      for (const kind of [
        'coverage.[].id',
        'coverage.[].status',
        'coverage.[].asOf',
        'sources.[].url',
        'insurers.[].website',
        'offices.[].phones.[].number',
        'cities.[].timeZone',
      ]) {
        expect(refusedKinds.has(kind), kind).to.equal(true);
      }
    },
  );

  it('the schema refuses the payload in each checked field, naming that field', async () => {
    for (const path of checked) {
      let error: unknown;
      try {
        await registerDataset(withValue(BASE, path, ATTACK));
      } catch (e) {
        error = e;
      }
      expect(error, path.join('.')).to.be.instanceOf(DatasetError);
      const named = (error as DatasetError).issues.some(
        (issue) => issue.rawPath.join('.') === path.join('.'),
      );
      expect(named, `an issue at ${path.join('.')}`).to.equal(true);
    }
  });

  it(
    'every kind of free-text field in turn: rendered as inert text, ' +
      'inside the element, by every element',
    async () => {
      const notShown = new Map<string, number>();
      for (const path of sampled) {
        const data = await registerDataset(withValue(BASE, path, ATTACK));
        const locale = localeOf(path);
        container.lang = locale;
        const list = await mount(container, statesFor(path, data, locale), true);
        const where = `${path.join('.')} in ${locale}`;
        const text = inspect(list, where);
        const shown = text.includes(collapse(ATTACK));
        if (mustShow(path, data))
          expect(shown, `the payload shown as text for ${where}`).to.equal(true);
        if (!shown) notShown.set(kindOf(path), (notShown.get(kindOf(path)) ?? 0) + 1);
      }
      // Not a failure: fields no element shows in these states (keywords are only searched).
      const fields = [...notShown].map(([kind, n]) => `${kind} ×${n}`).join(', ');
      console.log(`hostile data: fields not shown in the states driven: ${fields}`);
    },
  );

  for (const payload of PAYLOADS) {
    it(
      `every free-text field at once: «${payload.trim().slice(0, 30)}…»` +
        ` (${payload.length} characters), in both languages`,
      async function () {
        await unlessKnown(
          this,
          engine === 'firefox' && payload.includes('\u0301')
            ? KNOWN_ISSUES['firefox combining marks']
            : undefined,
          () => allFields(payload),
        );
      },
    );
  }

  async function allFields(payload: string) {
    let data: any = structuredClone(BASE);
    for (const path of free) at(data, path.slice(0, -1))[path[path.length - 1]] = payload;
    data = await registerDataset(data);
    const query = payload.trim().split(/\s+/)[0].slice(0, 12);
    for (const locale of ['ru', 'en'] as const) {
      container.lang = locale;
      const states = statesFor(['offices', 0], data, locale);
      states.get('oms-coverage-check')!.query = query;
      const list = await mount(container, states);
      inspect(list, `${locale}, query «${query}»`);
    }
  }

  it('a payload that runs late (an image error, a load event) has not run either', async () => {
    const data = await registerDataset(withValue(BASE, ['offices', 0, 'address', 'ru'], ATTACK));
    await mount(container, statesFor(['offices', 0], data, 'ru'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(executed).to.deep.equal([]);
  });

  it('refuses javascript: and data: URLs where the schema takes a URL', async () => {
    const refused = async (data: unknown) => {
      const error: unknown = await registerDataset(data).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DatasetError);
    };
    await quietly(async () => {
      await refused(withValue(BASE, ['sources', 0, 'url'], 'javascript:alert(1)'));
      await refused(withValue(BASE, ['insurers', 0, 'website'], ' javascript:alert(1)'));
      await refused(
        withValue(BASE, ['sources', 0, 'url'], 'data:text/html,<script>alert(1)</script>'),
      );
    });
  });
});
