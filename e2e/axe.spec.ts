import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open } from './helpers';

test.use({ viewport: { width: 1000, height: 700 }, reducedMotion: 'reduce' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

const VIEWS = [
  ['on the main page', './', '#date=2025-03-01'],
  ['with a selection open', './', '#date=2025-03-01&sel=VN-13'],
  ['in the embed view', './embed.html', '#date=2025-03-01'],
  ['in presentation mode', './', '#date=2025-03-01'],
] as const;

type View = (typeof VIEWS)[number][0];
// Every view in French (the longest strings) in both schemes; in Vietnamese and English the views
// whose words differ most: the page with a selection open (the page's own words, the panel) and the
// embed (text contrast does not depend on the language). The page without a selection is checked once:
// the selection's view holds all of it and more. Each run loads the map in software WebGL (~20 s).
const RUNS: { lang: 'fr' | 'vi' | 'en'; theme: 'light' | 'dark'; views: readonly View[] }[] = [
  { lang: 'fr', theme: 'light', views: VIEWS.map((v) => v[0]) },
  { lang: 'fr', theme: 'dark', views: VIEWS.map((v) => v[0]).slice(1) },
  { lang: 'vi', theme: 'light', views: ['with a selection open', 'in the embed view'] },
  { lang: 'en', theme: 'light', views: ['with a selection open', 'in the embed view'] },
];

for (const { lang, theme, views } of RUNS) {
  for (const [what, path, hash] of VIEWS.filter((v) => views.includes(v[0]))) {
    test(`axe: no WCAG 2.2 AA violation ${what}, ${lang}, ${theme}`, async ({ page }) => {
      const present = what === 'in presentation mode' ? '&present=1' : '';
      await open(page, `${path}?lang=${lang}&theme=${theme}${present}${hash}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const found = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(found).toEqual([]);
    });
  }
}
