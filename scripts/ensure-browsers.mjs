#!/usr/bin/env node
// Makes sure the browsers the tests drive are installed: Debian's Chromium
// and Firefox ESR (never a browser downloaded by npm), or the ones BROWSERS
// names (chromium, firefox, webkit; all, the default, is the first two;
// webkit is WebKitGTK's WebDriver with a virtual display). As root it
// installs what is missing with apt-get; otherwise it says how to.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { CHROMIUM_PATH } from './chromium.mjs';

const ENGINES = {
  chromium: { name: 'Chromium', path: CHROMIUM_PATH, pkg: 'chromium', env: 'CHROME_PATH' },
  firefox: {
    name: 'Firefox ESR',
    path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    pkg: 'firefox-esr',
    env: 'FIREFOX_PATH',
  },
  webkit: {
    name: 'WebKitGTK (WebKitWebDriver)',
    path: '/usr/bin/WebKitWebDriver',
    pkg: 'webkit2gtk-driver',
    env: 'PATH',
  },
  xvfb: { name: 'Xvfb', path: '/usr/bin/Xvfb', pkg: 'xvfb', env: 'PATH' },
};
const names = (process.env.BROWSERS || 'all').split(',').map((name) => name.trim().toLowerCase());
const wanted = [
  ...new Set(
    names.flatMap((name) =>
      name === 'all' ? ['chromium', 'firefox'] : name === 'webkit' ? ['webkit', 'xvfb'] : [name],
    ),
  ),
]
  .map((name) => ENGINES[name])
  .filter(Boolean);

const missing = wanted.filter((browser) => !existsSync(browser.path));
if (missing.length === 0) process.exit(0);

const packages = missing.map((browser) => browser.pkg).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `The tests need ${missing.map((b) => `${b.name} at ${b.path}`).join(' and ')}.\n` +
      `Install with: sudo apt-get update && sudo apt-get install -y ${packages}\n` +
      `(or point ${missing.map((b) => b.env).join(' / ')} at another binary, or run one engine: BROWSERS=chromium npm test).`,
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
