// @ts-check
/**
 * ESLint (flat config): the recommended JavaScript and typescript-eslint rules, without type-aware rules so that
 * `npm run lint` stays fast. Formatting is Prettier's business (.prettierrc.json), not ESLint's.
 */
const { defineConfig } = require('eslint/config');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = defineConfig(
  { ignores: ['dist/', 'lib/', 'out/', 'node_modules/', 'coverage/', 'test/fixtures/', 'examples/', 'security/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // A disable comment for a rule that reports nothing there is stale: an error, so none accumulate again.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Text hygiene matches control characters on purpose (XML-forbidden characters, vertical tab and form feed).
      'no-control-regex': 'off',
      // `_name` marks a parameter or binding kept for its position or to drop a property.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Inside the core, a module imports from the module that defines a name, never through a folder's index: tsc
    // compiles each re-export to a getter that runs on every call, which cost the unit reader a sixth of its time.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(\\.\\./)+(calendar|compare|consolidate|expected|fixlist|report|settings|staff|summary|text|training|tthc|unit)(/index)?$',
              message: 'Import from the module that defines the name, not from the folder index.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^\\./(calendar|compare|consolidate|expected|fixlist|report|settings|staff|summary|text|training|tthc|unit)(/index)?$',
              message: 'Import from the module that defines the name, not from the folder index.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain CommonJS: scripts, benchmarks, the fuzz engine, build and test configs.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Excel's custom-functions metadata reads a parameter's type from its TypeScript type: `any[][]` is a range of
    // any values, which `unknown[][]` would not declare.
    files: ['src/functions/functions.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tests load the repository's plain-CommonJS scripts with require() and read parsed JSON as `any`.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The browser doors and what runs in Chromium.
    files: [
      'src/taskpane/**',
      'src/functions/**',
      'src/excel/**',
      'test/browser/**',
      'test/support/office-double/**',
      'bench/taskpane.bench.js',
      'bench/pane-parse.js',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
);
