// Correctness rules only (formatting is Prettier's job). The per-folder import rules make the
// one-way data flow of CONVENTIONS.md mechanical: core imports nothing of ours, pipeline/map/ui
// import only core, app composes them; the page (map, ui, app, and the core rooms it uses) never
// reaches build-only code (core/rows, core/geo, core/intake, pipeline, bench).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ours = (folders) =>
  folders.map((f) => ({
    group: [`**/${f}/*`, `../${f}/*`, `./${f}/*`, `**/${f}`],
    message: `may not import ${f}/`,
  }));
/** Rooms of core that only the build step uses (CSV rows, the gazetteer and geocoder, article intake). */
const BUILD_ONLY = ['core/rows', 'core/geo', 'core/intake', 'rows', 'geo', 'intake'];

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'public/data', '.cache', '.e2e', 'test-results', 'playwright-report'],
  },
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
    ignores: ['src/core/**/*.test.ts', 'src/core/**/fixtures/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:fs', 'node:path', 'fs', 'path', 'maplibre-gl'].map((name) => ({
            name,
            message: 'core is pure: no I/O, no DOM, no map',
          })),
          patterns: ours(['pipeline', 'map', 'ui', 'app', 'bench']),
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'document', 'window'],
    },
  },
  {
    // The rooms of core the page bundles: they may not pull build-only rooms into it.
    files: ['src/core/*.ts', 'src/core/view/**/*.ts', 'src/core/draw/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/**/fixtures/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:fs', 'node:path', 'fs', 'path', 'maplibre-gl'].map((name) => ({
            name,
            message: 'core is pure: no I/O, no DOM, no map',
          })),
          patterns: ours(['pipeline', 'map', 'ui', 'app', 'bench', ...BUILD_ONLY]),
        },
      ],
    },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ours(['map', 'ui', 'app', 'bench']) }] },
  },
  {
    files: ['src/map/**/*.ts', 'src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ours(['pipeline', 'app', 'bench', 'core/rows', 'core/geo', 'core/intake']) },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts', 'src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ours(['pipeline', 'bench', 'core/rows', 'core/geo', 'core/intake']) },
      ],
    },
  },
);
