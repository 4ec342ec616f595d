import type { Page } from '@playwright/test';

/** Opens a page of the built site (relative to baseURL) and waits until the atlas says it is ready. */
export async function open(page: Page, url = './'): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.atlas?.state().ready === true);
}
