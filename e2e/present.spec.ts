import { expect, test } from '@playwright/test';
import { LAYOUT_ONLY, open } from './helpers';

// (What is read is the page's state and layout, not pixels: drawn at half the pixel ratio, `LAYOUT_ONLY`.)
test.use(LAYOUT_ONLY);

const presentation = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.atlas!.state().presentation);

// The keys that step through the chapters and Escape: presentFrame.spec.ts, at a projector's 1024×768.

// With reduced motion it never starts: presentFrame.spec.ts (which runs with reduced motion) asks for it.
test('autoplay starts when asked', async ({ page }) => {
  await open(page, './?present=1&autoplay=1');
  expect((await presentation(page))?.autoplay).toBe(true);
});
