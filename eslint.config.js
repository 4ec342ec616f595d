// Correctness rules only (formatting is Prettier's job). The per-folder import rules make the
// one-way data flow of CONVENTIONS.md mechanical: core imports nothing of ours, pipeline/map/ui
// import only core, app composes them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ours = (folders) =>
  folders.map((f) => ({ group: [`**/${f}/*`, `../${f}/*`, `./${f}/*`], message: `may not import ${f}/` }));

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'public/data', '.cache', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    // Tests may read fixture files; the code under test may not.
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:fs', 'node:path', 'fs', 'path', 'maplibre-gl'].map((name) => ({
            name,
            message: 'core is pure: no I/O, no DOM, no map',
          })),
          patterns: ours(['pipeline', 'map', 'ui', 'app']),
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'document', 'window'],
    },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ours(['map', 'ui', 'app']) }] },
  },
  {
    files: ['src/map/**/*.ts', 'src/ui/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ours(['pipeline', 'app']) }] },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ours(['pipeline']) }] },
  },
);
