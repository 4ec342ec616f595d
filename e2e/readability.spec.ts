import { expect, test, type Page } from '@playwright/test';
import { alonePoints } from '../src/core/draw/pickable';
import { open } from './helpers';

/** The sites the browser tests are built from: the five seed reports, and the 300-event fixture. */
const SITES = [
  { name: 'seed data', url: './', hub: 'CN-GX', scale: false },
  { name: '300-event fixture', url: '../atlas-300/', hub: 'VN-HN', scale: true },
] as const;
const SIZES = [
  { name: 'desktop', width: 1280, height: 800, touch: false },
  { name: 'phone', width: 390, height: 844, touch: true },
] as const;

/**
 * At world scale (300 events, hubs of 40 partners) not every arc has a place where it alone is under
 * the finger: the rest are reached through the chooser. The share that has, measured when the world
 * view came in (26 % and 63 % on the desktop, 9 % and 46 % on a phone), must not fall; the target is
 * all of them (issue 13).
 */
const WORLD_SCALE_FLOOR = {
  desktop: { opening: 0.22, hub: 0.55 },
  phone: { opening: 0.07, hub: 0.4 },
} as const;

type Pt = [number, number];
interface ScreenArc {
  id: string;
  where: 'map' | 'closeUp';
  points: Pt[];
}

async function screen(page: Page) {
  return page.evaluate(() => {
    const map = document.getElementById('map')!.getBoundingClientRect();
    const c = document.querySelector('.close-up:not([hidden])')?.getBoundingClientRect();
    return {
      arcs: window.atlas!.arcsOnScreen() as ScreenArc[],
      map: { left: map.left, top: map.top, width: map.width, height: map.height },
      closeUp: c
        ? {
            left: c.left - map.left,
            top: c.top - map.top,
            right: c.right - map.left,
            bottom: c.bottom - map.top,
          }
        : null,
    };
  });
}

for (const site of SITES)
  for (const size of SIZES)
    test.describe(`${site.name}, ${size.name}`, () => {
      test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch });
      test.slow(site.scale, 'at world scale software WebGL draws 200 arcs on two maps at each step');

      test('at the opening view no arc touches the map’s edge, and every visible arc can be picked, at several points where it alone is picked', async ({
        page,
      }) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await open(page, site.url);
        await page.evaluate(() => window.atlas!.idle());
        const s = await screen(page);
        for (const a of s.arcs.filter((x) => x.where === 'map'))
          for (const [x, y] of a.points) {
            expect(x, a.id).toBeGreaterThan(1);
            expect(y, a.id).toBeGreaterThan(1);
            expect(x, a.id).toBeLessThan(s.map.width - 1);
            expect(y, a.id).toBeLessThan(s.map.height - 1);
          }
        const visible = (await page.evaluate(() =>
          window.atlas!.state().visibleArcs.map((a) => a.id),
        )) as string[];
        const alone = alonePoints(s);
        const pickable = visible.filter((id) => (alone.get(id)?.length ?? 0) >= 2);
        const unpickable = visible.filter((id) => !pickable.includes(id));
        if (!site.scale) expect(unpickable, 'not pickable').toEqual([]);
        else
          expect(pickable.length / visible.length).toBeGreaterThanOrEqual(
            WORLD_SCALE_FLOOR[size.name].opening,
          );
        // Tap or click a sample of the arcs themselves and read the selection (four of the seven seed
        // arcs; two at world scale, where each pick reframes a slower map).
        const picks = site.scale ? 2 : 4;
        const sample = pickable.filter((_, i) => i % Math.ceil(pickable.length / picks) === 0);
        for (const id of sample) {
          // Where the arc is now (the map went back to its opening framing after the last pick).
          const now = await screen(page);
          const pts = alonePoints(now).get(id) ?? [];
          expect(pts.length, id).toBeGreaterThan(0);
          const [x, y] = pts[Math.floor(pts.length / 2)]!;
          if (size.touch) await page.touchscreen.tap(now.map.left + x, now.map.top + y);
          else await page.mouse.click(now.map.left + x, now.map.top + y);
          await expect.poll(() => page.evaluate(() => window.atlas!.state().selection)).toBe(id);
          await page.evaluate(() => window.atlas!.select(null));
          // The map goes back to its opening framing, then re-plans its close-up: let both settle.
          await page.evaluate(() => window.atlas!.idle());
          await page.waitForTimeout(400);
          await page.evaluate(() => window.atlas!.idle());
        }
      });

      test('selecting a hub frames its arcs inside the map, each of them pickable', async ({ page }) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await open(page, site.url);
        await page.evaluate((hub) => window.atlas!.select(hub), site.hub);
        await page.evaluate(() => window.atlas!.idle());
        const selected = new Set(
          (await page.evaluate(
            (hub) =>
              window
                .atlas!.state()
                .visibleArcs.filter((a) => a.vn === hub || a.partner === hub)
                .map((a) => a.id),
            site.hub,
          )) as string[],
        );
        expect(selected.size).toBeGreaterThan(0);
        const s = await screen(page);
        const drawn = s.arcs.filter((a) => selected.has(a.id) && a.where === 'map');
        for (const a of drawn)
          for (const [x, y] of a.points) {
            expect(x, a.id).toBeGreaterThanOrEqual(0);
            expect(y, a.id).toBeGreaterThanOrEqual(0);
            expect(x, a.id).toBeLessThanOrEqual(s.map.width);
            expect(y, a.id).toBeLessThanOrEqual(s.map.height);
          }
        const alone = alonePoints({ ...s, arcs: s.arcs.filter((a) => selected.has(a.id)) });
        const pickable = [...selected].filter((id) => (alone.get(id)?.length ?? 0) >= 1);
        expect(pickable.length / selected.size).toBeGreaterThanOrEqual(
          site.scale ? WORLD_SCALE_FLOOR[size.name].hub : 1,
        );
      });
    });
