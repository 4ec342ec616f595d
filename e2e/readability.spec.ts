import { expect, test, type Page } from '@playwright/test';
import { alonePoints } from '../src/core/draw/pickable';
import { readScreen } from '../src/test/readScreen';
import { MAP_THEMES } from '../src/core/draw/theme';
import {
  colourStats,
  expectControlsInKeepOut,
  exportFile,
  LAYOUT_ONLY,
  open,
  pngColours,
  WALL_LAYOUT_ONLY,
} from './helpers';

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
 * A selected hub of 40 partners at world scale: not every one of its arcs has a place where it alone
 * is under the finger (the rest are reached through the chooser). The share that has (32 of 41 on the
 * desktop, 22 on a phone since a hub's arcs fan out like the flows; 26 and 20 before) must not fall;
 * the target is all of them (issue 13).
 */
const HUB_FLOOR = { desktop: 0.75, phone: 0.5 } as const;

/**
 * The world map of the 300-event fixture draws 40 country flows: those next door (China, Laos,
 * Cambodia, Thailand, Malaysia…), stubs at world scale, in the close-up of home; the others, which leave
 * together (to Europe, to the Americas), fanned out (`flowFan`). The share of flows with places where
 * they alone are picked (90 % on the desktop, 57 % on a phone since the neighbours went to the
 * close-up; 80 % and 40 % before) must not fall; the target is all of them (issue 13).
 */
const WORLD_FLOWS_FLOOR = { desktop: 0.85, phone: 0.55 } as const;

/**
 * How many of France's fourteen partners may go unnamed in its close-up when France is selected at
 * the 300 events' world scale (after the hub): none on a laptop; two on a phone, whose close-up is shorter. (Four were
 * named before the close-up framed them, issue 13; seven on a phone while the close-up's map kept the
 * sides of its names that it measured in the frame of home it was made for: `addEndsLayer`'s plan.)
 */
const PILE_FLOOR = { desktop: 0, phone: 2 } as const;

const screen = (page: Page) => page.evaluate(readScreen);

/** Drags the map sideways by `dx` px from a point of the page, and waits until it is drawn. */
async function drag(page: Page, [x, y]: [number, number], dx: number) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y, { steps: 8 });
  await page.mouse.up();
  await page.evaluate(() => window.atlas!.idle());
}

