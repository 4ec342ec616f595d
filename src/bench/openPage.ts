import type { Page } from '@playwright/test';

/**
 * Opens a page of the atlas for a bench and waits until it is ready. The full page starts its
 * interactive map on the reader's first interaction: with `map` (the default), a pointer moving onto
 * a corner of the map starts it, and the bench waits until it is drawn (or known to be unavailable)
 * and idle. `onReady` runs as soon as the page says it is ready. Resolves with the ms from navigation
 * to ready and to the map drawn (null without `map`).
 */
export async function openAtlas(
  page: Page,
  url: string,
  { map = true, onReady }: { map?: boolean; onReady?: () => void } = {},
): Promise<{ ready: number; map: number | null }> {
  await page.goto(url);
  await page.waitForFunction(() => window.atlas?.state().ready === true, null, {
    polling: 'raf',
    timeout: 60_000,
  });
  onReady?.();
  const ready = await page.evaluate(() => performance.now());
  if (!map) return { ready, map: null };
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error(`${url}: no #map`);
  await page.mouse.move(box.x + 3, box.y + 3);
  await page.waitForFunction(() => /interactive|unavailable/.test(window.atlas?.state().map ?? ''), null, {
    polling: 'raf',
    timeout: 60_000,
  });
  const shown = await page.evaluate(() => performance.now());
  await page.evaluate(() => window.atlas?.idle());
  return { ready, map: shown };
}
