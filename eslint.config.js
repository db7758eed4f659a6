// ESLint flat config: JavaScript and TypeScript recommended rules, Astro components, zero warnings
// (`npm run lint` passes --max-warnings 0). Formatting is Prettier's job, not ESLint's.
// eslint-plugin-jsx-a11y is left out: its peer range stops at ESLint 9, and axe-core audits the built pages.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.astro/',
      'public/',
      'tests/bench/results/',
      'test-results/',
      'playwright-report/',
      // Project-local Python environments and caches made by the test tools (see .gitignore).
      '.venvs/',
      '.cache/',
      '.tmp-content/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed parameters and destructured names are deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // `typeof import('pyodide')` types a module that a worker loads at run time.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
);
