// Browser tests: Debian's Chromium (and, with BROWSERS=all, Firefox ESR),
// never a browser downloaded by npm.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteer from 'puppeteer-core';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { mediaFeaturesPlugin, testServerMiddleware } from './test/support/test-server.mjs';
import { geolocationPlugin } from './test/support/geolocation-plugin.mjs';

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

const browsers = process.env.BROWSERS === 'all' ? [chromium, firefox] : process.env.BROWSERS === 'firefox' ? [firefox] : [chromium];

export default {
  files: ['src/**/test/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: '.',
  middleware: [testServerMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }), mediaFeaturesPlugin(), geolocationPlugin()],
  browsers,
  // One page at a time: a page in the background gets no animation frames,
  // which fixtures and focus tests wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
};
