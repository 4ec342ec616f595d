import { expect, test, type Page } from '@playwright/test';
import { alonePoints } from '../src/core/draw/pickable';
import { readScreen } from '../src/test/readScreen';
import { holdMap, LAYOUT_ONLY, open, pngColours } from './helpers';

// (Read in CSS px, drawn at half the pixel ratio, `LAYOUT_ONLY`, but for the colours a test counts in a
// screenshot, drawn at the ratio of 1.)
test.use({ viewport: { width: 900, height: 640 }, ...LAYOUT_ONLY });

const state = (page: Page) => page.evaluate(() => window.atlas?.state());

test('the place search ignores accents and case, and selects what is picked', async ({ page }) => {
  await holdMap(page);
  await open(page, './#date=2024-12-01', { map: false });
  const box = page.getByRole('searchbox');
  await box.fill('QUANG NINH');
  await expect(page.locator('.search .results button').first()).toContainText('Quảng Ninh');
  await box.press('Enter');
  expect((await state(page))?.selection).toBe('VN-13');
  await expect(page.locator('aside.details h2')).toHaveText('Quảng Ninh');
  // A partner by its French name, picked with the mouse.
  await box.fill('hokkaido');
  await page.locator('.search .results button[data-place="JP-01"]').click();
  expect((await state(page))?.selection).toBe('JP-01');
  // Its subtitle ("linked to 1 Vietnamese province · …") begins with a capital, as a line does.
  await expect(page.locator('aside.details .subtitle')).toContainText('1');
  expect(await page.locator('aside.details .subtitle').evaluate((e) => (e as HTMLElement).innerText)).toMatch(
    /^Lié à /,
  );
  await box.fill('zzzz');
  await expect(page.locator('.search .results')).toContainText('Aucun lieu trouvé');
});

