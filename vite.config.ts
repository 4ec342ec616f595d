import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LANGS, type Lang } from './src/core/i18n';
import { maplibreGlyphFix } from './src/pipeline/maplibreGlyphFix';
import { publicationHtmlPlugin, publishPlugin, type HeaderWords } from './src/pipeline/publish';
import { translator, type MessageKey } from './src/ui/messages';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
/** The static files and the built data: `public/`, or the fixture site's copy (e2e/site.ts). */
const publicDir = process.env.ATLAS_PUBLIC_DIR ?? 'public';
/** The static header's words in every language, written into the HTML for the first paint. */
const inLangs = (key: MessageKey) =>
  Object.fromEntries(LANGS.map((l) => [l, translator(l)(key)])) as Record<Lang, string>;
const words: HeaderWords = {
  loading: inLangs('loading'),
  legendArc: inLangs('legendArc'),
  legendFlow: inLangs('legendFlow'),
  legendArea: inLangs('legendArea'),
  legendNames: inLangs('legendNames'),
  legendNameVn: inLangs('legendNameVn'),
  legendNamePartner: inLangs('legendNamePartner'),
  fullMap: inLangs('fullMap'),
};

// Relative base: the built site works under any sub-path (newsroom CMS folders, iframes).
export default defineConfig({
  base: './',
  publicDir,
  // Precompressed assets and the version stamp (dist/version.json); the page shows the app version too.
  // The publication frame's title and standfirst in the HTML (the header's final height at first paint).
  plugins: [
    publishPlugin({
      appVersion: pkg.version,
      dataFile: `${publicDir}/data/atlas.json`,
      // The browser tests' site (e2e/site.ts) asks for fast compression; a published build, the best.
      brotliQuality: process.env.ATLAS_BROTLI_QUALITY ? Number(process.env.ATLAS_BROTLI_QUALITY) : undefined,
    }),
    publicationHtmlPlugin({ dataFile: `${publicDir}/data/atlas.json`, words }),
    // MapLibre drew Vietnamese capitals with two marks above (Ố, Ấ) a third of an em low.
    maplibreGlyphFix({ build: true }),
  ],
  // (The dev server prebundles MapLibre: the fix goes there too.)
  optimizeDeps: { rolldownOptions: { plugins: [maplibreGlyphFix()] } },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    // No inline module-preload polyfill: the page runs under a CSP without inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // MapLibre in a chunk of its own: it changes rarely (long cache), and `npm run bench` can weigh
    // our own code against the 60 KB gzip budget apart from it.
    rolldownOptions: {
      // The full page and the embed view (same script; embed.html's static chrome avoids layout shifts).
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
    chunkSizeWarningLimit: 1100,
  },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts'],
    // A test that reads data/*.csv (the journalists' data) fails at once.
    setupFiles: ['src/test/noEditorialData.ts'],
    testTimeout: 20_000,
    // One worker per core: Vitest's default keeps one core free, which on the 2-core CI machines
    // means one worker, and the unit tests took 82 s instead of 55.
    maxWorkers: availableParallelism(),
    // The test files of a worker share its modules instead of importing them again, each in a fresh
    // context: 42 s instead of 70 for the 75 files here, most of the difference being imports of the
    // pipeline and the gazetteer. No test mocks a module or stubs a global, and none may (there is no
    // isolation to undo it); the editorial-data guard is set once per worker.
    isolate: false,
  },
});
