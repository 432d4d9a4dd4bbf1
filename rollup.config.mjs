// Every JavaScript file of dist/, from tsc's output in build/tsc/ (`npm run
// build` runs tsc first; tsc writes the declarations to dist/ itself):
//
// - the npm modules, one file per source module (dependencies stay imports);
// - the single-file builds: an ES module for <script type="module"> and a
//   classic script for CMSes that strip type="module", with Lit, zod/mini and
//   the dataset inside.
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
  ...tags.flatMap((tag) => [`components/${tag}/${tag}`, `components/${tag}/define`]),
];

// A classic script's top-level `var OmsWidgets` is its API: terser must not
// treat it as module scope and drop it.
const singleFile = (module) => [
  tscOutput,
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
    plugins: singleFile(true),
  },
  {
    input: `${TSC}/bundle.js`,
    output: {
      file: 'dist/oms-widgets.classic.js',
      format: 'iife',
      name: 'OmsWidgets',
      sourcemap: true,
    },
    plugins: singleFile(false),
  },
];
