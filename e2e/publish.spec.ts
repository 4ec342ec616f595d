import { expect, test } from '@playwright/test';
import { exportFile, holdMap, LAYOUT_ONLY, open } from './helpers';

// What a copy desk checks before publishing: who signed, what is counted, what a reader reads.
// (Words are read, not pixels: drawn at half the pixel ratio, `LAYOUT_ONLY`.)
test.use(LAYOUT_ONLY);

/** Ids of the data (ISO 3166-2, post-2025 units, arc ids): never text a reader sees. */
const RAW_ID = /\b(?:VN25-[A-Z]|[A-Z]{2}-[A-Z0-9]{1,3}\b)|~/;

test('after the merger Hà Giang’s events stand under Hà Giang, now part of Tuyên Quang, in panel, list, search and exports', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await holdMap(page);
  await open(page, './?lang=en#date=2025-08-01&sel=VN-03', { map: false });
  const panel = page.locator('aside.details');
  await expect(panel.locator('h2')).toHaveText('Hà Giang');
  await expect(panel.locator('.subtitle')).toContainText('part of Tuyên Quang since 1 July 2025');
  await expect(panel.locator('li[data-event]')).toHaveCount(2);
  await expect(panel.locator('.parties').first()).toContainText('Hà Giang (now part of Tuyên Quang)');
  // The list of all events names the unit as it signed, and what it is now.
  await expect(
    page.locator('#events li[data-event="2023-02-guangxi-spring-meeting"] .parties'),
  ).toContainText('Hà Giang (now part of Tuyên Quang)');
  // The arc drawn from the new Tuyên Quang names the unit that signed.
  await expect(page.locator('#visible')).toContainText('Hà Giang (now part of Tuyên Quang) ↔ Guangxi');
  // Each line says since when: the first of its events.
  await expect(page.locator('#visible button[data-arc="VN-13~CN-GX"]')).toHaveText(
    'Quảng Ninh ↔ Guangxi · 2 events · since February 2023',
  );

  // The old Tuyên Quang never signed with Guangxi: it lists nothing.
  await page.evaluate(() => window.atlas?.select('VN-07'));
  await expect(panel.locator('h2')).toHaveText('Tuyên Quang (until 2025)');
  await expect(panel.locator('li[data-event]')).toHaveCount(0);
  // Its panel goes on to what it is part of now, and the new unit's back to the units it was formed of.
  await panel.getByRole('button', { name: 'See Tuyên Quang (since 2025)' }).click();
  await expect(panel.locator('h2')).toHaveText('Tuyên Quang (since 2025)');
  // (The focus the button had goes to the new panel's title: a keyboard's reader goes on from there.)
  await expect(panel.locator('h2')).toBeFocused();
  expect(await page.evaluate(() => window.atlas?.state().selection)).toBe('VN25-TUYEN-QUANG');
  await panel.getByRole('button', { name: 'See Hà Giang' }).click();
  await expect(panel.locator('h2')).toHaveText('Hà Giang');
  await expect(panel.locator('li[data-event]')).toHaveCount(2);

  // Search tells the old and the new Tuyên Quang apart in words.
  await page.getByRole('searchbox').fill('Tuyen Quang');
  const results = page.locator('.search .results button');
  await expect(results).toHaveCount(2);
  const texts = await results.allTextContents();
  expect(new Set(texts).size).toBe(2);
  expect(texts.join('\n')).toContain('Tuyên Quang (until 2025)');
  expect(texts.join('\n')).toContain('Tuyên Quang (since 2025)');
  expect(texts.join('\n')).toMatch(/merged into Tuyên Quang \(since 2025\) on 1 July 2025/);
  await page.keyboard.press('Escape');

  // The CSV names the unit that signed and its current successor.
  const csv = (await exportFile(page, 'csv')).toString('utf8').slice(1).trim().split('\r\n');
  const header = csv[0]!.split(',');
  expect(header).toEqual(expect.arrayContaining(['vn_id', 'vn_name', 'vn_current_id', 'vn_current_name']));
  const haGiang = csv.filter((r) => r.startsWith('VN-03,'));
  expect(haGiang).toHaveLength(2);
  for (const r of haGiang) expect(r).toContain('VN-03,Hà Giang,VN25-TUYEN-QUANG,Tuyên Quang');
  const geo = JSON.parse((await exportFile(page, 'geojson')).toString('utf8'));
  const tq = geo.features.find((f: { id: string }) => f.id === 'VN25-TUYEN-QUANG~CN-GX');
  expect(tq.properties.vn_units_names).toEqual(['Hà Giang']);
});

