// "Near me": the browser's permission and position are overridden through
// puppeteer (test/support/geolocation-plugin.mjs). TEST fixture data only.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import { registerDataset } from '../../src/data/registry.js';
import type { OmsOfficeList } from '../../src/components/oms-office-list/oms-office-list.js';
import type { Locale } from '../../src/i18n/locale.js';
import { shortDelays } from '../support/delays.js';
import { fixtureIn, shadowText, until } from '../support/fixtures.js';
import { $, $$, live } from '../support/parts.js';
import { stub } from '../support/stub.js';
import { testOffices } from './oms-office-list.fixture.js';

const addresses = (el: Element) =>
  $$(el, '[part~="office"] p:first-of-type').map((p) => p.textContent);
const nearMe = (el: Element) => $<HTMLButtonElement>(el, '[part~="near-me"]')!;

// Next to the (invented) office on Morskaya St in Proversk, UTC+10.
const EAST = { latitude: 43.11, longitude: 131.88 };

describe('<oms-office-list> near me', () => {
  shortDelays();
  let calls: number;
  const geolocation = navigator.geolocation;
  const original = geolocation.getCurrentPosition.bind(geolocation);
  let restore: () => void;
  beforeEach(() => {
    calls = 0;
    // Count the requests, then pass them on to the browser.
    restore = stub(geolocation, 'getCurrentPosition', (...args) => {
      calls++;
      original(...args);
    });
  });
  afterEach(async () => {
    restore();
    void registerDataset(undefined);
    await executeServerCommand('geolocation', { reset: true });
  });

  it('never asks for the location on load, only on the click', async () => {
    await executeServerCommand('geolocation', { grant: true, ...EAST });
    await registerDataset(testOffices());
    const el = await fixtureIn<OmsOfficeList>('ru', html`<oms-office-list></oms-office-list>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls, 'requests on load').to.equal(0);
    expect(nearMe(el).getAttribute('aria-pressed')).to.equal('false');
    nearMe(el).click();
    await until(() => nearMe(el).getAttribute('aria-pressed') === 'true', 3000, 'sorted');
    expect(calls).to.equal(1);
  });

  it('says it is locating while the browser has not answered', async () => {
    await registerDataset(testOffices());
    geolocation.getCurrentPosition = () => calls++; // never answers
    const el = await fixtureIn<OmsOfficeList>('ru', html`<oms-office-list></oms-office-list>`);
    nearMe(el).click();
    await el.updateComplete;
    expect(calls).to.equal(1);
    expect(shadowText(el)).to.include('Определяем местоположение…');
    expect(nearMe(el).getAttribute('aria-pressed')).to.equal('false');
    await until(() => live(el).includes('Определяем местоположение…'), 2000, 'announced');
  });

  for (const locale of ['ru', 'en'] as Locale[]) {
    const t = (ru: string, en: string) => (locale === 'ru' ? ru : en);

    it(
      `sorts by distance with the browser's position, ` +
        `offices without coordinates last (${locale})`,
      async () => {
        await executeServerCommand('geolocation', { grant: true, ...EAST });
        await registerDataset(testOffices());
        const el = await fixtureIn<OmsOfficeList>(
          locale,
          html`<oms-office-list></oms-office-list>`,
        );
        expect(addresses(el)[0]).to.include(t('Ёлочная', 'Yolochnaya'));
        nearMe(el).click();
        await until(() => nearMe(el).getAttribute('aria-pressed') === 'true', 3000, 'sorted');
        const sorted = addresses(el);
        expect(sorted[0]).to.include(t('Морская', 'Morskaya'));
        const km = new RegExp(t('· (\\d+(,\\d)?) км от вас', '· (\\d+(\\.\\d)?) km from you')).exec(
          sorted[0],
        );
        expect(Number(km![1].replace(',', '.')), 'about 2 km').to.be.within(1, 3);
        expect(sorted[1]).to.match(new RegExp(t('· [\\d\\s]+ км от вас', '· [\\d,]+ km from you')));
        expect(sorted[3], 'no coordinates: last, no distance').to.include(
          t('Тестовая', 'Testovaya'),
        );
        expect(sorted[3]).to.not.include(t('км', 'km'));
        expect(shadowText(el)).to.include(t('Сначала ближайшие к вам.', 'Nearest to you first.'));
        await until(
          () => live(el).includes(t('Сначала ближайшие', 'Nearest to you')),
          2000,
          'announced',
        );
        await expect(el).to.be.accessible();
        // A second click goes back to the dataset order.
        nearMe(el).click();
        await el.updateComplete;
        expect(nearMe(el).getAttribute('aria-pressed')).to.equal('false');
        expect(addresses(el)[0]).to.include(t('Ёлочная', 'Yolochnaya'));
      },
    );

    it(`says so when the permission is refused (${locale})`, async () => {
      await executeServerCommand('geolocation', { grant: false });
      await registerDataset(testOffices());
      const el = await fixtureIn<OmsOfficeList>(locale, html`<oms-office-list></oms-office-list>`);
      nearMe(el).click();
      const refused = t('Нет доступа к местоположению.', 'No access to your location.');
      await until(() => shadowText(el).includes(refused), 3000, 'the refusal');
      expect(calls).to.equal(1);
      expect(nearMe(el).getAttribute('aria-pressed')).to.equal('false');
      expect(addresses(el)).to.have.length(4);
      await until(() => live(el).includes(refused), 2000, 'announced');
      await expect(el).to.be.accessible();
    });

    it(`offers "near me" only when an office in view has coordinates (${locale})`, async () => {
      const bundled = await fixtureIn<OmsOfficeList>(
        locale,
        html`<oms-office-list city="spb"></oms-office-list>`,
      );
      expect(addresses(bundled)).to.have.length(5);
      expect($(bundled, '[part~="near-me"]'), 'no office has coordinates').to.equal(null);
      expect(shadowText(bundled)).to.not.include(t('Рядом со мной', 'Near me'));
      await expect(bundled).to.be.accessible();
      bundled.remove(); // else it warns about "spb" once the test data replaces the bundled
      await registerDataset(testOffices());
      const el = await fixtureIn<OmsOfficeList>(
        locale,
        html`<oms-office-list query=${t('Тестовая', 'Testovaya')}></oms-office-list>`,
      );
      expect(addresses(el)).to.have.length(1);
      expect($(el, '[part~="near-me"]'), 'the one office in view has none').to.equal(null);
      el.query = '';
      await el.updateComplete;
      expect(nearMe(el).textContent.trim()).to.equal(t('Рядом со мной', 'Near me'));
      expect(calls, 'no request').to.equal(0);
      await expect(el).to.be.accessible();
    });
  }
});
