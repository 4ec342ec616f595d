import { expect, test, type Page } from '@playwright/test';
import { MAP_THEMES } from '../src/core/theme';
import { open } from './helpers';

/**
 * Share of the map's pixels (a screenshot of #map, decoded in the page) within 12 of each RGB channel
 * of each colour.
 */
async function mapShare(page: Page, colours: string[]): Promise<number[]> {
  const png = await page.locator('#map').screenshot();
  return page.evaluate(
    async ({ b64, colours }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const rgb = colours.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
      const counts = rgb.map(() => 0);
      for (let i = 0; i < data.length; i += 4)
        rgb.forEach((k, j) => {
          if (k.every((v, ch) => Math.abs(data[i + ch]! - v) <= 12)) counts[j]!++;
        });
      return counts.map((n) => n / (data.length / 4));
    },
    { b64: png.toString('base64'), colours },
  );
}

const { light, dark } = MAP_THEMES;
const interactive = (page: Page) =>
  expect.poll(() => page.evaluate(() => window.atlas?.state().map)).toBe('interactive');

test.describe('with the reader’s system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the page, its first picture and the map are dark; ?theme=light wins over the system', async ({
    page,
  }) => {
    await open(page, './#date=2025-03-01');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(18, 20, 22)');
    expect(await page.locator('img.first-view').evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(
      /first-view-dark\.svg$/,
    );
    await interactive(page);
    await page.evaluate(() => window.atlas?.idle());
    const [darkSea, darkArc, lightSea] = await mapShare(page, [dark.background, dark.arc, light.background]);
    expect(darkSea).toBeGreaterThan(0.15);
    expect(darkArc).toBeGreaterThan(0.0001);
    expect(lightSea).toBe(0);

    await open(page, './?theme=light#date=2025-03-01');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await interactive(page);
    await page.evaluate(() => window.atlas?.idle());
    const [sea, seaDark] = await mapShare(page, [light.background, dark.background]);
    expect(sea).toBeGreaterThan(0.15);
    expect(seaDark).toBe(0);
  });
});

test('the open map follows the reader switching their system to dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, './#date=2025-03-01&sel=VN-13');
  await interactive(page);
  await page.evaluate(() => window.atlas?.idle());
  expect((await mapShare(page, [light.background]))[0]).toBeGreaterThan(0.15);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.evaluate(() => window.atlas?.idle());
  const [sea, outline, stale] = await mapShare(page, [dark.background, dark.activeLine, light.background]);
  expect(sea).toBeGreaterThan(0.15);
  expect(outline).toBeGreaterThan(0.0005);
  expect(stale).toBe(0);
});

test('?theme=dark in a light browser: the embed shows the dark picture at once and passes the scheme on', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, './embed.html?lang=en&theme=dark#date=2025-03-01');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const picture = page.locator('img.first-view');
  expect(await picture.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(/first-view-dark\.svg$/);
  expect(await page.evaluate(() => window.atlas?.state().map)).toBe('static');
  const [sea, lightSea] = await mapShare(page, [dark.background, light.background]);
  expect(sea).toBeGreaterThan(0.15);
  expect(lightSea).toBe(0);
  await expect(page.locator('a.full-map')).toHaveAttribute('href', /\?theme=dark#/);

  await open(page, './?lang=en&theme=dark#date=2025-03-01');
  await page.locator('.share summary').click();
  await page.locator('.share-panel [data-action=embed]').click();
  await expect(page.locator('.embed-dialog textarea')).toHaveValue(/embed\.html\?lang=en&amp;theme=dark#/);
});