test('the empty search box offers the hubs to start from; a pick selects one, Escape and leaving close it', async ({
  page,
}) => {
  await holdMap(page);
  // The 300 events: at world scale the map draws countries; the hubs the flows leave from are offered.
  await open(page, '../atlas-300/', { map: false });
  const box = page.getByRole('searchbox');
  const results = page.locator('.search .results');
  await expect(results).toBeHidden();
  await box.focus();
  await expect(results).toBeVisible();
  await expect(results.locator('.hint')).toHaveText('Les plus liés sur la carte');
  const offered = results.locator('button');
  await expect(offered).toHaveCount(5);
  // Most partners first, each with whom it is linked to, as the details panel says it.
  const counts = await offered.locator('small').allTextContents();
  const partners = counts.map((c) => Number(/^(\d+) partenaires? dans \d+ pays$/.exec(c)?.[1]));
  expect(partners.every((n) => n > 0)).toBe(true);
  expect(partners).toEqual([...partners].sort((a, b) => b - a));
  // A press picks (the focus stays in the box until the click).
  const first = (await offered.first().getAttribute('data-place'))!;
  await offered.first().click();
  expect((await state(page))?.selection).toBe(first);
  await expect(page.locator('aside.details p.subtitle')).toContainText(`${partners[0]} partenaires`);
  await expect(results).toBeHidden();
  // The box kept the focus: a click, or ↓, offers them again. Escape closes the offer; so does
  // leaving the box. Enter picks nothing nobody chose.
  await box.click();
  await expect(results).toBeVisible();
  await box.press('Enter');
  expect((await state(page))?.selection).toBe(first);
  await box.press('Escape');
  await expect(results).toBeHidden();
  // Tab passes the box in one step (the offered places are reached with the arrows).
  await box.press('ArrowDown');
  await expect(results).toBeVisible();
  await box.press('Tab');
  await expect(page.locator('.filters summary')).toBeFocused();
  await expect(results).toBeHidden();
  // With the keyboard: ↓ to the second place, Enter picks it, and the focus is back in the box.
  await box.focus();
  await box.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(offered.nth(1)).toBeFocused();
  const second = (await offered.nth(1).getAttribute('data-place'))!;
  await page.keyboard.press('Enter');
  expect((await state(page))?.selection).toBe(second);
  await expect(box).toBeFocused();
  await expect(results).toBeHidden();
  // Escape on a place closes the list, back in the box; the selection stays.
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await expect(offered.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  await expect(box).toBeFocused();
  expect((await state(page))?.selection).toBe(second);
  // Typing replaces the offer with the search's results.
  await box.fill('hanoi');
  await expect(results.locator('.hint')).toHaveCount(0);
  await expect(results.locator('button').first()).toContainText('Hanoï');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('a tap on an offered place picks it and closes the on-screen keyboard (the box lets go)', async ({
    page,
  }) => {
    // (The map's code held: the first tap would start it beside the test, which reads the search.)
    await holdMap(page);
    await open(page, '../atlas-300/', { map: false });
    const box = page.getByRole('searchbox');
    await box.tap();
    const offered = page.locator('.search .results button');
    await expect(offered).toHaveCount(5);
    const first = (await offered.first().getAttribute('data-place'))!;
    await offered.first().tap();
    expect((await state(page))?.selection).toBe(first);
    await expect(box).not.toBeFocused();
    await expect(page.locator('.search .results')).toBeHidden();
  });

  test('the results are above the map, while it starts and after, and wholly on the screen', async ({
    page,
  }) => {
    await open(page, './?lang=vi', { map: false });
    const box = page.getByRole('searchbox');
    const results = page.locator('.search .results button');
    /** Each result's middle and right end are the result's own, and inside the screen. */
    const readable = () =>
      results.evaluateAll((buttons) =>
        buttons.map((b) => {
          const r = b.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return { own: !!hit && b.contains(hit), inside: r.right <= window.innerWidth && r.left >= 0 };
        }),
      );
    // (Its focus starts the map: the picture is raised over its canvas until the map has drawn.)
    await box.tap();
    await box.fill('Tuyen Quang');
    await expect(results).toHaveCount(2);
    await expect.poll(() => page.evaluate(() => window.atlas?.state().map)).not.toBe('static');
    expect(await readable()).toEqual([
      { own: true, inside: true },
      { own: true, inside: true },
    ]);
    await page.waitForFunction(() => window.atlas?.state().map === 'interactive', null, { timeout: 60_000 });
    await box.fill('Quang');
    await expect(results.first()).toBeVisible();
    const after = await readable();
    expect(after.length).toBeGreaterThan(2);
    expect(after.every((r) => r.own && r.inside)).toBe(true);
  });
});

test('the header’s menus are one at a time, and Escape or a press outside closes them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await holdMap(page);
  await open(page, './#date=2025-03-01&sel=VN-13', { map: false });
  const filters = page.locator('details.filters');
  const share = page.locator('details.share');
  await filters.locator('summary').click();
  await expect(filters).toHaveAttribute('open');
  // Opening "Share" closes the filters: never one menu on top of the other.
  await share.locator('summary').click();
  await expect(share).toHaveAttribute('open');
  await expect(filters).not.toHaveAttribute('open');
  // Escape closes it, focus back on its summary; the selection stays (the next Escape clears it).
  await page.keyboard.press('Escape');
  await expect(share).not.toHaveAttribute('open');
  await expect(share.locator('summary')).toBeFocused();
  expect((await state(page))?.selection).toBe('VN-13');
  await page.keyboard.press('Escape');
  expect((await state(page))?.selection).toBeNull();
  // A press outside it (on the page's title) closes it too.
  await filters.locator('summary').click();
  await expect(filters).toHaveAttribute('open');
  await page.locator('h1').click();
  await expect(filters).not.toHaveAttribute('open');
  // And tabbing out of it: Escape in the place search is then the search's.
  await filters.locator('summary').click();
  await page.keyboard.press('Shift+Tab');
  await expect(filters).not.toHaveAttribute('open');
  const search = page.locator('.search input');
  await search.fill('hanoi');
  await search.press('Escape');
  await expect(search).toHaveValue('');
});

test('filters by partner country, kind and domain change the visible arcs and the URL', async ({ page }) => {
  await holdMap(page);
  await open(page, './#date=2025-03-01', { map: false });
  expect((await state(page))?.visibleArcs).toHaveLength(7);
  await page.locator('.filters summary').click();
  await page.getByLabel('Japon').check();
  let s = await state(page);
  expect(s?.filters.countries).toEqual(['JP']);
  expect(s?.visibleArcs.map((a) => a.id)).toEqual(['VN-13~JP-01']);
  await expect(page.locator('.filters summary')).toHaveText('Filtres (1)');
  expect(page.url()).toContain('JP');
  await page.getByRole('button', { name: 'Tout afficher' }).click();
  expect((await state(page))?.visibleArcs).toHaveLength(7);
  // Kind: only twinning MoUs (Bắc Ninh – East Kazakhstan).
  await page.evaluate(() => window.atlas?.setFilters({ kinds: ['twinning'] }));
  s = await state(page);
  expect(s?.visibleArcs.map((a) => a.id)).toEqual(['VN-56~KZ-VOS']);
  await expect(page.locator('.filters input[value="twinning"]')).toBeChecked();
  // Back undoes the filter.
  await page.goBack();
  await expect.poll(async () => (await state(page))?.visibleArcs.length).toBe(7);
});

