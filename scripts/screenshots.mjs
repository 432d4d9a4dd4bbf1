#!/usr/bin/env node
// `npm run screenshots`: pictures of every widget for README, taken from the
// real demo page (dist/ must be built) in Debian's Chromium, so that they
// show what a reader sees: light and dark, on a phone (360 px) and on a
// desktop (1280 px), in Russian. Writes docs/screenshots/<tag>-<scheme>-<device>.png.
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { serve } from '../bench/browser.mjs';
import { ENGINES } from './browsers.mjs';

const OUT = 'docs/screenshots';
const DEVICES = {
  phone: { width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { width: 1280, height: 900, deviceScaleFactor: 1 },
};
/** How each widget is shown: a state a reader would see (set in the page). */
const STATES = {
  'oms-coverage-check': (el) => (el.query = 'МРТ'),
  'oms-policy-guide': (el) => (el.situation = 'working'),
};
/** A picture is cut at this height (CSS px): enough to see the widget. */
const MAX_HEIGHT = 1400;

await mkdir(OUT, { recursive: true });
const server = await serve();
const browser = await puppeteer.launch({
  executablePath: ENGINES.chromium.path,
  args: ENGINES.chromium.args,
});
try {
  const page = await browser.newPage();
  for (const [device, viewport] of Object.entries(DEVICES)) {
    await page.setViewport(viewport);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(`${server.url}/demo/index.html?lang=ru&scheme=${scheme}`, {
        waitUntil: 'load',
      });
      const tags = await page.$$eval('main *', (nodes) => [
        ...new Set(nodes.map((n) => n.localName).filter((name) => name.startsWith('oms-'))),
      ]);
      for (const tag of tags) {
        const state = STATES[tag];
        await page.$eval(
          tag,
          (el, code) => {
            if (code) new Function('el', `(${code})(el)`)(el);
          },
          state ? String(state) : '',
        );
        // Rendered, data loaded, live region and fonts settled.
        await page.waitForFunction(
          (name) => {
            const root = document.querySelector(name)?.shadowRoot;
            return root && !root.querySelector('[part~="status"]') && root.childElementCount > 0;
          },
          {},
          tag,
        );
        await new Promise((resolve) => setTimeout(resolve, 600));
        const element = await page.$(tag);
        const box = await element.boundingBox();
        const path = `${OUT}/${tag}-${scheme}-${device}.png`;
        await page.screenshot({
          path,
          captureBeyondViewport: true,
          clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, MAX_HEIGHT) },
        });
        console.log(`screenshots: ${path}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
