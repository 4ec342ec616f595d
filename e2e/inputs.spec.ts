import { expect, test, type Page } from '@playwright/test';

// Dates that do not exist, in a link and as a hash change on a loaded page, are ignored like any
// malformed value (src/core/view/inputs.ts): the page opens, and no error reaches the console.
const errorsOf = (page: Page) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
};

test('a link with a date that does not exist opens the embed and the full page at their default day', async ({
  page,
}) => {
  const errors = errorsOf(page);
  await page.goto('embed.html#date=2024-12-32');
  await page.waitForFunction(() => window.atlas?.state().ready);
  const end = await page.evaluate(() => window.atlas!.state().date);
  expect(end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.goto('./#date=2024-13-45&sel=%3Cimg%3E&country=CN,,null&view=1e999,21,4');
  await page.waitForFunction(() => window.atlas?.state().ready, null, { timeout: 30_000 });
  expect(await page.evaluate(() => window.atlas!.state())).toMatchObject({
    date: end,
    selection: null,
    filters: { countries: ['CN'], kinds: [], domains: [] },
  });
  await expect(page.locator('#status')).not.toHaveAttribute('role', 'alert');
  expect(errors).toEqual([]);
});

test('a hash change to a date that does not exist on a loaded page is ignored, without an error', async ({
  page,
}) => {
  const errors = errorsOf(page);
  await page.goto('embed.html#date=2019-01-01');
  await page.waitForFunction(() => window.atlas?.state().ready);
  for (const date of ['2024-12-32', '2024-13-45']) {
    await page.evaluate((d) => (location.hash = `#date=${d}&sel=VN-13`), date);
    await expect.poll(() => page.evaluate(() => window.atlas!.state().selection)).toBe('VN-13');
    await page.evaluate(() => (location.hash = '#date=2019-01-01'));
    await expect.poll(() => page.evaluate(() => window.atlas!.state().selection)).toBeNull();
  }
  await expect(page.locator('#status')).not.toHaveAttribute('role', 'alert');
  expect(errors).toEqual([]);
  // The public API refuses it too, saying why, and changes nothing.
  const thrown = await page.evaluate(() => {
    try {
      window.atlas!.setDate('2024-12-32');
      return null;
    } catch (e) {
      return `${(e as Error).name}: ${(e as Error).message}`;
    }
  });
  expect(thrown).toBe('TypeError: atlas: date must be a day that exists, YYYY-MM-DD (got "2024-12-32")');
  expect(await page.evaluate(() => window.atlas!.state().date)).toBe('2019-01-01');
  await expect(page.locator('#status')).not.toHaveAttribute('role', 'alert');
  expect(errors).toEqual([]);
});
