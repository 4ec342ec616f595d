import { expect, test, type Page } from '@playwright/test';
import { holdMap, open } from './helpers';

// The timeline and the page's words do not need the live map: the pages stay on their first picture
// (starting MapLibre in software WebGL costs each test seconds).
const date = (page: Page) => page.evaluate(() => window.atlas?.state().date);

/** Boxes of the timeline's parts, and whether any tick label reaches outside its SVG. */
async function timelineBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (sel: string) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const axis = document.querySelector('.timeline .axis')!.getBoundingClientRect();
    const clipped = [...document.querySelectorAll('.timeline .axis text')].filter((t) => {
      const r = t.getBoundingClientRect();
      return r.top < axis.top - 0.5 || r.bottom > axis.bottom + 0.5 || r.left < 0 || r.right > innerWidth;
    });
    const date = document.querySelector('.timeline .date')!;
    return {
      date: box('.timeline .date'),
      scrub: box('.timeline .scrub'),
      timeline: box('.timeline'),
      ticks: document.querySelectorAll('.timeline .axis text').length,
      clipped: clipped.map((t) => t.textContent),
      dateClipped: date.scrollWidth > date.clientWidth,
    };
  });
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`at ${width}×${height}, at 100 % and 200 % text, no tick label or date is cut off`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await open(page, './?lang=vi#date=2023-09-28', { map: false });
    for (const size of ['100%', '200%']) {
      await page.evaluate((s) => {
        document.documentElement.style.fontSize = s;
      }, size);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const b = await timelineBoxes(page);
      expect(b.ticks, size).toBeGreaterThanOrEqual(2);
      expect(b.clipped, size).toEqual([]);
      expect(b.dateClipped, size).toBe(false);
      expect(b.date.x + b.date.w, size).toBeLessThanOrEqual(width);
    }
  });
}

test('ticks and dates are in the reader’s language', async ({ page }) => {
  test.setTimeout(120_000);
  // Wide enough for quarter ticks between the years.
  await page.setViewportSize({ width: 1600, height: 600 });
  const ticks = () => page.locator('.timeline .axis text').allTextContents();
  await open(page, './?lang=fr#date=2023-09-28', { map: false });
  expect(await ticks()).toContain('juil.');
  await expect(page.locator('.timeline .date .now')).toHaveText('28 septembre 2023');
  await open(page, './?lang=vi#date=2023-09-28', { map: false });
  expect(await ticks()).toContain('thg 7');
  await open(page, './?lang=en#date=2023-09-28', { map: false });
  expect(await ticks()).toContain('Jul');
  const english = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
  await open(page, './?lang=fr#date=2023-09-28', { map: false });
  expect((await ticks()).filter((t) => english.test(t))).toEqual([]);
});

test('the date box keeps its width, so the slider does not move, whatever the date', async ({ page }) => {
  await open(page, './?lang=fr#date=2019-05-01', { map: false });
  const seen = new Set<string>();
  for (const d of ['2019-05-01', '2020-09-28', '2023-02-22', '2024-11-01', '2025-07-01', '2026-08-31']) {
    await page.evaluate((day) => window.atlas?.setDate(day), d);
    const b = await timelineBoxes(page);
    seen.add(JSON.stringify([b.date.x, b.date.w, b.scrub.x, b.scrub.w].map((n) => n.toFixed(1))));
  }
  expect([...seen]).toHaveLength(1);
});

test('the 1 July 2025 reform is marked, explained, and its mark goes to the day', async ({ page }) => {
  await open(page, './?lang=en#date=2023-03-01', { map: false });
  const mark = page.locator('.timeline .reform');
  await expect(mark).toHaveText('63 → 34 provinces');
  await expect(mark).toHaveAccessibleName('Provincial reform of 1 July 2025');
  await expect(mark).toHaveAccessibleDescription(
    /63 provinces and cities became 34 \(Resolution 202\/2025\/QH15\)/,
  );
  // The explanation shows on keyboard focus, not only to screen readers.
  const note = page.locator('.timeline .reform-note');
  await expect(note).toBeHidden();
  await page.locator('.timeline .speed').focus();
  await page.keyboard.press('Tab'); // the slider
  await page.keyboard.press('Tab'); // the mark
  await expect(mark).toBeFocused();
  await expect(note).toBeVisible();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => window.atlas?.state())).toMatchObject({
    date: '2025-07-01',
    geography: 'vn34',
  });
});

