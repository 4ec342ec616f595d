import { expect, test } from '@playwright/test';
import { open } from './helpers';
import { MAP_THEMES } from '../src/core/draw/theme';
import { exportClip, frames, probe } from './videoHelpers';

// A browser without WebGL (old devices, locked-down machines, some embeds): the page stays useful.
test.use({
  // The test reads the generated picture back with fetch(blob:), which the page's CSP rightly forbids.
  bypassCSP: true,
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--disable-webgl', '--disable-3d-apis'],
  },
});

test('without WebGL the page says so and keeps the list, the timeline, search and details', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, './#date=2024-12-01');
  await expect(page.locator('.notice')).toContainText('la carte reste une image');
  // Plain words, no error name, and beside the picture, never over it.
  await expect(page.locator('.notice')).not.toContainText(/Error|WebGL|GPU/);
  const notice = (await page.locator('.notice').boundingBox())!;
  const mapBox = (await page.locator('#map').boundingBox())!;
  expect(notice.y + notice.height).toBeLessThanOrEqual(mapBox.y + 1);
  // The static picture stays in the map's place…
  const picture = page.locator('#map img.first-view');
  await expect(picture).toBeVisible();
  expect(await page.evaluate(() => window.atlas?.state().map)).toBe('unavailable');
  await expect(page.locator('#events li')).toHaveCount(5);
  // The timeline and the API still work, and a selection still lists its events.
  const s = await page.evaluate(() => {
    window.atlas?.setDate('2019-01-01');
    window.atlas?.select('VN-HN');
    return window.atlas?.state();
  });
  expect(s?.visibleArcs.map((a) => a.id)).toEqual(['VN-HN~KZ-AST']);
  await expect(page.locator('aside.details li[data-event]')).toHaveCount(1);
  // …and is redrawn for the date: one arc, the selected one, in a generated picture.
  await expect(picture).toHaveAttribute('src', /^blob:/);
  const arcsDrawn = () =>
    picture.evaluate(async (img: HTMLImageElement) => {
      // The picture's own arcs (its close-up, last, draws some of them again).
      const svg = (await (await fetch(img.src)).text()).replace(/<g class="close-up">[\s\S]*$/, '');
      return (svg.match(/stroke-width="[\d.]+" stroke-opacity="0.9"/g) ?? []).length;
    });
  await expect.poll(arcsDrawn).toBe(1);
  await expect(picture).toHaveAttribute('alt', /jusqu’au 1er janvier 2019 : 1 événement/);
  expect(errors).toEqual([]);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the redrawn picture is the dark one', async ({ page }) => {
    await open(page, './#date=2024-12-01');
    expect(await page.evaluate(() => window.atlas?.state().map)).toBe('unavailable');
    await page.evaluate(() => window.atlas?.setDate('2019-01-01'));
    const picture = page.locator('#map img.first-view');
    // The <picture>'s dark <source> would win over a new src: the generated picture must be what shows.
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/^blob:/);
    const svg = await picture.evaluate(async (img: HTMLImageElement) => (await fetch(img.src)).text());
    expect(svg).toContain(`fill="${MAP_THEMES.dark.background}"`);
    expect(svg).toContain(`stroke="${MAP_THEMES.dark.arc}"`);
  });
});

test('without WebGL the video is drawn from the static map, arcs and all', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('./');
  await page.waitForFunction(() => window.atlas?.state().ready === true);
  const clip = await exportClip(page, { seconds: 1, size: 'square', start: '2025-01-01' });
  expect(clip.result).toMatchObject({ kind: 'done', renderer: 'static' });
  expect(await probe(clip.bytes!)).toMatchObject({ width: 1080, height: 1080, frames: 30 });
  const mime = clip.result.format === 'mp4' ? 'video/mp4' : 'video/webm';
  const [f] = await frames(page, clip.bytes!, mime, [0.9], MAP_THEMES.light.arc);
  expect(f!.arcs).toBeGreaterThan(200);
});

// The WebM (VP9) fallback of the video export, here because frames from the static map take seconds
// where MapLibre's in software WebGL take a minute: the encoder does not depend on where frames come
// from (video.spec.ts's H.264 test draws them with MapLibre).
test('without H.264 the dialog says so and the clip is WebM (VP9); asking for MP4 names what can be made', async ({
  page,
}) => {
  // A browser whose WebCodecs has no H.264 encoder (some Linux builds of Chromium, Firefox on some systems).
  await page.addInitScript(() => {
    const ask = VideoEncoder.isConfigSupported.bind(VideoEncoder);
    VideoEncoder.isConfigSupported = async (config) =>
      config.codec.startsWith('avc') ? { supported: false, config } : ask(config);
  });
  await open(page);
  await page.locator('.share summary').click();
  await page.locator('.share-panel [data-action=video]').click();
  const dialog = page.locator('dialog.video-dialog');
  // Both things this browser lacks are said: H.264, and WebGL (frames from the static map).
  await expect(dialog.locator('.notice')).toHaveText([/ne sait pas encoder le MP4 \(H\.264\)/, /Sans WebGL/]);
  await expect(dialog.locator('select[name=format] option[value=mp4]')).toBeDisabled();
  await expect(dialog.locator('select[name=format]')).toHaveValue('webm');
  await dialog.locator('[data-action=close]').click();

  const mp4 = await exportClip(page, { seconds: 1, size: '720p', format: 'mp4' });
  expect(mp4.result).toMatchObject({ kind: 'unsupported', formats: ['webm'] });
  expect(mp4.result.error).toContain('WebM (VP9)');
  const clip = await exportClip(page, { seconds: 1, size: '720p' });
  expect(clip.result).toMatchObject({ kind: 'done', format: 'webm', renderer: 'static' });
  expect(await probe(clip.bytes!)).toMatchObject({
    mimeType: expect.stringContaining('video/webm'),
    codec: 'vp9',
    width: 1280,
    height: 720,
    frames: 30,
  });
});
