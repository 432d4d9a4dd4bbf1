// Theming beyond the token contract (test/tokens.test.ts): light and dark
// palettes, the theme attribute, WCAG AA contrast of every verdict and text in
// each, forced colours, reduced motion, and public tokens reaching inside.
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { css, html } from 'lit';
import '../src/define.js';
import { controlStyles } from '../src/internal/controls.js';
import { factStyles } from '../src/internal/facts.js';
import { hostStyles } from '../src/internal/host-styles.js';
import { OmsElement } from '../src/internal/oms-element.js';
import { renderVerdict, verdictStyles, type Verdict } from '../src/internal/verdict.js';
import { elements } from '../src/index.js';
import { withConsole } from './support/console.js';
import { emulate, media } from './support/media.js';

const VERDICTS: Verdict[] = ['covered', 'conditional', 'budget', 'paid'];

/**
 * Every themed piece of text the elements share: verdicts, links, muted source lines, buttons, the
 * error box.
 */
class ThemeProbe extends OmsElement {
  static override styles = [...hostStyles('probe'), verdictStyles, factStyles, controlStyles];
  protected override renderReady() {
    return html`
      <p class="plain">Обычный текст</p>
      ${VERDICTS.map((verdict) => html`<p>${renderVerdict(verdict)}</p>`)}
      <p><a href="#x">Ссылка</a></p>
      <p class="source">Источник: Федеральный закон. Проверено 24 ноября 2026.</p>
      <button type="button">Кнопка</button>
      <button type="button" aria-pressed="true">Выбрано</button>
      <input aria-label="Поиск" />
      <div class="data-state" role="alert">Не удалось показать сведения.</div>
    `;
  }
}
ThemeProbe.define('oms-theme-probe');

// --- colour arithmetic on what the browser computed ---------------------------------
const canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
const paint = canvas.getContext('2d', { willReadFrequently: true })!;

/** Paints `layers` (CSS colours, bottom first) over white and reads the resulting sRGB pixel. */
function composite(layers: string[]): [number, number, number] {
  paint.globalCompositeOperation = 'source-over';
  paint.fillStyle = '#fff';
  paint.fillRect(0, 0, 1, 1);
  for (const layer of layers) {
    paint.fillStyle = layer;
    paint.fillRect(0, 0, 1, 1);
  }
  const [r, g, b] = paint.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

const luminance = (rgb: number[]) =>
  rgb
    .map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);

function ratio(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The backgrounds behind `el`, bottom first, across shadow boundaries. */
function backgrounds(el: Element): string[] {
  const layers: string[] = [];
  for (
    let node: Element | null = el;
    node;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)
  ) {
    layers.unshift(getComputedStyle(node).backgroundColor);
  }
  return layers;
}

/** The contrast of `el`'s text (or `property`) with what is behind it. */
function contrast(
  el: Element,
  property: 'color' | 'borderTopColor' | 'outlineColor' = 'color',
): number {
  const behind = backgrounds(el);
  return ratio(composite([...behind, getComputedStyle(el)[property]]), composite(behind));
}

const rgb = (el: Element) => composite([...backgrounds(el), getComputedStyle(el).color]).join(',');

// --- pages ---------------------------------------------------------------------
const LIGHT_PAGE = 'background: #fff; color: #1a1a1a';
const DARK_SUPPORTING_PAGE = 'color-scheme: light dark; background: Canvas; color: CanvasText';
const DARK_ONLY_PAGE = 'color-scheme: dark; background: #121212; color: #e5e5e5';

async function probe(page: string, theme?: string): Promise<ThemeProbe> {
  const wrapper = await fixture(
    fixtureHtml`<div style=${page}><oms-theme-probe
      theme=${theme ?? 'auto'}
    ></oms-theme-probe></div>`,
  );
  const el = wrapper.firstElementChild as ThemeProbe;
  await el.updateComplete;
  return el;
}

const verdict = (el: ThemeProbe, name: Verdict) =>
  el.shadowRoot!.querySelector(`.verdict--${name}`)!;

/** Every text of the probe meets AA (4.5:1); verdict borders and field borders meet 3:1. */
function expectAA(el: ThemeProbe, mode: string) {
  const texts = el.shadowRoot!.querySelectorAll(
    '.plain, .verdict, a, .source, button, [role="alert"]',
  );
  expect(texts.length).to.equal(10);
  for (const text of texts) {
    const label = text.className || text.localName;
    const what = `${mode}: ${label} "${text.textContent.trim().slice(0, 30)}"`;
    expect(contrast(text), what).to.be.at.least(4.5);
  }
  for (const name of VERDICTS)
    expect(contrast(verdict(el, name), 'borderTopColor'), `${mode}: ${name} border`).to.be.at.least(
      3,
    );
}

