import { expect, test } from '@playwright/test';
import { LAYOUT_ONLY, open } from './helpers';

// (What is read is the page's state and layout, not pixels: drawn at half the pixel ratio, `LAYOUT_ONLY`.)
test.use(LAYOUT_ONLY);

test('a lost WebGL context shows the picture for the current date, and the map comes back when restored', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, './#date=2019-01-01');
  const picture = page.locator('#map img.first-view');
  await expect(picture).toBeHidden();
  await page.evaluate(() => {
    const gl = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!.getContext('webgl2')!;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
  });
  await expect.poll(() => page.evaluate(() => window.atlas!.state().map)).toBe('unavailable');
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute('src', /^blob:/);
  await expect(picture).toHaveAttribute('alt', /jusqu’au 1er janvier 2019 : 1 événement/);
  // The page still answers while the map is gone.
  await page.evaluate(() => window.atlas!.setDate('2024-01-01'));
  await expect(picture).toHaveAttribute(
    'alt',
    /jusqu’au 1er janvier 2024 : 3 événements, 2 accords signés · 6 liens/,
  );
  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  // Restoring redraws the style and both maps (the close-up too) in software GL: allow it time.
  await expect
    .poll(() => page.evaluate(() => window.atlas!.state().map), { timeout: 30_000 })
    .toBe('interactive');
  await expect(picture).toBeHidden();
  await page.evaluate(() => window.atlas!.idle());
  expect(errors).toEqual([]);
});
