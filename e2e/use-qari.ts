/**
 * The one way a Chromium test file gets its browser: `const env = useQari()` launches Chromium with Qari
 * (e2e/chromium.ts) and starts the fixture server (e2e/server.ts) before the file's tests, and closes both
 * after them; `env.qari` and `env.server` are set once `beforeAll` has run. out/ exists for screenshots.
 * The Firefox twin is e2e-firefox/use-qari.ts.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { launchQari, type LaunchOptions, type QariBrowser } from './chromium';
import { startServer, type PageServer } from './server';

export interface QariEnv {
  qari: QariBrowser;
  server: PageServer;
}

export interface UseQariOptions extends LaunchOptions {
  /**
   * Runs first in `beforeAll` (e.g. starting a private speech-dispatcher); what it returns is added to the
   * launch options (its args, env and extensions after the fixed ones).
   */
  before?: () => LaunchOptions | void;
  /** Runs last in `afterAll`, once the browser and server are closed (e.g. removing what `before` made). */
  after?: () => void;
}

export function useQari(options: UseQariOptions = {}): QariEnv {
  const { before, after, ...fixed } = options;
  const env = {} as QariEnv;
  beforeAll(async () => {
    mkdirSync('out', { recursive: true });
    const extra = before?.() ?? {};
    env.server = await startServer();
    env.qari = await launchQari({
      ...fixed,
      args: [...(fixed.args ?? []), ...(extra.args ?? [])],
      env: { ...fixed.env, ...extra.env },
      extraExtensions: [...(fixed.extraExtensions ?? []), ...(extra.extraExtensions ?? [])],
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
