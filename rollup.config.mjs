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
//   load on first need: dist/cdn/oms-widgets.search.js;
// - the English strings, which every single file loads only for an element
//   that speaks English: dist/oms-widgets.en.js for the all-in-one files,
//   dist/cdn/<tag>.en.js (that element's strings alone) for each per-tag file.
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
 * The all-in-one files carry the search (their API exports it): their
 * elements use it at once, through src/internal/eager-search.ts in place of
 * lazy-search.ts, with none of the loading's code or strings.
 */
const eagerSearch = {
  name: 'eager-search',
  async resolveId(source, importer, options) {
    if (!source.endsWith('/lazy-search.js')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return (
      resolved && { ...resolved, id: resolved.id.replace(/lazy-search\.js$/, 'eager-search.js') }
    );
  },
};

/**
 * The English strings (src/i18n/locales/en.ts) are one object of every
 * string, each message naming its id (`npm run i18n:check` holds that), and
 * a single file loads them from a file next to it, on first need, that
 * holds only the strings its own code asks for. `usedStrings(key)` records
 * the ids a single file's code names; `ownStrings(key)`, in the build of the
 * strings' file, which comes after, keeps only those.
 */
const stringIds = new Map();
const usedStrings = (key) => ({
  name: 'used-strings',
  renderChunk(code) {
    const ids = stringIds.get(key) ?? new Set();
    for (const match of code.matchAll(/\bid: '([\w-]+)'/g)) ids.add(match[1]);
    stringIds.set(key, ids);
    return null;
  },
});
const ownStrings = (key) => ({
  name: 'own-strings',
  renderChunk(code) {
    const used = stringIds.get(key);
    if (!used) this.error(`the strings of ${key} are built before its own file`);
    const kept = code.replace(/^\s*'([\w-]+)': (?:str )?`(?:[^`\\]|\\.)*`,\n/gm, (line, id) =>
      used.has(id) ? line : '',
    );
    return { code: kept, map: null };
  },
});

/** The English strings' file of a single file: `<name>.en.js` next to it. */
const stringsFile = (name) => `${name}.en.js`;

/**
 * In a single file, the English strings are no module next to it in dist/
 * but the file `stringsFile(name)` in its own folder, loaded on first need.
 * After a failed load, another URL: the failed one may stay failed for good.
 */
const lazyStrings = (module, name) =>
  nextToFile(module, 'lazy-strings', {
    id: '/i18n/localize.js',
    from: './locales/en.js',
    url: `'./${stringsFile(name)}' + (failures ? '?retry=' + failures : '')`,
  });

/** The build of a single file's English strings, `dir/<name>.en.js`. */
const strings = (dir, name) => ({
  input: `${TSC}/i18n/locales/en.js`,
  output: { file: `${dir}/${stringsFile(name)}`, format: 'es', sourcemap: true },
  plugins: singleFile(true, ownStrings(name)),
});

// A classic script's top-level `var OmsWidgets` is its API: terser must not
// treat it as module scope and drop it.
const singleFile = (module, ...extra) => [
  tscOutput,
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
    plugins: singleFile(
      true,
      eagerSearch,
      lazyStrings(true, 'oms-widgets'),
      usedStrings('oms-widgets'),
    ),
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
    plugins: singleFile(
      false,
      eagerSearch,
      lazyStrings(false, 'oms-widgets'),
      usedStrings('oms-widgets'),
    ),
  },
  strings('dist', 'oms-widgets'),
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
      plugins: singleFile(true, lazySearch(true), lazyStrings(true, tag), usedStrings(tag)),
    },
    {
      input: `cdn-entry:${tag}`,
      output: {
        file: `dist/cdn/${tag}.classic.js`,
        format: 'iife',
        intro: captureScriptUrl,
        sourcemap: true,
      },
      plugins: [
        cdnEntry,
        ...singleFile(false, lazySearch(false), lazyStrings(false, tag), usedStrings(tag)),
      ],
    },
    strings('dist/cdn', tag),
  ]),
];
