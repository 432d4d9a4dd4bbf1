// Lifecycle: elements moved between documents (one without a window, a
// same-origin iframe) and shadow roots, removed while their data loads,
// added again, and the language switched while a search is typed. No
// uncaught errors, no stale results, styles and locale right where they land.
import { expect, fixture, html } from '@open-wc/testing';
import { searchCoverage } from '../../src/core/coverage-search.js';
import { registerDataset } from '../../src/data/registry.js';
import { setLocale } from '../../src/i18n/locale.js';
import { defineAll, elements } from '../../src/index.js';
import { quietly, withConsole } from '../support/console.js';
import { KNOWN_ISSUES } from './known-issues.js';
import {
  pause,
  stateText,
  requireAttribute,
  settle,
  uncaughtDuring,
  unlessKnown,
  type ElementClass,
} from './support.js';

defineAll();

const STATES: Record<string, Record<string, string>> = {
  'oms-coverage-check': { query: 'гемодиализ' },
  'oms-office-list': { city: 'spb' },
  'oms-policy-guide': { situation: 'child' },
};

function make(element: ElementClass, doc: Document = document): HTMLElement {
  const el = doc.createElement(element.defaultTag);
  for (const [name, value] of Object.entries(STATES[element.defaultTag] ?? {}))
    el.setAttribute(requireAttribute(element, name), value);
  return el;
}

/** The text each element renders in its state, in each locale, on this page. */
async function reference(element: ElementClass, locale: 'ru' | 'en'): Promise<string> {
  const holder = await fixture<HTMLDivElement>(html`<div lang=${locale}></div>`);
  const el = make(element);
  holder.append(el);
  await settle(el);
  const text = stateText(el);
  holder.remove();
  return text;
}

/** The element's own styles apply (its :host rule makes it a block). */
const styled = (el: Element) => getComputedStyle(el).display === 'block';

