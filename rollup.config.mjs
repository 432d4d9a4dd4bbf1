// The single-file builds, bundled from tsc's output (`npm run build` runs tsc
// first): an ES module for <script type="module"> and a classic script for
// CMSes that strip type="module". Lit, zod/mini and the dataset are inside.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// A classic script's top-level `var OmsWidgets` is its API: terser must not
// treat it as module scope and drop it.
const plugins = (module) => [
  nodeResolve({ exportConditions: ['browser', 'import', 'default'] }),
  terser({ ecma: 2021, module, toplevel: module, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: 'dist/bundle.js',
    output: { file: 'dist/oms-widgets.js', format: 'es', sourcemap: true },
    plugins: plugins(true),
  },
  {
    input: 'dist/bundle.js',
    output: { file: 'dist/oms-widgets.classic.js', format: 'iife', name: 'OmsWidgets', sourcemap: true },
    plugins: plugins(false),
  },
];