test('previous/next-event steps skip the empty years, by button and by key', async ({ page }) => {
  await holdMap(page);
  await open(page, './?lang=fr#date=2019-06-01', { map: false });
  const next = page.locator('.timeline .next');
  const prev = page.locator('.timeline .prev');
  await expect(next).toHaveAccessibleName('Événement suivant');
  await next.click();
  expect(await date(page)).toBe('2023-02-22');
  await prev.click();
  expect(await date(page)).toBe('2018-11-21');
  await expect(prev).toHaveAttribute('aria-disabled', 'true');
  await prev.click({ force: true }); // aria-disabled: focusable, but does nothing
  expect(await date(page)).toBe('2018-11-21');
  // On the slider: PageUp is the next event, PageDown the previous one; the arrows still step a day.
  await page.locator('.timeline .scrub').focus();
  await page.keyboard.press('PageUp');
  expect(await date(page)).toBe('2023-02-22');
  await page.keyboard.press('PageUp');
  expect(await date(page)).toBe('2023-11-17');
  await page.keyboard.press('PageDown');
  expect(await date(page)).toBe('2023-02-22');
  await page.keyboard.press('ArrowRight');
  expect(await date(page)).toBe('2023-02-23');
  await page.evaluate(() => window.atlas?.setDate('2025-03-01'));
  await expect(next).toHaveAttribute('aria-disabled', 'true');
});

test('the histogram shows the events, the part before the date in the accent colour', async ({ page }) => {
  await open(page, './#date=2023-06-15', { map: false });
  const bars = await page.locator('.timeline .hist .bins:not(.past)').getAttribute('d');
  // Seed data: events in 2018, 2023 (two), 2024 and 2025, each its own bar.
  expect(bars?.match(/M/g)?.length).toBe(5);
  // Every bar reads as a bar, the first too: the timeline starts on its event's day, mid-month.
  const widths = [...(bars ?? '').matchAll(/h([\d.]+)/g)].map((m) => Number(m[1]));
  expect(widths).toHaveLength(5);
  for (const w of widths) expect(w).toBeGreaterThanOrEqual(4);
  const clip = () => page.locator('.timeline .hist clipPath rect').getAttribute('width');
  const before = Number(await clip());
  await page.evaluate(() => window.atlas?.setDate('2025-03-01'));
  expect(Number(await clip())).toBeGreaterThan(before);
});

test('with a selection the histogram marks its events over the others, faded: when its links began', async ({
  page,
}) => {
  await open(page, './#date=2024-01-01', { map: false });
  const selected = page.locator('.timeline .hist .bins.selected:not(.past)');
  await expect(selected).toHaveCount(0);
  await expect(page.locator('.timeline .hist .bins.faded')).toHaveCount(0);
  // Quảng Ninh: the 2023 Guangxi meeting, Hokkaidō in November 2023, the 2025 Guangxi meeting (the
  // later one marked too: the whole timeline's); not Hanoi's 2018 or Bắc Ninh's 2024.
  await page.evaluate(() => window.atlas?.select('VN-13'));
  await expect(selected).toHaveCount(1);
  const starts = async () =>
    [...((await selected.getAttribute('d')) ?? '').matchAll(/M([\d.]+),/g)].map((m) => Number(m[1]));
  const all = [
    ...(
      (await page.locator('.timeline .hist .bins:not(.past):not(.selected)').getAttribute('d')) ?? ''
    ).matchAll(/M([\d.]+),/g),
  ].map((m) => Number(m[1]));
  expect(all).toHaveLength(5);
  expect(await starts()).toEqual([all[1], all[2], all[4]]);
  await expect(page.locator('.timeline .hist .bins.faded')).toHaveCount(2);
  // Hokkaidō: its one event. None selected: none marked.
  await page.evaluate(() => window.atlas?.select('JP-01'));
  await expect.poll(starts).toEqual([all[2]]);
  await page.evaluate(() => window.atlas?.select(null));
  await expect(selected).toHaveCount(0);
});

test('with filters the histogram marks the events they let through, the others faded', async ({ page }) => {
  await open(page, './#date=2024-01-01&country=JP', { map: false });
  const selected = page.locator('.timeline .hist .bins.selected:not(.past)');
  // Japan's one event (Hokkaidō, November 2023) of the five: the third bar.
  await expect(selected).toHaveCount(1);
  const starts = async (css: string) =>
    [...((await page.locator(css).getAttribute('d')) ?? '').matchAll(/M([\d.]+),/g)].map((m) => Number(m[1]));
  const all = await starts('.timeline .hist .bins:not(.past):not(.selected)');
  expect(all).toHaveLength(5);
  expect(await starts('.timeline .hist .bins.selected:not(.past)')).toEqual([all[2]]);
  await expect(page.locator('.timeline .hist .bins.faded')).toHaveCount(2);
  // The filters cleared: every bar alike again.
  await page.evaluate(() => window.atlas?.setFilters({ countries: [] }));
  await expect(selected).toHaveCount(0);
  await expect(page.locator('.timeline .hist .bins.faded')).toHaveCount(0);
});

