#!/usr/bin/env node
// Makes sure the browsers the tests drive are installed: Debian's Chromium
// and Firefox ESR (never a browser downloaded by npm), or the ones BROWSERS
// names (chromium, firefox, webkit; all, the default, is the first two;
// webkit is WebKitGTK's WebDriver with a virtual display; the list and the
// packages are in scripts/browsers.mjs). As root it installs what is
// missing with apt-get; otherwise it says how to.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { ENGINES, selectedBrowsers } from './browsers.mjs';

let names;
try {
  names = selectedBrowsers();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const wanted = names.flatMap((name) => ENGINES[name].requires);

const missing = wanted.filter((browser) => !existsSync(browser.path));
if (missing.length === 0) process.exit(0);

const packages = missing.map((browser) => browser.pkg).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `The tests need ${missing.map((b) => `${b.name} at ${b.path}`).join(' and ')}.\n` +
      `Install with: sudo apt-get update && sudo apt-get install -y ${packages}\n` +
      `(or point ${missing.map((b) => b.env).join(' / ')} at another binary,` +
      ' or run one engine: BROWSERS=chromium npm test).',
  );
  process.exit(1);
}
console.log(`Installing ${packages} from Debian (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync(`apt-get install -y -qq ${packages}`, { stdio: 'inherit', env });
for (const browser of missing) {
  if (!existsSync(browser.path)) {
    console.error(`${browser.name} is still missing at ${browser.path} after apt-get.`);
    process.exit(1);
  }
}
