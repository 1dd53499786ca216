/**
 * The one way a Firefox test file gets its browser, twin of e2e/use-qari.ts: `const env = useQari()` launches
 * firefox-esr with Qari's Firefox test build (e2e/firefox.ts) and starts the fixture server (e2e/server.ts)
 * before the file's tests, and closes both after them; `env.qari` and `env.server` are set once `beforeAll`
 * has run. out/ exists for screenshots.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { launchQariFirefox, type FirefoxLaunchOptions, type QariFirefox } from '../e2e/firefox';
import { startServer, type PageServer } from '../e2e/server';

export interface QariFirefoxEnv {
  qari: QariFirefox;
  server: PageServer;
}

export interface UseQariFirefoxOptions extends FirefoxLaunchOptions {
  /**
   * Runs first in `beforeAll` (e.g. starting a private speech-dispatcher); what it returns is added to the
   * launch options (its prefs and env over the fixed ones).
   */
  before?: () => FirefoxLaunchOptions | void;
  /** Runs last in `afterAll`, once the browser and server are closed (e.g. removing what `before` made). */
  after?: () => void;
}

export function useQari(options: UseQariFirefoxOptions = {}): QariFirefoxEnv {
  const { before, after, ...fixed } = options;
  const env = {} as QariFirefoxEnv;
  beforeAll(async () => {
    mkdirSync('out', { recursive: true });
    const extra = before?.() ?? {};
    env.server = await startServer();
    env.qari = await launchQariFirefox({
      ...fixed,
      prefs: { ...fixed.prefs, ...extra.prefs },
      env: { ...fixed.env, ...extra.env },
      extensionPath: extra.extensionPath ?? fixed.extensionPath,
    });
  });
  afterAll(async () => {
    try {
      await env.qari?.close();
      await env.server?.close();
    } finally {
      after?.();
    }
  });
  return env;
}