async function frame(lang: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><body></body></html>`;
  // As wide as the page the texts are compared with: under 600 px the paid list starts collapsed.
  iframe.style.width = '800px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

for (const element of elements) {
  const tag = element.defaultTag;
  describe(`<${tag}> lifecycle`, function () {
    this.timeout(30_000);
    let ru = '';
    let en = '';
    before(async () => {
      ru = await reference(element, 'ru');
      en = await reference(element, 'en');
      expect(ru).to.not.equal(en);
    });

    it(
      'moved into a document without a window and back: ' +
        'no errors, renders and is styled again',
      async function () {
        await unlessKnown(this, KNOWN_ISSUES[`${tag} detached document`], async () => {
          const home = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
          const el = make(element);
          home.append(el);
          await settle(el);
          const errors = await uncaughtDuring(async () => {
            const elsewhere = document.implementation.createHTMLDocument('elsewhere');
            elsewhere.documentElement.lang = 'en';
            elsewhere.body.append(el);
            await settle(el);
            await pause(20);
            home.append(el);
            await settle(el);
          });
          expect(errors).to.deep.equal([]);
          expect(el.ownerDocument).to.equal(document);
          expect(stateText(el)).to.equal(ru);
          expect(styled(el), 'its styles apply again').to.equal(true);
        });
      },
    );

    it(
      'moved into a same-origin iframe: ' +
        'renders in the frame’s language, styled, and back again',
      async function () {
        await unlessKnown(this, KNOWN_ISSUES[`${tag} iframe`], async () => {
          const home = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
          const iframe = await frame('en');
          const el = make(element);
          home.append(el);
          await settle(el);
          try {
            const errors = await uncaughtDuring(async () => {
              iframe.contentDocument!.body.append(el);
              await settle(el);
              expect(stateText(el), 'in the frame').to.equal(en);
              expect(styled(el), 'styled in the frame').to.equal(true);
              home.append(el);
              await settle(el);
            });
            expect(errors).to.deep.equal([]);
            expect(stateText(el), 'back home').to.equal(ru);
            expect(styled(el), 'styled back home').to.equal(true);
          } finally {
            iframe.remove();
          }
        });
      },
    );

    it(
      'created by an iframe’s document (where the tag is unknown) ' +
        'and added here: upgraded and rendered',
      async () => {
        const iframe = await frame('ru');
        try {
          const el = make(element, iframe.contentDocument!);
          expect(el).to.not.be.instanceOf(element);
          const home = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
          home.append(el);
          await settle(el);
          expect(el).to.be.instanceOf(element);
          expect(stateText(el)).to.equal(ru);
        } finally {
          iframe.remove();
        }
      },
    );

    it('first connected in a same-origin iframe: renders there, styled', async function () {
      await unlessKnown(this, KNOWN_ISSUES[`${tag} iframe`], async () => {
        const iframe = await frame('en');
        try {
          const el = make(element);
          const errors = await uncaughtDuring(async () => {
            iframe.contentDocument!.body.append(el);
            await settle(el);
          });
          expect(errors).to.deep.equal([]);
          expect(stateText(el)).to.equal(en);
          expect(styled(el), 'styled in the frame').to.equal(true);
        } finally {
          iframe.remove();
        }
      });
    });

    it('moved between shadow roots: takes the language of each host, styled', async function () {
      await unlessKnown(this, KNOWN_ISSUES[`${tag} shadow roots`], async () => {
        const holder = await fixture<HTMLDivElement>(
          html`<div>
            <div lang="en"></div>
            <div lang="ru"></div>
          </div>`,
        );
        const [english, russian] = [...holder.children].map((host) =>
          host.attachShadow({ mode: 'open' }),
        );
        const el = make(element);
        const errors = await uncaughtDuring(async () => {
          english.append(el);
          await settle(el);
          expect(stateText(el), 'in the English host').to.equal(en);
          russian.append(el);
          await settle(el);
          expect(stateText(el), 'in the Russian host').to.equal(ru);
          expect(styled(el)).to.equal(true);
        });
        expect(errors).to.deep.equal([]);
      });
    });

    it('follows a lang change inside a shadow root it was moved into', async function () {
      await unlessKnown(this, KNOWN_ISSUES[`${tag} lang in shadow root`], async () => {
        const holder = await fixture<HTMLDivElement>(html`<div></div>`);
        const root = holder.attachShadow({ mode: 'open' });
        root.innerHTML = '<section lang="ru"></section>';
        const section = root.querySelector('section')!;
        const el = make(element);
        section.append(el);
        await settle(el);
        expect(stateText(el)).to.equal(ru);
        section.lang = 'en';
        await pause(20);
        await settle(el);
        expect(stateText(el)).to.equal(en);
      });
    });

    it(
      'connected and disconnected 100 times in a row, ' +
        'then left in place: renders once settled',
      async () => {
        const home = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
        const el = make(element);
        const errors = await uncaughtDuring(async () => {
          for (let i = 0; i < 100; i++) {
            home.append(el);
            if (i % 3 === 0) await Promise.resolve();
            el.remove();
          }
          home.append(el);
          await settle(el);
        });
        expect(errors).to.deep.equal([]);
        expect(stateText(el)).to.equal(ru);
      },
    );

    it(
      'removed while its data loads and never added again: ' +
        'no error, no event, no console error',
      async () => {
        const home = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
        const el = make(element);
        el.setAttribute('src', `/__test/slow?ms=200&id=gone-${Math.random()}`);
        home.append(el);
        await settle(el);
        let events = 0;
        el.addEventListener('oms-data-error', () => events++);
        const logged = await withConsole('error', async () => {
          const errors = await uncaughtDuring(async () => {
            el.remove();
            await pause(400);
          });
          expect(errors).to.deep.equal([]);
        });
        expect(events, 'oms-data-error events').to.equal(0);
        expect(logged.calls, 'console errors').to.deep.equal([]);
      },
    );

    it('moved into an iframe while its data loads: finishes loading there', async () => {
      const slow = `/__test/slow?ms=200&id=move-${Math.random()}`;
      const home = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
      const iframe = await frame('ru');
      try {
        const el = make(element);
        el.setAttribute('src', slow);
        home.append(el);
        await settle(el);
        const errors = await uncaughtDuring(async () => {
          iframe.contentDocument!.body.append(el);
          for (let i = 0; i < 100 && el.shadowRoot!.querySelector('[role="status"]'); i++)
            await pause(20);
          await settle(el);
        });
        expect(errors).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), 'an error').to.equal(null);
        expect(stateText(el)).to.equal(ru);
      } finally {
        iframe.remove();
      }
    });
  });
}

describe('<oms-coverage-check> with the language switched mid-search', function () {
  this.timeout(30_000);
  afterEach(() => {
    setLocale('auto');
    void registerDataset(undefined);
  });

  async function searchIn(lang: string): Promise<HTMLElement> {
    const holder = await fixture<HTMLDivElement>(
      html`<div lang=${lang}><oms-coverage-check></oms-coverage-check></div>`,
    );
    const el = holder.firstElementChild as HTMLElement;
    await settle(el);
    return el;
  }

  /** Types `text` into the search field one character at a time, calling `between` after each. */
  async function type(el: HTMLElement, text: string, between: (i: number) => void | Promise<void>) {
    const input = el.shadowRoot!.querySelector('input')!;
    for (let i = 1; i <= text.length; i++) {
      input.value = text.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await between(i);
    }
  }

  /**
   * The element shows the results of `query` in `locale`, and nothing from `stale` queries that is
   * not also a result.
   */
  async function expectResults(
    el: HTMLElement,
    query: string,
    locale: 'ru' | 'en',
    stale: string[],
  ) {
    const titles = searchCoverage(query, { locale, limit: 3 }).map((match) => match.title);
    expect(titles.length, `"${query}" finds something`).to.be.greaterThan(0);
    for (let i = 0; i < 100 && !titles.every((title) => stateText(el).includes(title)); i++)
      await pause(20);
    // Whatever was scheduled for an older query or locale has had its chance to land.
    await pause(300);
    await settle(el);
    const text = stateText(el);
    for (const title of titles) expect(text, `shows «${title}»`).to.include(title);
    const current = new Set(
      searchCoverage(query, { locale, limit: 50 }).map((match) => match.title),
    );
    for (const old of stale) {
      for (const other of ['ru', 'en'] as const) {
        for (const { title } of searchCoverage(old, { locale: other, limit: 3 })) {
          if (!current.has(title))
            expect(text, `a stale result «${title}» (from «${old}», ${other})`).to.not.include(
              title,
            );
        }
      }
    }
    const otherLocale = locale === 'ru' ? 'en' : 'ru';
    for (const { title } of searchCoverage(query, { locale: otherLocale, limit: 3 })) {
      if (!current.has(title))
        expect(text, `a result in the other language «${title}»`).to.not.include(title);
    }
  }

  it(
    'lang changed on the page between keystrokes: ' +
      'the final query’s results, in the final language',
    async () => {
      const el = await searchIn('ru');
      const holder = el.parentElement!;
      const errors = await uncaughtDuring(async () => {
        await type(el, 'ЭКО', () => settle(el));
        await settle(el);
        el.shadowRoot!.querySelector('input')!.value = '';
        await type(el, 'гемодиализ', async (i) => {
          holder.lang = i % 2 ? 'en' : 'ru';
          if (i % 3 === 0) await pause();
        });
        holder.lang = 'en';
      });
      expect(errors).to.deep.equal([]);
      await expectResults(el, 'гемодиализ', 'en', ['ЭКО', 'гемо', 'гемодиа']);
    },
  );

  it('setLocale() between keystrokes, then back to the page’s language', async () => {
    const el = await searchIn('ru');
    const errors = await uncaughtDuring(() =>
      quietly(async () => {
        await type(el, 'скорая', async (i) => {
          setLocale(i % 2 ? 'en' : 'auto');
          if (i % 2) await Promise.resolve();
        });
        setLocale('en');
        await settle(el);
        setLocale('auto');
      }),
    );
    expect(errors).to.deep.equal([]);
    await expectResults(el, 'скорая', 'ru', ['с', 'ск', 'ско']);
  });

  it('a dataset registered while typing: results from the new data only', async () => {
    const el = await searchIn('ru');
    const data = await (await fetch('/data/oms-dataset.json')).json();
    const entry = data.coverage.find((e: any) => /гемодиализ/i.test(e.title.ru));
    entry.title.ru = 'Гемодиализ (обновлённые данные)';
    let registered: Promise<unknown> | undefined;
    await type(el, 'гемодиализ', (i) => {
      if (i === 4) registered = registerDataset(data);
    });
    await registered;
    await expectResults(el, 'гемодиализ', 'ru', []);
    expect(stateText(el)).to.include('обновлённые данные');
  });
});
