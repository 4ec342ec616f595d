import type { Page } from '@playwright/test';

/** Opens a page of the built site (relative to baseURL) and waits until the atlas says it is ready. */
export async function open(page: Page, url = './'): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.atlas?.state().ready === true);
}

export interface ColourStats {
  /** Share of the picture's pixels within `tolerance` of the colour on each RGB channel. */
  share: number;
  /** Bounding box of those pixels, in picture pixels (null when there are none). */
  box: { left: number; top: number; right: number; bottom: number } | null;
}

/** Decodes a PNG in the page and measures where some colours (#rrggbb) are in it. */
export async function colourStats(
  page: Page,
  png: Buffer,
  colours: string[],
  tolerance = 12,
): Promise<ColourStats[]> {
  return page.evaluate(
    async ({ b64, colours, tolerance }) => {
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
      const out = rgb.map(() => ({ n: 0, left: Infinity, top: Infinity, right: -1, bottom: -1 }));
      for (let i = 0; i < data.length; i += 4) {
        const x = (i / 4) % c.width;
        const y = Math.floor(i / 4 / c.width);
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
      return out.map(({ n, ...box }) => ({ share: n / (data.length / 4), box: n ? box : null }));
    },
    { b64: png.toString('base64'), colours, tolerance },
  );
}
