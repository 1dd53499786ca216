/**
 * The one way a Chromium test file gets its browser: `const env = useQari()` launches Chromium with Qari
 * (e2e/chromium.ts) and starts the fixture server, before the file's tests, and closes both after them
 * (e2e/use-browser.ts). What `before` returns adds its args, env and extensions after the fixed ones.
 * The Firefox twin is e2e-firefox/use-qari.ts.
 */
import { launchQari, type LaunchOptions, type QariBrowser } from './chromium';
import { useBrowser, type BrowserEnv, type Lifecycle } from './use-browser';

export type QariEnv = BrowserEnv<QariBrowser>;

export function useQari(options: LaunchOptions & Lifecycle<LaunchOptions> = {}): QariEnv {
  return useBrowser(
    launchQari,
    (fixed, extra) => ({
      ...fixed,
      args: [...(fixed.args ?? []), ...(extra.args ?? [])],
      env: { ...fixed.env, ...extra.env },
      extraExtensions: [...(fixed.extraExtensions ?? []), ...(extra.extraExtensions ?? [])],
      extensionPath: extra.extensionPath ?? fixed.extensionPath,
    }),
    options,
  );
}
