// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-subpath/',
      '.astro/',
      '.scratch/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/out/',
      'bench/.cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, projectService: false, project: true },
    },
    rules: {
      // Template expressions in .astro markup type as `error` to the parser; `astro check`
      // type-checks them instead.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Only src/data reads the collections.
    files: ['src/**/*.{ts,astro}'],
    ignores: ['src/data/**', 'src/content.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              importNames: ['getCollection', 'getEntry', 'getEntries'],
              message: 'Read content through src/data.',
            },
          ],
        },
      ],
    },
  },
  {
    // Layout math runs at build time in Node and again in the browser: no DOM, no Astro.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro:*'], message: 'src/lib is pure: no Astro modules.' },
            {
              group: ['d3-selection', 'd3-zoom', 'd3-drag', 'd3-brush', 'd3-transition'],
              message: 'src/lib is pure: DOM-bound d3 modules belong in src/islands.',
            },
            { group: ['**/data', '**/data/index'], message: 'src/lib must not read content.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/lib runs in Node too: no window.' },
        { name: 'document', message: 'src/lib runs in Node too: no document.' },
      ],
    },
  },
  {
    // The host-page script: plain browser JavaScript of the widest reach, on other sites' pages.
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
    rules: { '@typescript-eslint/prefer-for-of': 'off' },
  },
  {
    // Benchmarks run in Node and hand some functions to the page.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Code that runs in the browser, and test callbacks evaluated in the page.
    files: [
      'src/islands/**/*',
      'src/components/**/*',
      'tests/e2e/**/*.ts',
      'tests/support/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
);
