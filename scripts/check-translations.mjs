#!/usr/bin/env node
// Extracts the msg() strings and fails when one has no English translation,
// so an untranslated string cannot land; and when one has no `id` of ours or
// is an html`` template, which the library's own msg() (src/i18n/localize.ts)
// does not translate.
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
// lit-localize names a message without an id by its hash ("s" and 16 hex digits).
const unnamed = units.filter(([, id]) => /^[sh][0-9a-f]{16}$/.test(id));
for (const [, id] of unnamed) console.error(`i18n: the message ${id} has no id: give msg() { id }`);
const html = execSync('grep -rln "msg(\\s*html" src || true', { encoding: 'utf8' }).trim();
if (html) console.error(`i18n: msg(html\`…\`) in ${html}: use str or a string`);
if (unnamed.length || html) process.exit(1);
console.log(`i18n: ${units.length} strings, all translated, each a string with its id.`);
