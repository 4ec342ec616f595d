import { expect, test } from '@playwright/test';
import { open } from './helpers';

const presentation = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.atlas!.state().presentation);

test('presentation keys step through the chapters in time order, and Escape leaves', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page, './?present=1&lang=en');
  expect(await presentation(page)).toEqual({ chapter: 0, of: 5, autoplay: false });
  expect(await page.evaluate(() => window.atlas!.state().date)).toBe('2018-11-21');
  await expect(page.locator('.chapter h2')).toHaveText('Hanoi seeks closer ties with Astana');
  await expect(page.locator('.chapter .source')).toContainText('Nhân Dân');
  const dates: string[] = [];
  for (const key of ['ArrowRight', 'PageDown', 'ArrowRight', 'PageDown']) {
    await page.keyboard.press(key);
    dates.push(await page.evaluate(() => window.atlas!.state().date));
  }
  expect(dates).toEqual(['2023-02-22', '2023-11-17', '2024-11-01', '2025-02-20']);
  expect((await presentation(page))?.chapter).toBe(4);
  await page.keyboard.press('PageDown'); // past the end: stays on the last chapter
  expect((await presentation(page))?.chapter).toBe(4);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  expect((await presentation(page))?.chapter).toBe(2);
  expect(await page.evaluate(() => window.atlas!.state().selection)).toBe('JP-01');
  // The caption fits the projector's screen.
  const panel = await page.locator('.chapter').boundingBox();
  expect((panel?.x ?? 0) + (panel?.width ?? 0)).toBeLessThanOrEqual(1024);
  await page.keyboard.press('Escape');
  expect(await presentation(page)).toBeNull();
  await expect(page.locator('.chapter')).toHaveCount(0);
  await expect(page.locator('#timeline')).toBeVisible();
});

// With reduced motion it never starts: presentFrame.spec.ts (which runs with reduced motion) asks for it.
test('autoplay starts when asked', async ({ page }) => {
  await open(page, './?present=1&autoplay=1');
  expect((await presentation(page))?.autoplay).toBe(true);
});
