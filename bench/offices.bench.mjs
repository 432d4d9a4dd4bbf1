#!/usr/bin/env node
// <oms-office-list> with 10,000 offices, in Debian's Chromium, loading
// dist/oms-widgets.js as a site would: the first render, a filter change and
// one search keystroke (each timed to the end of layout), median and p95, and
// the number of DOM nodes in the shadow root. The dataset is GENERATED for
// this bench (invented cities, insurers, streets, phones, hours, coordinates).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { stats, withPage } from './browser.mjs';

// Both sizes the targets name: 10,000 offices (p95 < 16 ms a keystroke) and 100,000 (< 50 ms).
const SIZES = [10_000, 100_000];
const TARGETS = { 10_000: 16, 100_000: 50 };
let OFFICES = SIZES[0];
const CITIES = 85; // about as many as Russia's regions
const INSURERS = 30;
const ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
];

/** A deterministic PRNG (Park–Miller), so every run measures the same data. */
function random(seed) {
  return () => (seed = (seed * 48271) % 2147483647) / 2147483647;
}

// The bundled sources stay: the rest of the bundled dataset points at them.
const { sources } = JSON.parse(await readFile('data/oms-dataset.json', 'utf8'));

function generate() {
  const next = random(7);
  const int = (n) => Math.floor(next() * n);
  const ru = [
    'ка',
    'ро',
    'ми',
    'те',
    'ла',
    'зо',
    'ну',
    'пи',
    'сер',
    'дол',
    'вак',
    'тра',
    'бор',
    'лес',
  ];
  const en = [
    'ka',
    'ro',
    'mi',
    'te',
    'la',
    'zo',
    'nu',
    'pi',
    'ser',
    'dol',
    'vak',
    'tra',
    'bor',
    'les',
  ];
  const word = () => {
    const parts = Array.from({ length: 2 + int(3) }, () => int(ru.length));
    const name = (list) => parts.map((p) => list[p]).join('');
    return { ru: name(ru), en: name(en) };
  };
  const capital = (text) => text[0].toUpperCase() + text.slice(1);
  const streets = Array.from({ length: 600 }, word);
  const cities = Array.from({ length: CITIES }, (_, i) => ({
    id: `bench-city-${i}`,
    name: { ru: `Бенчград-${i + 1}`, en: `Benchgrad-${i + 1}` },
    timeZone: ZONES[i % ZONES.length],
  }));
  const insurers = Array.from({ length: INSURERS }, (_, i) => ({
    id: `bench-insurer-${i}`,
    name: { ru: `«Бенч-Мед ${i + 1}»`, en: `Bench-Med ${i + 1}` },
  }));
  const offices = Array.from({ length: OFFICES }, (_, i) => {
    const street = streets[int(streets.length)];
    const house = 1 + int(150);
    const office = {
      id: `bench-office-${i}`,
      city: cities[int(CITIES)].id,
      insurer: insurers[int(INSURERS)].id,
      // The words nearly every address has: «ул.», «проспект», «д.».
      address:
        i % 3 === 0
          ? {
              ru: `проспект ${capital(street.ru)}, д. ${house}`,
              en: `${house} ${capital(street.en)} Ave`,
            }
          : {
              ru: `ул. ${capital(street.ru)}, д. ${house}`,
              en: `${house} ${capital(street.en)} St`,
            },
      source: 'bench',
      asOf: '2026-01-01',
    };
    if (next() < 0.5) office.location = { lat: 43 + next() * 25, lon: 20 + next() * 140 };
    if (next() < 0.4) office.phones = [{ number: `+7000${String(i).padStart(7, '0')}` }];
    if (next() < 0.4)
      office.hours = [
        { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' },
        { days: [6], open: '10:00', close: '14:00' },
      ];
    return office;
  });
  return {
    data: {
      schemaVersion: 1,
      sources: [
        ...sources,
        {
          id: 'bench',
          title: { ru: 'Сгенерировано для бенчмарка', en: 'Generated for the bench' },
        },
      ],
      cities,
      insurers,
      offices,
    },
    // What a reader types, letter by letter: street names, and the words every
    // address has («ул.», «проспект», «д.») before a street name.
    typed: [
      streets[0].ru,
      streets[1].ru,
      streets[2].en,
      'ул.',
      'проспект',
      `ул. ${streets[3].ru}`,
      `д. 5`,
    ].flatMap((w) => Array.from({ length: w.length }, (_, n) => w.slice(0, n + 1))),
  };
}

for (const size of SIZES) {
  OFFICES = size;
  const { data, typed } = generate();
  const page = `<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>offices bench</title></head>
<body><script type="module" src="/dist/oms-widgets.js"></script></body></html>`;

  const result = await withPage('/package.json', async (tab) => {
    await tab.setContent(page, { waitUntil: 'load' });
    return tab.evaluate(
      async ({ data, typed, rounds }) => {
        const api = await import('/dist/oms-widgets.js');
        const idle = () =>
          new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 20)));
        const nodes = (root) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
          let all = 0;
          let elements = 0;
          while (walker.nextNode()) {
            all++;
            if (walker.currentNode.nodeType === 1) elements++;
          }
          return { all, elements };
        };
        const settle = async (el) => {
          await el.updateComplete;
          el.shadowRoot.querySelector('ul')?.getBoundingClientRect();
        };

        // First render: a fresh copy of the dataset each round, so nothing is cached.
        const first = [];
        let firstNodes;
        for (let round = 0; round < rounds.first; round++) {
          await api.registerDataset(data);
          globalThis.gc?.();
          await idle();
          const el = document.createElement('oms-office-list');
          const start = performance.now();
          document.body.append(el);
          await settle(el);
          first.push(performance.now() - start);
          firstNodes = nodes(el.shadowRoot);
          el.remove();
          await idle();
        }

        // A mounted list: the index is built while idle, before the reader types.
        await api.registerDataset(data);
        const el = document.createElement('oms-office-list');
        document.body.append(el);
        await settle(el);
        await idle();
        const fresh = await api.registerDataset(data);
        const indexStart = performance.now();
        api.filterOffices(fresh, { query: 'а' });
        const indexBuild = performance.now() - indexStart;
        await api.registerDataset(data);
        await settle(el);
        await idle();
        await idle();

        const root = el.shadowRoot;
        let maxNodes = nodes(root);
        const track = () => {
          const count = nodes(root);
          if (count.all > maxNodes.all) maxNodes = count;
        };
        const filter = [];
        const select = root.querySelector('[part~="city"]');
        for (let round = 0; round < rounds.filter; round++) {
          select.value = round % 5 === 4 ? '' : data.cities[(round * 7) % data.cities.length].id;
          const start = performance.now();
          select.dispatchEvent(new Event('change'));
          await settle(el);
          filter.push(performance.now() - start);
          track();
        }
        select.value = '';
        select.dispatchEvent(new Event('change'));
        await settle(el);

        const keystroke = [];
        const input = root.querySelector('[part~="search"]');
        input.focus();
        for (let round = 0; round < rounds.typing; round++) {
          for (const text of ['', ...typed]) {
            input.value = text;
            const start = performance.now();
            input.dispatchEvent(new Event('input'));
            await settle(el);
            if (text) keystroke.push(performance.now() - start);
            track();
          }
        }
        return {
          first,
          firstNodes,
          filter,
          keystroke,
          maxNodes,
          indexBuild,
          shown: root.querySelectorAll('[part~="office"]').length,
        };
      },
      {
        data,
        typed,
        rounds:
          size > 10_000
            ? { first: 3, filter: 20, typing: 1 }
            : { first: 15, filter: 60, typing: 3 },
      },
    );
  });

  const file = size === SIZES[0] ? 'offices' : `offices-${size / 1000}k`;
  const result2 = {
    name: file,
    offices: OFFICES,
    cities: CITIES,
    insurers: INSURERS,
    officesPerPage: result.shown,
    firstRender: { ...stats(result.first), target: 100 },
    filterChange: { ...stats(result.filter), target: 16 },
    keystroke: { ...stats(result.keystroke), targetP95: TARGETS[size] },
    indexBuild: result.indexBuild,
    domNodes: {
      firstRender: result.firstNodes.all,
      firstRenderElements: result.firstNodes.elements,
      max: result.maxNodes.all,
      maxElements: result.maxNodes.elements,
      target: 1000,
    },
  };
  const ms = (n) => `${n.toFixed(2)} ms`.padStart(10);
  const row = (label, s, target) => {
    const over = s.p95 < target ? '' : '  OVER';
    console.log(`  ${label.padEnd(34)} ${ms(s.median)} ${ms(s.p95)}   < ${target} ms${over}`);
  };
  console.log(
    `offices: ${OFFICES} offices, ${CITIES} cities, ${INSURERS} insurers` +
      '      median        p95   target',
  );
  row(`first render (${result.first.length} runs)`, result2.firstRender, 100);
  row(`filter change (${result.filter.length} runs)`, result2.filterChange, 16);
  row(`search keystroke (${result.keystroke.length} runs)`, result2.keystroke, TARGETS[size]);
  console.log(`  index build (idle, before typing): ${result.indexBuild.toFixed(1)} ms`);
  const { domNodes } = result2;
  console.log(
    `  DOM nodes in the shadow root: ${domNodes.firstRender} at first render` +
      ` (${domNodes.firstRenderElements} elements),` +
      ` at most ${domNodes.max} (${domNodes.maxElements} elements); target < 1000`,
  );
  await mkdir('bench/results', { recursive: true });
  await writeFile(`bench/results/${file}.json`, `${JSON.stringify(result2, null, 2)}\n`);
  if (domNodes.max >= 1000) {
    console.error('offices: too many DOM nodes');
    process.exitCode = 1;
  }
}