for (const site of SITES)
  for (const size of SIZES)
    test.describe(`${site.name}, ${size.name}`, () => {
      // (Arcs, names and picks are read in CSS px: drawn at half the pixel ratio, `LAYOUT_ONLY`.)
      test.use({
        viewport: { width: size.width, height: size.height },
        hasTouch: size.touch,
        ...LAYOUT_ONLY,
      });
      test.slow(site.scale, 'at world scale software WebGL draws 200 arcs on two maps at each step');

      // One map start for both views (each start costs seconds of software WebGL): the opening view,
      // then a hub selected from it.
      test('at the opening view no arc touches the map’s edge and every visible arc can be picked, at several points where it alone is picked; a selected hub’s arcs are framed inside the map, each pickable', async ({
        page,
      }) => {
        await open(page, site.url);
        // (The map's controls, where names keep out of them, on the same map start: e2e/zoom.spec.ts
        // has the wall screen's.)
        if (!site.scale)
          await test.step('the map’s controls are inside the boxes names keep out of', () =>
            expectControlsInKeepOut(page, 1));
        await test.step('the opening view', () => openingView(page));
        await test.step('a hub selected', () => hubSelected(page));
        if (site.scale)
          await test.step('a country whose partners pile up selected: its close-up names them', () =>
            pileSelected(page));
        if (site.scale && size.name === 'phone')
          await test.step('a partner next door selected: the map names its provinces itself', () =>
            nextDoorSelected(page));
        if (site.scale && size.name === 'desktop')
          await test.step('back to the opening view, dragged across the Pacific', () =>
            acrossThePacific(page));
      });

      // Guangxi, selected from the opening view on a phone (its details open below the map, which gets
      // shorter): its links to seven border provinces fill the map, long enough to read. No close-up:
      // one of all Vietnam, no larger than the map, named one province and left the map's dots unnamed.
      // And the map names all eight ends, where they are once it is shorter (planned with the height
      // it had, four names fell below its edge and were left out).
      async function nextDoorSelected(page: Page) {
        await page.evaluate(() => window.atlas!.select(null));
        await page.evaluate(() => window.atlas!.idle());
        await page.evaluate(() => window.atlas!.select('CN-GX'));
        await page.evaluate(() => window.atlas!.idle());
        const ends = await page.evaluate(() => [
          ...new Set(
            window
              .atlas!.state()
              .visibleArcs.filter((a) => a.partner === 'CN-GX')
              .flatMap((a) => [a.vn, a.partner]),
          ),
        ]);
        expect(ends).toHaveLength(8);
        await expect(page.locator('.close-up:not([hidden])')).toHaveCount(0);
        expect(await page.evaluate(() => window.atlas!.namesOnScreen('map'))).toEqual(
          expect.arrayContaining(ends),
        );
      }

      // France selected after the hub: fourteen partners whose arcs are long, in a heap of dots
      // at world scale (four of them named, the close-up being home's for other arcs' sake). The
      // close-up frames the heap and names the French partners (`PILE_FLOOR`).
      async function pileSelected(page: Page) {
        await page.evaluate(() => window.atlas!.select('FR'));
        await page.evaluate(() => window.atlas!.idle());
        const french = await page.evaluate(() => [
          ...new Set(
            window
              .atlas!.state()
              .visibleArcs.filter((a) => a.partner.startsWith('FR-'))
              .map((a) => a.partner),
          ),
        ]);
        expect(french.length).toBeGreaterThan(10);
        await expect(page.locator('.close-up:not([hidden])')).toHaveCount(1);
        // (The close-up is planned again once the map has moved, then names its places.)
        await expect
          .poll(
            async () => {
              await page.evaluate(() => window.atlas!.idle());
              const inClose = new Set(await page.evaluate(() => window.atlas!.namesOnScreen('closeUp')));
              return french.filter((id) => inClose.has(id)).length;
            },
            { message: `French partners named in the close-up, of ${french.length}` },
          )
          .toBeGreaterThanOrEqual(french.length - PILE_FLOOR[size.name]);
      }

      async function openingView(page: Page) {
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
        const marks = [...new Set(s.arcs.map((a) => a.id))];
        if (!site.scale) expect(marks.sort(), 'each arc drawn as itself').toEqual([...visible].sort());
        else {
          // The world map draws one flow per partner country, the close-up the arcs next door.
          const countryOf = (await page.evaluate(async () => {
            const atlas = (await (await fetch('data/atlas.json')).json()) as {
              places: { id: string; country: string }[];
            };
            return Object.fromEntries(atlas.places.map((p) => [p.id, p.country]));
          })) as Record<string, string>;
          const countries = new Set(visible.map((id) => countryOf[id.split('~')[1]!]));
          const world = new Set(s.arcs.filter((a) => a.where === 'map').map((a) => a.id));
          const nextDoor = new Set(s.arcs.filter((a) => a.where === 'closeUp').map((a) => a.id));
          // The countries next door (their flows stubs at world scale) are the close-up's, once.
          expect(nextDoor.size, 'the close-up draws the neighbours').toBeGreaterThan(2);
          expect(
            [...world].filter((id) => nextDoor.has(id)),
            'drawn twice',
          ).toEqual([]);
          expect([...world, ...nextDoor].sort(), 'a flow per partner country').toEqual([...countries].sort());
          // The close-up of home marks and names the Vietnamese hubs with their links (`hubCounts`):
          // the two largest (Hồ Chí Minh City and Hà Nội), and the neighbours of ten links or more
          // (China, Laos, Cambodia). In a box of Vietnam's upright shape, the neighbourhood it frames
          // (Myanmar to the Philippines) put Hà Nội 42 px from Hồ Chí Minh City on a laptop, unnamed.
          const inClose = new Set(await page.evaluate(() => window.atlas!.namesOnScreen('closeUp')));
          const tally = (key: (id: string) => string) => {
            const n = new Map<string, number>();
            for (const id of visible) n.set(key(id), (n.get(key(id)) ?? 0) + 1);
            return [...n].sort((a, b) => b[1] - a[1]);
          };
          const hubs = tally((id) => id.split('~')[0]!)
            .slice(0, 2)
            .map(([id]) => id);
          const neighbours = tally((id) => countryOf[id.split('~')[1]!]!)
            .filter(([c, n]) => n >= 10 && nextDoor.has(c))
            .map(([c]) => c);
          expect(neighbours.length).toBeGreaterThan(1);
          expect(
            [...hubs, ...neighbours].filter((id) => !inClose.has(id)),
            'unnamed in the close-up of home',
          ).toEqual([]);
          if (size.name === 'desktop') {
            // The largest partners are named: every country of ten links or more (a name 90° from the
            // world's edges kept to the inner side of its dot, and France's, 14 links, found no room).
            const links = new Map<string, number>();
            for (const id of visible) {
              const c = countryOf[id.split('~')[1]!]!;
              links.set(c, (links.get(c) ?? 0) + 1);
            }
            const large = [...links].filter(([, n]) => n >= 10).map(([c]) => c);
            expect(large.length).toBeGreaterThan(4);
            const named = new Set(await page.evaluate(() => window.atlas!.namesOnScreen()));
            expect(
              large.filter((c) => !named.has(c)),
              'large partners without a name',
            ).toEqual([]);
          }
        }
        if (!site.scale) {
          // Both ends of every arc are named, on the map or in its close-up (its collisions left out
          // Lạng Sơn's and Bắc Ninh's names on a phone: issue 13).
          const ends = new Set(visible.flatMap((id) => id.split('~')));
          const named = new Set(await page.evaluate(() => window.atlas!.namesOnScreen()));
          expect(
            [...ends].filter((p) => !named.has(p)),
            'ends without a name',
          ).toEqual([]);
        }
        // Both archipelagos are named on the main map, in Vietnamese (on a phone the Spratlys' name,
        // beside the islands 8 px below the Paracels', was left out by its collisions).
        expect(
          (await page.evaluate(() => window.atlas!.namesOnScreen('archipelagos'))).sort(),
          'archipelagos named',
        ).toEqual(['hoang-sa', 'truong-sa']);
        // No name of the main map goes on under its close-up, cut there (on a laptop New Zealand's and
        // Argentina's, beside dots next to it, at the 300 events' opening view).
        expect(
          await page.evaluate(() => window.atlas!.namesOnScreen('underCloseUp')),
          'names under the close-up',
        ).toEqual([]);
        const alone = alonePoints(s);
        const pickable = marks.filter((id) => (alone.get(id)?.length ?? 0) >= 2);
        if (!site.scale)
          expect(
            marks.filter((id) => !pickable.includes(id)),
            'not pickable',
          ).toEqual([]);
        else
          expect(pickable.length / marks.length, 'share of flows pickable').toBeGreaterThanOrEqual(
            WORLD_FLOWS_FLOOR[size.name],
          );
        // Tap or click a sample of the arcs (or flows) themselves and read the selection (three of the
        // seven seed arcs; one flow at world scale, where each pick reframes a slower map: the measure
        // above says where the others can be picked).
        const picks = site.scale ? 1 : 3;
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
      }

      async function hubSelected(page: Page) {
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
        expect(
          await page.evaluate(() => window.atlas!.namesOnScreen('underCloseUp')),
          'names under the close-up',
        ).toEqual([]);
        const alone = alonePoints({ ...s, arcs: s.arcs.filter((a) => selected.has(a.id)) });
        const pickable = [...selected].filter((id) => (alone.get(id)?.length ?? 0) >= 1);
        expect(pickable.length / selected.size).toBeGreaterThanOrEqual(site.scale ? HUB_FLOOR[size.name] : 1);
      }
    });

