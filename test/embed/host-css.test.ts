// A host page's CSS cannot hide or break the widgets. What that means here:
// - rules for the page's own elements (by type, class, attribute, state, even
//   !important) never reach inside;
// - inherited typography of the surrounding content (justified, indented,
//   spaced, capitalised, no-wrap, a 62.5% rem) does not distort them, and a
//   universal box-sizing reset does not widen their fields: the widgets look
//   exactly as on a plain page;
// - rules that select our tag itself are the page's decision about our box
//   (display: none hides us, as it would any element), yet `all: unset` on
//   our tags leaves them usable, and a reader's text-spacing override
//   (WCAG 1.4.12) goes through instead of being blocked.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { openFrame, pageUrl, TAGS } from './frame.js';

const SCRIPT = 'module:/dist/oms-widgets.js';
const CONTROLS = 'input, select, button, summary, a, label, [part]';

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

async function open(css: string[]) {
  const params = new URLSearchParams();
  for (const href of css) params.append('css', href);
  const opened = await openFrame(`${pageUrl([SCRIPT])}&${params}`, 320);
  frames.push(opened.frame);
  return opened;
}

interface Box {
  what: string;
  width: number;
  height: number;
}

/** The size of every control and part of every widget, in order. */
function layout(doc: Document): Box[] {
  const boxes: Box[] = [];
  for (const tag of TAGS) {
    const host = doc.querySelector(tag)!;
    const { width, height } = host.getBoundingClientRect();
    boxes.push({ what: tag, width, height });
    for (const el of host.shadowRoot!.querySelectorAll(CONTROLS)) {
      const rect = el.getBoundingClientRect();
      const part = el.getAttribute('part');
      boxes.push({
        what: `${tag} ${el.localName}${part ? `[part=${part}]` : ''}`,
        width: rect.width,
        height: rect.height,
      });
    }
  }
  return boxes;
}

/**
 * Each form control is displayed, at least 24 × 24 px, with readable text; no widget is wider than
 * the page.
 */
function expectUsable(win: Window, doc: Document) {
  for (const tag of TAGS) {
    const host = doc.querySelector(tag)!;
    expect(host.scrollWidth, `${tag} overflows 320 px`).to.be.at.most(host.clientWidth + 1);
    for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>(
      'input, select, button, summary',
    )) {
      // A radio button or checkbox is tapped through its label.
      const target = el.matches('[type=radio], [type=checkbox]')
        ? (el.closest('label') ?? (el as HTMLInputElement).labels?.[0] ?? el)
        : el;
      const rect = target.getBoundingClientRect();
      const style = win.getComputedStyle(el);
      const what = `${tag} ${el.localName}`;
      expect(
        el.checkVisibility({
          visibilityProperty: true,
          opacityProperty: true,
        }),
        `${what} visible`,
      ).to.equal(true);
      expect(Math.min(rect.width, rect.height), `${what} target size`).to.be.at.least(24);
      expect(parseFloat(style.fontSize), `${what} font size`).to.be.at.least(12);
      expect(style.getPropertyValue('-webkit-text-fill-color'), `${what} text fill`).to.equal(
        style.color,
      );
    }
  }
}

describe('embedding: host page CSS', function () {
  this.timeout(30_000);

  it(
    'a hostile theme (resets, inherited typography, ' +
      '!important rules) leaves every control exactly as on a plain page',
    async () => {
      const plain = layout((await open(['/test/embed/base.css'])).doc);
      const { win, doc } = await open(['/test/embed/base.css', '/test/embed/hostile.css']);
      // The stylesheet is in force on the page's own content.
      expect(win.getComputedStyle(doc.querySelector('.page-text')!).display).to.equal('none');
      const hostile = layout(doc);
      expect(hostile.map((box) => box.what)).to.deep.equal(plain.map((box) => box.what));
      hostile.forEach((box, i) => {
        expect(box.width, `${box.what} width`).to.be.closeTo(plain[i].width, 1);
        expect(box.height, `${box.what} height`).to.be.closeTo(plain[i].height, 1);
      });
      expectUsable(win, doc);
      // Focus stays visible despite the page's outline: none !important.
      const search = doc
        .querySelector('oms-coverage-check')!
        .shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
      search.focus();
      const outline = win.getComputedStyle(search);
      expect(outline.outlineStyle).to.not.equal('none');
      expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
    },
  );

  it(
    'all: unset on our tags, and a reader’s text spacing (WCAG 1.4.12) ' +
      'applied with !important: usable, spacing honoured',
    async () => {
      const { win, doc } = await open(['/test/embed/base.css', '/test/embed/spacing.css']);
      expectUsable(win, doc);
      const label = doc.querySelector('oms-coverage-check')!.shadowRoot!.querySelector('label')!;
      const style = win.getComputedStyle(label);
      expect(parseFloat(style.letterSpacing)).to.be.closeTo(0.12 * parseFloat(style.fontSize), 0.5);
      expect(parseFloat(style.wordSpacing)).to.be.closeTo(0.16 * parseFloat(style.fontSize), 0.5);
    },
  );

  it(
    'an inherited font-size: 0 (the inline-block gap trick) ' + 'still leaves readable text',
    async () => {
      const wrapper = await fixture(
        html`<div style="font-size: 0"><oms-paid-services></oms-paid-services></div>`,
      );
      const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(12);
      const summary = el.shadowRoot!.querySelector('summary, [part~="item"]')!;
      expect(summary.getBoundingClientRect().height).to.be.at.least(12);
    },
  );
});
