import { expect, test, type Browser, type Page } from '@playwright/test';
import { holdMap } from './helpers';

test('the built page loads the built data, lists the five events with their sources, stays on the site, and starts in one short task', async ({
  page,
}) => {
  const external: string[] = [];
  page.on('request', (r) => {
    if (
      !r.url().startsWith('http://127.0.0.1') &&
      !r.url().startsWith('data:') &&
      !r.url().startsWith('blob:')
    )
      external.push(r.url());
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  // (The seed data's start is one short task: split, it drew frames more, `START_SPLIT_PAIRS`.)
  const start = await watchStart(page);
  await page.goto('./');
  await page.waitForFunction(() => window.atlas?.state().ready);
  const list = page.locator('#events');
  await expect(list).toHaveAttribute('data-events', '5');
  await expect(list).toHaveAttribute('data-pairs', '7');
  await expect(page.locator('#events > li')).toHaveCount(5);
  await expect(list).toContainText('Bac Ninh promeut sa coopération avec la région du Kazakhstan oriental');
  await expect(page.locator('#attribution')).toContainText('GeoNames (CC BY 4.0)');
  expect(external).toEqual([]);
  expect(violations).toEqual([]);
  await expect.poll(async () => (await start.seen()).steps).toEqual([0, 3]);
});

/**
 * How many layout objects Chromium lays out while `act` runs (its trace's `Layout` events): what was
 * left to lay out when it came. Counted, not timed.
 */
async function laidOutBy(browser: Browser, page: Page, act: () => Promise<unknown>): Promise<number> {
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await act();
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as {
    name: string;
    args?: { beginData?: { dirtyObjects?: number } };
  }[];
  return events
    .filter((e) => e.name === 'Layout')
    .reduce((n, e) => n + (e.args?.beginData?.dirtyObjects ?? 0), 0);
}

// Issue 16, at 300 events:
// - the page's start, one task of 80–150 ms, is three: the browser handles a reader's input waiting
//   between two tasks, never in the middle of one (`watchStart`);
// - a laptop lays the list of events out slice by slice as it is filled, off screen: the first Tab
//   (Chromium lays out every skipped subtree to find the next focusable element) laid out its ~3,900
//   objects at once, and took 75–125 ms to handle here (`npm run bench`, settled).
const START_STEPS = ['atlas:mounted', 'atlas:drawn', 'atlas:ready'];

/**
 * Watches the page's start from its first script on with a beat of posted messages, which sees the
 * steps' marks (`START_STEPS`) change between its turns; `seen()` gives the numbers of steps done it saw
 * (each one, a turn of the page's tasks), and what the page's header and details panel were at the first
 * turn after the first step (what the frame then shows).
 */
async function watchStart(page: Page) {
  type Watch = {
    steps: Set<number>;
    mounted: { tools: string[]; details: boolean } | null;
    /** Where the language switch's left edge was at each turn (px, rounded), from its mounting. */
    language: Set<number>;
  };
  await page.addInitScript((steps) => {
    const w: Watch = { steps: new Set(), mounted: null, language: new Set() };
    (window as unknown as { startWatch: Watch }).startWatch = w;
    const tools = () => [...document.querySelectorAll('#tools > *')].map((e) => e.tagName.toLowerCase());
    const beat = new MessageChannel();
    beat.port1.onmessage = () => {
      const done = steps.filter((s) => performance.getEntriesByName(s, 'mark').length > 0).length;
      w.steps.add(done);
      const language = document.querySelector('#tools > .lang');
      if (language) w.language.add(Math.round(language.getBoundingClientRect().left));
      if (done === 1)
        w.mounted ??= { tools: tools(), details: !document.querySelector<HTMLElement>('.details')?.hidden };
      if (done < steps.length) beat.port2.postMessage(null);
    };
    beat.port2.postMessage(null);
  }, START_STEPS);
  return {
    seen: () =>
      page.evaluate(() => {
        const w = (window as unknown as { startWatch: Watch }).startWatch;
        return { steps: [...w.steps].sort(), mounted: w.mounted, language: [...w.language] };
      }),
    /** The header's controls and whether the details panel is open, now. */
    now: () =>
      page.evaluate(() => ({
        tools: [...document.querySelectorAll('#tools > *')].map((e) => e.tagName.toLowerCase()),
        details: !document.querySelector<HTMLElement>('.details')?.hidden,
      })),
  };
}

test('on a laptop the page starts in several tasks, and the first Tab does not lay out the list of events', async ({
  browser,
  page,
}) => {
  await holdMap(page);
  const start = await watchStart(page);
  // The page's web font arrives after the list is filled (a slow network, or a loaded machine: CI once
  // laid out 3,931 objects at the first Tab): a new font lays out the list's text again.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/be-vietnam-pro-[^/]*\.woff2?$/, async (route) => {
    await held;
    await route.continue();
  });
  // (Not `open`: the page's load event waits for its preloaded font.)
  await page.goto('../atlas-300/', { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.atlas?.state().ready === true);
  // A turn of the beat came after each step but the last: a task of its own.
  await expect.poll(async () => (await start.seen()).steps).toEqual([0, 1, 2, 3]);
  // Every control of the header comes with the first step, in one frame: the Share menu, mounted in the
  // last, pushed the others aside a frame after they came.
  const { mounted } = await start.seen();
  expect(mounted).toEqual(await start.now());
  expect(mounted?.tools).toContain('details');
  // The language switch, there before the data, is where it stood when the controls came (at its left).
  const { language } = await start.seen();
  expect(language).toHaveLength(1);
  expect(mounted?.tools.at(-1)).toBe('select');
  // The font comes a second after the page is ready: a list filled by then (it was, in a tenth of
  // that) is laid out again when it comes.
  await page.waitForTimeout(1000);
  release();
  await expect(page.locator('#events > li')).toHaveCount(300);
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const objects = await laidOutBy(browser, page, () => page.keyboard.press('Tab'));
  expect(objects).toBeLessThan(300);
});

// A selection asked by the address opens the details panel, which narrows the map: with the header's
// controls, before the start's first turn (a frame of the map at its full width came between).
test('a selection in the address opens its details with the header, in the start’s first frame', async ({
  page,
}) => {
  await holdMap(page);
  const start = await watchStart(page);
  await page.goto('../atlas-300/#sel=FR');
  await page.waitForFunction(() => window.atlas?.state().ready === true);
  await expect.poll(async () => (await start.seen()).steps).toEqual([0, 1, 2, 3]);
  const { mounted } = await start.seen();
  expect(mounted).toEqual(await start.now());
  expect(mounted?.details).toBe(true);
});

test.describe('on a phone', () => {
  // (A touch screen, and no mouse: where a laptop lays the list out in slices, for its keyboard's
  // first Tab, a phone does not: src/app/list.ts.)
  test.use({ viewport: { width: 412, height: 823 }, hasTouch: true });
  test('a phone lays out the 300 events’ list only when it comes into view (issue 16)', async ({
    browser,
    page,
  }) => {
    // Filled while it was still near the viewport, its 1,500 elements were laid out at load (0.6–1 s of
    // a phone's main thread, twice): it is filled once the browser skips it, off screen.
    await page.goto('../atlas-300/');
    await page.waitForFunction(() => window.atlas?.state().ready);
    await expect(page.locator('#events > li')).toHaveCount(300);
    const list = page.locator('section.list');
    const laidOut = () =>
      list.evaluate((el) => ({
        height: el.getBoundingClientRect().height,
        skipped: !el.querySelector('li')!.checkVisibility({ contentVisibilityAuto: true }),
      }));
    const before = await laidOut();
    expect(before.skipped).toBe(true);
    // Not laid out slice by slice either: reading an item's box lays out all of them then.
    expect(
      await laidOutBy(browser, page, () =>
        page
          .locator('#events > li')
          .last()
          .evaluate((li) => li.getBoundingClientRect()),
      ),
    ).toBeGreaterThan(3000);
    // (Never laid out, it keeps the size it had empty: 300 events are tens of thousands of px.)
    expect(before.height).toBeLessThan(823);
    // Scrolled to, it is laid out and read as before.
    await list.scrollIntoViewIfNeeded();
    await expect(page.locator('#events > li').first()).toBeVisible();
    // (Its layout follows on the browser's next rendering of it: in a loaded suite, after the check above.)
    await expect.poll(async () => (await laidOut()).height).toBeGreaterThan(10_000);
  });
});

test('text from the data is shown as text, never parsed as HTML', async ({ page }) => {
  await page.route('**/data/atlas.json', async (route) => {
    const res = await route.fetch();
    const atlas = await res.json();
    atlas.events[0].title.fr = '<img src=x onerror="window.__pwned=1">';
    await route.fulfill({ response: res, json: atlas });
  });
  await page.goto('./');
  await expect(page.locator('#events h3').first()).toContainText('<img src=x');
  expect(await page.locator('#events img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a missing data file shows a contained message instead of throwing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/data/atlas.json', (route) => route.fulfill({ status: 404, body: 'nope' }));
  await page.goto('./');
  await expect(page.locator('#status')).toHaveAttribute('role', 'alert');
  // Plain words for readers; the technical reason stays for developers.
  await expect(page.locator('#status')).toContainText('La carte n’a pas pu être chargée');
  await expect(page.locator('#status')).not.toContainText('HTTP');
  await expect(page.locator('#status')).toHaveAttribute('data-error', /HTTP 404/);
  expect(errors).toEqual([]);
});

test('a missing basemap, fetched when the map starts, shows the same contained message; the picture stays', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let asked = 0;
  await page.route('**/data/basemap.json', (route) => {
    asked++;
    return route.fulfill({ status: 404, body: 'nope' });
  });
  await page.goto('./');
  await page.waitForFunction(() => window.atlas?.state().ready === true);
  await expect(page.locator('#status')).not.toHaveAttribute('role', 'alert');
  await page.locator('#map').hover();
  await expect(page.locator('#status')).toHaveAttribute('role', 'alert');
  await expect(page.locator('#status')).toContainText('La carte n’a pas pu être chargée');
  await expect(page.locator('#status')).toHaveAttribute('data-error', /basemap\.json: HTTP 404/);
  await expect(page.locator('img.first-view')).toBeVisible();
  expect(await page.evaluate(() => window.atlas!.state().map)).toBe('static');
  // The failure is final, as the atlas's is: a picture redrawn for each date (playback, a scrub) does
  // not ask the network again.
  for (const day of ['2019-01-01', '2023-03-01', '2024-01-01', '2025-03-01'])
    await page.evaluate((d) => window.atlas!.setDate(d), day);
  await page.waitForTimeout(500);
  expect(asked).toBe(1);
  expect(errors).toEqual([]);
});

test('the legend keys what the map draws: a line per country when it is crowded, and what its names’ numbers count; arcs when not', async ({
  page,
}) => {
  // The build writes the opening view's key into the HTML (first paint, before any script)…
  const html = await (await page.request.get('../atlas-300/index.html')).text();
  expect(html).toMatch(/<span class="key arc flow"/);
  expect(html).toContain('data-l10n-en="links with a country (thickness, “·\u00a03”: number of links)"');
  expect(await (await page.request.get('./index.html')).text()).toMatch(/<span class="key arc"/);
  // …and the page follows the date: a crowded map draws a line per country, a sparse one its arcs.
  await page.goto('../atlas-300/?lang=en');
  await page.waitForFunction(() => window.atlas?.state().ready);
  const key = page.locator('.legend .key.arc');
  const words = page.locator('.legend .arc-key');
  await expect(words).toHaveText('links with a country (thickness, “·\u00a03”: number of links)');
  await expect(key).toHaveClass(/\bflow\b/);
  // A selection draws its own arcs at full strength over faint flows: the key is the arcs'.
  await page.evaluate(() => window.atlas!.select('VN-HN'));
  await expect(words).toHaveText('partnership (thicker: more events)');
  await page.evaluate(() => window.atlas!.select(null));
  await expect(words).toHaveText('links with a country (thickness, “·\u00a03”: number of links)');
  await page.evaluate(() => window.atlas!.setDate('1993-01-01'));
  await expect(words).toHaveText('partnership (thicker: more events)');
  await expect(key).not.toHaveClass(/\bflow\b/);
});
