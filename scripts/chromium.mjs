// Debian's Chromium as the tests and the benchmarks launch it (never a browser
// downloaded by npm): one binary path and one set of flags for both.
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // as root
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--js-flags=--expose-gc', // memory tests and benches force a GC
  // Pages run side by side: keep animation frames and timers going in all of them.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];
