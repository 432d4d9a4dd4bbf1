// <oms-paid-services>: the list (article section 5 with the IVF correction),
// search, expand and collapse, compact, the reminder (section 6), data errors,
// keyboard, announcements, 320 px at 200 % text, axe in every state.
import { expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { paidList } from '../../src/core/guide.js';
import { searchPaidList } from '../../src/core/paid-search.js';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { OmsPaidServices } from '../../src/components/oms-paid-services/oms-paid-services.js';
import { shortDelays } from '../support/delays.js';
import { fixtureIn, shadowText, until } from '../support/fixtures.js';
import { $, $$, live } from '../support/parts.js';
import { failToLoad, fitsAt320 } from './oms-paid-guide.support.js';

const data = bundledDataset;
const paid = data.coverage.filter((e) => e.status === 'paid');
// Every paid entry (the article's 13 and the 2026 catalogue's), then IVF.
const all = paid.length + 1;

const items = (el: Element) => $$<HTMLDetailsElement>(el, '[part="item"]');
const titles = (el: Element) =>
  items(el).map((d) => d.querySelector('summary')!.textContent.trim());
const openCount = (el: Element) => items(el).filter((d) => d.open).length;

async function paidEl(locale: Locale = 'ru', compact = false) {
  return fixtureIn<OmsPaidServices>(
    locale,
    html`<oms-paid-services ?compact=${compact}></oms-paid-services>`,
  );
}

async function search(el: OmsPaidServices, text: string) {
  const input = $<HTMLInputElement>(el, '[part="search"]')!;
  input.focus();
  input.select();
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'Backspace' });
  await el.updateComplete;
}

