// <oms-office-list>: filters, search, map and phone links, hours, pages, events.
// Datasets with phones, hours and coordinates are TEST fixtures (see the fixture file).
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { registerDataset } from '../../src/data/registry.js';
import type { OmsOfficeList } from '../../src/components/oms-office-list/oms-office-list.js';
import type { OmsDataErrorEvent, OmsOfficeSelectEvent } from '../../src/events.js';
import type { Locale } from '../../src/i18n/locale.js';
import { consoleDuring, withConsole } from '../support/console.js';
import { shortDelays } from '../support/delays.js';
import { fixtureIn, shadowText, until } from '../support/fixtures.js';
import { $, $$, live, parts } from '../support/parts.js';
import {
  manyTestOffices,
  testOffices,
  TEST_CITIES,
  TEST_OFFICES,
} from './oms-office-list.fixture.js';

const offices = (el: Element) => parts(el, 'office');

async function choose(el: OmsOfficeList, part: 'city' | 'insurer', value: string) {
  const select = $<HTMLSelectElement>(el, `[part~="${part}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function type(el: OmsOfficeList, text: string) {
  const input = $<HTMLInputElement>(el, '[part~="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** The ISO weekday (1 = Monday) now in `timeZone`. */
function todayIn(timeZone: string): number {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' }).format(new Date());
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(day) + 1;
}

describe('<oms-office-list>', () => {
  shortDelays();
  afterEach(async () => {
    void registerDataset(undefined);
    // Elements still on the page render the bundled data again (and may warn about it) first.
    await new Promise((resolve) => setTimeout(resolve));
  });
  // After the hook above: warnings from that last render are caught too.
  const warnings = consoleDuring('warn', { each: true });

  for (const locale of ['ru', 'en'] as Locale[]) {
    describe(`in ${locale}`, () => {
      const t = (ru: string, en: string) => (locale === 'ru' ? ru : en);

      it(
        'shows each office: insurer, full address, ' + 'map links in a new tab, phones, hours',
        async () => {
          await registerDataset(testOffices());
          const el = await fixtureIn<OmsOfficeList>(
            locale,
            html`<oms-office-list></oms-office-list>`,
          );
          expect(offices(el)).to.have.length(4);
          const [first, , , last] = offices(el);
          expect(first.querySelector('.heading')!.textContent).to.equal(
            t('«Тест-Альфа»', 'Test-Alpha'),
          );
          expect(first.textContent).to.include(
            t('ул. Ёлочная, 1, Тестград', '1 Yolochnaya St, Testgrad'),
          );
          const maps = [...first.querySelectorAll<HTMLAnchorElement>('[part~="map-link"]')];
          expect(maps.map((a) => a.href)).to.deep.equal([
            'https://yandex.ru/maps/?text=54.7%2C20.5',
            'https://www.openstreetmap.org/search?query=54.7%2C20.5',
          ]);
          for (const a of maps) {
            expect(a.target).to.equal('_blank');
            expect(a.rel).to.include('noopener');
            const description = el.shadowRoot!.getElementById(a.getAttribute('aria-describedby')!)!;
            expect(description.textContent).to.include(
              t('откроется в новой вкладке', 'opens in a new tab'),
            );
          }
          // Without coordinates: a search for the address.
          expect(
            decodeURIComponent(last.querySelector<HTMLAnchorElement>('[part~="map-link"]')!.href),
          ).to.include('ул. Тестовая, 7, Проверск');
          const phones = [...first.querySelectorAll<HTMLAnchorElement>('[part~="phone"]')];
          expect(phones.map((a) => a.getAttribute('href'))).to.deep.equal([
            'tel:+70000000001',
            'tel:+70000000002',
          ]);
          expect(phones.map((a) => a.textContent)).to.deep.equal([
            t('Справочная: ', 'Enquiries: ') + '+7 000 000-00-01',
            '+7 000 000-00-02',
          ]);
          expect(first.querySelector('[part~="hours"]')!.textContent).to.include(
            t('пн–пт 09:00–18:00', 'Mon–Fri 09:00–18:00'),
          );
          // Only where the data has them.
          expect(last.querySelector('[part~="phone"], [part~="hours"]')).to.equal(null);
          expect(offices(el)[1].querySelector('[part~="hours"]')).to.equal(null);
          // All four share one source: it is said once, under the list.
          expect($$(el, '[part~="source"]')).to.have.length(1);
          expect($(el, 'ul + [part~="source"]')!.textContent).to.include(
            t('Тестовые данные', 'Test data'),
          );
          expect(shadowText(el)).to.include(t('4 отделения', '4 offices'));
          await expect(el).to.be.accessible();
        },
      );

      it('says "open now" by the hours in the office’s own time zone', async () => {
        // Open all of today there, or every day but today: the answer does not depend on the hour.
        const [west, east] = TEST_CITIES;
        const todayWest = todayIn(west.timeZone);
        const todayEast = todayIn(east.timeZone);
        await registerDataset(
          testOffices([
            { ...TEST_OFFICES[0], hours: [{ days: [todayWest], open: '00:00', close: '23:59' }] },
            {
              ...TEST_OFFICES[2],
              hours: [
                {
                  days: [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== todayEast),
                  open: '00:00',
                  close: '23:59',
                },
              ],
            },
          ]),
        );
        const el = await fixtureIn<OmsOfficeList>(
          locale,
          html`<oms-office-list></oms-office-list>`,
        );
        const [open, closed] = $$(el, '[part~="hours"]');
        expect(open.textContent).to.include(t('Сейчас открыто', 'Open now'));
        expect(closed.textContent).to.include(t('Сейчас закрыто', 'Closed now'));
        expect(open.textContent).to.include(t('(время местное)', '(local time)'));
        await expect(el).to.be.accessible();
      });

      it('filters by city and insurer with its own controls, and announces the count', async () => {
        await registerDataset(testOffices());
        const el = await fixtureIn<OmsOfficeList>(
          locale,
          html`<oms-office-list></oms-office-list>`,
        );
        await choose(el, 'city', 'test-east');
        expect(offices(el)).to.have.length(2);
        expect(shadowText(el)).to.include(t('2 отделения', '2 offices'));
        await until(
          () => live(el).includes(t('2 отделения', '2 offices')),
          2000,
          'the count announced',
        );
        await choose(el, 'insurer', 'test-beta');
        expect(offices(el).map((li) => li.querySelector('.heading')!.textContent)).to.deep.equal([
          t('«Проба-Мед»', 'Proba-Med'),
        ]);
        await until(() => live(el).includes(t('1 отделение', '1 office')), 2000, 'the singular');
        await expect(el).to.be.accessible();
        await choose(el, 'city', '');
        expect(offices(el)).to.have.length(2);
      });

      it('offers only insurers with an office in the chosen city, and the reverse', async () => {
        const names = (el: OmsOfficeList, part: string) =>
          [...$<HTMLSelectElement>(el, `[part~="${part}"]`)!.options].map((o) => o.value);
        const spb = await fixtureIn<OmsOfficeList>(
          locale,
          html`<oms-office-list city="spb"></oms-office-list>`,
        );
        expect(names(spb, 'insurer')).to.have.members([
          '',
          'kapital-polis-med',
          'rosno-ms',
          'rgs-medicina',
          'gsmk',
          'maks-m',
        ]);
        await expect(spb).to.be.accessible();
        const el = await fixtureIn<OmsOfficeList>(
          locale,
          html`<oms-office-list></oms-office-list>`,
        );
        expect(names(el, 'insurer')).to.have.length(9);
        await choose(el, 'insurer', 'solidarnost');
        expect(names(el, 'city'), 'only Moscow has its office').to.deep.equal(['', 'msk']);
        await choose(el, 'insurer', '');
        await choose(el, 'city', 'msk');
        expect(names(el, 'insurer')).to.have.members([
          '',
          'solidarnost',
          'maks-m',
          'rosno-ms',
          'ingosstrakh-m',
          'sogaz-med',
        ]);
        expect(names(el, 'city'), 'every city has an office of some insurer').to.have.length(3);
        await expect(el).to.be.accessible();
      });

      it('names the office in every link: «ул. Вешняковская, 23 на Яндекс Картах»', async () => {
        const el = await fixtureIn<OmsOfficeList>(
          locale,
          html`<oms-office-list city="msk" limit="1"></oms-office-list>`,
        );
        const links = $$<HTMLAnchorElement>(el, '[part~="office"] a');
        expect(links.map((a) => a.getAttribute('aria-label'))).to.deep.equal([
          t('ул. Вешняковская, 23 на Яндекс Картах', '23 Veshnyakovskaya St on Yandex Maps'),
          t('ул. Вешняковская, 23 на OpenStreetMap', '23 Veshnyakovskaya St on OpenStreetMap'),
        ]);
        // The visible words are part of the name (WCAG 2.5.3), and there are few tab stops.
        for (const a of links) {
          expect(a.getAttribute('aria-label')!.toLowerCase()).to.include(
            a.textContent.trim().toLowerCase(),
          );
        }
        await expect(el).to.be.accessible();
        await registerDataset(testOffices());
        const fixture = await fixtureIn<OmsOfficeList>(
          locale,
          html`<oms-office-list limit="1"></oms-office-list>`,
        );
        const phone = $<HTMLAnchorElement>(fixture, '[part~="phone"]')!;
        expect(phone.getAttribute('aria-label')).to.equal(
          `${phone.textContent.trim()}, ${t('ул. Ёлочная, 1', '1 Yolochnaya St')}`,
        );
      });

      it('searches street, address and insurer like the coverage search', async () => {
        await registerDataset(testOffices());
        const el = await fixtureIn<OmsOfficeList>(
          locale,
          html`<oms-office-list></oms-office-list>`,
        );
        const found = async (query: string) => {
          await type(el, query);
          return offices(el).map((li) => li.querySelector('p')!.textContent.trim());
        };
        expect(await found('елочная')).to.have.length(1);
        expect(await found('tkjxyfz'), 'wrong layout').to.have.length(1);
        expect(await found('ЁЛОЧНВЯ'), 'case, ё and a typo').to.have.length(1);
        expect(await found('Проба'), 'insurer').to.have.length(2);
        expect(await found('Испытателей 10')).to.deep.equal([
          t('просп. Испытателей, 10, Тестград', '10 Ispytateley Ave, Testgrad'),
        ]);
        expect(await found('Гастелло')).to.deep.equal([]);
        expect(shadowText(el)).to.include(t('Ничего не найдено.', 'Nothing found.'));
        await until(
          () => live(el).includes(t('Ничего не найдено.', 'Nothing found.')),
          2000,
          'the empty result announced',
        );
        await expect(el).to.be.accessible();
      });
    });
  }

  it('city and insurer attributes lock the filter and drop its control', async () => {
    await registerDataset(testOffices());
    const el = await fixtureIn<OmsOfficeList>(
      'ru',
      html`<oms-office-list city="test-west" insurer="test-beta"></oms-office-list>`,
    );
    expect($(el, '[part~="city"]')).to.equal(null);
    expect($(el, '[part~="insurer"]')).to.equal(null);
    expect(offices(el)).to.have.length(1);
    expect(offices(el)[0].textContent).to.include('Испытателей');
    el.insurer = undefined;
    await el.updateComplete;
    expect(offices(el)).to.have.length(2);
    expect($(el, '[part~="insurer"]')).to.not.equal(null);
    expect(warnings.calls).to.have.length(0);
  });

  it('an unknown city or insurer falls back to all, with one console warning each', async () => {
    const el = await fixtureIn<OmsOfficeList>(
      'ru',
      html`<oms-office-list city="atlantis" insurer="nobody"></oms-office-list>`,
    );
    expect(offices(el)).to.have.length(10);
    expect($(el, '[part~="city"]'), 'the control is there instead').to.not.equal(null);
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.messages).to.deep.equal([
      '<oms-office-list>: unknown city "atlantis"; showing all.',
      '<oms-office-list>: unknown insurer "nobody"; showing all.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('fires oms-office-select with the office when its map or phone link is opened', async () => {
    await registerDataset(testOffices());
    const el = await fixtureIn<OmsOfficeList>('ru', html`<oms-office-list></oms-office-list>`);
    // No new tab or dialler in the test browser.
    el.shadowRoot!.addEventListener('click', (event) => event.preventDefault(), true);
    const link = offices(el)[2].querySelector<HTMLAnchorElement>('[part~="map-link"]')!;
    setTimeout(() => link.click());
    const event = await oneEvent<OmsOfficeSelectEvent>(el, 'oms-office-select');
    expect(event.office.office.id).to.equal('test-east-morskaya-5');
    expect(event.composed && event.bubbles).to.equal(true);
    setTimeout(() => offices(el)[0].querySelector<HTMLAnchorElement>('[part~="phone"]')!.click());
    expect(
      (await oneEvent<OmsOfficeSelectEvent>(el, 'oms-office-select')).office.office.id,
    ).to.equal('test-west-yolochnaya-1');
    let fired = 0;
    el.addEventListener('oms-office-select', () => fired++);
    offices(el)[0].querySelector<HTMLElement>('.heading')!.click();
    expect(fired, 'not for a click outside a link').to.equal(0);
  });

  it('fires oms-data-error and shows an error for a bad src, never a blank widget', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify({ ...testOffices(), offices: [{ id: 'x' }] })], {
        type: 'application/json',
      }),
    );
    await withConsole('error', async () => {
      const el = await fixtureIn<OmsOfficeList>('en', html`<oms-office-list></oms-office-list>`);
      setTimeout(() => (el.src = url));
      const event = await oneEvent<OmsDataErrorEvent>(el, 'oms-data-error');
      expect(event.kind).to.equal('schema');
      await el.updateComplete;
      expect($(el, '[part~="error"]')!.textContent).to.include('does not match the schema');
      expect(offices(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  it('loads its own offices from src', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(testOffices())], { type: 'application/json' }),
    );
    const el = await fixtureIn<OmsOfficeList>(
      'ru',
      html`<oms-office-list src=${url}></oms-office-list>`,
    );
    await until(() => offices(el).length === 4, 3000, 'the offices from src');
    expect(shadowText(el)).to.include('Ёлочная');
  });

  it('its filter options follow the language, and keep the choice', async () => {
    const el = await fixtureIn<OmsOfficeList>('ru', html`<oms-office-list></oms-office-list>`);
    const city = $<HTMLSelectElement>(el, '[part~="city"]')!;
    const labels = () => [...city.options].map((option) => option.textContent);
    expect(labels()).to.include.members(['Все', 'Москва', 'Санкт-Петербург']);
    await choose(el, 'city', 'spb');
    el.setAttribute('lang', 'en');
    await until(() => labels().includes('St Petersburg'), 2000, 'English city names');
    expect(labels()).to.include.members(['All', 'Moscow']);
    expect([city.value, city.selectedOptions[0].textContent]).to.deep.equal([
      'spb',
      'St Petersburg',
    ]);
    expect(offices(el).length).to.be.greaterThan(0);
    // An insurer with offices in Moscow alone: the city control offers only Moscow.
    await choose(el, 'city', '');
    await choose(el, 'insurer', 'solidarnost');
    expect([...city.options].map((option) => option.value)).to.deep.equal(['', 'msk']);
    expect(city.selectedOptions[0].textContent).to.equal('All');
    await expect(el).to.be.accessible();
  });

  it('its filter options follow a new dataset that renames a city', async () => {
    await registerDataset(testOffices());
    const el = await fixtureIn<OmsOfficeList>('ru', html`<oms-office-list></oms-office-list>`);
    const city = $<HTMLSelectElement>(el, '[part~="city"]')!;
    const labels = () => [...city.options].map((option) => option.textContent);
    expect(labels()).to.include('Проверск');
    await choose(el, 'city', 'test-east');
    const renamed = testOffices();
    renamed.cities = renamed.cities.map((c) =>
      c.id === 'test-east' ? { ...c, name: { ru: 'Новый Проверск', en: 'New Proversk' } } : c,
    );
    await registerDataset(renamed);
    await until(() => labels().includes('Новый Проверск'), 2000, 'the new name');
    expect(labels()).not.to.include('Проверск');
    expect(city.value, 'the choice kept').to.equal('test-east');
  });

  describe('at scale', () => {
    beforeEach(() => registerDataset(testOffices(manyTestOffices(10_000))));

    it(
      'renders one page of 10,000 offices: ' + 'few DOM nodes, positions in the whole set',
      async () => {
        const el = await fixtureIn<OmsOfficeList>('ru', html`<oms-office-list></oms-office-list>`);
        const nodes = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
        let count = 0;
        while (nodes.nextNode()) count++;
        expect(count, 'nodes in the shadow root').to.be.below(1000);
        expect(offices(el)).to.have.length(20);
        expect(offices(el)[0].getAttribute('aria-setsize')).to.equal('10000');
        expect(offices(el)[19].getAttribute('aria-posinset')).to.equal('20');
        expect(shadowText(el)).to.include('10 000 отделений');
        expect(shadowText(el)).to.include('1–20 из 10 000');
        await expect(el).to.be.accessible();
      },
    );

    it('reaches every page from the keyboard, moving focus to the new page', async () => {
      const el = await fixtureIn<OmsOfficeList>(
        'en',
        html`<oms-office-list limit="50"></oms-office-list>`,
      );
      expect(offices(el)).to.have.length(50);
      const [previous, next] = $$<HTMLButtonElement>(el, '.pager button');
      expect(previous.disabled).to.equal(true);
      next.focus();
      await sendKeys({ press: 'Enter' });
      await until(
        () => el.shadowRoot!.activeElement === $(el, '[part~="list"]'),
        2000,
        'focus on the list',
      );
      expect(offices(el)[0].getAttribute('aria-posinset')).to.equal('51');
      expect(shadowText(el)).to.include('51–100 of 10,000');
      // Tab from the list reaches the first link of the new page.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.closest('[part~="office"]')).to.equal(offices(el)[0]);
      await expect(el).to.be.accessible();
      previous.focus();
      await sendKeys({ press: 'Enter' });
      await until(
        () => offices(el)[0].getAttribute('aria-posinset') === '1',
        2000,
        'the first page again',
      );
    });

    it('a new filter starts again from the first page', async () => {
      const el = await fixtureIn<OmsOfficeList>(
        'ru',
        html`<oms-office-list limit="10"></oms-office-list>`,
      );
      $$<HTMLButtonElement>(el, '.pager button')[1].click();
      await el.updateComplete;
      expect(offices(el)[0].getAttribute('aria-posinset')).to.equal('11');
      await choose(el, 'city', 'test-east');
      expect(offices(el)[0].getAttribute('aria-posinset')).to.equal('1');
      expect(offices(el)[0].getAttribute('aria-setsize')).to.equal('5000');
      await type(el, 'Пробная-12, 109');
      expect(offices(el)[0].textContent).to.include('ул. Пробная-12, 109,');
    });
  });

  it('a bad limit falls back to 20 a page', async () => {
    await registerDataset(testOffices(manyTestOffices(30)));
    const el = await fixtureIn<OmsOfficeList>(
      'ru',
      html`<oms-office-list limit="nonsense"></oms-office-list>`,
    );
    expect(offices(el)).to.have.length(20);
    el.limit = 2;
    await el.updateComplete;
    expect(offices(el)).to.have.length(2);
  });

  it('fits 320 px without sideways scrolling', async () => {
    await registerDataset(testOffices());
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixtureIn<OmsOfficeList>('ru', html`<oms-office-list></oms-office-list>`);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('fits 320 px with text at 200%, with "near me" or without it', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    try {
      // The bundled offices have no coordinates (no button); the test ones do.
      for (const data of [undefined, testOffices()]) {
        await registerDataset(data);
        const el = await fixtureIn<OmsOfficeList>(
          'ru',
          html`<oms-office-list style="font-size: 2rem"></oms-office-list>`,
        );
        const wide = [...el.shadowRoot!.querySelectorAll('.filters, .filters *')].filter(
          (node) => node.getBoundingClientRect().right > 320.5,
        );
        expect(!!$(el, '[part="near-me"]'), 'the button').to.equal(!!data);
        expect(wide.map((node) => node.localName + '.' + node.className)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      }
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });
});
