import { expect, test, type Page } from '@playwright/test';
import { expectControlsInKeepOut, holdMap, open, WALL_LAYOUT_ONLY } from './helpers';

/**
 * WCAG 1.4.4 (text resized to 200 %) and 1.4.10 (reflow). Text-only zoom (a browser's font-size
 * setting) is the root font size doubled; page zoom at 200 % is the same page in half the CSS pixels.
 */
async function layout(page: Page) {
  return page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height, name: e.className || e.tagName };
    };
    const controls = [
      ...document.querySelectorAll('.tools > *'),
      ...document.querySelectorAll('.timeline .play, .timeline .speed, .timeline .scrub'),
    ].map(box);
    const date = document.querySelector('.timeline .date')!;
    return {
      overflowX: document.documentElement.scrollWidth - window.innerWidth,
      innerWidth: window.innerWidth,
      controls,
      tools: [...document.querySelectorAll('.tools > *')].map(box),
      h1: parseFloat(getComputedStyle(document.querySelector('.bar h1')!).fontSize),
      axisText: parseFloat(getComputedStyle(document.querySelector('.timeline .axis text')!).fontSize),
      dateClipped: date.scrollWidth > date.clientWidth,
      map: box(document.querySelector('#map')!),
    };
  });
}

const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

for (const [device, width, height, lang] of [
  ['desktop', 1280, 800, 'vi'],
  ['phone', 360, 740, 'fr'],
] as const) {
  test(`text at 200 % on a ${device} (${lang}): nothing is cut off or overlaps, the map keeps room`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    // The page's layout (the map's box is the picture's until the map starts): no map started, its
    // code held (the search's keys would start it).
    await holdMap(page);
    await open(page, `./?lang=${lang}#date=2025-03-01&sel=VN-13`, { map: false });
    const before = await layout(page);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await layout(page);
    // The text did grow, the timeline's axis with it.
    expect(after.h1).toBeCloseTo(before.h1 * 2, 0);
    expect(after.axisText).toBeCloseTo(before.axisText * 2, 0);
    // No sideways scrolling; every control whole, inside the width, at least 44 px, none over another.
    expect(after.overflowX).toBeLessThanOrEqual(0);
    for (const c of after.controls) {
      expect(c.x, c.name).toBeGreaterThanOrEqual(0);
      expect(c.x + c.w, c.name).toBeLessThanOrEqual(after.innerWidth);
      expect(Math.min(c.w, c.h), c.name).toBeGreaterThanOrEqual(44);
    }
    for (const [i, a] of after.tools.entries())
      for (const b of after.tools.slice(i + 1)) expect(overlap(a, b), `${a.name} / ${b.name}`).toBe(false);
    expect(after.dateClipped).toBe(false);
    expect(after.map.h).toBeGreaterThanOrEqual(150);
    // And it still works: the search finds a place with the larger text.
    await page.locator('.search input').fill('Hokkaido');
    await page.locator('.search input').press('Enter');
    await expect.poll(() => page.evaluate(() => window.atlas?.state().selection)).toBe('JP-01');
  });
}

test('text at 200 % in the embed view on a phone: the legend keys stay beside their words', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, './embed.html?lang=vi#date=2025-03-01');
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  const items = await page.locator('.legend-item:has(.key)').evaluateAll((els) =>
    els.map((el) => {
      const [key, words] = [...el.children].map((c) => c.getBoundingClientRect());
      return { key: key!.toJSON() as DOMRect, words: words!.toJSON() as DOMRect };
    }),
  );
  expect(items).toHaveLength(2);
  for (const { key, words } of items) {
    expect(key.right).toBeLessThanOrEqual(words.left);
    const middle = key.top + key.height / 2;
    expect(middle).toBeGreaterThan(words.top);
    expect(middle).toBeLessThan(words.bottom);
  }
  // The names' key ("tên:", then each ink's word): its words in reading order, none over another.
  const names = await page
    .locator('.legend-item.names > span')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  expect(names).toHaveLength(3);
  for (const [a, b] of names.slice(1).map((r, i) => [names[i]!, r] as const))
    expect(b.left >= a.right || b.top >= a.bottom).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
});

test('the line of counts is whole from a tablet’s width to a laptop’s, and the search’s word on a phone, in the three languages', async ({
  page,
}) => {
  await holdMap(page);
  for (const site of ['./', '../atlas-300/'])
    for (const lang of ['fr', 'vi', 'en']) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page, `${site}?lang=${lang}`, { map: false });
      for (const width of [701, 768, 820, 1024, 1199, 1200, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        // Cut by its one line's ellipsis, or by a clamp of lines: more of it laid out than is shown.
        const cut = await page
          .locator('#status')
          .evaluate((e) => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight + 1);
        expect(cut, `${site} ${lang} at ${width} px`).toBe(false);
      }
      // On a phone, the search's word is whole beside the other controls ("Recherch…" in French, when
      // the language switch was as wide as its longest name).
      await page.setViewportSize({ width: 390, height: 844 });
      // (Measured as the box's value, set for a moment: the box's own room for text is narrower than
      // its padding says, by the search's clear button.)
      const over = await page.locator('.search input').evaluate((e: HTMLInputElement) => {
        e.value = e.placeholder;
        const by = e.scrollWidth - e.clientWidth;
        e.value = '';
        return by;
      });
      expect(over, `${site} ${lang}: the search's placeholder`).toBeLessThanOrEqual(0);
    }
});

test('page zoom at 200 % (a 1280 × 800 screen is 640 × 400 CSS pixels): the page reflows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await open(page, './#date=2025-03-01', { map: false });
  const l = await layout(page);
  expect(l.overflowX).toBeLessThanOrEqual(0);
  for (const c of l.controls) expect(c.x + c.w, c.name).toBeLessThanOrEqual(640);
  expect(l.map.h).toBeGreaterThanOrEqual(150);
});

// The map's controls are where the names' plan and the build's picture keep names out of them
// (`controlsPx`: MapLibre's buttons, at the names' scale), on a wall screen. (On a laptop and a phone
// at their opening view: e2e/readability.spec.ts, with the map it starts there.)
test.describe('2560×1440', () => {
  // (Boxes in CSS px: drawn at half the pixel ratio.)
  test.use({ viewport: { width: 2560, height: 1440 }, ...WALL_LAYOUT_ONLY });
  test(`the map’s controls are inside the boxes names keep out of`, async ({ page }) => {
    await open(page, './');
    await expectControlsInKeepOut(page, 1.5);
  });
});
