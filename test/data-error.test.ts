import { expect, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import { validateDataset } from '../src/data/validate.js';
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

describe('schema issues in words', () => {
  consoleDuring('error', { each: true });

  // What is wrong, and the line each locale shows for it (not zod's "Invalid input").
  const cases: [string, (data: any) => void, string, RegExp, RegExp][] = [
    [
      'a missing field',
      (data) => delete data.coverage[0].title,
      'required',
      /coverage\[0\] "[^"]+" › title: нет обязательного поля/,
      /coverage\[0\] "[^"]+" › title: a required field is missing/,
    ],
    [
      'a wrong type',
      (data) => (data.coverage[0].title = 'Анализы'),
      'type',
      /title: ожидается объект/,
      /title: expected an object/,
    ],
    [
      'a wrong schemaVersion',
      (data) => (data.schemaVersion = 99),
      'version',
      /schemaVersion: виджет понимает только версию схемы 1/,
      /schemaVersion: this widget reads schema version 1 only/,
    ],
    [
      'a value not allowed',
      (data) => (data.coverage[0].status = 'free'),
      'value',
      /status: недопустимое значение; можно: covered, budget, paid/,
      /status: not an allowed value; use one of: covered, budget, paid/,
    ],
  ];
  for (const [name, mutate, code, ru, en] of cases) {
    for (const [locale, line] of [
      ['ru', ru],
      ['en', en],
    ] as const) {
      it(`says what is wrong with ${name} in ${locale}`, async () => {
        const url = await badDataUrl(mutate);
        const el = await fixtureIn(locale, html`<oms-paid-services></oms-paid-services>`);
        const event = oneEvent<OmsDataErrorEvent>(el, 'oms-data-error');
        el.setAttribute('src', url);
        const { kind, issues } = await event;
        await el.updateComplete;
        expect(kind).to.equal('schema');
        // The event's issues keep their English message and gain a code.
        expect(issues.map((issue) => issue.code)).to.deep.equal([code]);
        expect(issues[0].message).to.be.a('string').and.not.equal('');
        const item = el.shadowRoot!.querySelector('[role="alert"] li')!;
        expect(item.textContent.replace(/\s+/g, ' ').trim()).to.match(line);
        expect(shadowText(el)).to.not.contain('Invalid input');
      });
    }
  }
});

describe('schema issues: codes', () => {
  const codes = (mutate: (data: any) => void, data: any) => {
    const copy = structuredClone(data);
    mutate(copy);
    return validateDataset(copy).issues.map(({ code, expected, limit, value }) => ({
      code,
      ...(expected !== undefined && { expected }),
      ...(limit !== undefined && { limit }),
      ...(value !== undefined && { value }),
    }));
  };

  it('gives each issue a code and what it needs to be put into words', async () => {
    const data = await (await fetch(datasetUrl)).json();
    const office = data.offices[0];
    const cases: [(data: any) => void, object][] = [
      [(d) => delete d.asOf, { code: 'required' }],
      [(d) => delete d.schemaVersion, { code: 'required' }],
      [
        (d) => (d.offices[0].location = { lat: '55', lon: 37 }),
        { code: 'type', expected: 'number' },
      ],
      [(d) => (d.guide.changeRule.deadline.day = 1.5), { code: 'type', expected: 'int' }],
      [(d) => (d.sources[0].legal = 'yes'), { code: 'type', expected: 'boolean' }],
      [(d) => (d.offices = {}), { code: 'type', expected: 'array' }],
      [(d) => (d.schemaVersion = 2), { code: 'version', expected: '1' }],
      [(d) => (d.guide.changeRule.deadline.day = 32), { code: 'too-big', limit: 31 }],
      [(d) => (d.guide.changeRule.deadline.month = 0), { code: 'too-small', limit: 1 }],
      [(d) => (d.name.ru = 'я'.repeat(2001)), { code: 'too-long', limit: 2000 }],
      [(d) => (d.guide.situations = []), { code: 'too-few', limit: 1 }],
      [(d) => (d.asOf = '31.01.2025'), { code: 'format', expected: '2025-01-31' }],
      [(d) => (d.asOf = '2025-02-30'), { code: 'date' }],
      [
        (d) => (d.offices[0].hours = [{ days: [1], open: '9:00', close: '18:00' }]),
        {
          code: 'format',
          expected: '09:00',
        },
      ],
      [(d) => (d.name.en = '  '), { code: 'empty' }],
      [(d) => d.offices.push({ ...office }), { code: 'duplicate', value: office.id }],
      [(d) => (d.offices[0].city = 'atlantis'), { code: 'reference', value: 'atlantis' }],
      [
        (d) => (d.cities[0].timeZone = 'Mars/Olympus'),
        { code: 'time-zone', value: 'Mars/Olympus' },
      ],
    ];
    for (const [mutate, issue] of cases)
      expect(codes(mutate, data), mutate.toString()).to.deep.equal([issue]);
  });
});
