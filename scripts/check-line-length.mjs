#!/usr/bin/env node
// Fails when a line of a source file is longer than Prettier's print width
// (.prettierrc.json): Prettier breaks what it can, but not long strings or
// long expressions inside template literals, which are shortened by hand.
// Source files: the git-tracked code, styles, pages and JSON fixtures; not
// the dataset (data/) nor generated files.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { printWidth } = JSON.parse(readFileSync('.prettierrc.json', 'utf8'));
const SOURCE = /\.(ts|mjs|js|css|html|json)$/;
// Not checked: the dataset, generated files, and lit-localize.json (the tool
// writes its long $schema URL back into it).
const SKIP = new RegExp(
  '^(data/|xliff/|src/i18n/locales/|src/i18n/locale-codes\\.ts$|' +
    'package(-lock)?\\.json$|lit-localize\\.json$)',
);

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => SOURCE.test(file) && !SKIP.test(file));
let long = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // deleted but not yet staged
  }
  text.split('\n').forEach((line, i) => {
    const width = [...line].length;
    if (width > printWidth) {
      long++;
      console.error(`${file}:${i + 1}: ${width} characters (the limit is ${printWidth})`);
    }
  });
}
if (long) {
  console.error(`line length: ${long} line(s) over ${printWidth} characters.`);
  process.exit(1);
}
console.log(`line length: ${files.length} files, every line within ${printWidth} characters.`);
