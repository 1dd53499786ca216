/** Every reader theme keeps text at a contrast of at least 4.5:1 (WCAG AA) on both of its backgrounds. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../../src/content/reader/reader.css'), 'utf8');

function themeVars(theme: string): Record<string, string> {
  const block = new RegExp(`\\[data-theme='${theme}'\\][^{]*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/--qari-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('reader themes', () => {
  it('has a sanity check that can fail', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  for (const theme of ['light', 'sepia', 'dark', 'contrast']) {
    it(`${theme}: text, muted text, links and focus ≥ 4.5:1 on the page and the toolbar`, () => {
      const v = themeVars(theme);
      expect(Object.keys(v).length).toBeGreaterThanOrEqual(7);
      for (const bg of ['bg', 'toolbar-bg']) {
        for (const fg of ['fg', 'muted', 'link', 'focus']) {
          expect(contrast(v[fg]!, v[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
        }
        expect(contrast(v.border!, v[bg]!), `border on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
