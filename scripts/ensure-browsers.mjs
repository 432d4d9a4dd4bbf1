#!/usr/bin/env node
// Makes sure the browsers the tests drive are installed: Debian's Chromium
// (never a browser downloaded by npm). As root it installs what is missing
// with apt-get; otherwise it says how to.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const wanted = [{ name: 'Chromium', path: process.env.CHROME_PATH || '/usr/bin/chromium', pkg: 'chromium' }];
if (process.env.BROWSERS === 'all') wanted.push({ name: 'Firefox ESR', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' });

const missing = wanted.filter((browser) => !existsSync(browser.path));
if (missing.length === 0) process.exit(0);

const packages = missing.map((browser) => browser.pkg).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `The tests need ${missing.map((b) => `${b.name} at ${b.path}`).join(' and ')}.\n` +
      `Install it with: sudo apt-get update && sudo apt-get install -y ${packages}\n` +
      `(or point CHROME_PATH at another Chromium binary).`,
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
