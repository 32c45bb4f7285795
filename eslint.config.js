// @ts-check
/**
 * ESLint, set up as the Astro ecosystem does (withastro/starlight): ESLint's and typescript-eslint's
 * recommended rules with type information, and eslint-plugin-astro for .astro files. Formatting is
 * Prettier's job (prettier.config.js); no rule here is about layout.
 */
import { readFileSync } from 'node:fs';
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * What Git ignores (builds, caches, generated browser bundles, the CMS workflow clone), as ESLint
 * patterns: a pattern without an inner "/" matches at any depth, as in .gitignore.
 */
const gitIgnored = readFileSync(new URL('.gitignore', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'))
  .map((line) => (line.startsWith('/') ? line.slice(1) : line.replace(/\/$/, '').includes('/') ? line : `**/${line}`));

export default defineConfig(
  globalIgnores(gitIgnored, 'git-ignored files'),
  // Data, not code: content/ holds entries, the test fixtures deliberately broken inputs.
  globalIgnores(['content/', 'test/fixtures/']),

  // Everything but the browser scripts runs on Node.
  { languageOptions: { globals: { ...globals.nodeBuiltin } } },
  { files: ['public/js/**', 'src/scripts/**'], languageOptions: { globals: { ...globals.browser } } },

  eslint.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  // Type-aware rules, chosen for the bugs the compiler lets through: a promise nobody awaits (a
  // test that ends before its check, an unhandled rejection), a promise where a callback's result
  // is ignored, `await` on what is not a promise, "[object Object]" written into a page or a
  // message. (recommendedTypeChecked's no-unsafe-* family mostly flags YAML parsed as `any` in
  // tests; `astro check` already runs the compiler in strict mode.)
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/restrict-plus-operands': 'error',
    },
  },

  {
    rules: {
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          ignoreRestSiblings: true,
          varsIgnorePattern: '^_',
          argsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  // Tests read YAML front matter (`any`) and check its shape themselves.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
