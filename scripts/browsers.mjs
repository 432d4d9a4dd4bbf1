// Every browser engine the tests and the benchmarks drive, in one place:
// Debian's packages (never a browser downloaded by npm), each binary's path
// with the environment variable that overrides it, Chromium's flags, and the
// reading of BROWSERS. Read by web-test-runner.config.mjs (the launchers),
// scripts/ensure-browsers.mjs (what to install) and bench/browser.mjs.
//
// BROWSERS is a comma-separated list of chromium, firefox, webkit (WebKitGTK
// through its WebDriver, on a virtual display) and all (the default:
// chromium and firefox).

/** Chromium's flags, for the tests and the benchmarks alike. */
const CHROMIUM_ARGS = [
  '--no-sandbox', // as root
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--js-flags=--expose-gc', // memory tests and benches force a GC
  // performance.memory in exact, up-to-date bytes (not bucketed and cached):
  // the heap test of test/hardening/loading.test.ts compares two readings.
  '--enable-precise-memory-info',
  // Pages run side by side: keep animation frames and timers going in all of them.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const miniBrowser =
  process.env.WEBKIT_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * The engines. `path` is the browser binary (the variable `env` overrides
 * it), `args` its flags; `requires` is what must be installed to run it:
 * what it is, the file that shows it is there, its Debian package, and the
 * variable (or PATH) that points elsewhere.
 */
export const ENGINES = {
  chromium: {
    name: 'Chromium',
    path: chromium,
    env: 'CHROME_PATH',
    args: CHROMIUM_ARGS,
    requires: [{ name: 'Chromium', path: chromium, pkg: 'chromium', env: 'CHROME_PATH' }],
  },
  firefox: {
    name: 'Firefox ESR',
    path: firefox,
    env: 'FIREFOX_PATH',
    requires: [{ name: 'Firefox ESR', path: firefox, pkg: 'firefox-esr', env: 'FIREFOX_PATH' }],
  },
  // WebKitGTK's MiniBrowser, driven by its WebDriver on a virtual display.
  webkit: {
    name: 'WebKitGTK',
    path: miniBrowser,
    env: 'WEBKIT_PATH',
    requires: [
      {
        name: 'WebKitGTK (WebKitWebDriver)',
        path: '/usr/bin/WebKitWebDriver',
        pkg: 'webkit2gtk-driver',
        env: 'PATH',
      },
      { name: 'Xvfb', path: '/usr/bin/Xvfb', pkg: 'xvfb', env: 'PATH' },
    ],
  },
};

/** What `all` means. */
const ALL = ['chromium', 'firefox'];

/**
 * The engine names BROWSERS asks for, in its order, each once; throws on a
 * name that is not an engine.
 */
export function selectedBrowsers(value = process.env.BROWSERS) {
  const names = [
    ...new Set(
      (value || 'all')
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .flatMap((name) => (name === 'all' ? ALL : [name])),
    ),
  ];
  if (!names.every((name) => Object.hasOwn(ENGINES, name))) {
    const known = Object.keys(ENGINES).join(', ');
    throw new Error(`BROWSERS=${value}: expected ${known} or all (${ALL.join(' and ')})`);
  }
  return names;
}