// On a wall screen the seed's arcs to Guangxi are long enough to read, but the border provinces at
// their ends lie too close to be named apart (Lạng Sơn and Bắc Ninh went unnamed in the knot): the
// opening view draws its close-up there too, with every Vietnam–Guangxi arc.
test.describe('a wall screen', () => {
  test.use({ viewport: { width: 3840, height: 2160 }, ...WALL_LAYOUT_ONLY });
  test('seed data, 3840×2160: the opening view has its close-up of the border provinces', async ({
    page,
  }) => {
    test.slow(true, 'software WebGL fills 2 million pixels (at half the pixel ratio), twice');
    await open(page, './');
    await page.evaluate(() => window.atlas!.idle());
    const guangxi = (await page.evaluate(() =>
      window.atlas!.state().visibleArcs.flatMap((a) => (a.partner === 'CN-GX' ? [a.id] : [])),
    )) as string[];
    expect(guangxi).toHaveLength(4);
    const s = await screen(page);
    expect(s.closeUp, 'a close-up').not.toBeNull();
    const inCloseUp = new Set(s.arcs.filter((a) => a.where === 'closeUp').map((a) => a.id));
    expect(
      guangxi.filter((id) => !inCloseUp.has(id)),
      'Guangxi arcs not in the close-up',
    ).toEqual([]);
  });
});

