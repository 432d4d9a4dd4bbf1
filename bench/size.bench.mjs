#!/usr/bin/env node
// Size against two baselines built in the same run: one trivial Lit element
// (the floor of any Lit library) and the dataset alone, minified and
// compressed (the floor of any widget that ships this data).
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotli, bundle, gzip, measure } from '../scripts/size.mjs';

const dir = await mkdtemp(join(process.cwd(), '.bench-'));
try {
  const trivial = join(dir, 'trivial.js');
  await writeFile(
    trivial,
    `import { LitElement, html, css } from 'lit';
class TrivialElement extends LitElement {
  static properties = { name: {} };
  static styles = css\`:host { display: block }\`;
  render() { return html\`<p>Hello, \${this.name}</p>\`; }
}
customElements.define('trivial-element', TrivialElement);`,
  );
  const litFloor = await bundle(trivial);
  const data = JSON.stringify(JSON.parse(await readFile('data/oms-dataset.json', 'utf8')));
  const { rows } = await measure();
  const baselines = {
    'trivial Lit element': {
      raw: Buffer.byteLength(litFloor),
      gzip: gzip(litFloor),
      brotli: brotli(litFloor),
    },
    'dataset alone (minified JSON)': {
      raw: Buffer.byteLength(data),
      gzip: gzip(data),
      brotli: brotli(data),
    },
  };
  const main = rows[0];
  const lit = baselines['trivial Lit element'];
  const dataset = baselines['dataset alone (minified JSON)'];
  const ratios = {};
  for (const codec of ['brotli', 'gzip']) {
    ratios[`bundle / trivial Lit element (${codec})`] = main[codec] / lit[codec];
    ratios[`bundle / dataset alone (${codec})`] = main[codec] / dataset[codec];
    ratios[`bundle / (Lit floor + dataset) (${codec})`] =
      main[codec] / (lit[codec] + dataset[codec]);
  }
  const kib = (n) => `${(n / 1024).toFixed(1)} KB`;
  const result = {
    name: 'size',
    rows: rows.map(({ name, raw, gzip: gz, brotli: br, code, data, target }) => ({
      name,
      raw,
      gzip: gz,
      brotli: br,
      code,
      data,
      target,
    })),
    baselines,
    ratios,
    // For the summary table: brotli against the budget, gzip alongside.
    metrics: [
      ...rows.map((row) => ({
        metric: `size: ${row.name}, brotli (data ${kib(row.data)}, gzip ${kib(row.gzip)})`,
        unit: 'B',
        value: row.brotli,
        target: row.target,
      })),
      ...Object.entries(baselines).map(([name, v]) => ({
        metric: `size baseline: ${name}, brotli (gzip ${kib(v.gzip)})`,
        unit: 'B',
        value: v.brotli,
      })),
      ...Object.entries(ratios).map(([name, ratio]) => ({ metric: `size: ${name}`, ratio })),
    ],
  };
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('size: minified / gzip -9 / brotli -11');
  for (const row of [
    ...result.rows,
    ...Object.entries(baselines).map(([name, v]) => ({ name: `baseline: ${name}`, ...v })),
  ]) {
    const sizes = [row.raw, row.gzip, row.brotli].map((n) => kb(n).padStart(9)).join(' ');
    console.log(`  ${row.name.padEnd(48)} ${sizes}`);
  }
  for (const [name, ratio] of Object.entries(result.ratios))
    console.log(`  ${name.padEnd(48)} ${ratio.toFixed(2)}x`);
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/size.json', `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
