/**
 * The lifecycle every browser test file shares, for either browser: `useBrowser(launch, merge, options)` starts the
 * fixture server (e2e/server.ts) and launches the browser before the file's tests, and closes both after them;
 * `env.qari` and `env.server` are set once `beforeAll` has run. out/ exists for screenshots. The launchers are
 * e2e/use-qari.ts (Chromium) and e2e-firefox/use-qari.ts (Firefox).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type PageServer } from './server';

export interface BrowserEnv<B> {
  qari: B;
  server: PageServer;
}

export interface Lifecycle<O> {
  /**
   * Runs first in `beforeAll` (e.g. starting a private speech-dispatcher); what it returns is merged into the
   * launch options.
   */
  before?: () => O | void;
  /** Runs last in `afterAll`, once the browser and server are closed (e.g. removing what `before` made). */
  after?: () => void;
}

export function useBrowser<B extends { close(): Promise<void> }, O extends object>(
  launch: (options: O) => Promise<B>,
  merge: (fixed: O, extra: O) => O,
  options: O & Lifecycle<O>,
): BrowserEnv<B> {
  const { before, after, ...fixed } = options;
  const env = {} as BrowserEnv<B>;
  beforeAll(async () => {
    mkdirSync('out', { recursive: true });
    const extra = (before?.() ?? {}) as O;
    env.server = await startServer();
    env.qari = await launch(merge(fixed as O, extra));
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
