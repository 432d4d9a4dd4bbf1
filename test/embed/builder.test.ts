// The snippet builder as a CMS editor uses it, in a real page: the default
// script address is the released version on the CDN (with a note on
// self-hosting), labels are plain sentences, a colour without WCAG AA
// contrast against the widget's background gets a visible warning and the
// nearest passing shade; and what is built and copied, pasted into an empty
// page (its script pointed at the local dist/), renders the widget.
import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';
import { until } from '../support/fixtures.js';
import { TAGS, text } from './frame.js';

const CDN_DIST = `https://cdn.jsdelivr.net/npm/oms-widgets@${VERSION}/dist`;
/** The office list's own file, which the builder offers for one widget. */
const CDN = `${CDN_DIST}/cdn/oms-office-list.js`;

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

async function openBuilder(lang: 'ru' | 'en' = 'ru', tag = 'oms-office-list') {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/builder.html?tag=${tag}&lang=${lang}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await until(() => doc.body?.dataset.ready === 'true', 8000, 'the builder');
  const pageLang = doc.querySelector<HTMLSelectElement>('#lang')!;
  if (pageLang.value !== lang) change(pageLang, lang);
  await until(() => doc.documentElement.lang === lang, 2000, 'the page language');
  const field = (name: string) =>
    doc.querySelector<HTMLSelectElement & HTMLInputElement>(`[name="${name}"]`)!;
  return { win: frame.contentWindow as Window & typeof globalThis, doc, field };
}

