import { expect, test } from '@playwright/test';
import { open } from './helpers';
import { MAP_THEMES } from '../src/core/draw/theme';
import { exportClip, frames, probe } from './videoHelpers';
import { along, ALONE } from '../src/core/draw/pickable';
import { distanceToLine } from '../src/core/draw/nearest';

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

for (const [name, url] of [
  ['seed data', './'],
  ['300-event fixture (country flows)', '../atlas-300/'],
] as const)
  test(`${name}: without WebGL a click on a line of the picture selects it; on the sea, nothing`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await open(page, url);
    expect(await page.evaluate(() => window.atlas?.state().map)).toBe('unavailable');
    type Line = { id: string; where: string; points: [number, number][] };
    const lines = async () => {
      await expect.poll(() => page.evaluate(() => window.atlas!.arcsOnScreen().length)).toBeGreaterThan(0);
      return (await page.evaluate(() => window.atlas!.arcsOnScreen())) as Line[];
    };
    const opening = await lines();
    // Every visible arc, where it is seen: in the main frame, the close-up, or both; on a crowded map
    // the countries' flows instead (by the country's code), with every partner country's.
    const visible = await page.evaluate(() => window.atlas!.state().visibleArcs.map((a) => a.id));
    const ids = new Set(opening.map((l) => l.id));
    if (visible.length > 60) {
      expect([...ids].every((id) => /^[A-Z]{2}$/.test(id))).toBe(true);
      expect(ids.size).toBeGreaterThan(30);
    } else expect(ids).toEqual(new Set(visible));
    expect(opening.some((l) => l.where === 'closeUp')).toBe(true);
    // Points of each line with no other line near (`ALONE`) nor an end's dot and name.
    const ends = opening.flatMap((l) => [l.points[0]!, l.points.at(-1)!]);
    const box = (await page.locator('#map').boundingBox())!;
    const alone = opening.map((l) => ({
      ...l,
      at: along(l.points, ALONE.shares).filter(
        (p) =>
          p[0] > 10 &&
          p[1] > 10 &&
          p[0] < box.width - 50 &&
          p[1] < box.height - 10 &&
          opening.every((o) => o === l || distanceToLine(p, o.points) > ALONE.clear) &&
          ends.every((q) => Math.hypot(q[0] - p[0], q[1] - p[1]) > ALONE.ends),
      ),
    }));
    // The lines are where the picture draws its arcs: at those points its pixels are the arcs' red.
    const shot = await page.locator('#map').screenshot();
    const points = alone.flatMap((l) => l.at.map((p) => ({ id: l.id, where: l.where, p })));
    const red = await page.evaluate(
      async ({ b64, pts }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        // (Within a px: the line's 1.5–3 px stroke.)
        return pts.map(([x, y]) => {
          const d = ctx.getImageData(Math.round(x) - 1, Math.round(y) - 1, 3, 3).data;
          for (let i = 0; i < d.length; i += 4)
            if (d[i]! - d[i + 1]! > 60 && d[i]! - d[i + 2]! > 60) return true;
          return false;
        });
      },
      { b64: shot.toString('base64'), pts: points.map((q) => q.p) },
    );
    expect(points.length).toBeGreaterThan(20);
    expect(red.filter(Boolean).length / red.length).toBeGreaterThan(0.9);
    // A click on an arc selects it, in the main frame as in the close-up; on the sea, nothing.
    const onArc = ['map', 'closeUp'].map((where) => points.find((q, i) => q.where === where && red[i])!);
    for (const q of onArc) {
      expect(q, 'a point of an arc alone').toBeDefined();
      // A pointer over it: the hand, and the line's tooltip (an arc's, or a flow's country's).
      await page.mouse.move(box.x + q.p[0], box.y + q.p[1]);
      await expect(page.locator('#map .tooltip')).toBeVisible();
      await expect(page.locator('#map .tooltip')).toContainText(q.id.includes('~') ? '↔' : /\S/);
      expect(await page.locator('#map').evaluate((el) => el.style.cursor)).toBe('pointer');
      await page.mouse.click(box.x + q.p[0], box.y + q.p[1]);
      await expect.poll(() => page.evaluate(() => window.atlas!.state().selection)).toBe(q.id);
      await page.evaluate(() => window.atlas!.select(null));
      await expect.poll(async () => JSON.stringify(await lines())).toBe(JSON.stringify(opening));
    }
    await page.mouse.click(box.x + onArc[0]!.p[0], box.y + onArc[0]!.p[1]);
    await expect.poll(() => page.evaluate(() => window.atlas!.state().selection)).toBe(onArc[0]!.id);
    // (Once the picture shows the selection: the sea of the picture clicked on.)
    await expect.poll(async () => JSON.stringify(await lines())).not.toBe(JSON.stringify(opening));
    const sea = q0(await lines(), box);
    await page.mouse.click(box.x + sea.x, box.y + sea.y);
    await expect.poll(() => page.evaluate(() => window.atlas!.state().selection)).toBeNull();
  });

