// Every JavaScript file of dist/, from tsc's output in build/tsc/ (`npm run
// build` runs tsc first; tsc writes the declarations to dist/ itself):
//
// - the npm modules, one file per source module (dependencies stay imports);
// - the single-file builds: an ES module for <script type="module"> and a
//   classic script for CMSes that strip type="module", with Lit and the
//   dataset inside;
// - the per-tag files for the CDN, dist/cdn/<tag>.js and <tag>.classic.js:
//   one element with only the data sections it shows;
// - the validator (zod/mini, the schema and the check), which every file
//   above loads only when a `src` file or `registerDataset()` needs it:
//   dist/oms-widgets.validate.js, and a copy in dist/cdn/;
// - the search code (indexes, word forms, typos), which the per-tag files
//   load on first need: dist/cdn/oms-widgets.search.js.
//
// HTML and CSS in templates are minified in both, so that the source
// templates stay formatted for reading at no cost in bytes.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';

const TSC = 'build/tsc';

/**
 * Loads tsc's files with their source maps, so that dist's maps reach src/.
 * The define entries are marked as having side effects, as package.json's
 * `sideEffects` marks them in dist/ (it does not name build/tsc/).
 */
const tscOutput = {
  name: 'tsc-output',
  async load(id) {
    if (!id.includes(`/${TSC}/`)) return null;
    const code = await readFile(id, 'utf8');
    const map = await readFile(`${id}.map`, 'utf8').catch(() => null);
    return {
      code: code.replace(/\n\/\/# sourceMappingURL=.*$/, ''),
      map,
      moduleSideEffects: /\/define\.js$/.test(id) || null,
    };
  },
};

const minifyTemplates = () => minifyHtmlLiterals({ failOnError: true });

const tags = readdirSync('src/components').sort();

/** The npm entry points (package.json `exports`). */
const entries = [
  'index',
  'define',
  'schema',
  ...tags.flatMap((tag) => [`components/${tag}/${tag}`, `components/${tag}/define`]),
];

/** The validator's file name, next to each single file that loads it. */
const VALIDATOR = 'oms-widgets.validate.js';
/** In a classic script: its own URL, captured when it runs (`document.currentScript`). */
const SCRIPT_URL = '__omsScriptUrl';
const captureScriptUrl = `var ${SCRIPT_URL} = (function (s) {
  return s && typeof s.src === 'string' && s.src ? s.src : location.href;
})(document.currentScript);`;

/**
 * A dynamic import of `from` in the module `id` (ending so) made an import
 * of `url`, a URL expression resolved against the module's own URL, or the
 * classic script's: how a single file loads a file next to it.
 */
const nextToFile = (module, name, { id: end, from, url }) => ({
  name,
  transform(code, id) {
    if (!id.endsWith(end)) return null;
    const base = module ? 'import.meta.url' : SCRIPT_URL;
    const next = code.replace(`import('${from}')`, `import(new URL(${url}, ${base}).href)`);
    if (next === code) this.error(`the import of ${from} was not found`);
    return { code: next, map: null };
  },
});

/**
 * In a single file, the validator is no module next to it in dist/ but the
 * file VALIDATOR in the same folder as the single file. After a failed load,
 * another URL: the failed one may stay failed for good.
 */
const lazyValidator = (module) =>
  nextToFile(module, 'lazy-validator', {
    id: '/data/validator.js',
    from: './check.js',
    url: `'./${VALIDATOR}' + (failures ? '?retry=' + failures : '')`,
  });

/** The search code's file, next to each per-tag file that loads it. */
const SEARCH = 'oms-widgets.search.js';

/**
 * In a per-tag file, the search code (text indexes, word forms, typos) is
 * not inside but the file SEARCH in the same folder, loaded on first need
 * (src/internal/lazy-search.ts): a page that only browses never fetches it.
 * After a failed load, another URL: the failed one may stay failed for good.
 * The all-in-one files carry it, as their API exports it.
 */
const lazySearch = (module) =>
  nextToFile(module, 'lazy-search', {
    id: '/internal/lazy-search.js',
    from: '../core/search.js',
    url: `'./${SEARCH}' + (failures ? '?retry=' + failures : '')`,
  });

/**
 * Module `to` in place of `from` in a build: `eagerSearch`, `eagerEnglish`.
 */
const inPlaceOf = (name, from, to) => ({
  name,
  async resolveId(source, importer, options) {
    if (!source.endsWith(`/${from}`)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    // Another plugin may have resolved it through this one already.
    if (!resolved?.id.endsWith(`/${from}`)) return resolved;
    return { ...resolved, id: resolved.id.slice(0, -from.length) + to };
  },
});

/**
 * The all-in-one files carry the search (their API exports it): their
 * elements use it at once, through src/internal/eager-search.ts in place of
 * lazy-search.ts, with none of the loading's code or strings.
 */
const eagerSearch = inPlaceOf('eager-search', 'lazy-search.js', 'eager-search.js');

/**
 * Every single file carries its English strings, self-contained
 * (src/i18n/english-eager.ts in place of english.ts); the npm build loads
 * them on first need, so that an app's bundler splits them off.
 */
const eagerEnglish = inPlaceOf('eager-english', 'english.js', 'english-eager.js');

/**
 * A per-tag file keeps only the English strings its own code asks for: the
 * translations (src/i18n/locales/en.ts) are one object of every string, and
 * each message names its id (`npm run i18n:check` holds that).
 */
const ownStrings = {
  name: 'own-strings',
  renderChunk(code) {
    const used = new Set([...code.matchAll(/\bid: '([\w-]+)'/g)].map((match) => match[1]));
    const kept = code.replace(/^\s*'([\w-]+)': (?:str )?`(?:[^`\\]|\\.)*`,\n/gm, (line, id) =>
      used.has(id) ? line : '',
    );
    return { code: kept, map: null };
  },
};

// A classic script's top-level `var OmsWidgets` is its API: terser must not
// treat it as module scope and drop it.
const singleFile = (module, ...extra) => [
  tscOutput,
  eagerEnglish,
  lazyValidator(module),
  ...extra,
  nodeResolve({ exportConditions: ['browser', 'import', 'default'] }),
  minifyTemplates(),
  terser({
    ecma: 2021,
    module,
    toplevel: module,
    compress: { passes: 2 },
    format: { comments: false },
  }),
];

/** A classic per-tag file's entry: the define module, with nothing exported to a global. */
const cdnEntry = {
  name: 'cdn-entry',
  resolveId: (id) => (id.startsWith('cdn-entry:') ? `\0${id}` : null),
  load: (id) =>
    id.startsWith('\0cdn-entry:')
      ? `import ${JSON.stringify(`${process.cwd()}/${TSC}/components/${id.slice(11)}/define.js`)};`
      : null,
};

export default [
  {
    input: Object.fromEntries(entries.map((entry) => [entry, `${TSC}/${entry}.js`])),
    // Dependencies (lit, zod, …) are the app's to bundle.
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: TSC,
      sourcemap: true,
    },
    plugins: [tscOutput, minifyTemplates()],
  },
  {
    input: `${TSC}/bundle.js`,
    output: { file: 'dist/oms-widgets.js', format: 'es', sourcemap: true },
    plugins: singleFile(true, eagerSearch, ownStrings),
  },
  {
    input: `${TSC}/bundle.js`,
    output: {
      file: 'dist/oms-widgets.classic.js',
      format: 'iife',
      name: 'OmsWidgets',
      intro: captureScriptUrl,
      sourcemap: true,
    },
    plugins: singleFile(false, eagerSearch, ownStrings),
  },
  {
    input: `${TSC}/core/search.js`,
    output: { file: `dist/cdn/${SEARCH}`, format: 'es', sourcemap: true },
    plugins: singleFile(true),
  },
  {
    input: `${TSC}/data/check.js`,
    output: [
      { file: `dist/${VALIDATOR}`, format: 'es', sourcemap: true },
      { file: `dist/cdn/${VALIDATOR}`, format: 'es', sourcemap: true },
    ],
    plugins: singleFile(true),
  },
  ...tags.flatMap((tag) => [
    {
      input: `${TSC}/components/${tag}/define.js`,
      output: { file: `dist/cdn/${tag}.js`, format: 'es', sourcemap: true },
      plugins: singleFile(true, ownStrings, lazySearch(true)),
    },
    {
      input: `cdn-entry:${tag}`,
      output: {
        file: `dist/cdn/${tag}.classic.js`,
        format: 'iife',
        intro: captureScriptUrl,
        sourcemap: true,
      },
      plugins: [cdnEntry, ...singleFile(false, ownStrings, lazySearch(false))],
    },
  ]),
];