// Both ends of every seed arc are named where the close-up was short: a phone reader of an article sees
// the narrow embed, whose map has the phone's shape (in a map 62 % of the width, 117 px of close-up left
// Bắc Ninh unnamed, its picture's name cut by the close-up's edge); a laptop's short window has a map
// 390 px high, whose close-up takes 45 % of it (with a third, 133 px, Lạng Sơn and Bắc Ninh went
// unnamed). A 320-px phone's close-up took 62 % of its width (198 px): Lạng Sơn and Bắc Ninh went
// unnamed, on the page and in the embed; it takes 70 %. Issues 13 and 14.
for (const [where, url, width, height, touch] of [
  ['narrow embed', 'embed.html?lang=vi', 390, 844, true],
  ['small phone’s embed', 'embed.html?lang=en', 320, 568, true],
  ['laptop’s short window', './?lang=fr', 1280, 600, false],
] as const)
  test(`seed data, ${where} at ${width}×${height}: both ends of every arc are named`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width, height },
      hasTouch: touch,
      ...LAYOUT_ONLY,
    });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, url, { map: false });
    await page.keyboard.press('Tab'); // a first interaction starts the map
    await page.waitForFunction(() => window.atlas?.state().map === 'interactive', null, { timeout: 60_000 });
    await page.evaluate(() => window.atlas!.idle());
    const ends = new Set(
      (await page.evaluate(() => window.atlas!.state().visibleArcs.map((a) => a.id))).flatMap((id) =>
        id.split('~'),
      ),
    );
    expect(ends.size).toBeGreaterThan(6);
    const named = new Set(await page.evaluate(() => window.atlas!.namesOnScreen()));
    expect(
      [...ends].filter((p) => !named.has(p)),
      'ends without a name',
    ).toEqual([]);
    await context.close();
  });

