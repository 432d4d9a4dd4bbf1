#!/usr/bin/env node
// Render time: from the evaluation of dist/oms-widgets.js to the first render
// of every element (updates complete, layout done), against a plain-DOM
// baseline in the same page and run that parses the same dataset and sets
// the same markup and styles with innerHTML. The baseline's markup is what
// the elements rendered in a first, unmeasured load, so it follows whatever
// the elements show. Two figures:
// - warm: the same tab reloaded for each run (JIT cold, but the renderer
//   process, its ICU data and the compile caches warm), the figure with a target;
// - cold tab: a new browser context (so a new renderer process) and page for
//   each run, where the first `Intl` formatter and every compile are paid too.
import { mkdir, writeFile } from 'node:fs/promises';
import { stats, withPage } from './browser.mjs';

const RUNS = Number(process.env.RENDER_RUNS) || 20;
const TARGET_RATIO = 1.5;
/** The elements as a page would have them, in states that show data. */
const WIDGETS = [
  '<oms-coverage-check query="гемодиализ"></oms-coverage-check>',
  '<oms-office-list></oms-office-list>',
  '<oms-paid-services></oms-paid-services>',
  '<oms-policy-guide situation="working"></oms-policy-guide>',
  '<oms-waiting-times></oms-waiting-times>',
];

/** `value` as JSON that can sit inside a <script> element. */
const json = (value) => JSON.stringify(value ?? null).replace(/</g, '\\u003c');

const page = (captured, widgets = WIDGETS) => `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>render bench</title>
<style>body { margin: 0; font: 16px/1.4 sans-serif } .col { width: 480px; float: left }</style>
</head>
<body>
<div class="col" id="plain">${'<div></div>'.repeat(widgets.length)}</div>
<div class="col" id="widgets">${widgets.join('\n')}</div>
<script type="application/json" id="captured">${json(captured)}</script>
<script type="module">
const BUNDLE = '/dist/oms-widgets.js';
const pause = () => new Promise((resolve) => setTimeout(resolve, 30));
// Fetch and parse the bundle first (modulepreload): the clock starts at its evaluation.
await new Promise((resolve, reject) =>
  document.head.append(
    Object.assign(document.createElement('link'), {
      rel: 'modulepreload',
      href: BUNDLE,
      onload: resolve,
      onerror: reject,
    }),
  ),
);
const dataText = await (await fetch('/data/oms-dataset.json')).text();
const captured = JSON.parse(document.getElementById('captured').textContent);
await pause();

let plain = null;
if (captured) {
  // Plain DOM: the same data parsed, the same markup and styles set with innerHTML.
  const start = performance.now();
  const data = JSON.parse(dataText);
  const hosts = document.querySelectorAll('#plain > div');
  captured.forEach(({ css, markup }, i) => {
    hosts[i].attachShadow({ mode: 'open' }).innerHTML = '<style>' + css + '</style>' + markup;
  });
  document.body.offsetHeight; // style and layout
  plain = performance.now() - start;
  if (!data.coverage.length) throw new Error('no data');
  await pause();
}

const start = performance.now();
await import(BUNDLE);
const evaluated = performance.now() - start;
const elements = [...document.querySelectorAll('#widgets > *')];
await Promise.all(elements.map(async (el) => { while (!(await el.updateComplete)); }));
document.body.offsetHeight;
const widgets = performance.now() - start;

const text = (root) =>
  [...root.childNodes]
    .filter((node) => node.nodeName !== 'STYLE' && node.nodeType !== Node.COMMENT_NODE)
    .map((node) => node.textContent)
    .join('')
    .replace(/\\s+/g, ' ')
    .trim();
const cssOf = (root) =>
  root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('\\n') +
  [...root.querySelectorAll('style')].map((style) => style.textContent).join('\\n');
window.__result = {
  plain,
  widgets,
  evaluated,
  capture: elements.map((el) => ({
    tag: el.localName,
    css: cssOf(el.shadowRoot),
    markup: el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''),
    text: text(el.shadowRoot).length,
  })),
  plainText: [...document.querySelectorAll('#plain > div')].reduce(
    (n, host) => n + (host.shadowRoot ? text(host.shadowRoot).length : 0),
    0,
  ),
};
</script>
</body>
</html>`;

