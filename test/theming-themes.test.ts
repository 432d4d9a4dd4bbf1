// The example insurer themes in demo/themes/: pure CSS that uses only the
// public tokens and the documented parts, changes what it says it changes,
// and keeps every element axe-clean (contrast included) in light and dark.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { elements } from '../src/index.js';
import type { OmsElement } from '../src/internal/oms-element.js';
import { elementToken, TOKENS } from '../src/internal/tokens.js';
import { until } from './support/fixtures.js';
import { emulate, media } from './support/media.js';

const THEMES = ['teal', 'navy', 'warm'];

/** The stable parts each element documents (README), which themes may style. */
const PARTS: Record<string, string[]> = {
  'oms-coverage-check': [
    'search',
    'categories',
    'category',
    'results',
    'result',
    'verdict',
    'why',
    'source',
    'waiting-time',
    'pay-or-wait',
    'when-missed',
    'rights',
    'advice',
    'no-match',
    'status',
    'error',
  ],
  'oms-office-list': [
    'filters',
    'city',
    'insurer',
    'search',
    'near-me',
    'list',
    'office',
    'map-link',
    'phone',
    'hours',
    'source',
    'status',
    'error',
  ],
  'oms-paid-services': [
    'search',
    'expand-all',
    'list',
    'item',
    'exception',
    'reminder',
    'source',
    'advice',
    'verdict',
    'status',
    'error',
  ],
  'oms-waiting-times': [
    'table',
    'row',
    'limit',
    'note',
    'when-missed-section',
    'when-missed',
    'advice',
    'source',
    'empty',
    'status',
    'error',
  ],
  'oms-policy-guide': [
    'chooser',
    'situation',
    'answer',
    'situation-deadline',
    'steps',
    'checklist',
    'print',
    'general',
    'deadline',
    'source',
    'advice',
    'status',
    'error',
  ],
};

const PUBLIC_TOKENS = new Set(
  Object.values(TOKENS).flatMap(([global]) => [
    global,
    ...elements.map((element) => elementToken(element.defaultTag.slice(4), global)),
  ]),
);

const load = async (name: string) => (await fetch(`/demo/themes/${name}.css`)).text();

function sheetOf(text: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}

/** Every element rendered in a state that shows its parts (a search, a chosen situation). */
async function renderAll(lang = 'ru', style = ''): Promise<OmsElement[]> {
  const wrapper = await fixture(html`<div lang=${lang} style=${style}></div>`);
  const rendered: OmsElement[] = [];
  for (const element of elements) {
    const el = document.createElement(element.defaultTag) as OmsElement;
    if (element.defaultTag === 'oms-policy-guide') el.setAttribute('situation', 'working');
    wrapper.append(el);
    await el.updateComplete;
    rendered.push(el);
  }
  const coverage = rendered[0];
  const search = coverage.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
  search.value = lang === 'en' ? 'dialysis' : 'гемодиализ';
  search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(
    () => !!coverage.shadowRoot!.querySelector('[part~="result"]'),
    3000,
    'a search result',
  );
  return rendered;
}

const LOOK = [
  'color',
  'backgroundColor',
  'borderInlineStartWidth',
  'borderTopWidth',
  'borderTopColor',
  'borderTopLeftRadius',
  'boxShadow',
  'fontFamily',
  'fontWeight',
  'letterSpacing',
  'paddingTop',
] as const;
const look = (el: Element) => LOOK.map((property) => getComputedStyle(el)[property]).join(' | ');

describe('demo themes', function () {
  this.timeout(60_000);
  afterEach(async () => {
    document.adoptedStyleSheets = [];
    await media([]);
  });

  it('every part an element documents in custom-elements.json is in the stable list', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    for (const declaration of manifest.modules
      .flatMap((m: any) => m.declarations ?? [])
      .filter((d: any) => d.tagName)) {
      const documented = (declaration.cssParts ?? []).map((part: { name: string }) => part.name);
      expect(documented.length, declaration.tagName).to.be.greaterThan(0);
      expect(PARTS[declaration.tagName], declaration.tagName).to.include.members(documented);
    }
  });

  for (const name of THEMES) {
    it(`${name}.css uses only public tokens and documented parts`, async () => {
      const sheet = sheetOf(await load(name));
      const text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      expect(sheet.cssRules.length).to.be.greaterThan(1);
      for (const rule of sheet.cssRules) {
        expect(rule, `${name}: only style rules`).to.be.instanceOf(CSSStyleRule);
        for (const selector of (rule as CSSStyleRule).selectorText
          .split(',')
          .map((s) => s.trim())) {
          if (selector === ':root') continue;
          const match = /^(oms-[a-z-]+)::part\(([a-z-]+)\)$/.exec(selector);
          expect(match, `${name}: ${selector} is :root or a part of our tag`).to.not.equal(null);
          expect(PARTS[match![1]], `${name}: ${selector} names one of our tags`).to.not.equal(
            undefined,
          );
          expect(PARTS[match![1]], `${name}: ${selector} is a documented part`).to.include(
            match![2],
          );
        }
      }
      const names = [...text.matchAll(/(--[\w-]+)/g)].map(([, token]) => token);
      expect(names.length).to.be.greaterThan(3);
      for (const token of names)
        expect(PUBLIC_TOKENS.has(token), `${name}: ${token} is a public token`).to.equal(true);
    });

    it(`${name}.css changes the look inside every element`, async () => {
      const sheet = sheetOf(await load(name));
      const plain = await renderAll();
      const selectors = [...sheet.cssRules].flatMap((rule) =>
        (rule as CSSStyleRule).selectorText.split(',').map((s) => s.trim()),
      );
      const partsUsed = selectors
        .filter((s) => s !== ':root')
        .map((s) => /^(oms-[a-z-]+)::part\(([a-z-]+)\)$/.exec(s)!.slice(1));
      const before = partsUsed.map(([tag, part]) =>
        look(
          plain.find((el) => el.localName === tag)!.shadowRoot!.querySelector(`[part~="${part}"]`)!,
        ),
      );
      const accentBefore = plain.map((el) => getComputedStyle(el).getPropertyValue('--_accent'));
      document.adoptedStyleSheets = [sheet];
      partsUsed.forEach(([tag, part], i) => {
        const now = look(
          plain.find((el) => el.localName === tag)!.shadowRoot!.querySelector(`[part~="${part}"]`)!,
        );
        expect(now, `${name}: ${tag}::part(${part}) restyled`).to.not.equal(before[i]);
      });
      for (const [i, el] of plain.entries())
        expect(
          getComputedStyle(el).getPropertyValue('--_accent'),
          `${el.localName} accent`,
        ).to.not.equal(accentBefore[i]);
      expect(
        new Set(partsUsed.map(([tag]) => tag)).size,
        'every element has a part styled',
      ).to.equal(elements.length);
    });

    for (const scheme of ['light', 'dark']) {
      it(`${name}.css keeps every element axe-clean in ${scheme}, ru and en`, async function () {
        document.adoptedStyleSheets = [sheetOf(await load(name))];
        await emulate(this, [{ name: 'prefers-color-scheme', value: scheme }]);
        for (const lang of ['ru', 'en']) {
          for (const el of await renderAll(
            lang,
            'color-scheme: light dark; background: Canvas; color: CanvasText',
          )) {
            await expect(el).to.be.accessible();
          }
        }
      });
    }
  }
});