describe('<oms-paid-services>', () => {
  shortDelays();

  it('lists every paid service of the dataset, then IVF as free under OMS', async () => {
    const el = await paidEl();
    const fromArticle = paid.filter((e) => e.source === 'article');
    expect(fromArticle.length, 'the article lists 14, IVF is covered').to.equal(13);
    const shown = titles(el);
    expect(shown.length).to.equal(all);
    for (const [i, entry] of paid.entries()) expect(shown[i]).to.equal(entry.title.ru);
    const ivf = items(el)[paid.length];
    expect(ivf.querySelector('summary')!.textContent).to.contain('ЭКО');
    expect(ivf.querySelector('[part~="verdict"]')!.textContent).to.contain('Бесплатно по ОМС');
    expect(ivf.textContent).to.contain('с 2013 года');
    expect(ivf.querySelector('[part="exception"]')).to.equal(null);
  });

  it('shows each exception in full, and the source of each item', async () => {
    const el = await paidEl();
    for (const [i, entry] of paid.entries()) {
      const item = items(el)[i];
      const exceptions = [...item.querySelectorAll('[part="exception"]')].map((li) =>
        li.textContent.trim(),
      );
      expect(exceptions, entry.id).to.deep.equal((entry.exceptions ?? []).map((e) => e.ru));
      const source = data.sources.find((x) => x.id === entry.source)!;
      expect(item.querySelector('[part="source"]')!.textContent).to.contain(source.title.ru);
    }
    expect(paid.filter((e) => e.exceptions?.length).length).to.be.greaterThan(5);
  });

  it('searches with the shared normalisation: word forms, case, ё, typos, the other layout', () => {
    expect(searchPaidList(data, 'прививки').map((e) => e.id)).to.deep.equal(['vaccination']);
    expect(searchPaidList(data, 'ujvtjgfnbz')[0].id).to.equal('homeopathy');
    expect(searchPaidList(data, 'ЗАИКАНИЕ')[0].id).to.equal('logoneurosis');
    expect(searchPaidList(data, 'путевка')[0].id, 'ё as е').to.equal('sanatorium');
    expect(searchPaidList(data, 'гомеопатя')[0].id, 'a typo').to.equal('homeopathy');
    expect(searchPaidList(data, 'ЭКО').map((e) => e.id)).to.deep.equal(['ivf']);
    expect(searchPaidList(data, 'гемодиализ'), 'budget entries are not on the list').to.deep.equal(
      [],
    );
    expect(searchPaidList(data, ' !? ')).to.deep.equal(paidList(data));
  });

  it(
    'filters the list as the reader types, ' + 'announces the count, and says when nothing matches',
    async () => {
      const el = await paidEl();
      await search(el, 'санатори');
      expect(titles(el)).to.deep.equal(['Санаторно-курортное лечение']);
      await until(() => live(el).startsWith('Найдена 1 услуга.'), 2000, 'the announcement');
      await search(el, 'zzzzzz');
      expect($(el, '[part="list"]')).to.equal(null);
      expect(shadowText(el)).to.contain('Ничего не найдено.');
      expect(shadowText(el)).to.not.contain('Найдено: 0');
      await until(() => live(el).startsWith('Ничего не найдено.'), 2000, 'the announcement');
      await expect(el).to.be.accessible();
      await search(el, '');
      expect(items(el).length).to.equal(all);
    },
  );

  it('opens and closes every item with "expand all", announced by aria-expanded', async () => {
    const el = await paidEl();
    const button = $(el, '[part="expand-all"]')!;
    expect(openCount(el), 'open by default').to.equal(all);
    expect(button.textContent.trim()).to.equal('Свернуть все');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.click();
    await el.updateComplete;
    expect(openCount(el)).to.equal(0);
    expect(button.textContent.trim()).to.equal('Развернуть все');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(openCount(el)).to.equal(all);
  });

  it('works from the keyboard: a summary toggles one item, the button sees it', async () => {
    const el = await paidEl();
    const first = items(el)[0];
    first.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !first.open, 1000, 'the item to close');
    await el.updateComplete;
    const button = $(el, '[part="expand-all"]')!;
    expect(button.textContent.trim(), 'not every item is open now').to.equal('Развернуть все');
    button.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(openCount(el)).to.equal(all);
    // The search field is reached with Tab from the host page.
    (document.activeElement as HTMLElement)?.blur();
    $(el, '[part="search"]')!.focus();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="search"]'));
  });

  it('compact: titles only until an item or "expand all" opens them', async () => {
    const el = await paidEl('ru', true);
    expect(openCount(el)).to.equal(0);
    const box = items(el)[0].getBoundingClientRect();
    expect(box.height, 'one line of title').to.be.lessThan(70);
    expect(
      items(el)[0].querySelector('[part="exception"]')!.checkVisibility(),
      'exception hidden',
    ).to.equal(false);
    await expect(el).to.be.accessible();
    items(el)[0].querySelector('summary')!.click();
    await until(() => items(el)[0].open, 1000, 'the item to open');
    expect(items(el)[0].querySelector('[part="exception"]')!.checkVisibility()).to.equal(true);
    $(el, '[part="expand-all"]')!.click();
    await el.updateComplete;
    expect(openCount(el)).to.equal(all);
    el.compact = false;
    await el.updateComplete;
    el.compact = true;
    await el.updateComplete;
    expect(openCount(el), 'compact again closes them').to.equal(0);
  });

  it('starts with titles only where the element is narrow, open where it is wide', async () => {
    // The test page is wider than 600 px: the element's own width decides.
    expect(innerWidth).to.be.greaterThan(600);
    const box = await fixtureIn<HTMLDivElement & LitElement>(
      'ru',
      html`<div style="width: 400px"><oms-paid-services></oms-paid-services></div>`,
    );
    const inNarrow = box.querySelector<OmsPaidServices>('oms-paid-services')!;
    await inNarrow.updateComplete;
    expect(openCount(inNarrow), 'narrow: closed').to.equal(0);
    const wide = await paidEl();
    expect(openCount(wide), 'wide: open').to.equal(all);
  });

  it('reminds that clinics display their paid services, and where to turn', async () => {
    const el = await paidEl();
    const reminder = $(el, '[part="reminder"]')!;
    expect(reminder.textContent).to.match(
      /обязана вывесить на видном месте список своих платных услуг/,
    );
    for (const channel of data.advice) expect(reminder.textContent).to.contain(channel.title.ru);
  });

  it('fires oms-data-error and shows the error for a bad src', async () => {
    const el = await paidEl();
    await failToLoad(el);
    expect(items(el).length).to.equal(0);
  });

  for (const locale of ['ru', 'en'] as const) {
    it(`is axe-clean in ${locale}, open and compact, and speaks ${locale}`, async () => {
      const el = await paidEl(locale);
      expect(shadowText(el)).to.contain(locale === 'ru' ? 'Исключения:' : 'Exceptions:');
      expect(shadowText(el)).to.contain(paid[0].title[locale]);
      await expect(el).to.be.accessible();
      $(el, '[part="expand-all"]')!.click();
      await el.updateComplete;
      expect(openCount(el)).to.equal(0);
      await expect(el).to.be.accessible();
      const compact = await paidEl(locale, true);
      await expect(compact).to.be.accessible();
      await search(compact, locale === 'ru' ? 'гомеопат' : 'homeopath');
      expect(items(compact).length).to.equal(1);
      await until(
        () => live(compact).startsWith(locale === 'ru' ? 'Найдена 1 услуга.' : '1 service found.'),
        2000,
        'the announcement',
      );
      await expect(compact).to.be.accessible();
    });
  }

  fitsAt320(html`<oms-paid-services style="font-size: 200%"></oms-paid-services>`);
});
