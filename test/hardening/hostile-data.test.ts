// Hostile data: every string of the dataset replaced in turn with payloads.
// Nothing executes, no javascript: link is rendered, layout stays inside.
import { expect, fixture, html } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/bundled.js';
import { registerDataset } from '../../src/data/registry.js';
import { defineAll, elements } from '../../src/index.js';

defineAll();

const PAYLOADS = [
  '<img src=x onerror="window.__omsPwned=1">',
  '<script>window.__omsPwned=1</script>',
  'javascript:window.__omsPwned=1',
  '"><svg onload="window.__omsPwned=1">',
  'Ж'.repeat(5000),
  'w'.repeat(3000),
  '\u202Eсправа налево\u202C \u200B\u200B\u200Bнулевой ширины\uFEFF',
  '🩺💉🏥👩‍⚕️'.repeat(50),
];

/** Every path to a string in `value` (keys that are ids or enums excluded: they are validated). */
function stringPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringPaths(v, [...path, i], out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (['id', 'category', 'source', 'city', 'insurer', 'status', 'asOf', 'since', 'timeZone'].includes(key)) continue;
      stringPaths(v, [...path, key], out);
    }
  }
  return out;
}

function withString(path: (string | number)[], payload: string) {
  const copy = structuredClone(bundledDataset) as any;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = payload;
  return copy;
}

describe('hostile data', function () {
  this.timeout(120_000);
  after(() => registerDataset(undefined));

  // Every string field, grouped so that one render checks many fields at once:
  // each payload goes into one field per record kind at a time.
  const paths = stringPaths(bundledDataset);

  it(`has many string fields to attack (${paths.length})`, () => {
    expect(paths.length).to.be.greaterThan(200);
  });

  for (const payload of PAYLOADS) {
    it(`renders «${payload.slice(0, 40)}…» in every field as text, inertly`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      // Put the payload into many fields at once (every 7th string, shifted per round) to keep the run short.
      for (let round = 0; round < 7; round++) {
        let data: any = structuredClone(bundledDataset);
        for (const [i, path] of paths.entries()) if (i % 7 === round) data = applyTo(data, path, payload);
        registerDataset(data);
        container.replaceChildren(
          ...elements.map((element) => {
            const el = document.createElement(element.defaultTag);
            if (element.defaultTag === 'oms-coverage-check') el.setAttribute('query', 'а');
            if (element.defaultTag === 'oms-policy-guide') el.setAttribute('situation', 'working');
            return el;
          }),
        );
        for (const el of container.children) await (el as any).updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect((window as any).__omsPwned, 'a payload executed').to.equal(undefined);
        for (const el of container.children) {
          const root = el.shadowRoot!;
          expect(root.querySelector('script, img[src="x"], svg[onload]'), 'markup from data').to.equal(null);
          for (const link of root.querySelectorAll('a')) {
            expect(link.getAttribute('href') ?? '', 'a javascript: link').to.not.match(/^\s*javascript:/i);
          }
          expect(el.getBoundingClientRect().width, `<${el.localName}> wider than its container`).to.be.at.most(321);
          expect(el.scrollWidth, `<${el.localName}> content overflows sideways`).to.be.at.most(el.clientWidth + 1);
        }
      }
    });
  }

  it('refuses a javascript: URL where the schema takes a URL', () => {
    const data = withString(['sources', 0, 'url'], 'javascript:alert(1)');
    expect(() => registerDataset(data)).to.throw(/invalid/);
  });
});

function applyTo(data: any, path: (string | number)[], payload: string) {
  let node = data;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = payload;
  return data;
}
