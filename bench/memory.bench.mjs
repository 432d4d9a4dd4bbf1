#!/usr/bin/env node
// Memory: every element mounted (in a state that shows data, with a search
// typed and the locale switched), rendered and removed 1,000 times; the JS
// heap after a forced GC (Chromium with --js-flags=--expose-gc) compared
// with the heap after a warm-up, with the DOM node and listener counts.
import { mkdir, writeFile } from 'node:fs/promises';
import { withPage } from './browser.mjs';

const CYCLES = Number(process.env.MEMORY_CYCLES) || 1000;
const TARGET = 1024 * 1024;

const page = `<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><title>memory bench</title></head>
<body>
<div id="host" style="width: 480px"></div>
<script type="module">
import { elements } from '/dist/oms-widgets.js';
const host = document.getElementById('host');
// Attributes that put each element in a state that shows data.
const STATES = {
  'oms-coverage-check': { query: 'гемодиализ' },
  'oms-office-list': { city: 'spb' },
  'oms-policy-guide': { situation: 'working' },
};
async function settle(el) {
  while (!(await el.updateComplete));
}
window.cycle = async (count) => {
  for (let i = 0; i < count; i++) {
    const mounted = elements.map((element) => {
      const el = document.createElement(element.defaultTag);
      const attributes = Object.entries(STATES[element.defaultTag] ?? {});
      for (const [name, value] of attributes) el.setAttribute(name, value);
      host.append(el);
      return el;
    });
    await Promise.all(mounted.map(settle));
    // Use them a little: another search, the other language.
    for (const el of mounted) if ('query' in el) el.query = i % 2 ? 'ЭКО' : 'скорая';
    host.lang = i % 2 ? 'en' : 'ru';
    await Promise.all(mounted.map(settle));
    for (const el of mounted)
      if (!el.shadowRoot.textContent.trim())
        throw new Error('<' + el.localName + '> rendered nothing');
    for (const el of mounted) el.remove();
    host.removeAttribute('lang');
  }
  // Let pending timers (debounced announcements and searches) run out.
  await new Promise((resolve) => setTimeout(resolve, 1500));
};
window.ready = true;
</script>
</body>
</html>`;

const result = await withPage(
  '/memory.html',
  async (tab) => {
    await tab.waitForFunction(() => window.ready);
    const cdp = await tab.createCDPSession();
    const measure = async () => {
      for (let i = 0; i < 3; i++) {
        await tab.evaluate(() => window.gc());
        await cdp.send('HeapProfiler.collectGarbage');
      }
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const counters = await cdp.send('Memory.getDOMCounters');
      return {
        heap: usedSize,
        nodes: counters.nodes,
        listeners: counters.jsEventListeners,
        documents: counters.documents,
      };
    };
    // Warm-up: compiled code, caches and the search index exist before the baseline.
    await tab.evaluate(() => window.cycle(20));
    const before = await measure();
    const start = Date.now();
    await tab.evaluate((count) => window.cycle(count), CYCLES);
    const seconds = (Date.now() - start) / 1000;
    const after = await measure();
    // A further round tells caches (filled once) from leaks (growing with every cycle).
    await tab.evaluate((count) => window.cycle(count), CYCLES);
    const again = await measure();
    return { before, after, again, seconds };
  },
  { pages: { '/memory.html': page } },
);

const growth = result.after.heap - result.before.heap;
const further = result.again.heap - result.after.heap;
const out = {
  name: 'memory',
  cycles: CYCLES,
  before: result.before,
  after: result.after,
  again: result.again,
  metrics: [
    {
      metric: `memory: heap growth after ${CYCLES} mount/remove cycles (after GC)`,
      unit: 'B',
      value: growth,
      target: TARGET,
    },
    {
      metric: `memory: heap growth over ${CYCLES} more cycles (a leak keeps growing)`,
      unit: 'B',
      value: further,
      target: TARGET,
    },
    {
      metric: 'memory: DOM nodes left over',
      unit: '',
      value: result.after.nodes - result.before.nodes,
      target: 0,
    },
    {
      metric: 'memory: event listeners left over',
      unit: '',
      value: result.after.listeners - result.before.listeners,
      target: 0,
    },
  ],
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const seconds = result.seconds.toFixed(1);
console.log(
  `memory (${CYCLES} cycles of mounting, using and removing all four elements, ${seconds} s)`,
);
console.log(
  `  JS heap after GC: ${kb(result.before.heap)} → ${kb(result.after.heap)}: ` +
    `growth ${kb(growth)} (target < ${kb(TARGET)})`,
);
console.log(`  ${CYCLES} more cycles: ${kb(result.again.heap)}: growth ${kb(further)}`);
console.log(
  `  DOM nodes ${result.before.nodes} → ${result.after.nodes};` +
    ` listeners ${result.before.listeners} → ${result.after.listeners}`,
);
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/memory.json', `${JSON.stringify(out, null, 2)}\n`);
