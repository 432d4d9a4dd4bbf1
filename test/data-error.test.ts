import { expect, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { OmsDataErrorEvent } from '../src/events.js';
import { consoleDuring } from './support/console.js';
import { fixtureIn, shadowText, until } from './support/fixtures.js';

// Data files served by the test server for these cases.
const datasetUrl = '/data/oms-dataset.json';

async function badDataUrl(mutate: (data: any) => void): Promise<string> {
  const data = await (await fetch(datasetUrl)).json();
  mutate(data);
  return URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
}

describe('data from src', () => {
  consoleDuring('error', { each: true });

  it('renders a dataset loaded from src', async () => {
    const url = await badDataUrl((data) => (data.offices[0].address.ru = 'ул. Проверочная, 1'));
    const el = await fixtureIn('ru', html`<oms-office-list src=${url}></oms-office-list>`);
    await until(() => shadowText(el).includes('Проверочная'), 3000, 'the loaded office');
  });

  for (const [name, setup, text] of [
    ['a 404', () => Promise.resolve('/data/missing.json'), /ошибкой 404/],
    [
      'invalid JSON',
      () => Promise.resolve(URL.createObjectURL(new Blob(['{"coverage": [']))),
      /не JSON/,
    ],
    [
      'a schema error',
      () => badDataUrl((data) => delete data.coverage[0].title),
      /не соответствует схеме: 1 ошибка/,
    ],
  ] as const) {
    it(`shows a translated error and fires oms-data-error for ${name}`, async () => {
      const url = await setup();
      const el = await fixtureIn('ru', html`<oms-paid-services></oms-paid-services>`);
      const event = oneEvent<OmsDataErrorEvent>(el, 'oms-data-error');
      el.setAttribute('src', url);
      const { kind, issues } = await event;
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'an alert').to.not.equal(null);
      expect(shadowText(el)).to.match(text);
      expect(el.shadowRoot!.querySelector('details'), 'no half-rendered list').to.equal(null);
      if (kind === 'schema') expect(issues[0].path).to.match(/coverage\[0\].*title/);
      await expect(el).to.be.accessible();
    });
  }

  it('says the same in English', async () => {
    const el = await fixtureIn(
      'en',
      html`<oms-policy-guide src="/data/missing.json"></oms-policy-guide>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('[role="alert"]'), 3000, 'the alert');
    expect(shadowText(el)).to.match(/error 404/);
  });

  it('goes back to the bundled data when src is removed', async () => {
    const el = await fixtureIn(
      'ru',
      html`<oms-paid-services src="/data/missing.json"></oms-paid-services>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('[role="alert"]'), 3000, 'the alert');
    el.removeAttribute('src');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('details')).to.not.equal(null);
  });
});
