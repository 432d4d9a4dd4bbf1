#!/usr/bin/env node
// Fills English translations into xliff/en.xlf: `node scripts/translate.mjs file.json`
// where the JSON maps each <source> (inner XML as in en.xlf, placeholders
// like <x id="0" equiv-text="${count}"/> included) to its English target.
// Existing targets are replaced. Then run `npm run i18n:build`.
import { readFileSync, writeFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/translate.mjs translations.json');
  process.exit(2);
}
const translations = JSON.parse(readFileSync(file, 'utf8'));
const path = 'xliff/en.xlf';
let xliff = readFileSync(path, 'utf8');
let filled = 0;
xliff = xliff.replace(
  /(<source>([\s\S]*?)<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
  (whole, source, inner) => {
    const target = translations[inner];
    if (target === undefined) return whole;
    filled++;
    return `${source}\n  <target>${target}</target>`;
  },
);
writeFileSync(path, xliff);
const unused = Object.keys(translations).length - filled;
const notFound = unused > 0 ? `; ${unused} source(s) not found in ${path}` : '';
console.log(`translate: ${filled} target(s) written${notFound}.`);