test('hovering an arc shows a short tooltip', async ({ page }) => {
  await open(page, './#date=2025-03-01');
  await page.evaluate(() => window.atlas!.idle());
  // A point of the Quảng Ninh–Hokkaidō arc where it alone is under the pointer, from its geometry.
  const s = await page.evaluate(readScreen);
  const id = s.arcs.find((a) => a.where === 'map' && a.id.endsWith('~JP-01'))?.id;
  expect(id, 'the Hokkaidō arc on the map').toBeDefined();
  const points = alonePoints(s).get(id!) ?? [];
  expect(points.length).toBeGreaterThan(0);
  const [x, y] = points[Math.floor(points.length / 2)]!;
  await page.mouse.move(s.map.left + x, s.map.top + y);
  await expect(page.locator('.tooltip')).toBeVisible();
  // (Its ends, its events and since when.)
  await expect(page.locator('.tooltip')).toHaveText('Quảng Ninh ↔ Hokkaidō · 1 événement · novembre 2023');
});

test('the details panel never covers the map, on a phone and on a desktop', async ({ page }) => {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    // (The layout is the page's: the same before the map starts, which needs no start here. A page
    // load at each size: the same address again, with its hash, is not one.)
    await page.goto('about:blank');
    await open(page, './#date=2025-03-01&sel=VN-13', { map: false });
    const box = async (sel: string) =>
      (await page.locator(sel).boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    const map = await box('#map');
    const panel = await box('aside.details');
    const timeline = await box('.timeline');
    const overlap = (a: typeof map, b: typeof map) =>
      a.x < b.x + b.width - 1 &&
      b.x < a.x + a.width - 1 &&
      a.y < b.y + b.height - 1 &&
      b.y < a.y + a.height - 1;
    expect(panel.width).toBeGreaterThan(0);
    expect(overlap(map, panel)).toBe(false);
    expect(overlap(map, timeline)).toBe(false);
    expect(overlap(panel, timeline)).toBe(false);
    expect(map.height).toBeGreaterThan(150);
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
  }
});

// (It counts the strong arcs’ pixels in screenshots.)
test.describe('colours counted at a pixel ratio of 1', () => {
  test.use({ deviceScaleFactor: 1 });
  test('hovering a place says whom it is linked to and previews its links, the others faint', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, './#date=2025-08-01');
    await page.evaluate(() => window.atlas!.idle());
    const map = (await page.locator('#map').boundingBox())!;
    // Hokkaidō's name, right of its dot (the end of its one arc), where no arc runs.
    const end = await page.evaluate(() =>
      window
        .atlas!.arcsOnScreen()
        .find((a) => a.where === 'map' && a.id.endsWith('~JP-01'))!
        .points.at(-1)!,
    );
    const strongArcPixels = async () => {
      const png = await page.screenshot({ clip: map });
      const { stats } = await pngColours(page, png, ['#a82a25'], { tolerance: 40 });
      return stats[0]!.count;
    };
    const before = await strongArcPixels();
    await page.mouse.move(map.x + end[0] + 22, map.y + end[1]);
    await expect(page.locator('.tooltip')).toHaveText(
      'Hokkaidō — lié à 1 province vietnamienne · 1 événement · novembre 2023',
    );
    await page.evaluate(() => window.atlas!.idle());
    const during = await strongArcPixels();
    // Six of the seven arcs go faint: what stays strong is Quảng Ninh–Hokkaidō (and the names' halos).
    expect(during).toBeLessThan(before * 0.6);
    expect(during).toBeGreaterThan(0);
    // The pointer leaves: every arc is drawn as before.
    await page.mouse.move(map.x + 3, map.y + 3);
    await expect(page.locator('.tooltip')).toBeHidden();
    await page.evaluate(() => window.atlas!.idle());
    expect(await strongArcPixels()).toBeGreaterThan(before * 0.9);
  });
});
