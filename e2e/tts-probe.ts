/**
 * Is anything speaking, browser-wide? A page's `speechSynthesis.speaking` only covers that page's own queue
 * (another tab's speech shows as `false` there), so browser tests load this tiny extension next to Qari: it
 * holds the `tts` permission, and `chrome.tts.isSpeaking()` asks the browser's one speech controller, which
 * every tab's Web Speech utterances go through. Test-only: Qari itself never asks for `tts`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';

const WORKER = 'tts-probe.js';

export interface TtsProbe {
  /** The unpacked extension's folder (pass it as `extraExtensions` to `useQari` or `launchQari`). */
  path: string;
  /** The browser's answer to `chrome.tts.isSpeaking()`. */
  isSpeaking(context: BrowserContext): Promise<boolean>;
  cleanup(): void;
}

export function ttsProbe(): TtsProbe {
  const path = mkdtempSync(join(tmpdir(), 'qari-tts-probe-'));
  const manifest = {
    manifest_version: 3,
    name: 'TTS probe (Qari tests)',
    version: '1',
    permissions: ['tts'],
    background: { service_worker: WORKER },
  };
  writeFileSync(join(path, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(path, WORKER), '// Answers chrome.tts.isSpeaking() for the tests; nothing else.\n');
  const worker = async (context: BrowserContext): Promise<Worker> => {
    const mine = (w: Worker) => w.url().endsWith(`/${WORKER}`);
    return (
      context.serviceWorkers().find(mine) ?? context.waitForEvent('serviceworker', { predicate: mine, timeout: 30_000 })
    );
  };
  return {
    path,
    async isSpeaking(context) {
      const probe = await worker(context);
      return probe.evaluate(() => {
        type Tts = { tts: { isSpeaking(callback: (speaking: boolean) => void): void } };
        return new Promise<boolean>((resolve) =>
          (globalThis as unknown as { chrome: Tts }).chrome.tts.isSpeaking(resolve),
        );
      });
    },
    cleanup: () => rmSync(path, { recursive: true, force: true }),
  };
}
