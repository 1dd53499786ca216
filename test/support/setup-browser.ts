/**
 * Setup file of the `unit` and `dom` projects (vitest.config.ts): `src/platform/browser`, which
 * outside an extension finds no `browser` or `chrome` namespace, is the fake browser of ./fake-browser.ts in every
 * test file. Each file starts with a fresh default `fakeBrowser()` (English UI, empty storage), made on first
 * use; a file that needs another calls `installBrowser(fakeBrowser({ locale: 'ar' }))`, or installs a scripted
 * one (test/support/popup-harness.ts), before the code under test reads it.
 */
import { vi } from 'vitest';
import { resetBrowser } from './fake-browser';

vi.mock('../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).browserProxy }));
// crxjs resolves `?script&iife` imports at build time; here the two content bundles are just their paths in dist/.
vi.mock('../../src/content/content-script.ts?script&iife', () => ({ default: 'src/content/content-script.js' }));
vi.mock('../../src/content/speech/speech-script.ts?script&iife', () => ({
  default: 'src/content/speech/speech-script.js',
}));

resetBrowser();
