// WCAG 2.1 AA (and MIIT 适老化): every text/background pair the app uses reaches 4.5:1. The pairs
// and the colours are read from styles/_tokens.scss itself, so the test checks what ships.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '_tokens.scss'), 'utf8');
const tokens = new Map([...source.matchAll(/^\$([\w-]+):\s*(#[0-9a-f]{6});/gim)].map((m) => [m[1] ?? '', m[2] ?? '']));
const pairs = [...source.matchAll(/^\/\/ contrast-pairs:(.*)$/gm)].flatMap((m) => (m[1] ?? '').trim().split(/\s+/));

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('colour tokens', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // The grey the app used to have: just under AA on the page background.
    expect(contrast('#6b7280', '#f4f6f9')).toBeCloseTo(4.47, 2);
  });

  it('lists pairs that name real tokens', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    for (const pair of pairs) {
      const [fg = '', bg = ''] = pair.split('/');
      expect(tokens.has(fg) && tokens.has(bg), pair).toBe(true);
    }
  });

  it.each(pairs)('%s reaches 4.5:1', (pair) => {
    const [fg = '', bg = ''] = pair.split('/');
    expect(contrast(tokens.get(fg) ?? '', tokens.get(bg) ?? '')).toBeGreaterThanOrEqual(4.5);
  });
});
