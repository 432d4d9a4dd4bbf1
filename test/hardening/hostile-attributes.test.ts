// Hostile attributes: every attribute each element class declares (read from
// its property declarations at run time, so attributes added later are
// covered too), plus lang and dir, set to empty, unknown, very long, numeric
// and textual values, and changed rapidly: no uncaught exception, never a
// blank element, and once the attribute is back the element renders exactly
// what it rendered before. The same for properties set from JS with values of
// the wrong type (what a framework may pass).
import { expect, fixture, html } from '@open-wc/testing';
import { defineAll, elements } from '../../src/index.js';
import { quietly } from '../support/console.js';
import { KNOWN_ISSUES } from './known-issues.js';
import {
  attributesOf,
  pause,
  stateText,
  settle,
  uncaughtDuring,
  unlessKnown,
  type ElementClass,
} from './support.js';

defineAll();

const LONG = 'ж'.repeat(100_000);
const VALUES = [
  '',
  ' ',
  'unknown-value',
  'UNKNOWN',
  LONG,
  `${'1'.repeat(400)}`,
  '42',
  '-1',
  '0',
  '3.5',
  '1e309',
  'NaN',
  'Infinity',
  '0x10',
  'true',
  'false',
  'null',
  'undefined',
  '[object Object]',
  '__proto__',
  'constructor',
  `<img src=x onerror="window.__omsPwned=1">`,
  'javascript:window.__omsPwned=1',
  '\u202Eабв\u200B\u200D',
  '🩺👩‍⚕️',
  'msk',
  'spb',
  'en',
  'working',
  'гемодиализ',
];
const WRONG_TYPES: unknown[] = [
  null,
  undefined,
  42,
  -1,
  0,
  NaN,
  Infinity,
  '',
  'unknown',
  true,
  false,
  {},
  [],
  ['a'],
  () => 1,
  new Date(0),
];

/** States that show data, so that "renders the same as before" compares real content. */
const STATES: Record<string, Record<string, string>> = {
  'oms-coverage-check': { query: 'гемодиализ' },
  'oms-office-list': { city: 'spb' },
  'oms-policy-guide': { situation: 'child' },
};

/** A deterministic PRNG (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function create(element: ElementClass) {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
  const el = document.createElement(element.defaultTag);
  for (const [name, value] of Object.entries(STATES[element.defaultTag] ?? {}))
    el.setAttribute(name, value);
  container.append(el);
  await settle(el);
  return el;
}

/** Puts the attribute back as it was (absent, or its value from STATES). */
function restore(el: Element, attribute: string) {
  const original = STATES[el.localName]?.[attribute];
  if (original === undefined) el.removeAttribute(attribute);
  else el.setAttribute(attribute, original);
}

/** Each hostile value in turn, then back: no exception, never blank, the same rendering after. */
async function attack(element: ElementClass, attribute: string) {
  const el = await create(element);
  const before = stateText(el);
  expect(before, 'rendered before').to.not.equal('');
  const errors = await uncaughtDuring(() =>
    quietly(async () => {
      for (const value of VALUES) {
        el.setAttribute(attribute, value);
        await settle(el);
        expect(stateText(el), `blank with ${attribute}="${value.slice(0, 20)}"`).to.not.equal('');
        el.removeAttribute(attribute);
        await settle(el);
        expect(stateText(el), `blank after removing ${attribute}`).to.not.equal('');
      }
      restore(el, attribute);
      await settle(el);
    }),
  );
  expect(errors, 'uncaught errors').to.deep.equal([]);
  expect(stateText(el), `the rendering after ${attribute} went back`).to.equal(before);
}

/**
 * Random attributes set to random values, with moves and lang changes in between, then every
 * attribute back.
 */
async function storm(element: ElementClass, attributes: string[]) {
  const el = await create(element);
  const before = stateText(el);
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const errors = await uncaughtDuring(() =>
    quietly(async () => {
      for (let i = 0; i < 400; i++) {
        el.setAttribute(pick(attributes), pick(VALUES));
        const roll = next();
        if (roll < 0.05) await pause();
        else if (roll < 0.15) await Promise.resolve();
        else if (roll < 0.18)
          el.parentElement!.append(el); // a move: disconnected and connected again
        else if (roll < 0.2) el.parentElement!.lang = pick(['ru', 'en', '', 'xx']);
      }
      el.parentElement!.removeAttribute('lang');
      for (const attribute of attributes) restore(el, attribute);
      await settle(el);
      await pause(50);
      await settle(el);
    }),
  );
  expect(errors, 'uncaught errors').to.deep.equal([]);
  expect(stateText(el), 'the rendering after every attribute went back').to.equal(before);
}

/** Every declared property set from JS to values of the wrong type, then back. */
async function mistype(element: ElementClass) {
  const el = (await create(element)) as unknown as Record<string, unknown> & HTMLElement;
  const before = stateText(el);
  const errors = await uncaughtDuring(() =>
    quietly(async () => {
      for (const { property, attribute } of attributesOf(element)) {
        const original = el[property];
        for (const value of WRONG_TYPES) {
          el[property] = value;
          await settle(el);
          expect(stateText(el), `blank with .${property} = ${String(value)}`).to.not.equal('');
        }
        el[property] = original;
        restore(el, attribute);
        await settle(el);
      }
    }),
  );
  expect(errors, 'uncaught errors').to.deep.equal([]);
  expect(stateText(el), 'the rendering after every property went back').to.equal(before);
}

for (const element of elements) {
  const tag = element.defaultTag;
  const attributes = [...attributesOf(element).map((a) => a.attribute), 'lang', 'dir'];

  describe(`<${tag}> with hostile attributes`, function () {
    this.timeout(60_000);
    afterEach(() => expect((window as any).__omsPwned, 'a value executed').to.equal(undefined));

    it(`declares the attributes it observes (${attributes.join(', ')})`, () => {
      expect(attributesOf(element).map((a) => a.attribute)).to.include.members([
        'src',
        'timeout',
        'theme',
      ]);
    });

    for (const attribute of attributes) {
      it(
        `${attribute}: each hostile value, then back: ` +
          'no exception, never blank, the same rendering after',
        async function () {
          await unlessKnown(this, KNOWN_ISSUES[`${tag} attribute ${attribute}`], () =>
            attack(element, attribute),
          );
        },
      );
    }

    it(
      'every attribute changed rapidly, with moves and lang changes in between: ' +
        'no exception, the same rendering after',
      async function () {
        await unlessKnown(this, KNOWN_ISSUES[`${tag} rapid`], () => storm(element, attributes));
      },
    );

    it(
      'properties set from JS to values of the wrong type: ' +
        'no exception, never blank, the same rendering after',
      async function () {
        await unlessKnown(this, KNOWN_ISSUES[`${tag} properties`], () => mistype(element));
      },
    );
  });
}
