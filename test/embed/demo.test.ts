// The demo site in a real page: the language, colour-scheme and insurer-theme
// switches, and the snippet builder (attributes, colours, live preview, the
// exact snippet and copying; test/embed/builder.test.ts pastes it into a page).
import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';
import { until } from '../support/fixtures.js';
import { TAGS, text } from './frame.js';

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

async function open(url: string, width = 900, ready: (doc: Document) => boolean = () => true) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 700px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await until(() => ready(doc), 8000, `${url} ready`);
  return { win: frame.contentWindow as Window & typeof globalThis, doc };
}

function choose(select: HTMLSelectElement | HTMLInputElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Runs axe-core inside the frame's own document (shadow roots included). */
async function axeViolations(win: Window & typeof globalThis, doc: Document): Promise<string[]> {
  const frameWindow = win as typeof win & {
    axe?: {
      run: (
        context: Document,
      ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
    };
  };
  if (!frameWindow.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) =>
      script.addEventListener('load', resolve, { once: true }),
    );
    doc.head.append(script);
    await loaded;
  }
  const { violations } = await frameWindow.axe!.run(doc);
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

const cyrillic = (el: Element) => /[а-яё]{4}/i.test(text(el));
const mapLinkColour = (win: Window, scope: ParentNode) =>
  win.getComputedStyle(
    scope.querySelector('oms-office-list')!.shadowRoot!.querySelector('[part~="map-link"]')!,
  ).color;

describe('demo site', function () {
  this.timeout(30_000);

  it(
    'shows every element, and switches language, ' +
      'colour scheme and insurer theme (kept in the address)',
    async () => {
      const allShown = (doc: Document) =>
        TAGS.every((tag) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part]'));
      const { win, doc } = await open('/demo/index.html?lang=en', 900, allShown);
      const widgets = TAGS.map((tag) => doc.querySelector(tag)!);
      expect(widgets.some(cyrillic), 'English from ?lang=en').to.equal(false);

      choose(doc.querySelector<HTMLSelectElement>('#lang')!, 'ru');
      await until(() => widgets.every(cyrillic), 3000, 'Russian widgets');

      choose(doc.querySelector<HTMLSelectElement>('#scheme')!, 'light');
      expect(mapLinkColour(win, doc)).to.equal('rgb(29, 78, 216)');
      choose(doc.querySelector<HTMLSelectElement>('#scheme')!, 'dark');
      expect(mapLinkColour(win, doc), 'dark palette').to.equal('rgb(147, 197, 253)');
      expect(
        win.getComputedStyle(doc.documentElement).backgroundColor,
        'the page goes dark too',
      ).to.equal('rgb(17, 24, 39)');

      const link = doc.querySelector<HTMLLinkElement>('#brand-theme')!;
      const loaded = new Promise((resolve) =>
        link.addEventListener('load', resolve, { once: true }),
      );
      choose(doc.querySelector<HTMLSelectElement>('#brand')!, 'teal');
      await loaded;
      expect(mapLinkColour(win, doc), 'teal, dark variant').to.equal('rgb(94, 234, 212)');
      choose(doc.querySelector<HTMLSelectElement>('#scheme')!, 'light');
      expect(mapLinkColour(win, doc), 'teal, light variant').to.equal('rgb(15, 118, 110)');

      expect(new URL(win.location.href).search).to.equal('?lang=ru&scheme=light&brand=teal');
      choose(doc.querySelector<HTMLSelectElement>('#brand')!, '');
      expect(link.hasAttribute('href')).to.equal(false);
      expect(mapLinkColour(win, doc)).to.equal('rgb(29, 78, 216)');
    },
  );

  for (const [lang, scheme, brand] of [
    ['ru', 'light', ''],
    ['en', 'dark', ''],
    ['ru', 'dark', 'warm'],
    ['en', 'light', 'navy'],
  ]) {
    const theme = brand ? `, ${brand} theme` : '';
    it(`the demo page is axe-clean: ${lang}, ${scheme}${theme}`, async () => {
      const { win, doc } = await open(
        `/demo/index.html?lang=${lang}&scheme=${scheme}&brand=${brand}`,
        900,
        (d) => TAGS.every((tag) => d.querySelector(tag)?.shadowRoot?.querySelector('[part]')),
      );
      await new Promise((resolve) => setTimeout(resolve, 200)); // the theme stylesheet
      expect(await axeViolations(win, doc)).to.deep.equal([]);
    });
  }

  it('fits a 320 px screen', async () => {
    const { doc } = await open('/demo/index.html', 320, (d) =>
      TAGS.every((tag) => d.querySelector(tag)?.shadowRoot?.querySelector('[part]')),
    );
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
  });
});

describe('snippet builder', function () {
  this.timeout(30_000);
  const isReady = (doc: Document) => doc.body?.dataset.ready === 'true';

  async function build() {
    const opened = await open('/demo/builder.html?tag=oms-office-list', 900, isReady);
    const { doc } = opened;
    const field = (name: string) =>
      doc.querySelector<HTMLSelectElement & HTMLInputElement>(`[name="${name}"]`)!;
    choose(field('attr:city'), 'spb');
    choose(field('attr:insurer'), 'rosno-ms');
    choose(field('lang'), 'en');
    const use = field('use:--oms-color-accent');
    use.checked = true;
    use.dispatchEvent(new Event('change', { bubbles: true }));
    choose(field('token:--oms-color-accent'), '#0f766e');
    return { ...opened, field, snippet: doc.querySelector('#snippet')!.textContent };
  }

  it(
    'offers every element and the attributes the issue names, ' + 'with choices from the dataset',
    async () => {
      const { doc } = await open('/demo/builder.html', 900, isReady);
      const tag = doc.querySelector<HTMLSelectElement>('#tag')!;
      expect([...tag.options].map((o) => o.value).sort()).to.deep.equal([...TAGS].sort());
      const names = () =>
        [...doc.querySelectorAll<HTMLInputElement>('#attributes [name]')].map(
          (input) => input.name,
        );
      const expected = {
        'oms-coverage-check': 'attr:limit',
        'oms-office-list': 'attr:insurer',
        'oms-policy-guide': 'attr:situation',
      } as const;
      for (const [name, attribute] of Object.entries(expected)) {
        choose(tag, name);
        expect(names(), name).to.include(attribute);
      }
      choose(tag, 'oms-office-list');
      const city = () => doc.querySelector<HTMLSelectElement>('[name="attr:city"]')!;
      expect([...city().options].map((o) => o.value)).to.include.members(['msk', 'spb']);
      expect(city().closest('label')!.firstElementChild!.textContent).to.equal(
        'Только отделения в городе',
      );
      // The page language switch relabels the fields and keeps what was chosen.
      choose(city(), 'spb');
      choose(doc.querySelector<HTMLSelectElement>('#lang')!, 'en');
      await until(
        () =>
          city().closest('label')!.firstElementChild!.textContent ===
          'Only the offices in this city',
        2000,
        'English labels',
      );
      expect(city().value).to.equal('spb');
      expect(city().selectedOptions[0].text).to.equal('St Petersburg');
    },
  );

  for (const lang of ['ru', 'en']) {
    it(`the builder page is axe-clean (${lang})`, async () => {
      const { win, doc } = await build();
      choose(doc.querySelector<HTMLSelectElement>('#lang')!, lang);
      expect(await axeViolations(win, doc)).to.deep.equal([]);
      // The check itself sees problems, inside the widgets too.
      doc.body.append(Object.assign(doc.createElement('img'), { src: 'data:,' }));
      const link = doc.querySelector('#preview > *')!.shadowRoot!.querySelector('a')!;
      link.style.color = '#eee';
      const found = (await axeViolations(win, doc)).map((v) => v.split(':')[0]);
      expect(found).to.include.members(['image-alt', 'color-contrast']);
    });
  }

  it(
    'shows the live widget with the chosen attributes and colour, ' + 'and the exact snippet',
    async () => {
      const { win, doc, snippet } = await build();
      const cdn = `https://cdn.jsdelivr.net/npm/oms-widgets@${VERSION}/dist`;
      expect(snippet).to.equal(
        `<script type="module" src="${cdn}/cdn/oms-office-list.js"></script>\n` +
          '<oms-office-list city="spb" insurer="rosno-ms" lang="en"' +
          ' style="--oms-color-accent: #0f766e"></oms-office-list>',
      );
      const preview = doc.querySelector('#preview > oms-office-list')!;
      // What is pasted is what is previewed: the same attributes, one by one.
      const template = doc.createElement('template');
      template.innerHTML = snippet.split('\n')[1];
      const pasted = template.content.firstElementChild!;
      expect(preview.getAttribute('city')).to.equal('spb');
      for (const { name, value } of pasted.attributes) {
        if (name === 'style')
          expect(
            win.getComputedStyle(preview).getPropertyValue('--oms-color-accent').trim(),
          ).to.equal('#0f766e');
        else expect(preview.getAttribute(name), name).to.equal(value);
      }
      await until(
        () => /Zheleznovod/.test(text(preview)) && !cyrillic(preview),
        3000,
        'St Petersburg offices in English',
      );
      expect(mapLinkColour(win, doc.querySelector('#preview')!)).to.equal('rgb(15, 118, 110)');

      const classic = doc.querySelector<HTMLInputElement>('[name="classic"]')!;
      classic.checked = true;
      classic.dispatchEvent(new Event('change', { bubbles: true }));
      expect(doc.querySelector('#snippet')!.textContent.split('\n')[0]).to.equal(
        `<script src="${cdn}/cdn/oms-office-list.classic.js" defer></script>`,
      );
    },
  );

  it('copies the snippet with the Clipboard API, and falls back to selecting it', async () => {
    const { win, doc, snippet } = await build();
    const status = doc.querySelector('#copy-status')!;
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
    await until(() => status.textContent !== '', 2000, 'the copy status');
    expect(copied).to.equal(snippet);
    expect(status.textContent, 'in the page’s language').to.equal('Код скопирован.');

    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    doc.execCommand = () => false;
    status.textContent = '';
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await until(() => status.textContent !== '', 2000, 'the fallback status');
    expect(win.getSelection()!.toString()).to.equal(snippet);
    expect(status.textContent).to.match(/выделен: нажмите Ctrl\+C/);
  });
});
