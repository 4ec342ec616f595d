import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1000, height: 700 }, reducedMotion: 'reduce' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

for (const lang of ['fr', 'vi', 'en'] as const) {
  for (const [what, path, hash] of [
    ['on the main page', './', '#date=2025-03-01'],
    ['with a selection open', './', '#date=2025-03-01&sel=VN-13'],
    ['in the embed view', './embed.html', '#date=2025-03-01'],
    ['in presentation mode', './', '#date=2025-03-01'],
  ] as const) {
    test(`axe: no WCAG 2.2 AA violation ${what}, ${lang}`, async ({ page }) => {
      const present = what === 'in presentation mode' ? '&present=1' : '';
      await page.goto(`${path}?lang=${lang}${present}${hash}`);
      await page.waitForFunction(() => window.atlas?.state().ready === true);
      const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const found = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(found).toEqual([]);
    });
  }
}
