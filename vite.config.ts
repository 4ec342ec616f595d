import { defineConfig } from 'vitest/config';

// Relative base: the built site works under any sub-path (newsroom CMS folders, iframes).
export default defineConfig({
  base: './',
  build: {
    // No inline module-preload polyfill: the page runs under a CSP without inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
