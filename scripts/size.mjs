#!/usr/bin/env node
// The size gate: brotli (and gzip) size of the single-file bundle, the
// classic script and each define entry bundled with its dependencies as an
// app would ship it. Exits non-zero when a budget is exceeded.
import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const KB = 1024;
/**
 * Budgets in brotli bytes. The goal for the whole bundle is 30 KB.
 *
 * - The 2026 catalogue (issue 12) grew the bundled data by 11,676 bytes
 *   (the same build with the old data file: 45,033 → 56,709): the budgets
 *   grew by exactly that, until the data is split per element (issue 16).
 * - The code of stop 18 (the fifth element, waiting times in results,
 *   provenance, the guide's general section, hardening with Trusted Types
 *   and paged office ranking, heading levels, transliterated addresses)
 *   grew the single file by 5,853 bytes (58,015 in all, less the data's
 *   growth, against 40,486), over the 474 left under 40 KB: the budgets
 *   grew by 6 KB for code. Issue 16 (validation on demand, per-tag files)
 *   is to win it back: zod and the schema alone are about 7.5 KB.
 */
const DATA_2026 = 11_676;
const CODE_STOP_18 = 6 * KB;
export const BUDGETS = {
  bundle: 40 * KB + DATA_2026 + CODE_STOP_18,
  classic: 40 * KB + DATA_2026 + CODE_STOP_18,
  define: 40 * KB + DATA_2026 + CODE_STOP_18,
};

export const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Bundles `input` with its dependencies, minified, and returns the code. */
export async function bundle(input) {
  const build = await rollup({
    input,
    plugins: [
      nodeResolve({ exportConditions: ['browser', 'import', 'default'] }),
      terser({ module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

export async function measure() {
  const rows = [];
  const add = (name, code, budget) =>
    rows.push({ name, raw: code.length, gzip: gzip(code), brotli: brotli(code), budget });
  add('dist/oms-widgets.js', await readFile('dist/oms-widgets.js'), BUDGETS.bundle);
  add(
    'dist/oms-widgets.classic.js',
    await readFile('dist/oms-widgets.classic.js'),
    BUDGETS.classic,
  );
  add('oms-widgets/define (bundled)', await bundle('dist/define.js'), BUDGETS.define);
  for (const tag of (await readdir('dist/components')).sort()) {
    add(
      `oms-widgets/${tag}/define (bundled)`,
      await bundle(`dist/components/${tag}/define.js`),
      BUDGETS.define,
    );
  }
  return rows;
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measure();
  let over = 0;
  console.log('size (minified; gzip -9; brotli -11) against the brotli budget');
  for (const row of rows) {
    const ok = row.brotli <= row.budget;
    if (!ok) over++;
    const sizes = [row.raw, row.gzip, row.brotli].map((n) => kb(n).padStart(9)).join(' ');
    console.log(`${ok ? 'ok  ' : 'OVER'} ${row.name.padEnd(44)} ${sizes} / ${kb(row.budget)}`);
  }
  if (over) {
    console.error(`size: ${over} file(s) over budget`);
    process.exit(1);
  }
}
