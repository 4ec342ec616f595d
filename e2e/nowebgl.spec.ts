import { expect, test } from '@playwright/test';

// A browser without WebGL (old devices, locked-down machines, some embeds): the page stays useful.
test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--disable-webgl', '--disable-3d-apis'],
  },
});

test('without WebGL the page says so and keeps the list, the timeline, search and details', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./#date=2024-12-01');
  await page.waitForFunction(() => window.atlas?.state().ready === true);
  await expect(page.locator('.notice')).toContainText("La carte ne peut pas s'afficher");
  await expect(page.locator('#map')).toBeHidden();
  await expect(page.locator('#events li')).toHaveCount(5);
  // The timeline and the API still work, and a selection still lists its events.
  const s = await page.evaluate(() => {
    window.atlas?.setDate('2019-01-01');
    window.atlas?.select('VN-HN');
    return window.atlas?.state();
  });
  expect(s?.visibleArcs.map((a) => a.id)).toEqual(['VN-HN~KZ-AST']);
  await expect(page.locator('aside.details li[data-event]')).toHaveCount(1);
  expect(errors).toEqual([]);
});
