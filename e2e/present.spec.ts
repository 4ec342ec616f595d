import { expect, test } from '@playwright/test';
import { open } from './helpers';

const presentation = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.atlas!.state().presentation);

// The keys that step through the chapters and Escape: presentFrame.spec.ts, at a projector's 1024×768.

// With reduced motion it never starts: presentFrame.spec.ts (which runs with reduced motion) asks for it.
test('autoplay starts when asked', async ({ page }) => {
  await open(page, './?present=1&autoplay=1');
  expect((await presentation(page))?.autoplay).toBe(true);
});
