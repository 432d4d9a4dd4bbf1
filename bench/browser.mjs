// The browser side of `npm run bench`: a static server over the repository
// root and Debian's Chromium driven by puppeteer-core, so that a bench can
// open a page (which loads dist/oms-widgets.js as a site would) and measure
// inside it. Use: `await withPage('/bench/pages/x.html', async (page) => …)`,
// or give the page itself: `withPage('/x.html', fn, { pages: { '/x.html': html } })`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ENGINES } from '../scripts/browsers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves files under `root` on a free loopback port, and `pages` (path → HTML)
 * from memory; resolves to { url, close }.
 */
export function serve(root = process.cwd(), pages = {}) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    if (path in pages) {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      response.end(pages[path]);
      return;
    }
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

/** Launches Debian's Chromium (CHROME_PATH overrides) with a GC the page can call. */
export function launch() {
  return puppeteer.launch({
    executablePath: ENGINES.chromium.path,
    headless: true,
    args: ENGINES.chromium.args,
  });
}

/**
 * Opens `path` (served from the repository root, or from `pages`) in a fresh
 * page, runs `fn(page, server)` and closes everything; resolves to what `fn`
 * returns. Console errors in the page fail the bench.
 */
export async function withPage(path, fn, { viewport = { width: 1024, height: 768 }, pages } = {}) {
  const server = await serve(process.cwd(), pages);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico'))
        errors.push(message.text());
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const result = await fn(page, server);
    if (errors.length) throw new Error(`errors in ${path}:\n${errors.join('\n')}`);
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Median, p95 and max of a list of timings. */
export function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], runs: sorted.length };
}
