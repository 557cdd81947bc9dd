import type { Page } from 'playwright-core';

/** Taro H5 slides pages in; wait for the transition so screenshots show the page in place. */
export async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}
