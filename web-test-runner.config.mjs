// Browser tests in two engines: Debian's Chromium and Firefox ESR (never a
// browser downloaded by npm), one after the other. BROWSERS picks others: a
// comma-separated list of chromium, firefox, webkit (WebKitGTK, see
// test/support/webkit-launcher.mjs) and all (the default: chromium and
// firefox).
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { mediaFeaturesPlugin, testServerMiddleware } from './test/support/test-server.mjs';
import { geolocationPlugin } from './test/support/geolocation-plugin.mjs';
import { webkit } from './test/support/webkit-launcher.mjs';

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  },
});

// Firefox ESR from Debian, driven by puppeteer-core over WebDriver BiDi.
const firefox = chromeLauncher({
  puppeteer,
  launchOptions: {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
  },
});

const names = [
  ...new Set(
    (process.env.BROWSERS || 'all')
      .split(',')
      .flatMap((name) =>
        name.trim().toLowerCase() === 'all' ? ['chromium', 'firefox'] : [name.trim().toLowerCase()],
      ),
  ),
];
const ENGINES = { chromium: () => chromium, firefox: () => firefox, webkit };
const browsers = names.filter((name) => ENGINES[name]).map((name) => ENGINES[name]());
if (browsers.length !== names.length)
  throw new Error(
    `BROWSERS=${process.env.BROWSERS}: expected chromium, firefox, webkit or all (chromium and firefox)`,
  );

export default {
  files: ['src/**/test/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: '.',
  middleware: [testServerMiddleware()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }),
    mediaFeaturesPlugin(),
    geolocationPlugin(),
  ],
  browsers,
  // One page at a time: a page in the background gets no animation frames,
  // which fixtures and focus tests wait for. One browser at a time too: CI
  // has two cores, and timing tests should not fight over them.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }),
    summaryReporter(),
  ],
};
