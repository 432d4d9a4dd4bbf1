#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs in turn (each prints its own
// figures and writes bench/results/<name>.json), then gathers the results
// into bench/results.json and prints one table at the end.
import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';

const only = process.argv.slice(2);
const files = (await readdir('bench'))
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();
const failed = [];
for (const file of files) {
  console.log(`\n▶ bench/${file}`);
  const run = spawnSync(process.execPath, ['--expose-gc', `bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(file);
}

const results = {};
for (const file of (await readdir('bench/results').catch(() => [])).filter((f) => f.endsWith('.json')).sort()) {
  results[file.replace(/\.json$/, '')] = JSON.parse(await readFile(`bench/results/${file}`, 'utf8'));
}
const summary = { date: new Date().toISOString(), node: process.version, results };
await writeFile('bench/results.json', `${JSON.stringify(summary, null, 2)}\n`);

// One line a figure: every number found in the results, by path.
function* figures(value, path) {
  if (typeof value === 'number') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* figures(v, `${path}[${v?.name ?? v?.metric ?? i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* figures(v, path ? `${path}.${k}` : k);
}
console.log('\n═══ bench summary (bench/results.json) ═══');
for (const [name, result] of Object.entries(results)) {
  for (const [path, value] of figures(result, name)) {
    console.log(`${path.padEnd(90)} ${Number.isInteger(value) ? value : value.toFixed(3)}`);
  }
}
if (failed.length) {
  console.error(`bench: ${failed.join(', ')} failed`);
  process.exit(1);
}
