/**
 * axe-core in real Chromium: zero WCAG 2.2 A/AA violations in the open reader view (light, dark and high
 * contrast themes; an LTR and an RTL article; settings panel open) and in the popup (light, dark, forced colors).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearStorage, openFixture, openReader, setStorage, showReadingSettings } from './reader-helpers';
import { useQari } from './use-qari';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Run axe on `page` (or, with `shadow`, on the reader dialog inside its shadow root); returns readable violations. */
async function audit(page: Page, shadow: boolean): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ([tags, inShadow]) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
      const context = inShadow ? { include: [{ fromShadowDom: ['#qari-root', '.dialog'] }] } : document;
      const result = (await axe.run(context, { runOnly: { type: 'tag', values: tags } })) as {
        violations: unknown[];
        passes: unknown[];
      };
      // An audit that checked nothing would pass vacuously.
      return result.passes.length > 0
        ? result.violations
        : [{ id: 'nothing-audited', help: 'axe found nothing to check', nodes: [] }];
    },
    [TAGS, shadow] as const,
  );
  return (violations as Violation[]).map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
}

const env = useQari();

describe('accessibility of the reader view', () => {
  for (const name of ['en-plain', 'seed-ar']) {
    it(`${name}: no violations in light, dark, high contrast and forced colors, with the settings open`, async () => {
      await clearStorage(env.qari);
      const page = await openFixture(env.qari, env.server, name);
      await openReader(env.qari, page);
      await page.locator('#qari-root').getByRole('button', { name: 'Reading settings' }).click();
      await page.locator('#qari-root .panel select').first().waitFor();
      for (const theme of ['light', 'dark', 'contrast']) {
        await setStorage(env.qari, { 'pref:theme': theme });
        await expect.poll(() => page.locator('#qari-root .dialog').getAttribute('data-theme')).toBe(theme);
        expect(await audit(page, true), `${name} / ${theme}`).toEqual([]);
      }
      await page.emulateMedia({ forcedColors: 'active' });
      expect(await audit(page, true), `${name} / forced colors`).toEqual([]);
      await page.close();
    });
  }
});

describe('the audit itself', () => {
  it("sees inside the reader's shadow root (a nameless button and low contrast are caught)", async () => {
    await clearStorage(env.qari);
    const page = await openFixture(env.qari, env.server, 'en-plain');
    await openReader(env.qari, page);
    await page.evaluate(() => {
      const dialog = document.getElementById('qari-root')!.shadowRoot!.querySelector('.dialog')!;
      const button = document.createElement('button');
      const faint = document.createElement('p');
      faint.textContent = 'faint text';
      faint.style.color = '#bbbbbb';
      dialog.append(button, faint);
    });
    const found = (await audit(page, true)).map((line) => line.split(':')[0]);
    expect(found).toContain('button-name');
    expect(found).toContain('color-contrast');
    await page.close();
  });
});

describe('accessibility of the popup', () => {
  for (const [label, media] of [
    ['light', { colorScheme: 'light' }],
    ['dark', { colorScheme: 'dark' }],
    ['forced colors', { forcedColors: 'active' }],
  ] as const) {
    it(`no violations in ${label}, on an RTL article with the reader open and the settings shown`, async () => {
      await clearStorage(env.qari);
      const page = await openFixture(env.qari, env.server, 'seed-ar');
      await openReader(env.qari, page);
      const popup = await env.qari.openPopup(page);
      await popup.emulateMedia(media);
      await showReadingSettings(popup);
      await expect
        .poll(() => popup.getByRole('button', { name: 'Reader view' }).getAttribute('aria-pressed'))
        .toBe('true');
      expect(await audit(popup, false), label).toEqual([]);
      await popup.close();
      await page.close();
    });
  }
});
