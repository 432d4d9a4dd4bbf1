// Properties set from JS to values no attribute can carry (issue 14): a
// Symbol, an object without a prototype, an object whose toString throws, a
// BigInt, a number where a Date is expected, and limits past 32 bits. Every
// declared property, attribute-backed or not: no uncaught error, never blank,
// and the same rendering once the property is back.
import { expect, fixture, html } from '@open-wc/testing';
import { defineAll, elements } from '../../src/index.js';
import { quietly } from '../support/console.js';
import { settle, stateText, uncaughtDuring, type ElementClass } from './support.js';

defineAll();

const HOSTILE: [string, () => unknown][] = [
  ['a Symbol', () => Symbol('hostile')],
  ['Object.create(null)', () => Object.create(null)],
  [
    'an object whose toString throws',
    () => ({
      toString() {
        throw new Error('toString');
      },
    }),
  ],
  ['a BigInt', () => 10n],
  ['Date.now()', () => Date.now()],
  ['an invalid Date', () => new Date(NaN)],
];

/** Every public property the class declares, with or without an attribute. */
function propertiesOf(element: ElementClass): string[] {
  return [...element.elementProperties]
    .filter(([key, options]) => typeof key === 'string' && !options.state)
    .map(([key]) => key as string);
}

async function create(element: ElementClass) {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
  const el = document.createElement(element.defaultTag) as HTMLElement & Record<string, unknown>;
  container.append(el);
  await settle(el);
  return el;
}

for (const element of elements) {
  const tag = element.defaultTag;
  describe(`<${tag}> with hostile property values`, function () {
    this.timeout(30_000);
    for (const [name, value] of HOSTILE) {
      it(`each property set to ${name}: no uncaught error, not blank, the same after`, async () => {
        const el = await create(element);
        const before = stateText(el);
        const errors = await uncaughtDuring(() =>
          quietly(async () => {
            for (const property of propertiesOf(element)) {
              const original = el[property];
              el[property] = value();
              await settle(el);
              expect(stateText(el), `blank with .${property} = ${name}`).to.not.equal('');
              el[property] = original;
              await settle(el);
            }
          }),
        );
        expect(errors, 'uncaught errors').to.deep.equal([]);
        expect(stateText(el), 'the rendering after every property went back').to.equal(before);
      });
    }
  });
}

describe('<oms-office-list> limit past 32 bits', () => {
  for (const limit of [2 ** 31, 3e9, 2 ** 32 + 1]) {
    it(`limit ${limit}: the most offices a page, not one`, async () => {
      const el = await fixture<HTMLElement>(
        html`<oms-office-list limit=${limit}></oms-office-list>`,
      );
      await quietly(() => settle(el));
      const shown = el.shadowRoot!.querySelectorAll('[part~="office"]').length;
      expect(shown).to.be.greaterThan(1);
    });
  }
});
