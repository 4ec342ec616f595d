import { expect, test, type Page } from '@playwright/test';

// The first view (issues 14 and 16): the build's picture in the reader's language and scheme, or the
// picture of the state a link asks for, with nothing moving, and MapLibre only from the first interaction.

/** Sums the page's layout shifts (those not caused by input), from before its first paint. */
async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

const LANGS: [string, string, string][] = [
  ['en-US', './', 'en'],
  ['vi-VN', './', 'vi'],
  ['de-DE', './', 'fr'],
  ['en-US', './?lang=vi', 'vi'],
  ['fr-FR', './#lang=en', 'en'],
];
for (const [locale, url, lang] of LANGS) {
  test.describe(`a browser in ${locale} opening ${url}`, () => {
    test.use({ locale, viewport: { width: 412, height: 823 } });
    test(`sees the ${lang} picture and header from the first paint, nothing moves, and the map waits`, async ({
      page,
    }) => {
      await watchShifts(page);
      await page.goto(url);
      await page.waitForFunction(() => window.atlas?.state().ready === true);
      // public/theme.js and the app chose the same language (src/core/i18n.ts, chooseLang).
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const picture = page.locator('#map img.first-view');
      await expect(picture).toHaveAttribute('data-lang', lang);
      // A phone's picture has a narrow box's words only (public/theme.js; issue 16).
      const file = (narrow: boolean) =>
        `first-view${narrow ? '-narrow' : ''}${lang === 'fr' ? '' : `-${lang}`}.svg`;
      const shown = () => picture.evaluate((i: HTMLImageElement) => i.currentSrc);
      expect(await shown()).toMatch(new RegExp(`/data/${file(true)}$`));
      const title = await page.evaluate(
        async (l) => (await (await fetch('data/atlas.json')).json()).publication.title[l],
        lang,
      );
      await expect(page.locator('h1')).toHaveText(title);
      await page.waitForTimeout(1000);
      expect(await shifts(page)).toBeLessThanOrEqual(0.02);
      // MapLibre starts with the reader's first interaction, not before.
      expect(await page.evaluate(() => window.atlas?.state().map)).toBe('static');
      // Turned to a wider screen before any interaction, the page shows the picture for any box.
      await page.setViewportSize({ width: 900, height: 823 });
      await expect.poll(shown).toMatch(new RegExp(`/data/${file(false)}$`));
      await page.setViewportSize({ width: 412, height: 823 });
      await expect.poll(shown).toMatch(new RegExp(`/data/${file(true)}$`));
      expect(await page.evaluate(() => window.atlas?.state().map)).toBe('static');
      // (How the page chose its language does not change how the map starts: it is started once.)
      if (url !== LANGS[0]![1] || locale !== LANGS[0]![0]) return;
      const box = (await page.locator('#map').boundingBox())!;
      await page.mouse.move(box.x + 3, box.y + 3);
      await expect
        .poll(() => page.evaluate(() => window.atlas?.state().map), { timeout: 30_000 })
        .toBe('interactive');
    });
  });
}

test.describe('a link to a state', () => {
  // The test reads the generated picture back with fetch(blob:), which the page's CSP rightly forbids.
  test.use({ bypassCSP: true });
  /** The arcs drawn in the picture (full-strength strokes of the static map; not its close-up's again). */
  const arcsInPicture = (page: Page) =>
    page.locator('#map img.first-view').evaluate(async (img: HTMLImageElement) => {
      const svg = (await (await fetch(img.src)).text()).replace(/<g class="close-up">[\s\S]*$/, '');
      return (svg.match(/stroke-width="[\d.]+" stroke-opacity="0.9"/g) ?? []).length;
    });

  for (const path of ['./', 'embed.html']) {
    test(`${path}: a link to a date shows that date's arcs in its first picture, before any interaction`, async ({
      page,
    }) => {
      await page.goto(`${path}#date=2019-01-01`);
      await page.waitForFunction(() => window.atlas?.state().ready === true);
      const picture = page.locator('#map img.first-view');
      await expect(picture).toHaveAttribute('src', /^blob:/);
      const visible = await page.evaluate(() => window.atlas!.state().visibleArcs.length);
      expect(visible).toBe(1);
      await expect.poll(() => arcsInPicture(page)).toBe(visible);
      expect(await page.evaluate(() => window.atlas?.state().map)).toBe('static');
    });
  }
});

test('a page opened as it is keeps the build’s picture (nothing is redrawn)', async ({ page }) => {
  await page.goto('./');
  await page.waitForFunction(() => window.atlas?.state().ready === true);
  await page.waitForTimeout(500);
  const picture = page.locator('#map img.first-view');
  expect(await picture.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(/\/data\/first-view\.svg$/);
});

test('the build’s picture follows the scheme asked, or the system’s, in the reader’s language', async ({
  page,
}) => {
  const shown = () => page.locator('#map img.first-view').evaluate((i: HTMLImageElement) => i.currentSrc);
  await page.goto('./?theme=dark&lang=vi');
  await page.waitForFunction(() => window.atlas?.state().ready === true);
  expect(await shown()).toMatch(/\/data\/first-view-vi-dark\.svg$/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?lang=en');
  await page.waitForFunction(() => window.atlas?.state().ready === true);
  expect(await shown()).toMatch(/\/data\/first-view-en-dark\.svg$/);
});

test('the embed keeps its map’s height with a selection: the details open below it', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 620 });
  const mapBox = async (hash: string) => {
    await page.goto(`embed.html${hash}`);
    await page.waitForFunction(() => window.atlas?.state().ready === true);
    return (await page.locator('#map').boundingBox())!;
  };
  const plain = await mapBox('#date=2023-03-01');
  const selected = await mapBox('#date=2023-03-01&sel=VN-13');
  expect(selected.height).toBeCloseTo(plain.height, 0);
  expect(selected.width).toBeCloseTo(plain.width, 0);
  const details = (await page.locator('aside.details').boundingBox())!;
  expect(details.y).toBeGreaterThanOrEqual(selected.y + selected.height - 1);
});
