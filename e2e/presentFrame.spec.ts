import { expect, test, type Page } from '@playwright/test';
import { LAYOUT_ONLY, open, WALL_LAYOUT_ONLY } from './helpers';

// (State and layout in CSS px: drawn at half the pixel ratio, a quarter on a wall screen.)
test.use(LAYOUT_ONLY);

type Box = { x: number; y: number; width: number; height: number };
const inside = (a: Box, b: Box) =>
  a.x >= b.x - 1 &&
  a.y >= b.y - 1 &&
  a.x + a.width <= b.x + b.width + 1 &&
  a.y + a.height <= b.y + b.height + 1;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Every chapter, stepped through with the keys a presenter's clicker sends (→ and Page Down in turn): a
 * marker at each party (shown where the map does not already name the place), inside the map, clear of
 * the caption and the controls. Returns each chapter's date.
 */
async function checkChapters(page: Page, size: string): Promise<string[]> {
  const n = (await page.evaluate(() => window.atlas!.state().presentation?.of)) ?? 0;
  expect(n).toBe(5);
  const dates: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
    dates.push(await page.evaluate(() => window.atlas!.state().date));
    await page.evaluate(() => window.atlas!.idle());
    const labels = page.locator('.chapter-label');
    expect(await labels.count(), `${size} chapter ${i + 1}: both parties labelled`).toBeGreaterThanOrEqual(2);
    const map = (await page.locator('#map').boundingBox())!;
    const caption = (await page.locator('.chapter').boundingBox())!;
    const controls = await page
      .locator('#map > .maplibregl-control-container .maplibregl-ctrl-top-right')
      .boundingBox();
    for (const l of await labels.all()) {
      const box = (await l.boundingBox())!;
      const what = `${size} chapter ${i + 1}: "${await l.textContent()}"`;
      expect(inside(box, map), `${what} inside the map`).toBe(true);
      expect(overlaps(box, caption), `${what} clear of the caption`).toBe(false);
      if (controls) expect(overlaps(box, controls), `${what} clear of the zoom buttons`).toBe(false);
    }
    // The caption's buttons are on screen.
    const next = (await page.locator('.chapter .nav .leave').boundingBox())!;
    const vp = page.viewportSize()!;
    expect(next.y + next.height, `${size} chapter ${i + 1}: buttons on screen`).toBeLessThanOrEqual(
      vp.height,
    );
    // And the whole chapter with them: it does not scroll (on a small projector its source was cut
    // under its buttons).
    expect(
      await page.locator('.chapter').evaluate((e) => e.scrollHeight - e.clientHeight),
      `${size} chapter ${i + 1}: the caption fits`,
    ).toBeLessThanOrEqual(1);
  }
  return dates;
}

// (The captions in French and Vietnamese, the languages with the longest words, are checked at
// 1024×768 without WebGL: e2e/nowebgl.spec.ts.)

