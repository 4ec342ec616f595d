import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { MAP_THEMES } from '../src/core/draw/theme';
import { open, pngColours } from './helpers';

// Without WebGL the export draws the static picture: as the page shows it, never stretched (it was
// ~1.56× horizontally).
test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--disable-webgl', '--disable-3d-apis'],
  },
});

const { arc, background: sea } = MAP_THEMES.light;

/** The arcs' bounding box as a share of the map's box: its aspect, corrected for the map's own. */
async function arcsAspect(page: Page, png: Buffer, map?: { top: number; bottom: number }) {
  const rows: [number, number] | undefined = map ? [map.top, map.bottom] : undefined;
  const { stats } = await pngColours(page, png, [arc], { tolerance: 24, ...(rows ? { rows } : {}) });
  const b = stats[0]!.box!;
  return (b.right - b.left) / (b.bottom - b.top);
}

async function exportPng(page: Page): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.locator('.share-panel [data-action=png]').click();
  return readFileSync(await (await download).path());
}

for (const [w, h] of [
  [390, 844],
  [1280, 800],
] as const) {
  test(`PNG without WebGL at ${w}×${h}: the map keeps its aspect, with a header and footer around it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: w, height: h });
    await open(page, './?lang=en#date=2024-12-01');
    await expect(page.locator('#map img.first-view')).toHaveAttribute('src', /^blob:/);
    // The picture is laid out for its box (`layoutPictureSvg`), which the open Share menu makes
    // shorter: the export draws it as it is shown then (the menu's panel, over the map, hidden for
    // the screenshot).
    await page.locator('.share summary').click();
    const panel = page.locator('.share-panel');
    await panel.evaluate((el: HTMLElement) => (el.style.visibility = 'hidden'));
    await page.waitForTimeout(300);
    const shown = await page.locator('#map img.first-view').screenshot();
    const onPage = await arcsAspect(page, shown);
    await panel.evaluate((el: HTMLElement) => (el.style.visibility = ''));
    const png = await exportPng(page);
    // Where the map is in the export: the rows of sea colour.
    const { stats } = await pngColours(page, png, [sea], { tolerance: 3 });
    const seaBox = stats[0]!.box!;
    const exported = await arcsAspect(page, png, { top: seaBox.top, bottom: seaBox.bottom + 1 });
    expect(Math.abs(exported / onPage - 1), `arcs aspect ${exported} vs ${onPage}`).toBeLessThan(0.06);
    // The export is as wide as the map at 2×, and taller than the map by its header and footer.
    const map = (await page.locator('#map').boundingBox())!;
    expect(png.readUInt32BE(16)).toBe(Math.round(map.width) * 2);
    expect(png.readUInt32BE(20)).toBeGreaterThan(Math.round(map.height) * 2 + 2 * 100);
  });
}

test('PNG without WebGL, 300 events in a short wide window: the close-up along the bottom is drawn where the page shows it', async ({
  page,
}) => {
  // The synthetic fixture's close-up of home goes along the bottom, placed by the picture's CSS on a
  // foreignObject (`closeUpPx`), which taints a canvas: the export draws it as a nested svg placed for
  // the box instead (`closeUpPlaced`). Without that, the PNG could not be read back.
  await page.setViewportSize({ width: 1536, height: 730 });
  await open(page, '../atlas-300/?lang=en');
  await page.locator('.share summary').click();
  const panel = page.locator('.share-panel');
  await panel.evaluate((el: HTMLElement) => (el.style.visibility = 'hidden'));
  await page.waitForTimeout(300);
  const shown = await page.locator('#map img.first-view').screenshot();
  await panel.evaluate((el: HTMLElement) => (el.style.visibility = ''));
  const png = await exportPng(page);
  const map = (await page.locator('#map').boundingBox())!;
  expect(png.readUInt32BE(16)).toBe(Math.round(map.width) * 2);
  // Where the arcs are in the bottom 40 % of the map (the close-up's band: the close-up's flows of
  // home, and the main map's to Oceania and South America), strip by strip across the map: as on the
  // page. (Drawn with the foreignObject at 300 × 150 px, the close-up went to the map's middle.)
  const { stats: sea } = await pngColours(page, png, [MAP_THEMES.light.background], { tolerance: 3 });
  const seaBox = sea[0]!.box!;
  const strips = 12;
  const across = (w: number) =>
    Array.from({ length: strips }, (_, i) => [(i * w) / strips, ((i + 1) * w) / strips]);
  const band = async (img: Buffer, top: number, bottom: number, w: number) => {
    const out: number[] = [];
    for (const [l, r] of across(w)) {
      const { stats } = await pngColours(page, img, [arc], {
        tolerance: 24,
        rows: [Math.round(top + 0.6 * (bottom - top)), Math.round(bottom)],
        columns: [Math.round(l!), Math.round(r!)],
      });
      out.push(stats[0]!.count);
    }
    return out;
  };
  const onPage = await band(shown, 0, map.height, map.width);
  const exported = (await band(png, seaBox.top, seaBox.bottom + 1, map.width * 2)).map((n) => n / 4);
  const off = onPage.reduce((sum, n, i) => sum + Math.abs(exported[i]! - n), 0);
  const total = onPage.reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(150);
  expect(
    off / total,
    `arcs per strip: ${exported.map(Math.round).join(' ')} vs ${onPage.join(' ')}`,
  ).toBeLessThan(0.25);
});

test('PNG without WebGL, offline: a picture that does not taint the canvas is drawn as it is, not fetched again', async ({
  page,
}) => {
  // (The build's picture of the seed data has its close-up in a corner: no foreignObject. Fetching
  // it again for the export failed offline, with no PNG.)
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, './?lang=en');
  await expect(page.locator('#map img.first-view')).toHaveAttribute('src', /first-view/);
  await page.route('**/*.svg', (r) => r.abort());
  await page.locator('.share summary').click();
  const png = await exportPng(page);
  const map = (await page.locator('#map').boundingBox())!;
  expect(png.readUInt32BE(16)).toBe(Math.round(map.width) * 2);
});
