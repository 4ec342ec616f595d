import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { controlsPx } from '../src/core/draw/boxLayout';

/**
 * Opens a page of the built site (relative to baseURL) and waits until the atlas says it is ready.
 * The full page starts its interactive map on the reader's first interaction: a pointer moving onto a
 * corner of the map (no arc there) starts it, and `open` waits until it is drawn or known to be
 * unavailable. `{ map: false }` leaves the page as a reader who has not touched it sees it.
 */
export async function open(page: Page, url = './', { map = true } = {}): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.atlas?.state().ready === true);
  // The page's first layout: what is drawn for its size (the timeline's axis) is drawn by then.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  if (!map || (await page.evaluate(() => document.documentElement.classList.contains('embed')))) return;
  // An address that needs the map (a camera, a presentation) has started it already.
  if ((await page.evaluate(() => window.atlas?.state().map)) === 'static') {
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('no #map on the page');
    await page.mouse.move(box.x + 3, box.y + 3);
  }
  // (A 4K map starts in 13–15 s in software WebGL alone, and took over 30 s once in a loaded suite.)
  await page.waitForFunction(() => /interactive|unavailable/.test(window.atlas?.state().map ?? ''), null, {
    timeout: 60_000,
  });
}

/**
 * Holds the map's code (its requests are never answered) for a test of the page around the map
 * (search, menus, filters, timeline, details): its first click would otherwise start the map, seconds
 * of software WebGL the test does not read. The page is then as a reader's is while the map loads,
 * its picture drawn for each state. Call before `open`, and open with `{ map: false }` (the map stays
 * "loading": `open` would wait for it). Not for a test that exports a PNG (the export waits for the
 * map) or reads `arcsOnScreen()` (empty while the map loads: a check of every arc there would check
 * none).
 */
export async function holdMap(page: Page): Promise<void> {
  await page.route(/\/assets\/(mapView|maplibre)[-.]/, () => {});
}

/**
 * Options for a browser context whose test reads the layout, not the pixels: the page laid out at its
 * size in CSS px, drawn at half the pixels per CSS px. What these tests check (framing, names,
 * close-ups, picking, words, states) is measured in CSS px and the same at any pixel ratio; software
 * WebGL, which fills every pixel on the CPU, fills a quarter of them (a 4K test ran in 17–22 s instead
 * of 33–38 s alone; at ratio 1 it took 65 s in the loaded suite; the map, first-view, controls, axe,
 * publish, context-loss and presentation specs took 677 s of the workers' time instead of 795).
 * Screenshots whose pixels a test reads keep a pixel ratio of 1. (A PNG export may run here: it draws
 * the map at its own ratio, 2, whatever the page's, `drawMap` in src/app/exporters.ts.)
 */
export const LAYOUT_ONLY = { deviceScaleFactor: 0.5 } as const;

/**
 * `LAYOUT_ONLY` for a wall screen (2560 px wide and more): a quarter of the pixels per CSS px, so that
 * it is drawn with about the pixels of a laptop's screen (a 4K presentation's test took 21 s instead of
 * 28.5 at half the ratio, alone).
 */
export const WALL_LAYOUT_ONLY = { deviceScaleFactor: 0.25 } as const;

export interface ColourStats {
  /** Pixels within `tolerance` of the colour on each RGB channel. */
  count: number;
  /** Their share of the pixels looked at. */
  share: number;
  /** Their bounding box, in picture pixels from the first row looked at (null when there are none). */
  box: { left: number; top: number; right: number; bottom: number } | null;
}

/**
 * Decodes a PNG in the page and measures, in rows `rows[0]` to `rows[1]` and columns `columns[0]` to
 * `columns[1]` (default all), how many distinct colours there are and where some colours (#rrggbb) are
 * (boxes in pixels from the first row and column looked at).
 */
export async function pngColours(
  page: Page,
  png: Buffer,
  colours: string[],
  {
    tolerance = 12,
    rows,
    columns,
  }: { tolerance?: number; rows?: [number, number]; columns?: [number, number] } = {},
): Promise<{ distinct: number; stats: ColourStats[] }> {
  return page.evaluate(
    async ({ b64, colours, tolerance, rows, columns }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const [top, bottom] = rows ?? [0, c.height];
      const [left, right] = columns ?? [0, c.width];
      const width = right - left;
      const data = ctx.getImageData(left, top, width, bottom - top).data;
      const rgb = colours.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
      const out = rgb.map(() => ({ n: 0, left: Infinity, top: Infinity, right: -1, bottom: -1 }));
      const distinct = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        distinct.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        const x = (i / 4) % width;
        const y = Math.floor(i / 4 / width);
        rgb.forEach((k, j) => {
          if (!k.every((v, ch) => Math.abs(data[i + ch]! - v) <= tolerance)) return;
          const o = out[j]!;
          o.n++;
          o.left = Math.min(o.left, x);
          o.right = Math.max(o.right, x);
          o.top = Math.min(o.top, y);
          o.bottom = Math.max(o.bottom, y);
        });
      }
      return {
        distinct: distinct.size,
        stats: out.map(({ n, ...box }) => ({ count: n, share: n / (data.length / 4), box: n ? box : null })),
      };
    },
    { b64: png.toString('base64'), colours, tolerance, rows, columns },
  );
}

/** `pngColours` over the whole picture, the colours only. */
export const colourStats = async (page: Page, png: Buffer, colours: string[], tolerance = 12) =>
  (await pngColours(page, png, colours, { tolerance })).stats;

/**
 * Checks that the live map's controls (MapLibre's buttons, not the close-up's) are inside the boxes
 * the names' plan and the build's picture keep names out of (`controlsPx`, at the names' `scale`).
 * Call with the map interactive.
 */
export async function expectControlsInKeepOut(page: Page, scale: number): Promise<void> {
  const { map, controls } = await page.evaluate(() => {
    const m = document.querySelector('#map')!.getBoundingClientRect();
    return {
      map: { width: m.width, height: m.height },
      controls: [
        ...document.querySelectorAll('#map > .maplibregl-map .maplibregl-ctrl, #map .maplibregl-ctrl'),
      ]
        .filter((e) => !e.closest('.close-up'))
        .map((e) => {
          const r = e.getBoundingClientRect();
          return { x0: r.left - m.left, y0: r.top - m.top, x1: r.right - m.left, y1: r.bottom - m.top };
        }),
    };
  });
  const boxes = controlsPx(map, scale);
  expect(controls.length).toBe(boxes.length);
  for (const c of controls)
    expect(
      boxes.some((b) => c.x0 >= b.x0 - 0.5 && c.y0 >= b.y0 - 0.5 && c.x1 <= b.x1 + 0.5 && c.y1 <= b.y1 + 0.5),
      JSON.stringify(c),
    ).toBe(true);
}

/** A file of the Share menu (`action`: png, csv, geojson), as the reader downloads it. */
export async function exportFile(page: Page, action: string): Promise<Buffer> {
  await page.locator('.share summary').click();
  const download = page.waitForEvent('download');
  await page.locator(`.share-panel [data-action=${action}]`).click();
  return readFileSync(await (await download).path());
}
