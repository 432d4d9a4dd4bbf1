// <oms-waiting-times>: the table of maximum waiting times (CATALOGUE.md, the
// Programme of State Guarantees) in both locales, what to do when a limit is
// missed, its own data, the loading and error states, 320 px and axe.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { OmsWaitingTimes } from '../../src/index.js';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { registerDataset } from '../../src/data/registry.js';
import type { Dataset } from '../../src/data/schema.js';
import type { Locale } from '../../src/i18n/locale.js';
import { fixtureIn, shadowText } from '../support/fixtures.js';
import { $, $$ } from '../support/parts.js';
import { failToLoad, fitsAt320 } from './oms-paid-guide.support.js';

const limits = bundledDataset.waitingTimes!.limits;
const rows = (el: Element) => $$(el, '[part="row"]');
const rowText = (row: Element) => row.textContent.replace(/\s+/g, ' ').trim();

async function waits(locale: Locale = 'ru') {
  return fixtureIn<OmsWaitingTimes>(locale, html`<oms-waiting-times></oms-waiting-times>`);
}

describe('<oms-waiting-times>', () => {
  afterEach(() => registerDataset(undefined));

  it('is a class of its own, defined under its default tag and under another', () => {
    expect(customElements.get('oms-waiting-times')).to.equal(OmsWaitingTimes);
    expect(OmsWaitingTimes.defaultTag).to.equal('oms-waiting-times');
    OmsWaitingTimes.define('my-waiting-times');
    expect(customElements.get('my-waiting-times')).to.not.equal(undefined);
  });

  it('shows every limit of the dataset in words, in a captioned table', async () => {
    const el = await waits('ru');
    const table = $<HTMLTableElement>(el, '[part="table"]')!;
    expect(table.caption!.textContent).to.match(/Предельные сроки ожидания/);
    expect(rows(el)).to.have.length(limits.length);
    for (const [i, row] of rows(el).entries()) {
      expect(row.querySelector('th')!.getAttribute('scope')).to.equal('row');
      expect(rowText(row)).to.include(limits[i].title.ru);
    }
    const text = rows(el).map(rowText).join('\n');
    expect(text).to.include('Срок — не больше 20 минут с момента вызова.');
    expect(text).to.include('Срок — не больше 2 часов с момента обращения.');
    expect(text).to.include('Срок — не больше 24 часов с момента обращения.');
    expect(text).to.include(
      'Срок — не больше 14 рабочих дней со дня выдачи направления; ' +
        'при подозрении на онкологию или болезнь сердца и сосудов — 3.',
    );
    // A caveat of a limit (medium confidence, a region's own limits) is shown with it.
    const notes = $$(el, '[part="note"]').map((n) => n.textContent.trim());
    expect(notes).to.include(limits.find((l) => l.id === 'ambulance')!.note!.ru);
    expect(shadowText(el)).to.match(/Проверено 2 декабря 2026\./);
  });

  it('speaks English on an English page', async () => {
    const el = await waits('en');
    expect($(el, 'caption')!.textContent).to.match(/Maximum waiting times/);
    const text = rows(el).map(rowText).join('\n');
    expect(text).to.include(limits[0].title.en);
    expect(text).to.include('The wait is at most 20 minutes from the call.');
    expect(text).to.include(
      'The wait is at most 14 working days from the day of the referral; ' +
        'for a cancer patient, 7 working days from the day the diagnosis is confirmed.',
    );
    expect(shadowText(el)).to.not.match(/[а-яё]{4}/i);
  });

  it('says what to do when a limit is missed, and where to turn', async () => {
    for (const locale of ['ru', 'en'] as const) {
      const el = await waits(locale);
      const section = $(el, '[part="when-missed-section"]')!;
      const heading = section.querySelector('[role="heading"]')!;
      expect(heading.getAttribute('aria-level')).to.equal('2');
      const text = section.textContent.replace(/\s+/g, ' ');
      for (const item of bundledDataset.waitingTimes!.whenMissed.items)
        expect(text).to.include(item[locale]);
      for (const channel of bundledDataset.advice) expect(text).to.include(channel.title[locale]);
    }
  });

  it('renders a dataset of its own, and says so when it has no waiting times', async () => {
    // Without coverage records, which refer to the bundled limits by id.
    const own: Dataset = {
      ...bundledDataset,
      coverage: [],
      waitingTimes: {
        ...bundledDataset.waitingTimes!,
        limits: [{ ...limits[2], limit: { value: 12, unit: 'hours', from: 'contact' } }],
      },
    };
    await registerDataset(own);
    const el = await waits('ru');
    expect(rows(el)).to.have.length(1);
    expect(rowText(rows(el)[0])).to.include('Срок — не больше 12 часов с момента обращения.');
    await registerDataset({ ...own, waitingTimes: { ...own.waitingTimes!, limits: [] } });
    await el.updateComplete;
    expect($(el, '[part="empty"]')!.textContent).to.match(/нет сроков ожидания/);
    expect(rows(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows loading and a translated data error, and stays axe-clean', async () => {
    const el = await waits('en');
    el.src = '/__test/hang';
    await el.updateComplete;
    expect($(el, '[part="status"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await failToLoad(el);
  });

  for (const locale of ['ru', 'en'] as const) {
    it(`is axe-clean (${locale})`, async () => {
      const el = await waits(locale);
      await expect(el).to.be.accessible();
    });
  }

  fitsAt320(html`<oms-waiting-times></oms-waiting-times>`);

  it('fits at 320 px with text at 200 %, each limit a block of its own', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await waits('ru');
      el.style.fontSize = '32px';
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const right = el.getBoundingClientRect().right;
      for (const node of el.shadowRoot!.querySelectorAll('*'))
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right + 1);
      expect(getComputedStyle(rows(el)[0]).display).to.equal('block');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
