import { expect, test } from '@playwright/test';
import { holdMap, open } from './helpers';

test.use({ viewport: { width: 1000, height: 700 } });

// The search, the list and the live region are the page's own: they work before the map has started
// (each map start costs seconds of software WebGL), and they are what is tested here. The map's code
// is held: a key or a focus, a reader's first interaction, would start it beside the test.
const noMap = { map: false };
test.beforeEach(({ page }) => holdMap(page));

test('keyboard only: find Quảng Ninh, select it, read its events', async ({ page }) => {
  await open(page, './?lang=fr#date=2025-03-01', noMap);
  // Tab from the top of the page to the search box.
  let guard = 0;
  while (
    !(await page.evaluate(() => document.activeElement?.getAttribute('type') === 'search')) &&
    guard++ < 10
  )
    await page.keyboard.press('Tab');
  await page.keyboard.type('quang ninh');
  await page.keyboard.press('Enter');
  await expect(page.locator('aside.details h2')).toHaveText('Quảng Ninh');
  await expect(page.locator('aside.details li[data-event]')).toHaveCount(3);
  await expect(page.locator('aside.details')).toContainText('Source :');
  await page.keyboard.press('Escape');
  await expect(page.locator('aside.details')).toBeHidden();
});

test('the visible partnerships are listed as buttons that select their arc, in step with the timeline', async ({
  page,
}) => {
  await open(page, './?lang=fr#date=2019-01-01', noMap);
  const items = page.locator('#visible button');
  await expect(items).toHaveCount(1);
  await page.evaluate(() => window.atlas?.setDate('2023-12-01'));
  await expect(items).toHaveCount(6);
  // One per row, all as wide, their words from their left edge: a list, not a ragged heap of buttons.
  const looks = await items.evaluateAll((els) =>
    els.map((el) => ({
      width: Math.round(el.getBoundingClientRect().width),
      align: getComputedStyle(el).textAlign,
    })),
  );
  expect(new Set(looks.map((l) => l.width)).size).toBe(1);
  expect(new Set(looks.map((l) => l.align))).toEqual(new Set(['start']));
  await page.locator('#visible button[data-arc="VN-13~JP-01"]').focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => window.atlas?.state().selection)).toBe('VN-13~JP-01');
  await expect(page.locator('#visible button[data-arc="VN-13~JP-01"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a polite live region announces the date and what appeared, once scrubbing stops', async ({ page }) => {
  // The page's clock is the test's: a loaded machine (CI ran 4 browsers on 2 cores) once took over
  // the announcer's 700 ms of quiet between two key presses, and it spoke mid-scrub, as it should.
  await page.clock.install();
  await open(page, './?lang=fr#date=2023-11-01', noMap);
  const live = page.locator('#announcer');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await page.clock.pauseAt(Date.now() + 60_000);
  const before = await live.textContent();
  const scrub = page.locator('.timeline .scrub');
  await scrub.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await page.clock.runFor(100);
  // Scrubbing: not a word yet, though the date moved 20 days.
  await expect(scrub).toHaveAttribute('aria-valuetext', /21 novembre 2023/);
  expect(await live.textContent()).toBe(before);
  await page.clock.runFor(700);
  await expect(live).toHaveText(/^21 novembre 2023 : 3 événements\. Nouveau : Quảng Ninh ↔ Hokkaidō/);
});
