/**
 * The one way a Firefox test file gets its browser, twin of e2e/use-qari.ts: `const env = useQari()` launches
 * firefox-esr with Qari's Firefox test build (e2e/firefox.ts) and starts the fixture server, before the file's
 * tests, and closes both after them (e2e/use-browser.ts). What `before` returns adds its prefs and env over the
 * fixed ones.
 */
import { launchQariFirefox, type FirefoxLaunchOptions, type QariFirefox } from '../e2e/firefox';
import { useBrowser, type BrowserEnv, type Lifecycle } from '../e2e/use-browser';

export type QariFirefoxEnv = BrowserEnv<QariFirefox>;

export function useQari(options: FirefoxLaunchOptions & Lifecycle<FirefoxLaunchOptions> = {}): QariFirefoxEnv {
  return useBrowser(
    launchQariFirefox,
    (fixed, extra) => ({
      ...fixed,
      prefs: { ...fixed.prefs, ...extra.prefs },
      env: { ...fixed.env, ...extra.env },
      extensionPath: extra.extensionPath ?? fixed.extensionPath,
    }),
    options,
  );
}