for (const lang of ['fr', 'vi', 'en'] as const) {
  test(`no raw id in any text a reader sees (${lang}), with a merged unit selected${lang === 'fr' ? ' and a region without partners clicked' : ''}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // The map is started (and a region clicked) in one language: a region's name comes from the same
    // code in each, and each map start costs seconds of software WebGL.
    const withMap = lang === 'fr';
    await open(page, `./?lang=${lang}#date=2025-08-01&sel=VN25-TUYEN-QUANG`, { map: withMap });
    await page.evaluate(() => window.atlas?.idle());
    const text = async () =>
      page.evaluate(() => {
        const parts = [document.title, document.body.innerText];
        for (const el of document.querySelectorAll('[aria-label],[alt],[title]'))
          for (const a of ['aria-label', 'alt', 'title']) parts.push(el.getAttribute(a) ?? '');
        return parts.join('\n');
      });
    expect(await text()).not.toMatch(RAW_ID);
    // A click on the map's corner (a region without partners, or the sea) never shows a code.
    if (withMap) {
      const map = (await page.locator('#map').boundingBox())!;
      await page.mouse.click(map.x + 5, map.y + map.height - 5);
    }
    await page.getByRole('searchbox').fill('Tuyen');
    expect(await text()).not.toMatch(RAW_ID);
    // The h1, the tab and the footer speak the reader's language, and the version is a date.
    const footer = await page.locator('#attribution').innerText();
    expect(footer).toMatch(lang === 'vi' ? /Nguồn:/ : /Sources/);
    expect(footer).toMatch(/2025/);
    expect(footer).not.toMatch(/\b[0-9a-f]{12}\b/);
    await expect(page.locator('h1')).not.toHaveText('Partnership Atlas');
  });
}

test('a placeholder headline is never quoted as the outlet’s words, and a known address is a link', async ({
  page,
}) => {
  await page.route('**/data/atlas.json', async (route) => {
    const res = await route.fetch();
    const atlas = await res.json();
    atlas.events.find((e: { id: string }) => e.id === '2018-11-hanoi-astana').source.url =
      'https://example.org/hanoi-astana';
    await route.fulfill({ response: res, json: atlas });
  });
  await open(page, './?lang=en#date=2024-01-01', { map: false });
  const hokkaido = page.locator('#events li[data-event="2023-11-quang-ninh-hokkaido"] .source');
  await expect(hokkaido).toContainText('(headline not recorded)');
  await expect(hokkaido).not.toContainText('[headline not kept');
  const hanoi = page.locator('#events li[data-event="2018-11-hanoi-astana"] .source a');
  await expect(hanoi).toHaveAttribute('href', 'https://example.org/hanoi-astana');
  await expect(hanoi).toHaveText('Hanoi souhaite renforcer sa coopération avec les localités kazakhes');
});

test('counts say events, agreements signed, links and places, never partnerships “in force”', async ({
  page,
}) => {
  await open(page, './?lang=en#date=2019-01-01', { map: false });
  // Hanoi–Astana: a meeting where no agreement was signed.
  await expect(page.locator('#status')).toHaveText(
    'Up to 1 January 2019: 1 event · 1 link between 1 Vietnamese province and 1 foreign partner',
  );
  await page.evaluate(() => window.atlas?.setDate('2023-03-01'));
  await expect(page.locator('#status')).toHaveText(
    'Up to 1 March 2023: 2 events, 1 agreement signed · 5 links between 5 Vietnamese provinces and 2 foreign partners',
  );
  await expect(page.locator('#visible-title')).toHaveText('Links recorded up to 1 March 2023');
  expect(await page.locator('body').innerText()).not.toMatch(/in force|en cours/i);
});
