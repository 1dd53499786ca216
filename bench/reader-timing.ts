/**
 * Time to reader view in headless Chromium with the test build of Qari: from the click on the popup's
 * "Reader view" button to the frame after the reader is mounted, per fixture, cold (first open: injection
 * included) and warm (reopen), as a ratio to plain Readability's parse time on the same page. Both ends are
 * read on the shared clock `performance.timeOrigin + performance.now()` (popup and page are different
 * processes). Also checks, before anything is clicked, that Qari is absent from each page (zero cost).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchQari } from '../e2e/chromium';
import { presence, untouched, type Presence } from '../e2e/reliability-probe';
import { startServer } from '../e2e/server';
import { FIXTURES_DIR } from './corpus';

export interface ReaderTiming {
  fixture: string;
  plain: number;
  cold: number;
  warm: number;
  before: Presence;
}

type PaintGlobal = { __qariPainted?: number; __qariBench: { plain(rounds: number): number } };

/** In the page's world: note when #qari-root appears, then when the next frame is done. */
function watchForReader(): void {
  const g = globalThis as unknown as PaintGlobal;
  delete g.__qariPainted;
  const observer = new MutationObserver(() => {
    if (!document.getElementById('qari-root')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (g.__qariPainted = performance.timeOrigin + performance.now())));
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/** Fixtures that are articles (expected.json `article: true`): the reader opens on them. */
export function articleFixtures(): string[] {
  return readdirSync(FIXTURES_DIR).filter((name) => {
    const file = join(FIXTURES_DIR, name, 'expected.json');
    return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { article?: boolean }).article === true;
  });
}

export async function measureReader(
  fixtures: readonly string[],
  bundle: string,
  log: (line: string) => void,
): Promise<ReaderTiming[]> {
  const server = await startServer();
  const qari = await launchQari();
  const rows: ReaderTiming[] = [];
  try {
    for (const fixture of fixtures) {
      const page = await qari.context.newPage();
      await page.goto(server.page(fixture));
      const before = await presence(qari, page);
      await page.evaluate(bundle);
      const plain = await page.evaluate(() => (globalThis as unknown as PaintGlobal).__qariBench.plain(5));
      const popup = await qari.openPopup(page);
      const toggle = popup.locator('#reader-toggle');
      await toggle.waitFor();
      const open = async (): Promise<number> => {
        await page.evaluate(watchForReader);
        // The article's tab in front (the popup is clicked by script): a background tab gets frames late, and a
        // reopen would "take" a second that is only the wait for the next frame.
        await page.bringToFront();
        const clicked = await popup.evaluate(() => {
          const at = performance.timeOrigin + performance.now();
          document.getElementById('reader-toggle')!.click();
          return at;
        });
        await page.waitForFunction(() => (globalThis as unknown as PaintGlobal).__qariPainted !== undefined, null, {
          timeout: 60_000,
        });
        const painted = await page.evaluate(() => (globalThis as unknown as PaintGlobal).__qariPainted!);
        await popup.waitForFunction(
          () => document.getElementById('reader-toggle')?.getAttribute('aria-pressed') === 'true',
        );
        return painted - clicked;
      };
      const close = async () => {
        await popup.evaluate(() => document.getElementById('reader-toggle')!.click());
        await page.waitForFunction(() => !document.getElementById('qari-root'));
        await popup.waitForFunction(
          () => document.getElementById('reader-toggle')?.getAttribute('aria-pressed') === 'false',
        );
      };
      let cold = Number.NaN;
      let warm = Number.NaN;
      try {
        cold = await open();
        await close();
        warm = await open();
        await close();
      } catch (error) {
        log(`  reader: ${fixture}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
      rows.push({ fixture, plain, cold, warm, before });
      log(
        `  reader: ${fixture}: cold ${cold.toFixed(0)} ms, warm ${warm.toFixed(0)} ms, plain parse ${plain.toFixed(1)} ms, untouched before: ${untouched(before)}`,
      );
      await popup.close();
      await page.close();
    }
  } finally {
    await qari.close();
    await server.close();
  }
  return rows;
}