/** A point of the map's box 40 px or more from every line (the sea, or land with no arc). */
function q0(lines: { points: [number, number][] }[], box: { width: number; height: number }) {
  for (let y = 20; y < box.height - 20; y += 10)
    for (let x = 20; x < box.width - 60; x += 10)
      if (lines.every((l) => distanceToLine([x, y], l.points) > 40)) return { x, y };
  throw new Error('no point far from every line');
}

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

// The Share menu's video: its choices, its count of frames, the page usable while it is made, and
// Cancel. The dialog and the recorder are the same whatever draws the frames: here the static map,
// without a map start of software WebGL (e2e/video.spec.ts makes a clip of the live map).
test('the Share menu offers the choices, counts frames, keeps the page usable and cancels', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page);
  await page.locator('.share summary').click();
  await page.locator('.share-panel [data-action=video]').click();
  const dialog = page.locator('dialog.video-dialog');
  await expect(dialog.locator('h2')).toHaveText('Vidéo de la chronologie');
  await expect(dialog.locator('select[name=seconds] option')).toHaveText([
    '10 secondes',
    '20 secondes',
    '30 secondes',
    '60 secondes',
  ]);
  await dialog.locator('select[name=size]').selectOption('720p');
  await dialog.locator('select[name=seconds]').selectOption('10');
  await dialog.locator('[data-action=start]').click();
  await expect(dialog.locator('.video-count')).toContainText(/Image [1-9]\d* sur 300/, { timeout: 60_000 });
  // Not modal: the timeline still answers while the clip is made.
  await page.evaluate(() => window.atlas!.setDate('2020-01-01'));
  expect(await page.evaluate(() => window.atlas!.state().date)).toBe('2020-01-01');
  await dialog.locator('[data-action=cancel]').click();
  await expect(dialog.locator('.video-status')).toHaveText('Vidéo annulée.');
});

// Asked to, a presentation plays on its own (not with reduced motion: e2e/presentFrame.spec.ts). Its
// chapters are the same over the picture, without a presentation's map start of seconds of software WebGL.
test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('autoplay starts when asked', async ({ page }) => {
    await open(page, './?present=1&autoplay=1');
    expect(await page.evaluate(() => window.atlas!.state().presentation?.autoplay)).toBe(true);
    // (The caption's button says so, and stops it.)
    await expect(page.locator('.chapter .auto')).toHaveAttribute('aria-pressed', 'true');
  });
});

// A small projector's presentation: every chapter's caption fits without scrolling in the languages
// with the longest words. The captions are laid out beside the map whatever it draws, so they are read
// here, over the picture, without a map start of seconds of software WebGL for each language;
// e2e/presentFrame.spec.ts reads them in English beside the live map, at 1024×768 and on a wall.
test.describe('1024×768, French and Vietnamese', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  for (const lang of ['fr', 'vi'])
    test(`every chapter's caption fits without scrolling, in ${lang}`, async ({ page }) => {
      await open(page, `./?present=1&lang=${lang}`);
      expect(await page.evaluate(() => window.atlas!.state().map)).toBe('unavailable');
      expect(await page.evaluate(() => window.atlas!.state().presentation?.of)).toBe(5);
      for (let i = 0; i < 5; i++) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        await expect(page.locator('.chapter .when')).not.toBeEmpty();
        expect(
          await page.locator('.chapter').evaluate((e) => e.scrollHeight - e.clientHeight),
          `${lang} chapter ${i + 1}`,
        ).toBeLessThanOrEqual(1);
      }
      expect(await page.evaluate(() => window.atlas!.state().presentation?.chapter)).toBe(4);
    });
});
