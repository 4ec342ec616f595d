import { expect, test } from '@playwright/test';
import { MAP_THEMES } from '../src/core/draw/theme';
import { open } from './helpers';
import { exportClip, frames, probe } from './videoHelpers';

// Each clip is rendered and encoded in software (SwiftShader, OpenH264/libvpx): minutes on a busy
// 2-core machine, hence the long timeouts.
// The test plays the clip back in a <video> from a blob: URL, which the page's CSP rightly forbids.
test.use({ bypassCSP: true });

/** Does this browser say it can encode H.264 at 720p? (Debian's Chromium 156: yes, with OpenH264.) */
const canH264 = (page: import('@playwright/test').Page) =>
  page.evaluate(async () =>
    typeof VideoEncoder === 'undefined'
      ? false
      : ((await VideoEncoder.isConfigSupported({ codec: 'avc1.640028', width: 1280, height: 720 }))
          .supported ?? false),
  );

test('a 1 s clip at 720p: a valid MP4 (H.264, 30 fps, 30 frames) where arcs appear and the date runs', async ({
  page,
}) => {
  test.setTimeout(600_000);
  // (The clip is drawn by a map of its own: the page's is not started, a map start of software WebGL
  // this test does not read.)
  await open(page, './#date=2019-06-01', { map: false });
  const h264 = await canH264(page);
  const clip = await exportClip(page, { seconds: 1, size: '720p', start: '2018-06-01', end: '2025-12-31' });
  // Where H.264 is missing the same request makes WebM, and says which.
  expect(clip.result).toMatchObject({ kind: 'done', format: h264 ? 'mp4' : 'webm', renderer: 'webgl' });
  expect(clip.progress.at(-1)).toBe(30);
  const p = await probe(clip.bytes!);
  expect(p).toMatchObject({
    mimeType: expect.stringContaining(h264 ? 'video/mp4' : 'video/webm'),
    codec: h264 ? 'avc' : 'vp9',
    width: 1280,
    height: 720,
    frames: 30,
  });
  expect(p.duration).toBeCloseTo(1, 1);
  expect(p.fps).toBeCloseTo(30, 0);
  const [first, middle, last] = await frames(
    page,
    clip.bytes!,
    h264 ? 'video/mp4' : 'video/webm',
    [0.25, 0.665, 0.975],
    MAP_THEMES.light.arc,
  );
  // The first event's arc (Hà Nội–Astana, November 2018), then more as their days are reached. (On a
  // loaded machine the <video> once showed a stale frame after a seek: `frames` now waits for the
  // frame asked for.)
  expect(first!.arcs).toBeGreaterThan(100);
  expect(middle!.arcs).toBeGreaterThan(first!.arcs * 1.5);
  expect(last!.arcs).toBeGreaterThan(middle!.arcs);
  // The date line is drawn in every frame, and changes.
  for (const f of [first, middle, last]) expect(f!.dateInk).toBeGreaterThan(100);
  expect(new Set([first, middle, last].map((f) => f!.dateHash)).size).toBe(3);
  // The page's own map was left as it was.
  expect(await page.evaluate(() => window.atlas!.state().date)).toBe('2019-06-01');
});

test('without WebCodecs nothing is made and the reader is told why', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { VideoEncoder?: unknown }).VideoEncoder;
  });
  // (The page's own map is not needed: without an encoder the export stops before drawing a frame.
  // Started, it cost this test a map start of software WebGL, 15 s of its 20. Not held either: the
  // export's code shares a chunk with the map's.)
  await open(page, './', { map: false });
  const clip = await exportClip(page, { seconds: 1 });
  expect(clip.result).toMatchObject({ kind: 'unsupported', formats: [] });
  await expect(page.locator('dialog.video-dialog [role=alert]')).toContainText('WebCodecs');
});

test('a host page asks for a video by message and hears the outcome; a bad option is named', async ({
  page,
  baseURL,
}) => {
  // No encoder, so that the outcome comes at once (the clip itself is checked through the API above).
  await page.addInitScript(() => {
    delete (window as { VideoEncoder?: unknown }).VideoEncoder;
  });
  await page.goto(`http://localhost:${new URL(baseURL!).port}/host/article.html`);
  const frame = () => page.frames().find((f) => f.url().includes('embed.html'));
  await expect.poll(() => frame()?.evaluate(() => window.atlas?.state().ready)).toBe(true);
  const replies = await page.evaluate(async () => {
    const atlas = (document.getElementById('atlas') as HTMLIFrameElement).contentWindow!;
    const seen: { type: string; for?: string; error?: string; result?: { kind: string } }[] = [];
    window.addEventListener('message', (e) => {
      if (e.source === atlas && /^atlas:(error|video)/.test(e.data?.type)) seen.push(e.data);
    });
    atlas.postMessage({ type: 'atlas:exportVideo', options: { size: '8k' } }, '*');
    atlas.postMessage({ type: 'atlas:exportVideo', options: { seconds: 1 } }, '*');
    for (let i = 0; i < 600 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    return seen;
  });
  // The two are answered in either order (each loads the export's code).
  expect(replies).toHaveLength(2);
  expect(replies).toEqual(
    // Every atlas message also carries its document's id (`doc`, for the host script).
    expect.arrayContaining([
      expect.objectContaining({
        type: 'atlas:error',
        for: 'atlas:exportVideo',
        error: expect.stringContaining('size must be one of'),
      }),
      expect.objectContaining({
        type: 'atlas:video',
        result: { kind: 'unsupported', error: expect.stringContaining('WebCodecs'), formats: [] },
      }),
    ]),
  );
});
