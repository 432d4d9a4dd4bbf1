#!/usr/bin/env node
// Coverage search latency: median and p95 per query over the bundled dataset
// and over a generated 10,000-entry dataset, and the index build time.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { importTs } from '../scripts/import-ts.mjs';
import { stats } from './browser.mjs';

const { searchCoverage, coverageIndex } = await importTs('src/core/coverage-search.ts');
const bundled = JSON.parse(await readFile('data/oms-dataset.json', 'utf8'));
const { cases } = JSON.parse(await readFile('test/fixtures/coverage-queries.json', 'utf8'));
const extra = JSON.parse(await readFile('test/fixtures/coverage-queries-extra.json', 'utf8')).cases;
// The query mix: the evaluation wordings plus what people type on the way (prefixes).
const queries = [...cases, ...extra].map((c) => c.q);
for (const q of [...queries]) if (q.length > 4) queries.push(q.slice(0, Math.ceil(q.length / 2)));

/** A deterministic PRNG (mulberry32), so every run searches the same data. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(count) {
  const next = random(42);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const syllables = ['ка', 'ро', 'ми', 'те', 'ла', 'зо', 'ну', 'пи', 'сер', 'дол', 'вак', 'тра'];
  const latin = ['ka', 'ro', 'mi', 'te', 'la', 'zo', 'nu', 'pi', 'ser', 'dol', 'vak', 'tra'];
  const word = (parts) =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(parts)).join('');
  const coverage = [];
  for (let i = 0; i < count; i++) {
    const base = bundled.coverage[i % bundled.coverage.length];
    const ru = `${base.title.ru} ${word(syllables)}`;
    const en = `${base.title.en} ${word(latin)}`;
    coverage.push({
      ...base,
      id: `${base.id}-${i}`,
      title: { ru, en },
      keywords: {
        ru: [...base.keywords.ru, word(syllables), word(syllables)],
        en: [...base.keywords.en, word(latin)],
      },
    });
  }
  return { ...bundled, coverage };
}

function measureSearch(dataset, rounds) {
  coverageIndex(dataset); // built once, outside the timing
  for (const q of queries) searchCoverage(q, { dataset }); // warm-up
  const times = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const start = performance.now();
      searchCoverage(q, { dataset, limit: 10 });
      times.push(performance.now() - start);
    }
  }
  return stats(times);
}

const large = generate(10_000);
const builds = [];
for (let i = 0; i < 9; i++) {
  const copy = { ...large, coverage: [...large.coverage] };
  const start = performance.now();
  coverageIndex(copy);
  builds.push(performance.now() - start);
}
const result = {
  name: 'search',
  queries: queries.length,
  bundled: { entries: bundled.coverage.length, ...measureSearch(bundled, 20), targetP95: 1 },
  large: { entries: large.coverage.length, ...measureSearch(large, 3), targetP95: 10 },
  indexBuild10k: { ...stats(builds), target: 200 },
};
const ms = (n) => `${n.toFixed(3)} ms`;
const times = (s) => `${ms(s.median).padStart(10)} ${ms(s.p95).padStart(10)}`;
console.log(`search (${result.queries} queries)             median        p95   target p95`);
console.log(`  bundled (${result.bundled.entries} entries)      ${times(result.bundled)}   < 1 ms`);
console.log(`  generated (${result.large.entries} entries) ${times(result.large)}   < 10 ms`);
console.log(
  `  index build, 10,000 entries: median ${ms(result.indexBuild10k.median)} (target < 200 ms)`,
);
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/search.json', `${JSON.stringify(result, null, 2)}\n`);
