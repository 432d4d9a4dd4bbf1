// Browser tests in two engines: Debian's Chromium and Firefox ESR (never a
// browser downloaded by npm). BROWSERS=chromium or BROWSERS=firefox runs one;
// the default, BROWSERS=all, runs both, one after the other.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteer from 'puppeteer-core';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { testServerMiddleware } from './test/support/test-server.mjs';

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--js-flags=--expose-gc',
      // Test pages run side by side: keep animation frames and timers going in all of them.
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
    ],
  },
});

// Firefox ESR from Debian, driven by puppeteer-core over WebDriver BiDi.
const firefox = chromeLauncher({
  puppeteer,
  launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true },
});

const ENGINES = { chromium, firefox };
const wanted = (process.env.BROWSERS || 'all').split(',').map((name) => name.trim().toLowerCase());
const browsers = wanted.includes('all') ? Object.values(ENGINES) : wanted.map((name) => ENGINES[name]).filter(Boolean);
if (browsers.length === 0) throw new Error(`BROWSERS=${process.env.BROWSERS}: expected chromium, firefox or all`);

export default {
  files: ['src/**/test/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: '.',
  middleware: [testServerMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers,
  // One page at a time: a page in the background gets no animation frames,
  // which fixtures and focus tests wait for. One browser at a time too: CI
  // has two cores, and timing tests should not fight over them.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
};
