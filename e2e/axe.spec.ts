import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LAYOUT_ONLY, open } from './helpers';

// (axe reads the page's styles, not its pixels: drawn at half the pixel ratio, `LAYOUT_ONLY`.)
test.use({ viewport: { width: 1000, height: 700 }, ...LAYOUT_ONLY });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

const VIEWS = [
  ['on the main page, then with a selection open, then in presentation mode', './', '#date=2025-03-01'],
  ['with a selection open', './', '#date=2025-03-01&sel=VN-13'],
  ['in the embed view', './embed.html', '#date=2025-03-01'],
] as const;

type View = (typeof VIEWS)[number][0];
// Every view in French (the longest strings), in the light scheme; in the dark scheme, and in
// Vietnamese and English, the views whose words differ most: the page with a selection open (the
// page's own words, the panel) and the embed (text contrast does not depend on the language). The page without a selection is checked once,
// in French, before a selection is opened in the same page, and presentation mode after it, entered
// from the Share menu: each run loads the map in software WebGL.
// The map's own controls are audited in the French light run; the other runs audit the page's words and
// colours before the map has started (each start costs seconds of software WebGL).
const RUNS: {
  lang: 'fr' | 'vi' | 'en';
  theme: 'light' | 'dark';
  views: readonly View[];
  map?: false;
}[] = [
  {
    lang: 'fr',
    theme: 'light',
    views: VIEWS.map((v) => v[0]).filter((v) => v !== 'with a selection open'),
  },
  // Presentation mode in the dark scheme uses the page's dark colours (audited in theme.test.ts).
  { lang: 'fr', theme: 'dark', views: ['with a selection open', 'in the embed view'], map: false },
  { lang: 'vi', theme: 'light', views: ['with a selection open', 'in the embed view'], map: false },
  { lang: 'en', theme: 'light', views: ['with a selection open', 'in the embed view'], map: false },
];

for (const { lang, theme, views, map = true } of RUNS) {
  for (const [what, path, hash] of VIEWS.filter((v) => views.includes(v[0]))) {
    test(`axe: no WCAG 2.2 AA violation ${what}, ${lang}, ${theme}`, async ({ page }) => {
      // (Three audits on one map start, the last after presentation mode has framed its first chapter:
      // 30–37 s in a full run, over 60 s once under load.)
      test.slow(what.includes('presentation'), 'a map start, three audits and a presentation');
      await open(page, `${path}?lang=${lang}&theme=${theme}${hash}`, { map });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const violations = async () =>
        (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      expect(await violations()).toEqual([]);
      if (what.includes('then with a selection open')) {
        await page.evaluate(() => window.atlas!.select('VN-13'));
        await expect(page.locator('aside.details h2')).toBeVisible();
        expect(await violations(), 'with a selection open').toEqual([]);
        await page.locator('.share summary').click();
        await page.locator('.share-panel [data-action=present]').click();
        await expect(page.locator('.chapter')).toBeVisible();
        await page.evaluate(() => window.atlas!.idle());
        expect(await violations(), 'in presentation mode').toEqual([]);
      }
    });
  }
}
