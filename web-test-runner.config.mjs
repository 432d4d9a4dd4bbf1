// Browser tests in two engines: Debian's Chromium and Firefox ESR (never a
// browser downloaded by npm), one after the other. BROWSERS picks others: a
// comma-separated list of chromium, firefox, webkit (WebKitGTK, see
// test/support/webkit-launcher.mjs) and all (the default: chromium and
// firefox). The engines' paths and flags: scripts/browsers.mjs.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteer from 'puppeteer-core';
import { ENGINES, selectedBrowsers } from './scripts/browsers.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { mediaFeaturesPlugin, testServerMiddleware } from './test/support/test-server.mjs';
import { geolocationPlugin } from './test/support/geolocation-plugin.mjs';
import { webkit } from './test/support/webkit-launcher.mjs';

const LAUNCHERS = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: ENGINES.chromium.path, args: ENGINES.chromium.args },
    }),
  // Firefox ESR from Debian, driven by puppeteer-core over WebDriver BiDi.
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: ENGINES.firefox.path, headless: true },
    }),
  // WebKitGTK's MiniBrowser through its WebDriver, on a virtual display (see the launcher).
  webkit: () => webkit(ENGINES.webkit.path),
};
const browsers = selectedBrowsers().map((name) => LAUNCHERS[name]());

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
