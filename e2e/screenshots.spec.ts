import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

// Canonical views, compared with committed images that were looked at by a person (e2e/screenshots/).
// Regenerate after an intended visual change: `npx playwright test screenshots --update-snapshots`,
// then open the PNGs before committing them. The timeline's axis runs to today, so it is masked.
// (With reduced motion, as every spec: playwright.config.ts.)

async function shoot(page: Page, hash: string, name: string) {
  await open(page, hash.startsWith('../') ? hash : `./${hash}`);
  await again(page, name);
}

/** The page as it is now, once the map is idle. */
async function again(page: Page, name: string) {
  await page.evaluate(() => window.atlas?.idle());
  await expect(page).toHaveScreenshot(name, { mask: [page.locator('.timeline .track')] });
}

// Two canonical views from one map start (each start costs seconds of software WebGL): the second
// is reached as a reader gets there, by the date and the selection changing on the open map.
test('desktop, 1 August 2025: the 34-unit map; then 1 March 2025, Quảng Ninh selected', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await shoot(page, '#date=2025-08-01', 'desktop-2025-08.png');
  await page.evaluate(() => {
    window.atlas!.setDate('2025-03-01');
    window.atlas!.select('VN-13');
  });
  await again(page, 'desktop-quang-ninh-2025-03.png');
});

test('phone, 1 December 2023, Hokkaidō selected; then in the dark scheme, 1 March 2025, Quảng Ninh selected', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await shoot(page, '#date=2023-12-01&sel=JP-01', 'phone-hokkaido-2023-12.png');
  // The reader's system turns dark (the map follows it), and they move on.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => {
    window.atlas!.setDate('2025-03-01');
    window.atlas!.select('VN-13');
  });
  await again(page, 'phone-dark-quang-ninh-2025-03.png');
});

// The 300-event synthetic fixture (e2e/site.ts): the world at a newsroom's scale.
test('300 events, desktop, 1 June 2026: the world, with home in close-up; then Hà Nội selected', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await shoot(page, '../atlas-300/#date=2026-06-01', 'desktop-300-2026-06.png');
  await page.evaluate(() => window.atlas!.select('VN-HN'));
  await again(page, 'desktop-300-hanoi-2026-06.png');
});

test('300 events, phone, dark scheme, 1 June 2026', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, '../atlas-300/#date=2026-06-01', 'phone-dark-300-2026-06.png');
});
