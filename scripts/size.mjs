#!/usr/bin/env node
// The size gate (`npm run size`, part of `npm test`): brotli size of every
// file a page loads, against its budget, and how much of it is data. Exits
// non-zero when a budget is exceeded. Sizes are deterministic, so this gates CI.
//
// Rows:
// - the all-in-one files, dist/oms-widgets.js and .classic.js;
// - each per-tag CDN file, dist/cdn/<tag>.js and .classic.js;
// - each per-tag npm entry, `oms-widgets/<tag>/define` bundled as an app
//   would ship it (minified, dependencies inside);
// - the validator chunk, which a page loads only for `src` or
//   `registerDataset()`.
// "code" is the same file built again with every bundled data value stubbed
// out; "data" is the difference: the data's share of the file.
import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import config from '../rollup.config.mjs';

const KB = 1024;
const CODE = 14 * KB;
/**
 * Budgets in brotli bytes (issue 16). A per-tag file's code, its data
 * stubbed out, stays within CODE; the all-in-one file within the brotli
 * size of the dataset file itself plus ALL_IN_ONE_CODE. The coverage check
 * and the waiting times have no budget of their own: CODE plus their data.
 */
const ALL_IN_ONE_CODE = 20 * KB;
const TAG_BUDGETS = {
  'oms-office-list': 18 * KB,
  'oms-policy-guide': 16 * KB,
  'oms-paid-services': 20 * KB,
};
const VALIDATOR = 10 * KB;

export const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Replaces every bundled data value (a `JSON.parse` of a literal) with `null`. */
const stubData = {
  name: 'stub-data',
  transform(code, id) {
    if (!id.includes('/data/generated/')) return null;
    return {
      code: code.replace(/JSON\.parse\("(?:[^"\\]|\\.)*"\)/g, 'JSON.parse("null")'),
      map: null,
    };
  },
};

/** Builds one of rollup.config.mjs's single files again, in memory. */
async function rebuild(file, extra = []) {
  const options = config.find((entry) =>
    [entry.output].flat().some((output) => output.file === file),
  );
  if (!options) throw new Error(`size: rollup.config.mjs builds no ${file}`);
  const output = [options.output].flat().find((o) => o.file === file);
  const build = await rollup({ ...options, plugins: [...extra, ...options.plugins] });
  const { output: chunks } = await build.generate({ ...output, sourcemap: false });
  await build.close();
  return chunks[0].code;
}

/** Bundles `input` (a dist/ module) with its dependencies, minified, as an app would. */
export async function bundle(input, extra = []) {
  const build = await rollup({
    input,
    plugins: [
      ...extra,
      nodeResolve({ exportConditions: ['browser', 'import', 'default'] }),
      terser({ module: true, format: { comments: false } }),
    ],
    // The validator stays a chunk of its own, as an app's bundler keeps it.
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output
    .filter((chunk) => chunk.type === 'chunk' && !chunk.fileName.startsWith('check'))
    .map((chunk) => chunk.code)
    .join('\n');
}

/** The budget of a per-tag file: its own, or CODE plus its data. */
const tagBudget = (tag, data) => TAG_BUDGETS[tag] ?? CODE + data;

export async function measure() {
  const rows = [];
  const add = (row) => rows.push({ ...row, data: row.brotli - row.code });
  const sizes = (code) => ({ raw: code.length, gzip: gzip(code), brotli: brotli(code) });
  const datasetBrotli = brotli(
    JSON.stringify(JSON.parse(await readFile('data/oms-dataset.json', 'utf8'))),
  );
  for (const file of ['dist/oms-widgets.js', 'dist/oms-widgets.classic.js']) {
    add({
      name: file,
      ...sizes(await readFile(file)),
      code: brotli(await rebuild(file, [stubData])),
      budget: datasetBrotli + ALL_IN_ONE_CODE,
      codeBudget: ALL_IN_ONE_CODE,
    });
  }
  const tags = (await readdir('src/components')).sort();
  for (const tag of tags) {
    for (const file of [`dist/cdn/${tag}.js`, `dist/cdn/${tag}.classic.js`]) {
      const row = { name: file, ...sizes(await readFile(file)) };
      row.code = brotli(await rebuild(file, [stubData]));
      add({ ...row, budget: tagBudget(tag, row.brotli - row.code), codeBudget: CODE });
    }
  }
  for (const tag of tags) {
    const input = `dist/components/${tag}/define.js`;
    const row = { name: `oms-widgets/${tag}/define (bundled)`, ...sizes(await bundle(input)) };
    row.code = brotli(await bundle(input, [stubData]));
    add({ ...row, budget: tagBudget(tag, row.brotli - row.code), codeBudget: CODE });
  }
  const validator = await readFile('dist/oms-widgets.validate.js');
  add({
    name: 'dist/oms-widgets.validate.js (on demand)',
    ...sizes(validator),
    code: brotli(validator),
    budget: VALIDATOR,
  });
  return { rows, datasetBrotli };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** The rows as a Markdown table (README's "Size" section). */
export function table(rows) {
  const lines = [
    '| file | brotli | code | data | budget (code) | gzip |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const code = row.codeBudget ? ` (${kb(row.codeBudget)})` : '';
    lines.push(
      `| ${row.name} | ${kb(row.brotli)} | ${kb(row.code)} | ${kb(row.data)} | ` +
        `${kb(row.budget)}${code} | ${kb(row.gzip)} |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, datasetBrotli } = await measure();
  let over = 0;
  console.log(
    `size: brotli -11 against the budget; code = the same file with its data stubbed out ` +
      `(dataset file alone: ${kb(datasetBrotli)})`,
  );
  console.log(
    `     ${'file'.padEnd(48)} ${'brotli'.padStart(8)} ${'code'.padStart(8)} ` +
      `${'data'.padStart(8)}   budget (code)`,
  );
  for (const row of rows) {
    const ok = row.brotli <= row.budget && (!row.codeBudget || row.code <= row.codeBudget);
    if (!ok) over++;
    const figures = [row.brotli, row.code, row.data].map((n) => kb(n).padStart(8)).join(' ');
    const budget = `${kb(row.budget)}${row.codeBudget ? ` (${kb(row.codeBudget)})` : ''}`;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${row.name.padEnd(48)} ${figures}   ${budget}`);
  }
  if (process.argv.includes('--markdown')) console.log(`\n${table(rows)}`);
  if (over) {
    console.error(`size: ${over} file(s) over budget`);
    process.exit(1);
  }
}
