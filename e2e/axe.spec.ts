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

// Every view in each language in the light scheme, and every view in the dark scheme (text contrast
// does not depend on the language; French has the longest strings).
const RUNS = [
  ...(['fr', 'vi', 'en'] as const).map((lang) => ({ lang, theme: 'light' as const })),
  { lang: 'fr' as const, theme: 'dark' as const },
];

for (const { lang, theme } of RUNS) {
  for (const [what, path, hash] of VIEWS) {
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
