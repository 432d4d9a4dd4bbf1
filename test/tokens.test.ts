// The theming contract: private --_* tokens are all defined and all used, and
// a public token set on the page reaches inside every element.
import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import { defineAll, elements } from '../src/index.js';
import { TOKENS } from '../src/internal/tokens.js';

defineAll();

function cssTextOf(styles: unknown): string {
  const list = (Array.isArray(styles) ? styles.flat(Infinity) : [styles]) as CSSResultOrNative[];
  return list
    .map((style) =>
      'cssText' in style ? style.cssText : [...style.cssRules].map((r) => r.cssText).join('\n'),
    )
    .join('\n');
}

describe('theming tokens', () => {
  const declared = new Set(Object.keys(TOKENS).map((name) => `--_${name}`));

  for (const element of elements) {
    it(`<${element.defaultTag}> reads only private tokens that are defined`, () => {
      const css = cssTextOf(element.styles);
      const definedHere = new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map(([, name]) => name));
      const used = new Set([...css.matchAll(/var\(\s*(--_[\w-]+)/g)].map(([, name]) => name));
      for (const name of used)
        expect(declared.has(name) || definedHere.has(name), `${name} is undefined`).to.equal(true);
      // Styles read private names only: public tokens appear only inside the :host copies.
      const publicReads = [...css.matchAll(/var\(\s*(--oms-[\w-]+)/g)].map(([, name]) => name);
      for (const name of publicReads)
        expect(name, 'a public token read outside the token layer').to.match(/^--oms-/);
    });
  }

  it('uses every private token somewhere', () => {
    const all = elements.map((element) => cssTextOf(element.styles)).join('\n');
    const used = new Set([...all.matchAll(/var\(\s*(--_[\w-]+)/g)].map(([, name]) => name));
    const unused = [...declared].filter((name) => !used.has(name));
    expect(unused, 'private tokens nobody reads').to.deep.equal([]);
  });

  it(
    'a global token and an element token set on ' + 'the page change the computed style inside',
    async () => {
      for (const element of elements) {
        const tag = element.defaultTag;
        const own = `--oms-${tag.slice(4)}-border`;
        const style =
          "--oms-color-accent: rgb(1, 2, 3); --oms-font-family: 'Test Font', serif; " +
          `${own}: rgb(4, 5, 6)`;
        const wrapper = await fixture(
          html`<div style=${style}>${document.createElement(tag)}</div>`,
        );
        const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        const host = getComputedStyle(el);
        expect(host.getPropertyValue('--_accent').trim(), `${tag} accent`).to.equal('rgb(1, 2, 3)');
        expect(host.getPropertyValue('--_border').trim(), `${tag} own border`).to.equal(
          'rgb(4, 5, 6)',
        );
        expect(host.fontFamily, `${tag} font`).to.contain('Test Font');
      }
    },
  );

  it('fonts and text colour come from the host page by default', async () => {
    const wrapper = await fixture(
      html`<div style="color: rgb(10, 20, 30); font-family: 'Host Font', serif"></div>`,
    );
    for (const element of elements) {
      const el = document.createElement(element.defaultTag);
      wrapper.append(el);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(getComputedStyle(el).color, element.defaultTag).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(el).fontFamily, element.defaultTag).to.contain('Host Font');
    }
  });
});
