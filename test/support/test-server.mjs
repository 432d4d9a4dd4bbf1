// Endpoints the data-loading tests need from the test server:
//   /__test/hang            never answers (until the client gives up)
//   /__test/slow?ms=N&id=K  answers the bundled dataset after N ms; counts requests per K
//   /__test/hits?id=K       how many requests /__test/slow (or /__test/large) had for K
// /__test/large?mb=N&id=K a valid dataset padded with N MB of extra offices; counts requests per K
// /__test/aborted?id=K    how many /__test/slow requests for K the client dropped before the answer
// /__test/react.js        React 19 and react-dom/client as one ES module (they ship CommonJS only)
// /__test/part?keys=a,b   a part of the bundled dataset: schemaVersion and these sections
// /__test/lone/<file>      dist/cdn/<file> alone: every other file there answers 404
//                          (a per-tag file copied without the files next to it)
// /__test/lag/K/PATH      the file PATH (dist/cdn/oms-office-list.js) at once, and the
//                         validator next to it (*.validate.js) late or not at all: K is
//                         MS-ID (after MS ms) or fail-ID (a 404); its requests are counted
//                         per K (/__test/hits)
//   /__test/page?…          an embedding test page: the four widgets, after
//                           script=module:URL | classic:URL (in order), css=URL,
//                           lang=ru|en; csp=1 sends a strict Content-Security-Policy;
//                           tags=a,b only these widgets; src=URL (or none) for every
//                           widget (by default the office list alone loads the dataset)
//                           tt=none|lit enforces Trusted Types, refusing every policy
//                           or allowing Lit's (`lit-html`) only; query=TEXT
//                           sets each widget's `query` attribute
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

/** The policy a strict site sends: no inline script or style of any kind. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'";

/** Trusted Types enforced: no policy at all, or only the one Lit creates. */
const TRUSTED_TYPES = {
  none: "require-trusted-types-for 'script'; trusted-types 'none'",
  lit: "require-trusted-types-for 'script'; trusted-types lit-html",
};

const hits = new Map();
const aborted = new Map();
let react;
const reactModule = async () =>
  (react ??= build({
    stdin: {
      contents:
        "import React from 'react'; export { React }; " +
        "export { createRoot } from 'react-dom/client'; export { flushSync } from 'react-dom';",
      resolveDir: process.cwd(),
    },
    bundle: true,
    write: false,
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  }).then((result) => result.outputFiles[0].text));
const dataset = () => JSON.parse(readFileSync('data/oms-dataset.json', 'utf8'));

