#!/usr/bin/env node
// Extracts the msg() strings and fails when one has no English translation,
// so an untranslated string cannot land.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

execSync('npx lit-localize extract', { stdio: ['ignore', 'ignore', 'inherit'] });
const xliff = readFileSync('xliff/en.xlf', 'utf8');
const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
const missing = units.filter(([, , body]) => !/<target>[\s\S]*?<\/target>/.test(body));
if (missing.length) {
  for (const [, id, body] of missing) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    console.error(`xliff/en.xlf: no English translation for ${id}: ${source}`);
  }
  console.error(
    `i18n: ${missing.length} string(s) untranslated; add <target> elements to xliff/en.xlf.`,
  );
  process.exit(1);
}
console.log(`i18n: ${units.length} strings, all translated.`);
