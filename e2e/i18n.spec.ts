import { expect, test } from '@playwright/test';
import { open } from './helpers';

// The timeline and the page's words do not need the live map: the pages stay on their first picture
// (starting MapLibre in software WebGL costs each test seconds).
test.use({ viewport: { width: 1000, height: 700 } });

test('lang=vi: Vietnamese interface, names with diacritics, <html lang>', async ({ page }) => {
  await open(page, './?lang=vi#date=2025-03-01&sel=VN-13', { map: false });
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('aside.details h2')).toHaveText('Quảng Ninh');
  await expect(page.locator('#status')).toContainText('Tính đến ngày 1 tháng 3');
  await expect(page.getByRole('searchbox')).toHaveAttribute('placeholder', 'Tìm kiếm');
  await expect(page.locator('aside.details .when').first()).toContainText('Ủy ban công tác liên hợp');
});

test('lang=fr: French exonyms (Hanoï) and French dates; en: Hanoi', async ({ page }) => {
  await open(page, './?lang=fr#date=2019-01-01&sel=VN-HN', { map: false });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('aside.details h2')).toHaveText('Hanoï');
  await expect(page.locator('#status')).toHaveText(
    'Jusqu’au 1er janvier 2019 : 1 événement · 1 lien entre 1 province vietnamienne et 1 partenaire étranger',
  );
  await open(page, './?lang=en#date=2019-01-01&sel=VN-HN', { map: false });
  await expect(page.locator('aside.details h2')).toHaveText('Hanoi');
  await expect(page.locator('#status')).toHaveText(
    'Up to 1 January 2019: 1 event · 1 link between 1 Vietnamese province and 1 foreign partner',
  );
});

test('the browser language is used when the link names none; the switcher changes it and the URL keeps it', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-US', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await open(page, './#date=2023-12-01', { map: false });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').selectOption('vi');
  await page.waitForFunction(
    () => document.documentElement.lang === 'vi' && window.atlas?.state().ready === true,
  );
  expect(new URL(page.url()).hash).toContain('lang=vi');
  expect(await page.evaluate(() => window.atlas?.state().date)).toBe('2023-12-01');
  await context.close();
});

test('the timeline reads its date as words to screen readers', async ({ page }) => {
  await open(page, './?lang=fr#date=2023-03-01', { map: false });
  await expect(page.locator('.timeline .scrub')).toHaveAttribute('aria-valuetext', '1er mars 2023');
});

// (The live map's credit in the reader's language is checked with the map started in e2e/map.spec.ts,
// 'a place with no partnership': a map start costs seconds.)