export function testServerMiddleware() {
  return async (context, next) => {
    if (!context.path.startsWith('/__test/')) return next();
    const query = context.query;
    if (context.path === '/__test/page') {
      // Two policies in one header, comma-separated: a page must satisfy both.
      const tt = Object.hasOwn(TRUSTED_TYPES, query.tt) && TRUSTED_TYPES[query.tt];
      const policies = [query.csp && STRICT_CSP, tt].filter(Boolean);
      if (policies.length) context.set('Content-Security-Policy', policies.join(', '));
      context.type = 'text/html';
      context.body = embeddingPage(context.URL.searchParams);
      return;
    }
    if (context.path.startsWith('/__test/lone/')) {
      const file = context.path.slice('/__test/lone/'.length);
      if (!/^oms-[a-z-]+\.(?:classic\.)?js$/.test(file) || file.startsWith('oms-widgets.')) {
        context.status = 404;
        return;
      }
      context.type = 'text/javascript';
      context.body = readFileSync(`dist/cdn/${file}`, 'utf8');
      return;
    }
    if (context.path === '/__test/hang') {
      await new Promise((resolve) => {
        context.req.on('close', resolve);
        setTimeout(resolve, 60_000);
      });
      context.status = 504;
      return;
    }
    if (context.path === '/__test/slow') {
      hits.set(query.id, (hits.get(query.id) ?? 0) + 1);
      const closed = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), Number(query.ms) || 0);
        context.req.on('close', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (closed && !context.res.writableEnded) {
        aborted.set(query.id, (aborted.get(query.id) ?? 0) + 1);
        context.status = 204; // nobody is listening any more
        return;
      }
      context.type = 'application/json';
      context.body = JSON.stringify(dataset());
      return;
    }
    if (context.path === '/__test/hits') {
      context.type = 'application/json';
      context.body = JSON.stringify({ hits: hits.get(query.id) ?? 0 });
      return;
    }
    if (context.path === '/__test/aborted') {
      context.type = 'application/json';
      context.body = JSON.stringify({ aborted: aborted.get(query.id) ?? 0 });
      return;
    }
    if (context.path === '/__test/part') {
      const data = dataset();
      const keys = String(query.keys ?? '').split(',');
      context.type = 'application/json';
      context.body = JSON.stringify(
        Object.fromEntries(
          Object.entries(data).filter(([k]) => k === 'schemaVersion' || keys.includes(k)),
        ),
      );
      return;
    }
    const lag = /^\/__test\/lag\/([^/]+)(\/.*)$/.exec(context.path);
    if (lag) {
      const [, key, path] = lag;
      if (path.endsWith('.validate.js')) {
        hits.set(key, (hits.get(key) ?? 0) + 1);
        if (key.startsWith('fail-')) {
          context.status = 404;
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, Number.parseInt(key, 10) || 0));
      }
      context.path = path;
      return next();
    }
    if (context.path === '/__test/react.js') {
      context.type = 'application/javascript';
      context.body = await reactModule();
      return;
    }
    if (context.path === '/__test/large') {
      if (query.id) hits.set(query.id, (hits.get(query.id) ?? 0) + 1);
      const data = dataset();
      const template = data.offices[0];
      const target = (Number(query.mb) || 1) * 1024 * 1024;
      const offices = [];
      let size = 0;
      for (let i = 0; size < target; i++) {
        const office = {
          ...template,
          id: `bulk-${i}`,
          address: { ru: `ул. Тестовая, ${i}`, en: `${i} Test St` },
        };
        size += JSON.stringify(office).length;
        offices.push(office);
      }
      data.offices = offices;
      context.type = 'application/json';
      context.body = JSON.stringify(data);
      return;
    }
    return next();
  };
}

const escape = (value) => String(value).replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

const WIDGETS = {
  'oms-coverage-check': '',
  'oms-office-list': ' city="msk" src="/data/oms-dataset.json"',
  'oms-paid-services': '',
  'oms-policy-guide': ' situation="working"',
  'oms-waiting-times': '',
};

/** The widgets a page asks for (`tags`, all by default), with `src` when it gives one. */
function widgets(params) {
  const tags = params.get('tags')?.split(',') ?? Object.keys(WIDGETS);
  const src = params.get('src');
  return tags
    .filter((tag) => Object.hasOwn(WIDGETS, tag))
    .map((tag) => {
      let attributes = WIDGETS[tag].replace(/ src="[^"]*"/, '');
      if (src === null) attributes = WIDGETS[tag];
      else if (src !== 'none') attributes += ` src="${escape(src)}"`;
      if (params.has('query')) attributes += ` query="${escape(params.get('query'))}"`;
      return `<${tag}${attributes}></${tag}>`;
    });
}

/** A page as a CMS would make it: its own styles and scripts, then our widgets. */
function embeddingPage(params) {
  const scripts = params.getAll('script').map((entry) => {
    const [kind, ...rest] = entry.split(':');
    const src = escape(rest.join(':'));
    return kind === 'module'
      ? `<script type="module" src="${src}"></script>`
      : `<script src="${src}"></script>`;
  });
  const styles = params
    .getAll('css')
    .map((href) => `<link rel="stylesheet" href="${escape(href)}">`);
  return `<!doctype html>
<html lang="${params.get('lang') === 'en' ? 'en' : 'ru'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>embedding test page</title>
<script src="/test/embed/probe.js"></script>
${styles.join('\n')}
${scripts.join('\n')}
</head>
<body>
<main class="content">
<p class="page-text">Текст страницы сайта клиники.</p>
${widgets(params).join('\n')}
</main>
</body>
</html>
`;
}

/**
 * A test command that emulates any CSS media feature in Chromium, which the
 * stock emulateMedia command cannot do for forced-colors:
 * `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`.
 * An empty list clears every emulated feature.
 */
export function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'oms-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      let client = sessions.get(page);
      if (!client) {
        try {
          client = await page.createCDPSession();
        } catch {
          return false; // Firefox over BiDi: no DevTools protocol
        }
        sessions.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