test('a selection with few events among many marks them high enough to find, never above their bin', async ({
  page,
}) => {
  // The 300-event fixture: East Kazakhstan's one event, in a year of several of the 300. In bins of
  // all the events' scale its bar was 2 px high, a strip on the track.
  await open(page, '../atlas-300/#date=2026-12-31', { map: false });
  await page.evaluate(() => window.atlas?.select('KZ-VOS'));
  const bars = async (css: string) =>
    [
      ...((await page.locator(css).getAttribute('d')) ?? '').matchAll(/M([\d.]+),[\d.]+h[\d.]+v-([\d.]+)/g),
    ].map((m) => ({ x: Number(m[1]), h: Number(m[2]) }));
  await expect(page.locator('.timeline .hist .bins.selected:not(.past)')).toHaveCount(1);
  const mine = await bars('.timeline .hist .bins.selected:not(.past)');
  expect(mine).toHaveLength(1);
  const whole = (await bars('.timeline .hist .bins:not(.past):not(.selected)')).find(
    (b) => b.x === mine[0]!.x,
  )!;
  expect(whole.h).toBeGreaterThanOrEqual(6);
  expect(mine[0]!.h).toBeGreaterThanOrEqual(6);
  expect(mine[0]!.h).toBeLessThanOrEqual(whole.h);
});

test('the timeline’s start is named under its first event by its month and year, not as the next year', async ({
  page,
}) => {
  // Seed data: the first event is on 21 November 2018; the first tick, 1 January 2019, is 13 px to
  // its right at 1280 px, where the ticks are years.
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, './', { map: false });
  const labels = () =>
    page.locator('.timeline .axis').evaluate((svg) =>
      [...svg.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', left: r.left, right: r.right };
      }),
    );
  const first = (await labels()).sort((a, b) => a.left - b.left);
  const bar = await page.locator('.timeline .hist .bins:not(.past)').evaluate((p) => {
    const r = (p as SVGPathElement).getBoundingClientRect();
    return r.left;
  });
  // (Its month too: "2018" alone, then "2020" a year and a month later, read as an axis that
  // skipped a year.)
  expect(first[0]!.text).toBe('nov. 2018');
  // Under the first bar, and the next label clear of it.
  expect(Math.abs(first[0]!.left - bar)).toBeLessThan(12);
  expect(first[1]!.left).toBeGreaterThan(first[0]!.right + 4);
  expect(first.map((l) => l.text)).not.toContain('2019');
  // Nor the 2019 tick's mark, which stood over the start's label and read as its own.
  const marks = await page
    .locator('.timeline .axis .tick line')
    .evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().left));
  expect(marks.filter((x) => x >= first[0]!.left - 1 && x <= first[0]!.right + 1)).toEqual([]);
  // Where ticks are a year apart and the month and year would hide one more tick than the year alone
  // (a small laptop's axis), still the month and year: "2018" then "2020" was the misreading.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect
    .poll(async () =>
      (await labels())
        .sort((a, b) => a.left - b.left)
        .map((l) => l.text)
        .slice(0, 2),
    )
    .toEqual(['nov. 2018', '2021']);
  // On a phone the next label keeps an em away: half an em apart, "2018 2020" read as one.
  await page.setViewportSize({ width: 390, height: 844 });
  const em = await page.locator('.timeline .axis').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  await expect
    .poll(async () => {
      const [a, b] = (await labels()).sort((x, y) => x.left - y.left);
      return a!.text === 'nov. 2018' ? b!.left - a!.right : null;
    })
    .toBeGreaterThanOrEqual(em);
  // Where ticks are months (a wall screen's), the start is left unnamed rather than "nov. 2018 … avr.".
  await page.setViewportSize({ width: 3840, height: 1000 });
  await expect.poll(async () => (await labels()).map((l) => l.text)).toContain('avr.');
  const wall = (await labels()).sort((a, b) => a.left - b.left).map((l) => l.text);
  expect(wall[0]).toBe('2019');
  // The year alone where the month would cost a tick: on a phone, the 300 events' 36 years are ticked
  // in decades, and "avr. 1990" left out the "2000" that "1990" keeps clear of.
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '../atlas-300/', { map: false });
  await expect
    .poll(async () => (await labels()).sort((a, b) => a.left - b.left).map((l) => l.text))
    .toEqual(['1990', '2000', '2010', '2020']);
});
