#!/usr/bin/env node
// <oms-coverage-check> in Debian's Chromium: from a key press to the results
// painted, per keystroke, for the bundled dataset (target under 16 ms) and,
// for reference, a generated 10,000-entry one. The page loads
// dist/oms-widgets.js as a site would; run `npm run build` first (`npm run
// bench` does).
import { mkdir, writeFile } from 'node:fs/promises';
import { stats, withPage } from './browser.mjs';

// What people type, each query typed key by key into an empty field, then cleared.
const QUERIES = [
  'гемодиализ',
  'ЭКО',
  'ambulance',
  'прививки',
  'ujvtjgfnbz',
  'косметалогия',
  'kidney transplant',
  'зубы',
  'скорая помощь',
  'hemodialisys',
];
const ROUNDS = 3;
const KEY_GAP = 60; // ms between keys: a quick typist

/**
 * In the page: a 10,000-entry dataset made from the bundled one (as
 * bench/search.bench.mjs does).
 */
function registerLarge(count) {
  return import('/dist/oms-widgets.js').then(({ bundledDataset, registerDataset }) => {
    const coverage = [];
    for (let i = 0; i < count; i++) {
      const base = bundledDataset.coverage[i % bundledDataset.coverage.length];
      const tag = (i * 7919).toString(36);
      coverage.push({
        ...base,
        id: `${base.id}-${i}`,
        title: { ru: `${base.title.ru} ${tag}`, en: `${base.title.en} ${tag}` },
        keywords: {
          ru: [...base.keywords.ru, `код${tag}`],
          en: [...base.keywords.en, `code${tag}`],
        },
      });
    }
    return registerDataset({ ...bundledDataset, coverage });
  });
}

/**
 * In the page: times each keystroke from its first event (the event's own
 * time stamp, so input delay counts) to
 * - `work`: the element rendered and laid out (its main-thread cost, which
 *   decides whether the results make the next frame);
 * - `paint`: the end of the first frame after that (a task queued from
 *   requestAnimationFrame runs after the frame's style, layout and paint),
 *   which includes waiting for the display's next frame (60 Hz: up to 16.7 ms);
 * and counts the frames between the key and the one with the results.
 */
function instrument() {
  const el = document.querySelector('oms-coverage-check');
  const log = (window.__log = { paint: [], work: [], frames: [], pending: 0 });
  let frame = 0;
  const tick = () => {
    frame++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  let pressed = 0;
  // beforeinput, not keydown: letters of other layouts arrive as text input with no keydown.
  document.addEventListener('beforeinput', (event) => (pressed = event.timeStamp), true);
  // Bubbling: runs after the element's own input handler has asked for an update.
  document.addEventListener('input', () => {
    const start = pressed;
    const frameAtKey = frame;
    log.pending++;
    el.updateComplete.then(() => {
      el.shadowRoot.lastElementChild.getBoundingClientRect(); // style and layout, now
      log.work.push(performance.now() - start);
      requestAnimationFrame(() => {
        log.frames.push(frame - frameAtKey);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          log.paint.push(performance.now() - start);
          log.pending--;
        };
        channel.port2.postMessage(0);
      });
    });
  });
}

async function measure(large) {
  return withPage('/bench/coverage.bench.mjs', async (page) => {
    // Any page of the server will do: its content is replaced by the element.
    await page.evaluate(async () => {
      document.documentElement.lang = 'ru';
      document.body.replaceChildren(document.createElement('oms-coverage-check'));
      await import('/dist/oms-widgets.js');
      await document.querySelector('oms-coverage-check').updateComplete;
    });
    const poll = { polling: 50 };
    if (large) await page.evaluate(registerLarge, 10_000);
    await page.evaluate(instrument);
    const field = await page.evaluateHandle(() =>
      document.querySelector('oms-coverage-check').shadowRoot.querySelector('input'),
    );
    await field.focus();
    // The first search builds the index: not a keystroke anyone repeats, so outside the timing.
    await page.keyboard.type('а');
    await page.keyboard.press('Backspace');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.evaluate(
      () => (window.__log.paint.length = window.__log.work.length = window.__log.frames.length = 0),
    );
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of QUERIES) {
        for (const key of query) {
          await page.keyboard.type(key);
          await new Promise((resolve) => setTimeout(resolve, KEY_GAP));
        }
        await page.keyboard.down('Control');
        await page.keyboard.press('a');
        await page.keyboard.up('Control');
        await page.keyboard.press('Backspace');
        await new Promise((resolve) => setTimeout(resolve, KEY_GAP));
      }
    }
    await page.waitForFunction(() => window.__log.pending === 0, poll);
    const shown = await page.evaluate(
      () =>
        document
          .querySelector('oms-coverage-check')
          .shadowRoot.querySelectorAll('[part~="result"], [part~="category"]').length,
    );
    if (!shown) throw new Error('nothing rendered');
    const { paint, work, frames } = await page.evaluate(() => window.__log);
    // The frame counter ticks in the same frame before our callback: 1 is the first
    // frame after the key.
    const nextFrame = frames.filter((count) => count <= 1).length / frames.length;
    return { keystrokes: paint.length, work: stats(work), paint: stats(paint), nextFrame };
  });
}

const bundled = await measure(false);
const large = await measure(true);
const result = {
  name: 'coverage',
  keystrokes: bundled.keystrokes,
  bundled: { ...bundled, targetWorkP95: 16 },
  generated10k: large,
};
const ms = (n) => `${n.toFixed(1)} ms`.padStart(9);
const pct = (n) => `${(n * 100).toFixed(0)}%`.padStart(5);
const times = (s) => `${ms(s.median)} ${ms(s.p95)} ${ms(s.max)}`;
console.log(
  `<oms-coverage-check> in Chromium, ${bundled.keystrokes} keystrokes` +
    '         median       p95       max   in next frame',
);
for (const [name, r] of [
  ['bundled', bundled],
  ['10,000 entries', large],
]) {
  console.log(
    `  ${name.padEnd(15)} key → rendered and laid out ${times(r.work)}   ${pct(r.nextFrame)}`,
  );
  console.log(`  ${''.padEnd(15)} key → painted (with vsync)  ${times(r.paint)}`);
}
console.log(
  '  target: key → rendered under 16 ms (one frame) for the bundled dataset,' +
    ' so that the results show in the next frame',
);
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/coverage.json', `${JSON.stringify(result, null, 2)}\n`);
