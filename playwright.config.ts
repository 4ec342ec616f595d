import { defineConfig } from '@playwright/test';

// Browser tests run against the production build (served by e2e/serve.ts) in Debian's Chromium:
// Playwright's own browser download cannot work on these machines (see README).
const PORT = Number(process.env.E2E_PORT ?? 4317);
const SUB_PATH = '/news/maps/atlas/';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  // Two workers for two cores: a third made the run slower and the 4K and video tests time out.
  workers: 2,
  // Tests share no state (house style): spreading a file's tests over the workers keeps the long files
  // (axe, readability, screenshots) from leaving one worker alone at the end.
  fullyParallel: true,
  reporter: [['list']],
  snapshotPathTemplate: '{testDir}/screenshots/{arg}{ext}',
  // Software rendering differs by a few anti-aliased pixels between runs and Chromium builds; the pale
  // basemap colours are close, so the per-pixel threshold is tight (a reframed map must fail).
  expect: { toHaveScreenshot: { threshold: 0.1, maxDiffPixelRatio: 0.003, animations: 'disabled' } },
  use: {
    // The built site from a sub-path, as a newsroom publishes it (e2e/serve.ts: headers, .br/.gz).
    baseURL: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    // The atlas follows the browser's language; the suite reads the French interface unless a test
    // asks for another (?lang=vi, ?lang=en).
    locale: 'fr-FR',
    // Reduced motion unless a test asks for motion (an arc drawn in, a presentation's autoplay): the
    // page then frames, fades and draws in at once, and software WebGL draws no animation frames no
    // test reads (each about 0.1 s of CPU on the two cores the workers share).
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        // WebGL still runs in SwiftShader; the page itself is composited by Skia on the CPU, which on
        // these GPU-less machines is a third faster than compositing through SwiftShader (map starts:
        // 6.2–7.7 s instead of 9.4–13.9 s at 1280×800, 13–15 s instead of 18–20 s at 4K).
        '--disable-gpu-compositing',
        '--disable-background-networking',
        '--disable-component-update',
        // No optimizing JavaScript compilers (TurboFan, Maglev): a test's page lives for seconds, and
        // compiling MapLibre for speed cost about 2.6 s of CPU per map start (a trace: V8's concurrent
        // compile tasks), on the two cores the two workers share. The same behaviour, interpreted and
        // baseline-compiled: the heaviest specs (readability, first view, presentation) took 5.3 min
        // instead of 5.7, and 4.2 instead of 4.7. Speed is measured by `npm run bench`, with the
        // browser's defaults.
        '--js-flags=--no-opt --no-maglev',
      ],
    },
  },
  webServer: {
    command: `npx tsx e2e/serve.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
