// 长辈版 reaches every page: a mini-program page has no root of ours but its own top element, so
// each page (tab pages, every feature's pages, whatever state it is in) puts `elder` there.
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Taro from '@tarojs/taro';
import { render, waitFor } from '@testing-library/react';
import { resetApi, serveApi, signInAs } from '@/test/fake-api';
import { elderMode } from '@/lib/elder-mode';

const src = dirname(fileURLToPath(import.meta.url));

/** Every page file: `pages/<name>/index.tsx` of the main package and of each feature's subpackage. */
function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return pageFiles(path);
    return e.name === 'index.tsx' && relative(src, path).split('/').includes('pages') ? [relative(src, path)] : [];
  });
}
const pages = [...pageFiles(join(src, 'pages')), ...pageFiles(join(src, 'features'))].sort();

async function renderPage(file: string) {
  const { default: Page } = (await import(/* @vite-ignore */ join(src, file))) as { default: ComponentType };
  return render(<Page />);
}

/** The page's top elements: all of them must carry the class (a fragment has several). */
const roots = (container: HTMLElement) => Array.from(container.children);

describe('长辈版 on every page', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
    // Nothing answers: pages show their loading, empty or error states — each a root too.
    serveApi({});
    vi.mocked(Taro.getLocation).mockRejectedValue({ errMsg: 'getLocation:fail auth deny' });
  });
  afterEach(() => elderMode.set(false));

  it('finds the pages (tab pages and every subpackage)', () => {
    expect(pages).toContain('pages/index/index.tsx');
    expect(pages).toContain('features/appointments/pages/ticket/index.tsx');
    expect(pages).toContain('features/staff/pages/queue/kiosk/index.tsx');
    expect(pages.length).toBeGreaterThanOrEqual(30);
  });

  it.each(pages)('%s puts `elder` on its root, first and once settled', async (file) => {
    elderMode.set(true);
    const { container } = await renderPage(file);
    expect(roots(container).length).toBeGreaterThan(0);
    for (const root of roots(container)) expect(root.classList).toContain('elder');
    await waitFor(() => expect(container.querySelector('.state-loading')).toBeNull());
    for (const root of roots(container)) expect(root.classList).toContain('elder');
  });

  it.each(pages)('%s has no `elder` in standard mode', async (file) => {
    elderMode.set(false);
    const { container } = await renderPage(file);
    await waitFor(() => expect(container.querySelector('.state-loading')).toBeNull());
    expect(container.querySelector('.elder')).toBeNull();
  });
});
