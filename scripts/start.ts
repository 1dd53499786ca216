/**
 * `npm start`: build Qari, serve the sample pages on 127.0.0.1, and open the Arabic sample in a Chromium-family
 * browser with Qari loaded (`CHROME_PATH`, else chromium / google-chrome / … on PATH).
 * - With a display: a normal browser window; click Qari's toolbar button (or press Alt+Shift+R).
 * - Without one: headless; opens reader view through the popup, writes screenshots to out/, and exits.
 * - Without a browser: says how to install one, or how to load dist/chrome by hand, and keeps serving.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../e2e/browser-path';
import { launchQari } from '../e2e/chromium';
import { startServer } from '../e2e/server';

const build = spawnSync('npx', ['tsx', 'scripts/build.ts', '--all'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startServer(Number(process.env.PORT ?? 0));
const sample = server.page('seed-ar');
console.log(`\nSample pages served at ${server.origin}/pages/<name>/ — the Arabic sample: ${sample}`);

const browserPath = findChromium();
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!browserPath) {
  console.log(`
No Chromium-family browser found. Either
  • install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH=/path/to/chrome, then run npm start again; or
  • load Qari by hand: open chrome://extensions, turn on Developer mode, "Load unpacked" → ${resolve('dist/chrome')}
    (Firefox: about:debugging → This Firefox → "Load Temporary Add-on…" → ${resolve('dist/firefox/manifest.json')}),
    then open ${sample} and click Qari's toolbar button.
Serving until you press Ctrl+C.`);
} else if (hasDisplay) {
  const profile = mkdtempSync(join(tmpdir(), 'qari-start-'));
  const extension = resolve('dist/chrome');
  console.log(`Opening ${browserPath} with Qari loaded. Click Qari's toolbar button (or press Alt+Shift+R). Ctrl+C to stop.`);
  const child = spawn(browserPath, [`--user-data-dir=${profile}`, '--no-first-run', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, sample], { stdio: 'ignore' });
  child.on('exit', () => void server.close().then(() => process.exit(0)));
} else {
  console.log('No display: running headless, opening reader view through the popup, and taking screenshots.');
  mkdirSync('out', { recursive: true });
  const qari = await launchQari();
  try {
    const page = await qari.context.newPage();
    await page.goto(sample);
    await page.screenshot({ path: 'out/start-1-page.png' });
    const popup = await qari.openPopup(page);
    await popup.setViewportSize({ width: 360, height: 420 });
    await popup.screenshot({ path: 'out/start-2-popup.png' });
    await popup.getByRole('button', { name: 'Reader view' }).click();
    await page.locator('#qari-root article').first().waitFor({ timeout: 20_000 });
    await page.bringToFront();
    await page.screenshot({ path: 'out/start-3-reader.png' });
    console.log(`Screenshots: ${['out/start-1-page.png', 'out/start-2-popup.png', 'out/start-3-reader.png'].map((p) => resolve(p)).join('\n             ')}`);
  } finally {
    await qari.close();
    await server.close();
  }
}
