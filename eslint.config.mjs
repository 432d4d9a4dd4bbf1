// ESLint: typescript-eslint with type information for the TypeScript, the
// Lit, Lit accessibility and web-component rules for the elements, and the
// recommended JavaScript rules for the scripts. Formatting is Prettier's
// (`npm run lint` runs both). A rule turned off or down says why.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'custom-elements.json',
      'bench/results/',
      // Generated: lit-localize's locale modules and the bundled dataset.
      'src/i18n/locales/',
      'src/i18n/locale-codes.ts',
      'src/data/generated/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // tsconfig.test.json covers src/ and test/ alike.
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [
      lit.configs['flat/recommended'],
      litA11y.configs.recommended,
      wc.configs['flat/best-practice'],
    ],
    rules: {
      // Lit calls a template's event listeners with the element as `this`
      // (`@click=${this.onClick}`), so methods passed there are bound.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests handle untyped values on purpose: hostile properties and data,
    // JSON from the test server, the globals of another frame's copy of the
    // library. Typing each of them would say nothing the assertions do not.
    files: ['test/**/*.ts', 'src/**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.js', 'test/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Node scripts and configs; the benchmarks also hold code run in the page.
    files: ['**/*.mjs', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // Unused arguments named with a leading underscore are deliberate
      // (a callback's signature); so are rest siblings used to drop a key.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a promise
      // (its DOM comparison); a plain `expect(a).to.equal(b)` is synchronous.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [{ from: 'package', package: '@types/chai', name: ['Equal'] }],
        },
      ],
    },
  },
);
