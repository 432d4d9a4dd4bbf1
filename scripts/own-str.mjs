#!/usr/bin/env node
// After `lit-localize build`: the translations take `str` from the library's
// own module (src/i18n/str.ts), not from @lit/localize, whose entry would
// bring its whole runtime into every file.
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'src/i18n/locales/en.ts';
const text = readFileSync(FILE, 'utf8');
const next = text.replace("import {str} from '@lit/localize';", "import {str} from '../str.js';");
if (next === text && !text.includes("from '../str.js'")) {
  console.error(`${FILE}: the import of str from @lit/localize was not found`);
  process.exit(1);
}
writeFileSync(FILE, next);