// A laptop's short window (1366 × 625: a map 415 px high) at world scale: with the one world across,
// the map showed 70° N to 15° S, and the flows to Australia, New Zealand, southern Africa and South
// America left it at its bottom edge. The world is now fitted by its height, centred, the sea on both
// sides over the copies MapLibre draws there (src/map/worldEdges.ts), as the build's picture draws
// it. Issue 13: no arc leaves the frame at the opening view.
test('300-event fixture, a laptop’s short window at 1366×625: every flow inside the map and its one world; beside it only sea, where nothing is picked, in its PNG export too', async ({
  browser,
}) => {
  test.slow(true, 'at world scale software WebGL draws 200 arcs on two maps');
  const context = await browser.newContext({ viewport: { width: 1366, height: 625 }, ...LAYOUT_ONLY });
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '../atlas-300/?lang=en');
  await page.evaluate(() => window.atlas!.idle());
  const s = await screen(page);
  const bands = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#map .world-edge')].map((b) => {
      const r = b.getBoundingClientRect();
      return { left: r.left, right: r.right, colour: getComputedStyle(b).backgroundColor };
    }),
  );
  expect(bands).toHaveLength(2);
  const [west, east] = bands as [(typeof bands)[0], (typeof bands)[0]];
  // The world is narrower than the map: sea on both sides, as wide, in the map's sea colour.
  expect(west.right - west.left).toBeGreaterThan(40);
  expect(Math.abs(west.right - west.left - (east.right - east.left))).toBeLessThan(2);
  // (The close-up's background is the sea's too.)
  const sea = await page.evaluate(
    () => getComputedStyle(document.querySelector('.close-up')!).backgroundColor,
  );
  expect([west.colour, east.colour]).toEqual([sea, sea]);
  const flows = s.arcs.filter((a) => a.where === 'map');
  expect(flows.length).toBeGreaterThan(20);
  for (const a of flows)
    for (const [x, y] of a.points) {
      expect(y, a.id).toBeGreaterThan(1);
      expect(y, a.id).toBeLessThan(s.map.height - 1);
      expect(x, a.id).toBeGreaterThan(west.right - s.map.left);
      expect(x, a.id).toBeLessThan(east.left - s.map.left);
    }
  // The flows to the south are there: their ends lie south of 30° S.
  const south = await page.evaluate(async () => {
    const atlas = (await (await fetch('data/atlas.json')).json()) as {
      places: { id: string; lat: number; country: string }[];
    };
    return atlas.places.filter((p) => p.lat < -30).map((p) => p.country);
  });
  expect(new Set(south).size).toBeGreaterThan(2);
  // A click in the sea beside the world picks nothing: MapLibre's copies of the flows lie under it, one
  // world's width from the flows (to the Americas, whose copies end in the sea west of Europe).
  const world = east.left - west.right;
  const copies = flows
    .flatMap((a) => a.points.map(([x, y]) => [x - world + s.map.left, y + s.map.top] as const))
    .filter(([x]) => x > west.left + 4 && x < west.right - 4);
  expect(copies.length, 'copies of flows under the western sea').toBeGreaterThan(0);
  for (const [x, y] of copies.filter((_, i) => i % Math.ceil(copies.length / 4) === 0)) {
    await page.mouse.click(x, y);
    expect(await page.evaluate(() => window.atlas!.state().selection), `a click at ${x}, ${y}`).toBeNull();
  }
  // The PNG export shows the page's sea there too, not MapLibre's copies of the world (the same map
  // start): the western band's pixels in the export (2×), a little inside its edge, sea every one.
  await test.step('its PNG export: only sea beside the world, as on the page', async () => {
    const map = (await page.locator('#map').boundingBox())!;
    const png = await exportFile(page, 'png');
    const sea = MAP_THEMES.light.background;
    const seaBox = (await pngColours(page, png, [sea], { tolerance: 3 })).stats[0]!.box!;
    const {
      stats: [band],
    } = await pngColours(page, png, [sea], {
      tolerance: 3,
      rows: [seaBox.top, seaBox.top + Math.round(map.height) * 2],
      columns: [0, Math.floor(west.right - west.left) * 2 - 4],
    });
    expect(band!.count).toBeGreaterThan(10_000);
    expect(band!.share).toBe(1);
  });
  // Dragged sideways, past the antimeridian and back (150 px is 58° here, from the centre's 150° E:
  // MapLibre then keeps the centre's longitude within ±180°, the world around it another copy), the
  // bands still cover only what is beside the world, both its edges still on the map: together as wide
  // as before (the west band took 1,080 px of the 1,366 once the centre wrapped).
  const box = (await page.locator('#map').boundingBox())!;
  const bandsWidth = async () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#map .world-edge')].reduce(
        (n, b) => n + b.getBoundingClientRect().width,
        0,
      ),
    );
  const before = await bandsWidth();
  for (const dx of [-150, 300]) {
    await drag(page, [box.x + box.width / 2, box.y + box.height * 0.8], dx);
    expect(Math.abs((await bandsWidth()) - before), `after a drag of ${dx} px`).toBeLessThan(3);
  }
  await context.close();
});

/**
 * After a drag across the Pacific MapLibre keeps the centre's longitude within ±180°: the flows the
 * reader sees are then drawn one world away from where their coordinates project, and a click on one
 * picked nothing (the pointer measured its distance to the line a world off the map). From the opening
 * view of the 300-event fixture at 1280×800 (the selection of the step before let go).
 */