const pages = { '/render.html': page(null) };
const result = await withPage(
  '/render.html',
  async (tab) => {
    const wait = (target = tab) =>
      target
        .waitForFunction(() => window.__result, { timeout: 30_000 })
        .then(() => target.evaluate(() => window.__result));
    const first = await wait();
    for (const { tag, text } of first.capture)
      if (!text) throw new Error(`<${tag}> rendered no text`);
    pages['/render.html'] = page(first.capture.map(({ css, markup }) => ({ css, markup })));
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      await tab.reload({ waitUntil: 'load' });
      runs.push(await wait());
    }
    // Cold: each run in a new browser context, whose pages get a renderer process of their own.
    const cold = [];
    const url = tab.url();
    for (let i = 0; i < RUNS; i++) {
      const context = await tab.browser().createBrowserContext();
      try {
        const fresh = await context.newPage();
        await fresh.setViewport(tab.viewport());
        const errors = [];
        fresh.on('pageerror', (error) => errors.push(String(error)));
        await fresh.goto(url, { waitUntil: 'load' });
        cold.push(await wait(fresh));
        if (errors.length) throw new Error(`errors in a cold tab:\n${errors.join('\n')}`);
      } finally {
        await context.close();
      }
    }
    // The bundle alone: evaluated and its tags defined on a page without any of them.
    pages['/render.html'] = page(null, []);
    const bare = [];
    for (let i = 0; i < RUNS; i++) {
      await tab.reload({ waitUntil: 'load' });
      bare.push(await wait());
    }
    return { first, runs, cold, bare };
  },
  { pages },
);

const widgets = stats(result.runs.map((run) => run.widgets));
const plain = stats(result.runs.map((run) => run.plain));
const coldWidgets = stats(result.cold.map((run) => run.widgets));
const coldPlain = stats(result.cold.map((run) => run.plain));
const evaluated = stats(result.bare.map((run) => run.evaluated));
const widgetText = result.first.capture.reduce((n, c) => n + c.text, 0);
for (const run of [result.runs[0], result.cold[0]]) {
  if (run.plainText !== widgetText)
    throw new Error(`the baseline shows ${run.plainText} characters, the elements ${widgetText}`);
}
const ratio = widgets.median / plain.median;
const coldRatio = coldWidgets.median / coldPlain.median;
const out = {
  name: 'render',
  runs: RUNS,
  elements: result.first.capture.map((c) => c.tag),
  textCharacters: widgetText,
  metrics: [
    {
      metric: 'render, warm (tab reloaded): bundle evaluation to every element rendered',
      unit: 'ms',
      median: widgets.median,
      p95: widgets.p95,
      ratio,
      targetRatio: TARGET_RATIO,
    },
    {
      metric: 'render, cold tab (new browser context): bundle evaluation to every element rendered',
      unit: 'ms',
      median: coldWidgets.median,
      p95: coldWidgets.p95,
      ratio: coldRatio,
    },
    {
      metric: 'render: evaluating the bundle alone (no element on the page)',
      unit: 'ms',
      median: evaluated.median,
      p95: evaluated.p95,
    },
    {
      metric: 'render, warm: plain-DOM baseline (JSON.parse + innerHTML)',
      unit: 'ms',
      median: plain.median,
      p95: plain.p95,
    },
    {
      metric: 'render, cold tab: plain-DOM baseline (JSON.parse + innerHTML)',
      unit: 'ms',
      median: coldPlain.median,
      p95: coldPlain.p95,
    },
  ],
};
const ms = (n) => `${n.toFixed(2)} ms`.padStart(10);
console.log(
  `render (${RUNS} page loads each, Chromium; ${widgetText} characters of text in both)` +
    '   median        p95',
);
for (const [name, s] of [
  ['warm: elements, evaluation to first render', widgets],
  ['warm: plain DOM baseline', plain],
  ['cold tab: elements', coldWidgets],
  ['cold tab: plain DOM baseline', coldPlain],
  ['bundle evaluated alone (no elements)', evaluated],
]) {
  console.log(`  ${name.padEnd(44)} ${ms(s.median)} ${ms(s.p95)}`);
}
console.log(`  warm ratio elements / plain DOM: ${ratio.toFixed(2)}x (target ≤ ${TARGET_RATIO}x)`);
console.log(`  cold-tab ratio elements / plain DOM: ${coldRatio.toFixed(2)}x`);
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/render.json', `${JSON.stringify(out, null, 2)}\n`);