describe('theming: light and dark', () => {
  afterEach(() => media([]));

  it('a light-only page stays light even when the reader prefers dark', async function () {
    await emulate(this, [{ name: 'prefers-color-scheme', value: 'dark' }]);
    const el = await probe(LIGHT_PAGE);
    expect(rgb(verdict(el, 'covered'))).to.equal('17,99,41');
    expectAA(el, 'light page, dark preference');
  });

  it('a page that supports dark follows prefers-color-scheme', async function () {
    await emulate(this, [{ name: 'prefers-color-scheme', value: 'dark' }]);
    const dark = await probe(DARK_SUPPORTING_PAGE);
    expect(rgb(verdict(dark, 'covered'))).to.equal('134,239,172');
    expectAA(dark, 'dark preference');
    await emulate(this, [{ name: 'prefers-color-scheme', value: 'light' }]);
    expect(rgb(verdict(dark, 'covered'))).to.equal('17,99,41');
    expectAA(dark, 'light preference');
  });

  it('theme="dark" forces the dark palette with its own background on a light page', async () => {
    const el = await probe(LIGHT_PAGE, 'dark');
    expect(rgb(verdict(el, 'covered'))).to.equal('134,239,172');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(17, 24, 39)');
    expectAA(el, 'theme=dark');
  });

  it(
    'theme="light" forces the light palette ' + 'with its own background on a dark page',
    async function () {
      await emulate(this, [{ name: 'prefers-color-scheme', value: 'dark' }]);
      const el = await probe(DARK_ONLY_PAGE, 'light');
      expect(rgb(verdict(el, 'covered'))).to.equal('17,99,41');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expectAA(el, 'theme=light');
    },
  );

  it('an unknown theme value falls back to auto with one warning', async () => {
    const warnings = await withConsole('warn', async () => {
      const el = await probe(LIGHT_PAGE, 'sepia');
      expect(rgb(verdict(el, 'covered'))).to.equal('17,99,41');
      el.theme = 'neon' as 'dark';
      await el.updateComplete;
    });
    expect(warnings.calls).to.have.length(1);
  });

  for (const [mode, page, theme, scheme] of [
    ['theme="dark"', LIGHT_PAGE, 'dark', 'light'],
    ['a dark page', DARK_SUPPORTING_PAGE, 'auto', 'dark'],
  ] as const) {
    it(`every element is axe-clean (contrast included) in ${mode}`, async function () {
      await emulate(this, [{ name: 'prefers-color-scheme', value: scheme }]);
      for (const element of elements) {
        for (const lang of ['ru', 'en']) {
          const wrapper = await fixture(fixtureHtml`<div lang=${lang} style=${page}></div>`);
          const el = document.createElement(element.defaultTag) as OmsElement;
          el.setAttribute('theme', theme);
          wrapper.append(el);
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }
      }
    });
  }
});

describe('theming: forced colors and reduced motion', () => {
  afterEach(() => media([]));

  it(
    'in forced-colors mode the text, verdict borders, ' +
      'pressed state and focus ring stay visible',
    async function () {
      await emulate(this, [{ name: 'forced-colors', value: 'active' }]);
      expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
      const el = await probe(LIGHT_PAGE);
      expectAA(el, 'forced colors');
      const [plain, pressed] = el.shadowRoot!.querySelectorAll('button');
      expect(
        getComputedStyle(pressed).backgroundColor,
        'the pressed button stands out',
      ).to.not.equal(getComputedStyle(plain).backgroundColor);
      expect(contrast(pressed)).to.be.at.least(4.5);
      for (const name of VERDICTS) {
        const icon = verdict(el, name).querySelector('svg')!;
        expect(getComputedStyle(icon).stroke, `${name} icon drawn`).to.not.match(
          /none|transparent|rgba\(0, 0, 0, 0\)/,
        );
      }
      const input = el.shadowRoot!.querySelector('input')!;
      input.focus();
      expect(getComputedStyle(input).outlineStyle).to.not.equal('none');
      expect(contrast(input, 'outlineColor'), 'focus ring').to.be.at.least(3);
    },
  );

  it('prefers-reduced-motion stops every transition and animation inside', async function () {
    class Moving extends ThemeProbe {
      static override styles = [
        ...ThemeProbe.styles,
        css`
          * {
            transition: color 2s;
            animation: spin 2s infinite;
          }
          @keyframes spin {
            to {
              rotate: 1turn;
            }
          }
        `,
      ];
    }
    Moving.define('oms-moving-probe');
    const wrapper = await fixture(fixtureHtml`<div><oms-moving-probe></oms-moving-probe></div>`);
    const el = wrapper.firstElementChild as ThemeProbe;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).transitionDuration, 'moves without the preference').to.equal(
      '2s',
    );
    await emulate(this, [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      expect(getComputedStyle(node).transitionDuration, node.localName).to.equal('0s');
      expect(getComputedStyle(node).animationName, node.localName).to.equal('none');
    }
  });
});

describe('theming: public tokens reach inside', () => {
  it('a global token styles the inside, and an element token wins over it', async () => {
    const tokens =
      '--oms-color-accent: rgb(1, 2, 3); --oms-color-success: rgb(0, 90, 0); ' +
      '--oms-probe-success: rgb(0, 80, 0); --oms-radius: 3px; --oms-space: 10px';
    const wrapper = await fixture(
      fixtureHtml`<div style=${tokens}>
        <oms-theme-probe></oms-theme-probe>
      </div>`,
    );
    const el = wrapper.firstElementChild as ThemeProbe;
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('a')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(verdict(el, 'covered')).color).to.equal('rgb(0, 80, 0)');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(getComputedStyle(alert).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(alert).paddingTop).to.equal('7.5px');
  });

  it('the office list’s map links take the page’s accent', async () => {
    const wrapper = await fixture(
      fixtureHtml`<div style="--oms-color-accent: rgb(1, 2, 3)"
        ><oms-office-list></oms-office-list
      ></div>`,
    );
    const el = wrapper.firstElementChild as OmsElement;
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector('[part~="map-link"]')!;
    expect(getComputedStyle(link).color).to.equal('rgb(1, 2, 3)');
  });
});
