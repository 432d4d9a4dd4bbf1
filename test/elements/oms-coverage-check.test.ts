// <oms-coverage-check>: the search field, browsing by category, each result's
// verdict, conditions, why and advice, the no-match message, events, the
// live region, keyboard use, narrow screens and axe in every state.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { OmsCoverageCheck } from '../../src/index.js';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import '../../src/define.js';
import type { OmsCoverageResultEvent } from '../../src/events.js';
import type { Locale } from '../../src/i18n/locale.js';
import { withConsole } from '../support/console.js';
import { shortDelays } from '../support/delays.js';
import { fixtureIn, shadowText, until } from '../support/fixtures.js';
import { part, parts } from '../support/parts.js';

const SETTLE = 120;
const input = (el: Element) => part<HTMLInputElement>(el, 'search');
const titles = (el: Element) =>
  parts(el, 'result').map((r) => r.querySelector('.heading')!.textContent.trim());
const liveText = (el: Element) =>
  el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent.trim();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const entry = (id: string) => bundledDataset.coverage.find((e) => e.id === id)!;

async function check(locale: Locale, template = html`<oms-coverage-check></oms-coverage-check>`) {
  return fixtureIn<OmsCoverageCheck>(locale, template);
}

/** Types `text` into the field key by key, as a reader does. */
async function type(el: OmsCoverageCheck, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<oms-coverage-check>', () => {
  shortDelays({ announce: 10, settle: SETTLE });
  after(() => setViewport({ width: 800, height: 600 }));

  describe('the search field', () => {
    it('is labelled, with examples in the placeholder in each locale', async () => {
      for (const [locale, label, example] of [
        ['ru', /Услуга/, /гемодиализ/],
        ['en', /Service/, /dialysis/],
      ] as const) {
        const el = await check(locale);
        const field = input(el);
        const labelElement = el.shadowRoot!.querySelector(`label[for="${field.id}"]`);
        expect(labelElement?.textContent).to.match(label);
        expect(field.placeholder).to.match(example);
        expect(field.type).to.equal('search');
      }
    });

    it('prefills the field from the query attribute and searches', async () => {
      const el = await check(
        'ru',
        html`<oms-coverage-check query="гемодиализ"></oms-coverage-check>`,
      );
      expect(input(el).value).to.equal('гемодиализ');
      expect(titles(el)[0]).to.match(/Гемодиализ/);
      el.query = 'ЭКО';
      await el.updateComplete;
      expect(input(el).value).to.equal('ЭКО');
      expect(titles(el)[0]).to.match(/ЭКО/);
    });

    it('shows matches as the reader types, without waiting', async () => {
      const el = await check('ru');
      await type(el, 'гемод');
      expect(titles(el)[0]).to.match(/Гемодиализ/);
      expect(el.query).to.equal('гемод');
    });

    it(
      'keeps what it shows while a word is on its way to matching, ' +
        'then says nothing matched (no flicker)',
      async () => {
        const el = await check('ru');
        await type(el, 'гем');
        const shown = titles(el);
        expect(shown.length).to.be.greaterThan(0);
        // One keystroke: under load, two could be further apart than the
        // shortened pause, and the message would rightly show between them.
        await sendKeys({ type: 'ъ' });
        await el.updateComplete;
        expect(titles(el), 'the previous results, not an empty box').to.deep.equal(shown);
        expect(part(el, 'no-match')).to.equal(undefined);
        await until(() => !!part(el, 'no-match'), 2000, 'the no-match message after a pause');
        expect(parts(el, 'result')).to.have.length(0);
      },
    );

    it('answers an English query on a Russian page in Russian', async () => {
      const el = await check(
        'ru',
        html`<oms-coverage-check query="ambulance"></oms-coverage-check>`,
      );
      expect(titles(el)[0]).to.match(/Скорая/);
      expect(shadowText(el)).to.not.match(/Free under OMS/);
    });

    it('follows a change of language', async () => {
      const el = await check(
        'ru',
        html`<oms-coverage-check query="туберкулёз"></oms-coverage-check>`,
      );
      el.parentElement!.setAttribute('lang', 'en');
      await until(() => /Tuberculosis/.test(titles(el)[0] ?? ''), 2000, 'English titles');
      expect(part(el, 'verdict').textContent).to.match(/Free, but funded from the budget/);
    });

    it('shows at most `limit` results; a bad limit is clamped to 1–100 or defaulted', async () => {
      const el = await check(
        'ru',
        html`<oms-coverage-check query="зубы" limit="2"></oms-coverage-check>`,
      );
      expect(parts(el, 'result')).to.have.length(2);
      const warnings = await withConsole('warn', async () => {
        el.setAttribute('limit', '-3');
        await el.updateComplete;
      });
      expect(warnings.messages.join()).to.match(/limit must be a whole number from 1 to 100/);
      expect(parts(el, 'result'), 'a negative limit is brought up to 1').to.have.length(1);
      el.setAttribute('limit', 'many');
      await el.updateComplete;
      expect(parts(el, 'result').length, 'not a number: the default, 10').to.be.greaterThan(2);
      el.setAttribute('limit', '2');
      await el.updateComplete;
      el.setAttribute('limit', ' ');
      await el.updateComplete;
      expect(parts(el, 'result').length, 'empty: the default, not 1').to.be.greaterThan(2);
    });
  });

  describe('each result', () => {
    const verdicts = [
      ['скорая помощь', 'Бесплатно по ОМС', 'Free under OMS'],
      ['ЭКО', 'Бесплатно по ОМС при условиях', 'Free under OMS when conditions are met'],
      [
        'туберкулёз',
        'Бесплатно, но не по полису ОМС (за счёт бюджета)',
        'Free, but funded from the budget rather than by OMS',
      ],
      ['косметология', 'Может быть платным', 'May be charged for'],
    ] as const;

    for (const [query, ru, en] of verdicts) {
      it(`gives the verdict in words and an icon: «${ru}»`, async () => {
        for (const [locale, words] of [
          ['ru', ru],
          ['en', en],
        ] as const) {
          const el = await check(
            locale,
            html`<oms-coverage-check query=${query}></oms-coverage-check>`,
          );
          const verdict = part(el, 'verdict');
          expect(verdict.textContent.trim()).to.equal(words);
          expect(verdict.querySelector('svg[aria-hidden="true"]'), 'an icon').to.not.equal(null);
        }
      });
    }

    it('lists every condition in full', async () => {
      const el = await check('ru', html`<oms-coverage-check query="ЭКО"></oms-coverage-check>`);
      const text = part(el, 'result').textContent;
      expect(text).to.match(/Условия:/);
      for (const condition of entry('ivf').conditions!) expect(text).to.include(condition.ru);
    });

    it('lists every exception in full', async () => {
      const el = await check(
        'en',
        html`<oms-coverage-check query="vaccination"></oms-coverage-check>`,
      );
      const text = part(el, 'result').textContent;
      expect(text).to.match(/Exceptions:/);
      for (const exception of entry('vaccination').exceptions!)
        expect(text).to.include(exception.en);
    });

    it('gives the waiting time in words, in both locales', async () => {
      for (const [locale, query, words] of [
        [
          'ru',
          'МРТ',
          'Срок — не больше 14 рабочих дней со дня назначения; ' +
            'при подозрении на онкологию или болезнь сердца и сосудов — 7.',
        ],
        [
          'en',
          'MRI',
          'The wait is at most 14 working days from the day it is ordered; ' +
            'if cancer or a heart or vascular disease is suspected, 7.',
        ],
        ['ru', 'скорая', 'Срок — не больше 20 минут с момента вызова.'],
        ['ru', 'терапевт', 'Срок — не больше 24 часов с момента обращения.'],
        [
          'ru',
          'плановая госпитализация',
          'Срок — не больше 14 рабочих дней со дня выдачи направления; при онкологическом ' +
            'заболевании — 7 рабочих дней со дня подтверждения диагноза.',
        ],
      ] as const) {
        const el = await check(
          locale,
          html`<oms-coverage-check query=${query}></oms-coverage-check>`,
        );
        const result = parts(el, 'result')[0];
        const waiting = result.querySelector('[part~="waiting-time"]')!;
        expect(waiting.textContent.replace(/\s+/g, ' ').trim(), query).to.equal(words);
      }
      const el = await check('ru', html`<oms-coverage-check query="ЭКО"></oms-coverage-check>`);
      expect(part(el, 'result').querySelector('[part~="waiting-time"]')).to.equal(null);
    });

    it('says what to do when the wait is missed, and the rights, when asked to pay', async () => {
      for (const locale of ['ru', 'en'] as const) {
        const el = await check(locale, html`<oms-coverage-check query="МРТ"></oms-coverage-check>`);
        const box = part<HTMLDetailsElement>(el, 'pay-or-wait');
        expect(box.querySelector('summary')!.textContent).to.match(
          locale === 'ru' ? /ждать дольше срока/ : /wait longer/,
        );
        const text = box.textContent.replace(/\s+/g, ' ');
        for (const item of bundledDataset.waitingTimes!.whenMissed.items)
          expect(text).to.include(item[locale]);
        for (const item of bundledDataset.rights!.items) expect(text).to.include(item[locale]);
      }
      // Without a waiting time: the rights, but nothing about a missed limit.
      const el = await check('ru', html`<oms-coverage-check query="ЭКО"></oms-coverage-check>`);
      const box = part(el, 'pay-or-wait');
      expect(box.querySelector('[part~="rights"]')).to.not.equal(null);
      expect(box.querySelector('[part~="when-missed"]')).to.equal(null);
    });

    it('says why in a disclosure: the source, the legal basis and the date checked', async () => {
      const el = await check(
        'ru',
        html`<oms-coverage-check query="гемодиализ"></oms-coverage-check>`,
      );
      const why = part<HTMLDetailsElement>(el, 'why');
      expect(why.localName).to.equal('details');
      expect(why.open).to.equal(false);
      const text = why.textContent.replace(/\s+/g, ' ');
      expect(text).to.match(/Почему так\?/);
      expect(text).to.include(entry('haemodialysis').legalBasis!.ru);
      expect(text).to.match(/Программа государственных гарантий/);
      expect(text).to.match(/Проверено 2 декабря 2026\./);
    });

    it(
      'says where to turn when asked to pay, ' +
        'with every covered or budget result and no paid one',
      async () => {
        const el = await check(
          'ru',
          html`<oms-coverage-check query="зубы" limit="20"></oms-coverage-check>`,
        );
        const results = parts(el, 'result');
        const statuses = results.map((r) =>
          r.querySelector('[part~="verdict"]')!.getAttribute('part')!,
        );
        expect(
          statuses.some((s) => /paid/.test(s)) && statuses.some((s) => !/paid/.test(s)),
          'a mix of verdicts',
        ).to.equal(true);
        for (const [i, result] of results.entries()) {
          const advice = result.querySelector('[part~="advice"]');
          if (/paid/.test(statuses[i])) expect(advice, 'no advice on a paid result').to.equal(null);
          else {
            expect(advice, `advice on ${titles(el)[i]}`).to.not.equal(null);
            expect(advice!.closest('details')!.querySelector('summary')!.textContent).to.match(
              /Просят заплатить/,
            );
            for (const channel of bundledDataset.advice)
              expect(advice!.textContent).to.include(channel.title.ru);
          }
        }
      },
    );
  });

  describe('browsing by category', () => {
    it(
      'shows the categories while the field is empty, ' + 'and a category’s entries on a press',
      async () => {
        const el = await check('ru');
        const buttons = parts(el, 'category');
        expect(part(el, 'categories')).to.not.equal(undefined);
        expect(buttons.length).to.equal(bundledDataset.categories.length);
        const dental = buttons.find((b) => /Стоматология/.test(b.textContent))!;
        expect(dental.getAttribute('aria-pressed')).to.equal('false');
        dental.click();
        await el.updateComplete;
        expect(el.category).to.equal('dental');
        expect(dental.getAttribute('aria-pressed')).to.equal('true');
        const expected = bundledDataset.coverage
          .filter((e) => e.category === 'dental')
          .map((e) => e.title.ru);
        expect(titles(el)).to.deep.equal(expected);
        dental.click();
        await el.updateComplete;
        expect(el.category).to.equal('');
        expect(parts(el, 'result')).to.have.length(0);
      },
    );

    it(
      'opens on the category of the category attribute, ' +
        'and hides the categories while searching',
      async () => {
        const el = await check(
          'en',
          html`<oms-coverage-check category="paid"></oms-coverage-check>`,
        );
        expect(titles(el)).to.have.length(
          bundledDataset.coverage.filter((e) => e.category === 'paid').length,
        );
        await type(el, 'ivf');
        expect(part(el, 'categories')).to.equal(undefined);
        expect(titles(el)[0]).to.match(/IVF/);
      },
    );

    it('reports an unknown category and shows them all', async () => {
      const warnings = await withConsole('warn', async () => {
        const el = await check(
          'ru',
          html`<oms-coverage-check category="nope"></oms-coverage-check>`,
        );
        expect(
          parts(el, 'category').every((b) => b.getAttribute('aria-pressed') === 'false'),
        ).to.equal(true);
        expect(parts(el, 'result')).to.have.length(0);
      });
      expect(warnings.messages.join()).to.match(/nope/);
    });
  });

  describe('no match', () => {
    it('says what was searched, where to ask, and offers the categories', async () => {
      const el = await check(
        'ru',
        html`<oms-coverage-check query="абракадабра"></oms-coverage-check>`,
      );
      const box = part(el, 'no-match');
      expect(box.textContent).to.include('«абракадабра»');
      expect(box.querySelector('[part~="advice"]')!.textContent).to.include(
        bundledDataset.advice[1].title.ru,
      );
      const browse = [...box.querySelectorAll('button')].find((b) => /раздел/.test(b.textContent))!;
      browse.click();
      await el.updateComplete;
      expect(el.query).to.equal('');
      expect(part(el, 'categories')).to.not.equal(undefined);
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
    });

    it('answers no generic word alone: it suggests entries, without a verdict', async () => {
      for (const [locale, query] of [
        ['ru', 'операция'],
        ['ru', 'терапия'],
        ['en', 'treatment'],
      ] as const) {
        const el = await check(
          locale,
          html`<oms-coverage-check query=${query}></oms-coverage-check>`,
        );
        expect(parts(el, 'result'), query).to.have.length(0);
        const box = part(el, 'no-match');
        expect(box.querySelectorAll('ul button').length, query).to.be.greaterThan(0);
        expect(box.querySelector('[part~="verdict"]'), query).to.equal(null);
      }
    });

    it('offers the sections when not even a suggestion is near', async () => {
      const el = await check('ru', html`<oms-coverage-check query="ъъъъъ"></oms-coverage-check>`);
      const box = part(el, 'no-match');
      const buttons = [...box.querySelectorAll('ul button')] as HTMLButtonElement[];
      const diagnostics = buttons.find((b) => /Обследования и анализы/.test(b.textContent))!;
      expect(diagnostics, 'a section button').to.not.equal(undefined);
      diagnostics.click();
      await el.updateComplete;
      expect(el.query).to.equal('');
      expect(el.category).to.equal('diagnostics');
      expect(titles(el).length).to.be.greaterThan(0);
    });

    it('suggests the nearest entries, and a suggestion searches for it', async () => {
      const el = await check(
        'ru',
        html`<oms-coverage-check query="гимодеолиз"></oms-coverage-check>`,
      );
      const suggestion = part(el, 'no-match').querySelector('ul button') as HTMLButtonElement;
      expect(suggestion.textContent).to.match(/Гемодиализ/);
      suggestion.click();
      await el.updateComplete;
      expect(titles(el)[0]).to.match(/Гемодиализ/);
      expect(input(el).value).to.match(/Гемодиализ/);
    });
  });

  describe('events', () => {
    it('fires oms-coverage-result once the reader pauses, not on every key', async () => {
      const el = await check('ru');
      const events: OmsCoverageResultEvent[] = [];
      el.addEventListener('oms-coverage-result', (event) => events.push(event));
      await type(el, 'гемодиализ');
      expect(events).to.have.length(0);
      await until(() => events.length > 0, 2000, 'the event');
      await wait(SETTLE * 2);
      expect(events).to.have.length(1);
      expect(events[0].query).to.equal('гемодиализ');
      expect(events[0].matches[0].id).to.equal('haemodialysis');
      expect(events[0].bubbles && events[0].composed).to.equal(true);
    });

    it('fires it for a query set from outside, with no matches too', async () => {
      const el = await check('ru');
      const event = oneEvent<OmsCoverageResultEvent>(el, 'oms-coverage-result');
      el.query = 'абракадабра';
      const { query, matches } = await event;
      expect(query).to.equal('абракадабра');
      expect(matches).to.deep.equal([]);
    });

    it('fires oms-data-error and shows a translated error for bad data', async () => {
      await withConsole('error', async () => {
        const el = await check('ru');
        const event = oneEvent(el, 'oms-data-error');
        el.src = '/data/missing.json';
        await event;
        await el.updateComplete;
        expect(part(el, 'error').textContent).to.match(/404/);
        expect(part(el, 'search')).to.equal(undefined);
        await expect(el).to.be.accessible();
      });
    });
  });

  describe('the live region', () => {
    for (const [limit, ru, en] of [
      [1, '1 результат', '1 result'],
      [2, '2 результата', '2 results'],
      [5, '5 результатов', '5 results'],
    ] as const) {
      it(`announces «${ru}» / "${en}" politely`, async () => {
        for (const [locale, words] of [
          ['ru', ru],
          ['en', en],
        ] as const) {
          const el = await check(
            locale,
            html`<oms-coverage-check limit=${limit}></oms-coverage-check>`,
          );
          const region = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
          expect(region.getAttribute('role')).to.equal('status');
          await type(el, 'лечение');
          await until(() => liveText(el) === words, 2000, `«${words}» in the live region`);
        }
      });
    }

    it('announces that nothing was found, as the message shown says it', async () => {
      const el = await check('ru');
      await type(el, 'абракадабра');
      const said = 'По запросу «абракадабра» ничего не нашлось.';
      await until(() => liveText(el) === said, 2000, 'the no-match announcement');
    });

    it('does not say the same count again while the reader types on', async () => {
      const el = await check('ru');
      await type(el, 'гемодиализ');
      await until(() => /^1 результат/.test(liveText(el)), 2000, 'the first count');
      const region = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
      const before = region.textContent;
      // One more letter, the same one result: nothing new to say.
      await sendKeys({ type: 'а' });
      await wait(300);
      expect(region.textContent).to.equal(before);
    });

    it('opens a section from "nothing found" as a category button does', async () => {
      const el = await check(
        'ru',
        html`<oms-coverage-check query="ывапролд"></oms-coverage-check>`,
      );
      const section = part(el, 'no-match').querySelector<HTMLButtonElement>(
        '[aria-labelledby="sections"] button',
      )!;
      section.click();
      await el.updateComplete;
      const list = part(el, 'results');
      expect(el.shadowRoot!.activeElement, 'focus on the entries').to.equal(list);
      expect(part(el, 'category').getAttribute('aria-pressed')).to.equal('true');
      await until(() => /^\d+ результат/.test(liveText(el)), 2000, 'the count said');
    });
  });

  describe('keyboard', () => {
    it('reaches and opens every disclosure, and presses category buttons', async () => {
      const el = await check('ru');
      input(el).focus();
      await sendKeys({ press: 'Tab' });
      const first = parts(el, 'category')[0];
      expect(el.shadowRoot!.activeElement).to.equal(first);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first.getAttribute('aria-pressed')).to.equal('true');

      await type(el, 'гемодиализ');
      const why = part<HTMLDetailsElement>(el, 'why');
      const advice = part(el, 'result').querySelector('[part~="advice"]')!.closest('details')!;
      // Field → "why" → "asked to pay?", in order.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(why.querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      expect(why.open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      // The source link inside the open disclosure comes first, when there is one.
      if (el.shadowRoot!.activeElement?.localName === 'a') await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(advice.querySelector('summary'));
      await sendKeys({ press: ' ' });
      expect(advice.open).to.equal(true);
    });

    it('reaches the suggestions and the way back to the categories', async () => {
      const el = await check(
        'ru',
        html`<oms-coverage-check query="гимодеолиз"></oms-coverage-check>`,
      );
      input(el).focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.textContent).to.match(/Гемодиализ/);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(titles(el)[0]).to.match(/Гемодиализ/);
    });
  });

  describe('narrow screens and zoom', () => {
    async function fits(el: OmsCoverageCheck, state: string) {
      await el.updateComplete;
      expect(el.scrollWidth, `${state}: content overflows sideways`).to.be.at.most(
        el.clientWidth + 1,
      );
      expect(el.getBoundingClientRect().right, `${state}: wider than the screen`).to.be.at.most(
        window.innerWidth + 1,
      );
    }

    // 320 CSS px is also a 640 px window at 200% zoom; text zoomed to 200% on top is the harder
    // case.
    for (const [fontSize, name] of [
      ['16px', '320 px'],
      ['32px', '320 px with text at 200%'],
    ] as const) {
      it(`fits at ${name} in every state`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await check('ru');
        el.style.fontSize = fontSize;
        await fits(el, 'categories');
        el.category = 'high-tech';
        await fits(el, 'a category');
        el.query = 'гемодиализ';
        await el.updateComplete;
        for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
        await fits(el, 'results, disclosures open');
        el.query = 'МРТ';
        await el.updateComplete;
        for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
        await fits(el, 'a waiting time, what to do and the rights');
        el.query = 'гимодеолиз';
        await fits(el, 'no match');
        el.query = 'ъъъъъ';
        await fits(el, 'no match, the sections');
      });
    }
  });

  describe('accessibility', () => {
    for (const locale of ['ru', 'en'] as const) {
      it(`is axe-clean in every state (${locale})`, async () => {
        const el = await check(locale);
        await expect(el, 'categories').to.be.accessible();
        el.category = 'high-tech';
        await el.updateComplete;
        await expect(el, 'a category').to.be.accessible();
        el.query = locale === 'ru' ? 'ЭКО' : 'IVF';
        await el.updateComplete;
        for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
        await expect(el, 'results, disclosures open').to.be.accessible();
        el.query = locale === 'ru' ? 'МРТ' : 'MRI';
        await el.updateComplete;
        for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
        await expect(el, 'a waiting time, what to do and the rights').to.be.accessible();
        el.query = 'ъъъъъ';
        await el.updateComplete;
        await expect(el, 'no match, the sections').to.be.accessible();
        el.query = 'гимодеолиз';
        await el.updateComplete;
        await expect(el, 'no match with a suggestion').to.be.accessible();
        el.query = 'абракадабра';
        await el.updateComplete;
        await expect(el, 'no match').to.be.accessible();
        el.src = '/__test/hang';
        await el.updateComplete;
        expect(part(el, 'status')).to.not.equal(undefined);
        await expect(el, 'loading').to.be.accessible();
        await withConsole('error', async () => {
          el.src = '/data/missing.json';
          await until(() => !!part(el, 'error'), 3000, 'the error');
          await expect(el, 'data error').to.be.accessible();
        });
      });
    }
  });
});