// A small projector and a 4K wall screen (whose type and controls are larger). (Not a full-HD screen
// between the two, a minute of software WebGL: its captions fall under the same rules as the
// projector's, which is tighter; its labels' scale, about 1.65, lies between the two runs' 1.15 and
// 2.75.)
for (const [w, h] of [
  [1024, 768],
  [3840, 2160],
] as const)
  test.describe(`${w}×${h}`, () => {
    // (Framing is measured in CSS px: drawn at half the pixel ratio.)
    test.use({ viewport: { width: w, height: h }, ...(w > 2000 ? WALL_LAYOUT_ONLY : LAYOUT_ONLY) });
    test(`presentation at ${w}×${h} frames both ends of every chapter, in time order, clear of the caption and controls${w > 2000 ? '; the caption is set in large type and the map’s controls grow with it' : ''}${w < 1500 ? '; asked to autoplay, it does not with reduced motion; the keys step back and forth, and Escape leaves' : ''}`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await open(page, `./?present=1&lang=en${w < 1500 ? '&autoplay=1' : ''}`);
      // (With reduced motion, the suite's default: a presentation never plays on its own then.)
      if (w < 1500) {
        expect(await page.evaluate(() => window.atlas!.state().presentation?.autoplay)).toBe(false);
        expect(await page.evaluate(() => window.atlas!.state().playing)).toBe(false);
      }
      const zoomButton = async () => (await page.locator('.maplibregl-ctrl-zoom-in').boundingBox())!.height;
      if (w > 2000) {
        const size = await page
          .locator('.chapter h2')
          .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        expect(size).toBeGreaterThan(50);
        // The map's controls grow with the presentation's type (its root font over 16 px, at most 3×):
        // a 29-px MapLibre button.
        const k = await page.evaluate(
          () =>
            Math.round(
              Math.min(3, parseFloat(getComputedStyle(document.documentElement).fontSize) / 16) * 20,
            ) / 20,
        );
        expect(k).toBeGreaterThan(2);
        await expect.poll(zoomButton).toBeCloseTo(29 * k, 0);
      }
      if (w < 1500) {
        // The first chapter: the first event, its headline and its source.
        expect(await page.evaluate(() => window.atlas!.state().presentation)).toEqual({
          chapter: 0,
          of: 5,
          autoplay: false,
        });
        await expect(page.locator('.chapter h2')).toHaveText('Hanoi seeks closer ties with Astana');
        await expect(page.locator('.chapter .source')).toContainText('Nhân Dân');
      }
      // Every chapter, at every size (at 4K chapter 3 once put Hokkaidō under the zoom buttons), in
      // time order.
      expect(await checkChapters(page, `${w}×${h}`)).toEqual([
        '2018-11-21',
        '2023-02-22',
        '2023-11-17',
        '2024-11-01',
        '2025-02-20',
      ]);
      if (w < 1500) {
        // (One map start for the keys too: a small projector's is the one a presenter's clicker drives.)
        const chapter = async () => (await page.evaluate(() => window.atlas!.state().presentation))?.chapter;
        await page.keyboard.press('PageDown'); // past the end: stays on the last chapter
        expect(await chapter()).toBe(4);
        await page.keyboard.press('PageUp');
        await page.keyboard.press('ArrowLeft');
        expect(await chapter()).toBe(2);
        expect(await page.evaluate(() => window.atlas!.state().selection)).toBe('JP-01');
        const panel = (await page.locator('.chapter').boundingBox())!;
        expect(panel.x + panel.width).toBeLessThanOrEqual(w);
        // Escape leaves: no caption, the timeline back.
        await page.keyboard.press('Escape');
        expect(await page.evaluate(() => window.atlas!.state().presentation)).toBeNull();
        await expect(page.locator('.chapter')).toHaveCount(0);
        await expect(page.locator('#timeline')).toBeVisible();
      }
      if (w > 2000) {
        // Leaving the presentation gives the map the page's own size back: on a wall screen the page's
        // type is 150 %, and the map's names, lines and controls with it (a 29-px MapLibre button).
        await page.keyboard.press('Escape');
        // The page first resizes and redraws a 4K map (MapLibre's canvas resize waits on the software
        // GPU): the page answered after 5.5 s here alone, and after more than 20 s in the full suite, at
        // a pixel ratio of 1.
        await expect.poll(zoomButton, { timeout: 60_000 }).toBeCloseTo(29 * 1.5, 0);
      }
    });
  });

test('Escape restores the date, the selection and the view from before presenting', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, './?lang=en#date=2019-01-01&sel=VN-HN');
  await page.evaluate(() => window.atlas!.idle());
  // The reader moves the map: the view goes into the URL.
  const map = (await page.locator('#map').boundingBox())!;
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
  await page.mouse.down();
  await page.mouse.move(map.x + map.width / 2 - 120, map.y + map.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => new URL(page.url()).hash).toContain('view=');
  const before = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('view');
  await page.locator('.share summary').click();
  await page.locator('.share-panel [data-action=present]').click();
  await expect(page.locator('.chapter')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.evaluate(() => window.atlas!.idle());
  await page.keyboard.press('Escape');
  await expect(page.locator('.chapter')).toHaveCount(0);
  const s = await page.evaluate(() => window.atlas!.state());
  expect(s).toMatchObject({ date: '2019-01-01', selection: 'VN-HN', presentation: null });
  await page.evaluate(() => window.atlas!.idle());
  await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).get('view')).toBe(before);
});
