#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs in turn (each prints its own
// figures and writes bench/results/<name>.json), then gathers the results
// into bench/results.json and prints one table at the end (also written as
// Markdown to bench/results.md, for the README).
//
// `npm run bench -- render memory` runs only the benches whose file names
// contain one of the words (the table still shows every result file).
//
// The table reads each result file generically:
// - `metrics: [{ metric, unit, median, p95 } | { metric, unit, value }]`, each
//   with an optional `target` (an upper bound; `better: 'higher'` makes it a
//   lower bound), `targetP95` (an upper bound on p95) and `ratio`: one row each;
// - otherwise every object with a numeric `median` is a timing row in ms
//   (`targetP95` bounds its p95, `target` or `targetMedian` its median;
//   `entries` is shown in the name), every object with a numeric `value` a
//   value row, and any other number an informative row.
import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';

const only = process.argv.slice(2);
const files = (await readdir('bench'))
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();
const started = Date.now();
const failed = [];
for (const file of files) {
  console.log(`\n▶ bench/${file}`);
  const run = spawnSync(process.execPath, ['--expose-gc', `bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(file);
}

const results = {};
const earlier = [];
for (const file of (await readdir('bench/results').catch(() => []))
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  results[file.replace(/\.json$/, '')] = JSON.parse(
    await readFile(`bench/results/${file}`, 'utf8'),
  );
  const { mtime } = await stat(`bench/results/${file}`);
  if (mtime.getTime() < started)
    earlier.push(`${file} (${mtime.toISOString().slice(0, 16).replace('T', ' ')})`);
}

/** A row: metric, median, p95 or value, target, ratio, result. */
function row({
  metric,
  unit = 'ms',
  median,
  p95,
  value,
  target,
  targetMedian,
  targetP95,
  ratio,
  targetRatio,
  better,
}) {
  const checks = [];
  const bound = (measured, limit, prefix = '') =>
    checks.push({
      text: `${prefix}${better === 'higher' ? '≥' : '≤'} ${format(limit, unit, true)}`,
      pass: better === 'higher' ? measured >= limit : measured <= limit,
    });
  if (typeof median === 'number' && (target ?? targetMedian) !== undefined)
    bound(median, target ?? targetMedian, 'median ');
  if (typeof p95 === 'number' && targetP95 !== undefined) bound(p95, targetP95, 'p95 ');
  if (typeof value === 'number' && target !== undefined) bound(value, target);
  if (typeof ratio === 'number' && targetRatio !== undefined) {
    checks.push({ text: `ratio ≤ ${targetRatio}x`, pass: ratio <= targetRatio });
  }
  return {
    metric,
    median: typeof median === 'number' ? format(median, unit) : '',
    value:
      typeof p95 === 'number'
        ? format(p95, unit)
        : typeof value === 'number'
          ? format(value, unit)
          : '',
    target: checks.map((check) => check.text).join(', '),
    ratio: typeof ratio === 'number' ? `${ratio.toFixed(2)}x` : '',
    result: checks.length === 0 ? '' : checks.every((check) => check.pass) ? 'pass' : 'FAIL',
  };
}

/** `n` in `unit`; `round` for targets (1 ms, not 1.000 ms). */
function format(n, unit, round = false) {
  if (unit === 'ms') return `${round ? n : n < 1 ? n.toFixed(3) : n.toFixed(1)} ms`;
  if (unit === 'B') {
    if (Math.abs(n) >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(round ? 0 : 2)} MB`;
    return Math.abs(n) >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`;
  }
  if (unit === 'x') return `${n.toFixed(2)}x`;
  const text = Number.isInteger(n) ? n.toLocaleString('en') : n.toFixed(3);
  return unit ? `${text} ${unit}` : text;
}

const NOT_FIGURES = new Set([
  'runs',
  'max',
  'entries',
  'target',
  'targetMedian',
  'targetP95',
  'targetRatio',
]);

/** The rows of one result file (see the conventions above). */
function rowsOf(name, result) {
  if (Array.isArray(result.metrics)) return result.metrics.map((metric) => row(metric));
  const rows = [];
  const walk = (value, path) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, item?.name ?? item?.metric ?? String(i)]));
    } else if (value && typeof value === 'object') {
      const entries =
        typeof value.entries === 'number' ? ` (${value.entries.toLocaleString('en')} entries)` : '';
      const label = `${path.join(' › ')}${entries}`;
      if (typeof value.median === 'number') rows.push(row({ ...value, metric: label }));
      else if (typeof value.value === 'number')
        rows.push(row({ unit: '', ...value, metric: label }));
      else for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    } else if (typeof value === 'number' && !NOT_FIGURES.has(path[path.length - 1])) {
      rows.push(row({ metric: path.join(' › '), unit: '', value }));
    }
  };
  walk(Object.fromEntries(Object.entries(result).filter(([key]) => key !== 'name')), [name]);
  return rows;
}

// Size first, render next, memory last; the rest (search, coverage, offices…) by name between.
const rank = (name) => ({ size: 0, render: 1, memory: 3 })[name] ?? 2;
const rows = Object.entries(results)
  .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
  .flatMap(([name, result]) => rowsOf(name, result));
const summary = { date: new Date().toISOString(), node: process.version, results, table: rows };
await writeFile('bench/results.json', `${JSON.stringify(summary, null, 2)}\n`);

const COLUMNS = [
  ['metric', 'metric'],
  ['median', 'median'],
  ['value', 'p95 / value'],
  ['target', 'target'],
  ['ratio', 'ratio'],
  ['result', 'pass/fail'],
];
/** Markdown's column alignment: the metric and the target to the left, figures to the right. */
const alignment = COLUMNS.map(([key]) => (key === 'metric' || key === 'target' ? '---' : '---:'));
const markdown = [
  `| ${COLUMNS.map(([, title]) => title).join(' | ')} |`,
  `| ${alignment.join(' | ')} |`,
  ...rows.map((r) => `| ${COLUMNS.map(([key]) => r[key].replace(/\|/g, '\\|')).join(' | ')} |`),
].join('\n');
await writeFile('bench/results.md', `${markdown}\n`);

const widths = COLUMNS.map(([key, title]) =>
  Math.max(title.length, ...rows.map((r) => r[key].length)),
);
const line = (cells) =>
  cells
    .map((cell, i) => (i === 0 || i === 3 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
    .join('  ');
console.log(`\n═══ bench summary (bench/results.json, bench/results.md) ═══`);
console.log(line(COLUMNS.map(([, title]) => title)));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of rows) console.log(line(COLUMNS.map(([key]) => r[key])));
const checked = rows.filter((r) => r.result);
const missed = checked.filter((r) => r.result === 'FAIL');
const misses = missed.length ? `; missed: ${missed.map((r) => r.metric).join('; ')}` : '';
console.log(`\n${checked.length - missed.length} of ${checked.length} targets met${misses}`);
if (earlier.length) console.log(`from earlier runs: ${earlier.join(', ')}`);
if (failed.length) {
  console.error(`bench: ${failed.join(', ')} failed`);
  process.exit(1);
}
