// What the accessibility journey measures on a page of the H5 build: axe-core's serious and
// critical findings, and the sizes and contrast a resident sees (computed styles and boxes).
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** axe-core's serious and critical violations on what is on screen, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResult> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

export interface Measures {
  /** The page's body text (its root's font size), CSS px. */
  body: number;
  /** The smallest text on screen and where. */
  smallestText: { px: number; where: string };
  /** The smallest tap target among the given selectors (its shorter side) and where. */
  smallestTarget: { px: number; where: string };
}

/** Sizes on the page on screen; `targets` are the controls whose boxes are checked. */
export async function measure(page: Page, targets: string[]): Promise<Measures> {
  return page.evaluate((selectors) => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').replace(/\s+/g, '.')} "${el.textContent.trim().slice(0, 12)}"`;
    const root = Array.from(document.querySelectorAll('.page')).find(shown);
    const body = root ? parseFloat(getComputedStyle(root).fontSize) : 0;
    let smallestText = { px: Infinity, where: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || !shown(el) || el.closest('[aria-hidden="true"], script, style')) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < smallestText.px) smallestText = { px, where: name(el) };
    }
    let smallestTarget = { px: Infinity, where: '' };
    for (const el of Array.from(document.querySelectorAll(selectors.join(',')))) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      const px = Math.min(r.width, r.height);
      if (px < smallestTarget.px) smallestTarget = { px, where: name(el) };
    }
    return { body, smallestText, smallestTarget };
  }, targets);
}

/** Contrast (WCAG) of an element's text colour on the nearest opaque background behind it. */
export async function textContrast(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .filter({ visible: true })
    .first()
    .evaluate((el) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      let bg: number[] = [255, 255, 255];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
          bg = c.slice(0, 3);
          break;
        }
      }
      const lum = (c: number[]) => {
        const [r = 0, g = 0, b = 0] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [hi, lo] = [lum(rgb(getComputedStyle(el).color).slice(0, 3)), lum(bg)].sort((a, b) => b - a) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    });
}

/** The box of the first visible match, CSS px. */
export async function box(page: Page, selector: string): Promise<{ width: number; height: number }> {
  const b = await page.locator(selector).filter({ visible: true }).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return { width: b.width, height: b.height };
}

export async function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .filter({ visible: true })
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}
