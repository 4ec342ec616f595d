import { expect, test, type Page } from '@playwright/test';
import { parse, wcagContrast } from 'culori';
import { MAP_THEMES } from '../src/core/draw/theme';
import { colourStats, holdMap, open } from './helpers';

/**
 * Share of the map's pixels (a screenshot of #map) within 12 of each RGB channel of each colour. (Not
 * the attribution's button: in the dark scheme its mark is light, and its edges' pixels pass for the
 * light sea.)
 */
const mapShare = async (page: Page, colours: string[]) =>
  (
    await colourStats(
      page,
      await page.locator('#map').screenshot({ mask: [page.locator('#map .maplibregl-ctrl-attrib')] }),
      colours,
    )
  ).map((s) => s.share);

const { light, dark } = MAP_THEMES;
/** The SVG the first-view picture shows now (the build's, or one drawn for the state asked). */
const pictureSvg = (page: Page) =>
  page.locator('img.first-view').evaluate(async (i: HTMLImageElement) => (await fetch(i.currentSrc)).text());
const interactive = (page: Page) =>
  expect.poll(() => page.evaluate(() => window.atlas?.state().map)).toBe('interactive');

test.describe('with the reader’s system in dark mode', () => {
  // The test reads the generated picture back with fetch(blob:), which the page's CSP rightly forbids.
  test.use({ colorScheme: 'dark', bypassCSP: true });

  test('the page, its first picture and the map are dark; the open map follows the system to light and back; ?theme=light wins over the system', async ({
    page,
  }) => {
    // (A map start, two redraws of its scheme and three page loads: 33–41 s in a full run.)
    test.slow(true, 'a map start, two schemes and three page loads');
    await open(page, './#date=2025-03-01', { map: false });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(18, 20, 22)');
    // The first picture is of the date asked, drawn dark.
    await expect.poll(() => pictureSvg(page)).toContain(`fill="${dark.background}"`);
    await open(page, './#date=2025-03-01');
    await interactive(page);
    await page.evaluate(() => window.atlas?.idle());
    const [darkSea, darkArc, lightSea] = await mapShare(page, [dark.background, dark.arc, light.background]);
    expect(darkSea).toBeGreaterThan(0.15);
    expect(darkArc).toBeGreaterThan(0.0001);
    expect(lightSea).toBe(0);

    // (The same map start.)
    await test.step('the open map follows the reader switching their system to light, then to dark', async () => {
      await page.evaluate(() => window.atlas?.select('VN-13'));
      await page.emulateMedia({ colorScheme: 'light' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await page.evaluate(() => window.atlas?.idle());
      const [lightNow, darkLeft] = await mapShare(page, [light.background, dark.background]);
      expect(lightNow).toBeGreaterThan(0.15);
      expect(darkLeft).toBe(0);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await page.evaluate(() => window.atlas?.idle());
      const [sea, outline, stale] = await mapShare(page, [
        dark.background,
        dark.activeLine,
        light.background,
      ]);
      expect(sea).toBeGreaterThan(0.15);
      expect(outline).toBeGreaterThan(0.0005);
      expect(stale).toBe(0);
      // The attribution's "i" button is light on dark, as the zoom buttons' marks (it was a black mark
      // on a half-white disc: a dim grey button on the dark map).
      const button = await page.locator('#map .maplibregl-ctrl-attrib-button').screenshot();
      expect((await colourStats(page, button, ['#ffffff'], 40))[0]!.share).toBeGreaterThan(0.15);
    });

    // The address's scheme wins: the page and the first picture (drawn for it) are light. (The map
    // takes its scheme from the same state, as the step above shows it following the system's.)
    await open(page, './?theme=light#date=2025-03-01', { map: false });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await expect.poll(() => pictureSvg(page)).toContain(`fill="${light.background}"`);
    const [sea, seaDark] = await mapShare(page, [light.background, dark.background]);
    expect(sea).toBeGreaterThan(0.15);
    expect(seaDark).toBe(0);
  });
});

test.describe('an address that asks for the dark scheme', () => {
  test.use({ bypassCSP: true });
  test('?theme=dark in a light browser: the embed shows the dark picture at once and passes the scheme on', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    // (Neither part needs the map: its code is held, or the press on the Share menu would start it.)
    await holdMap(page);
    await open(page, './embed.html?lang=en&theme=dark#date=2025-03-01');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => pictureSvg(page)).toContain(`fill="${dark.background}"`);
    expect(await page.evaluate(() => window.atlas?.state().map)).toBe('static');
    const [sea, lightSea] = await mapShare(page, [dark.background, light.background]);
    expect(sea).toBeGreaterThan(0.15);
    expect(lightSea).toBe(0);
    await expect(page.locator('a.full-map')).toHaveAttribute('href', /\?theme=dark#/);

    // (The snippet is the page's: it needs no map.)
    await open(page, './?lang=en&theme=dark#date=2025-03-01', { map: false });
    await page.locator('.share summary').click();
    await page.locator('.share-panel [data-action=embed]').click();
    await expect(page.locator('.embed-dialog textarea')).toHaveValue(/embed\.html\?lang=en&amp;theme=dark#/);
  });
});

for (const scheme of ['light', 'dark'] as const)
  test(`${scheme}: the search box's words and its placeholder read against the box (≥ 4.5:1)`, async ({
    page,
  }) => {
    // (The box took the browser's own colours: in the dark scheme a grey placeholder on a grey box,
    // 2.4:1.)
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, './', { map: false });
    const box = page.getByRole('searchbox');
    const c = await box.evaluate((el) => ({
      box: getComputedStyle(el).backgroundColor,
      words: getComputedStyle(el).color,
      placeholder: getComputedStyle(el, '::placeholder').color,
      page: getComputedStyle(document.body).backgroundColor,
    }));
    // A see-through box shows the page behind it.
    const behind = parse(c.box)?.alpha === 0 ? c.page : c.box;
    const ratio = (fg: string) => wcagContrast(parse(fg)!, parse(behind)!);
    expect(ratio(c.words), JSON.stringify(c)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(c.placeholder), JSON.stringify(c)).toBeGreaterThanOrEqual(4.5);
  });
