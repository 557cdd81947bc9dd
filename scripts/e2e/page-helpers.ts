import type { Page } from 'playwright-core';

/** Taro H5 slides pages in; wait for the transition so screenshots show the page in place. */
export async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Taro H5 keeps the pages below the current one in the DOM (hidden): match the one on screen. */
export const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true });