function change(input: HTMLSelectElement | HTMLInputElement, value: string | boolean) {
  if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const snippetOf = (doc: Document) => doc.querySelector('#snippet')!.textContent;
const visible = (node: HTMLElement | null) =>
  !!node && !node.hidden && node.getBoundingClientRect().height > 0;

describe('snippet builder for a CMS editor', function () {
  this.timeout(30_000);

  it('previews the element with the snippet’s attributes only, none for empty fields', async () => {
    for (const tag of ['oms-office-list', 'oms-coverage-check']) {
      const { doc } = await openBuilder('ru', tag);
      const preview = doc.querySelector('#preview')!.firstElementChild!;
      expect(preview.localName).to.equal(tag);
      expect(preview.getAttributeNames(), tag).to.deep.equal([]);
      expect(snippetOf(doc).split('\n')[1]).to.equal(`<${tag}></${tag}>`);
    }
  });

  it('defaults to the released version on the CDN, never the builder’s own host', async () => {
    const { doc, field, win } = await openBuilder();
    const [script] = snippetOf(doc).split('\n');
    expect(script).to.equal(`<script type="module" src="${CDN}"></script>`);
    expect(script).to.not.contain(win.location.host);
    change(field('classic'), true);
    expect(snippetOf(doc).split('\n')[0]).to.equal(
      `<script src="${CDN.replace(/\.js$/, '.classic.js')}" defer></script>`,
    );
    // Several widgets on the page: the file of all of them.
    change(field('all'), true);
    expect(snippetOf(doc).split('\n')[0]).to.equal(
      `<script src="${CDN_DIST}/oms-widgets.classic.js" defer></script>`,
    );
    change(field('classic'), false);
    expect(snippetOf(doc).split('\n')[0]).to.equal(
      `<script type="module" src="${CDN_DIST}/oms-widgets.js"></script>`,
    );
    change(field('all'), false);
    change(doc.querySelector<HTMLSelectElement>('#tag')!, 'oms-policy-guide');
    expect(snippetOf(doc).split('\n')[0]).to.equal(
      `<script type="module" src="${CDN_DIST}/cdn/oms-policy-guide.js"></script>`,
    );
    // How to self-host, next to the field that takes the own address.
    const hint = doc.getElementById(field('scriptUrl').getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.contain('dist/oms-widgets.js');
    expect(hint.textContent).to.contain('dist/cdn/');
    expect(hint.textContent).to.contain('jsDelivr');
    change(field('scriptUrl'), 'https://clinic.example/js/oms-widgets.classic.js');
    expect(snippetOf(doc)).to.contain('src="https://clinic.example/js/oms-widgets.classic.js"');
  });

  it('README shows the snippet the builder writes, and every screenshot it names', async () => {
    const readme = await (await fetch('/README.md')).text();
    const { doc, field } = await openBuilder();
    change(field('attr:city'), 'spb');
    change(field('attr:heading-level'), '2');
    const [script, element] = snippetOf(doc).split('\n');
    expect(readme).to.contain(element);
    const src = /src="([^"]+)"/.exec(script)![1];
    expect(readme.replace(/\s+/g, ' ')).to.contain(`src="${src}"`);
    const pictures = [...readme.matchAll(/docs\/screenshots\/[\w-]+\.png/g)].map((m) => m[0]);
    // A desktop and a phone picture of every widget.
    expect(pictures.length).to.equal(TAGS.length * 2);
    for (const picture of pictures) {
      expect((await fetch(`/${picture}`)).status, picture).to.equal(200);
    }
  });

  for (const lang of ['ru', 'en'] as const) {
    it(`labels every field in plain words, without attribute names (${lang})`, async () => {
      const { doc } = await openBuilder(lang);
      for (const tag of ['oms-office-list', 'oms-paid-services', 'oms-coverage-check']) {
        change(doc.querySelector<HTMLSelectElement>('#tag')!, tag);
        const labels = [...doc.querySelectorAll('#attributes label, #tokens label')];
        expect(labels.length, tag).to.be.greaterThan(3);
        for (const label of labels) {
          const words = label.firstChild!.textContent!.trim();
          expect(words, tag).to.not.match(/\(|--oms|^[a-z-]+$/);
        }
        const options = [...doc.querySelectorAll<HTMLOptionElement>('#attributes option')];
        for (const option of options) expect(option.text, tag).to.not.match(/\(|^—$|^auto$/);
      }
    });

    it(`warns of a colour without AA contrast and offers the nearest shade (${lang})`, async () => {
      const { doc, field } = await openBuilder(lang);
      const warning = doc.getElementById('contrast---oms-color-accent');
      change(field('use:--oms-color-accent'), true);
      change(field('token:--oms-color-accent'), '#1d4ed8');
      expect(visible(warning), 'the default accent passes').to.equal(false);
      change(field('token:--oms-color-accent'), '#7fb3ff');
      expect(visible(warning)).to.equal(true);
      expect(field('token:--oms-color-accent').getAttribute('aria-describedby')).to.equal(
        warning!.id,
      );
      expect(warning!.textContent).to.match(lang === 'ru' ? /Мало контраста/ : /Too little/);
      const shade = /#[0-9a-f]{6}/.exec(warning!.querySelector('button')!.textContent)![0];
      expect(shade).to.not.equal('#7fb3ff');
      warning!.querySelector('button')!.click();
      expect(field('token:--oms-color-accent').value).to.equal(shade);
      expect(visible(warning), 'the shade passes').to.equal(false);
      expect(snippetOf(doc)).to.contain(`--oms-color-accent: ${shade}`);
      // Against a background of the widget's own: a dark one makes dark text fail.
      change(field('use:--oms-color-text'), true);
      change(field('use:--oms-color-surface'), true);
      change(field('token:--oms-color-surface'), '#111827');
      expect(visible(doc.getElementById('contrast---oms-color-text'))).to.equal(true);
    });
  }

  it('built, copied and pasted into an empty page, renders the widget', async () => {
    const { doc, field, win } = await openBuilder('ru');
    change(field('attr:city'), 'spb');
    change(field('attr:heading-level'), '2');
    change(field('use:--oms-color-accent'), true);
    change(field('token:--oms-color-accent'), '#0f766e');
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (value: string) => {
          copied = value;
          return Promise.resolve();
        },
      },
    });
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await until(() => copied !== '', 2000, 'the copied code');
    expect(copied).to.contain(CDN);
    // The CDN has no release of this working copy: the page takes the local build.
    const pasted = copied.replace(CDN, `${location.origin}/dist/cdn/oms-office-list.js`);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 600px; height: 600px; border: 0';
    document.body.append(frame);
    frames.push(frame);
    const page = frame.contentDocument!;
    page.open();
    page.write(`<!doctype html><html lang="ru"><body><h1>Клиника</h1>${pasted}</body></html>`);
    page.close();
    const el = () => page.querySelector('oms-office-list');
    await until(
      () => !!el()?.shadowRoot && /Железноводская/.test(text(el()!)),
      5000,
      'the pasted widget',
    );
    expect(el()!.shadowRoot!.querySelector('[role="heading"][aria-level="2"]')).to.not.equal(null);
    const link = el()!.shadowRoot!.querySelector('[part~="map-link"]')!;
    expect(frame.contentWindow!.getComputedStyle(link).color).to.equal('rgb(15, 118, 110)');
  });
});