async function acrossThePacific(page: Page) {
  await page.evaluate(() => window.atlas!.select(null));
  await page.evaluate(() => window.atlas!.idle());
  await page.waitForTimeout(400);
  await page.evaluate(() => window.atlas!.idle());
  const s = await screen(page);
  const dx = -400; // 112° at this zoom: the centre goes from 150° E past 180°
  const box = (await page.locator('#map').boundingBox())!;
  await drag(page, [box.x + 700, box.y + 500], dx);
  const closeUp = (await screen(page)).closeUp;
  const under = ([x, y]: [number, number]) =>
    !!closeUp &&
    x > closeUp.left - 10 &&
    x < closeUp.right + 10 &&
    y > closeUp.top - 10 &&
    y < closeUp.bottom + 10;
  // A point where a flow alone is picked at the opening view, moved with the map, on it and clear of
  // the close-up: the widest flow first (the United States', across the Pacific).
  const spot = [...alonePoints(s)]
    .filter(([id]) => s.arcs.some((a) => a.id === id && a.where === 'map'))
    .flatMap(([id, points]) => points.map((p) => ({ id, at: [p[0] + dx, p[1]] as [number, number] })))
    .find(({ at }) => at[0] > 20 && at[0] < s.map.width - 60 && !under(at));
  expect(spot, 'a flow’s point on the map after the drag').toBeDefined();
  // The lines the page reports (tests, bench) are where they are drawn: moved by the drag, not a world off.
  const line = (arcs: typeof s.arcs) => arcs.find((a) => a.id === spot!.id && a.where === 'map')!.points;
  const moved = line((await screen(page)).arcs);
  line(s.arcs).forEach(([x, y], k) => {
    expect(Math.abs(moved[k]![0] - (x + dx)), `${spot!.id}, point ${k}`).toBeLessThan(3);
    expect(Math.abs(moved[k]![1] - y)).toBeLessThan(3);
  });
  await page.mouse.click(box.x + spot!.at[0], box.y + spot!.at[1]);
  expect(await page.evaluate(() => window.atlas!.state().selection)).toBe(spot!.id);
}

// MapLibre keeps a name that reaches up to 100 px past its map, and the map's edge cuts it: once a
// reader had framed Hokkaidō at the right edge, its name read "Ha" (Astana's was cut at a phone's left
// edge). The names' plan keeps each one wholly inside the map (`namePlanner`): this one left of its dot.
test('seed data, a name beside the map’s edge is wholly inside it: on the other side of its dot', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // (A camera in the address starts the map at once.)
  await open(page, './?lang=fr#date=2025-08-01&view=88.2,40,3');
  await page.evaluate(() => window.atlas!.idle());
  const map = (await page.locator('#map').boundingBox())!;
  const dot = await page.evaluate(
    () => window.atlas!.arcsOnScreen().find((a) => a.where === 'map' && a.id.includes('JP-01'))?.points,
  );
  expect(dot).toBeDefined();
  // (Its end in Hokkaidō: the arc's easternmost point.)
  const [x, y] = dot!.reduce((a, b) => (b[0] > a[0] ? b : a));
  // The dot is within 30 px of the map's right edge, where its name, 55 px long, cannot go right of it.
  expect(map.width - x).toBeLessThan(30);
  const ink = async (x0: number, x1: number) =>
    (
      await colourStats(
        page,
        await page.screenshot({ clip: { x: map.x + x0, y: map.y + y - 9, width: x1 - x0, height: 18 } }),
        // (Hokkaidō is a foreign partner: its name is in the partners' ink.)
        [MAP_THEMES.light.partnerLabel],
        30,
      )
    )[0]!.count;
  // Right of the dot (clear of it and of its halo): no letter. Left of it: the name.
  expect(await ink(x + 7, map.width)).toBe(0);
  // (At this tolerance the partners' orange, lighter than the places' ink, keeps 34 px of its 8
  // letters, the ink kept 40 or more; none is found where the name is not.)
  expect(await ink(x - 70, x - 7)).toBeGreaterThan(25);
  await context.close();
});
