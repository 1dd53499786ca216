/**
 * `npm start`: build what the demo needs, serve the sample pages on 127.0.0.1, and open the Arabic sample in a
 * Chromium-family browser with Qari loaded (`CHROME_PATH`, else chromium / google-chrome / … on PATH).
 * - With a display: a normal browser window (dist/chrome); click Qari's toolbar button (or press Alt+Shift+R).
 *   The pages are served, at the address printed, until the browser closes or Ctrl+C.
 * - Without one: headless (dist/test, which may open the popup as a tab); opens reader view through the popup,
 *   starts reading aloud, writes screenshots to out/, and exits (the server with it).
 * - Without a browser: says how to install one, or how to load dist/chrome by hand, and keeps serving.
 * When the system has speech-dispatcher, Chromium runs with --enable-speech-dispatcher so Qari can read aloud
 * (headless, with the tests' private setup: espeak-ng, audio to ALSA's null device; see e2e/speech-dispatcher.ts).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../e2e/browser-path';
import { launchQari } from '../e2e/chromium';
import { startServer } from '../e2e/server';
import { hasSpeechDispatcher, speechDispatcher } from '../e2e/speech-dispatcher';
import { buildTargets } from './build';

/** An executable file at `path`. */
function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const wanted = process.env.CHROME_PATH;
const badChromePath = wanted !== undefined && wanted !== '' && !isExecutable(wanted);
// findChromium (and launchQari after it) trusts CHROME_PATH when anything is there; a missing file, a directory
// or a non-executable is not a browser: say so, and look on PATH as if it were not set.
if (badChromePath) delete process.env.CHROME_PATH;
const browserPath = findChromium();
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const speech = hasSpeechDispatcher();

if (badChromePath) {
  console.log(
    `CHROME_PATH is set to ${wanted}, but no browser is there (no executable file).` +
      (browserPath ? ` Using ${browserPath} instead; unset CHROME_PATH or point it to a browser.` : ''),
  );
}

const mode = !browserPath ? 'no-browser' : hasDisplay ? 'window' : 'headless';
// Only what this run uses: the window loads dist/chrome; headless drives dist/test (host access to the local
// server, since activeTab cannot be granted under automation); without a browser, both shipped builds to load.
await buildTargets(mode === 'window' ? ['chrome'] : mode === 'headless' ? ['test'] : ['chrome', 'firefox']);

const server = await startServer(Number(process.env.PORT ?? 0));
const sample = server.page('seed-ar');
const noSpeech =
  'Read aloud needs speech-dispatcher (Debian/Ubuntu: sudo apt-get install speech-dispatcher espeak-ng).';

if (mode === 'no-browser') {
  console.log(`
No Chromium-family browser found. Either
  • install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH=/path/to/chrome, then run npm start again; or
  • load Qari by hand: open chrome://extensions, turn on Developer mode, "Load unpacked" → ${resolve('dist/chrome')}
    (Firefox: about:debugging → This Firefox → "Load Temporary Add-on…" → ${resolve('dist/firefox/manifest.json')}),
    then open ${sample} and click Qari's toolbar button.
Sample pages at ${server.origin}/pages/<name>/ until you press Ctrl+C.`);
} else if (mode === 'window') {
  const profile = mkdtempSync(join(tmpdir(), 'qari-start-'));
  const extension = resolve('dist/chrome');
  // The system's own speech-dispatcher, so the voice reaches the speakers.
  const args = [
    `--user-data-dir=${profile}`,
    '--no-first-run',
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
  ];
  if (speech) args.push('--enable-speech-dispatcher');
  console.log(
    `Opening ${sample} in ${browserPath} with Qari loaded. Click Qari's toolbar button (or press Alt+Shift+R).`,
  );
  console.log(`Sample pages at ${server.origin}/pages/<name>/ while the browser is open; Ctrl+C to stop.`);
  if (!speech) console.log(noSpeech);
  const child = spawn(browserPath!, [...args, sample], { stdio: 'ignore' });
  child.on('exit', () => void server.close().then(() => process.exit(0)));
} else {
  console.log(
    `No display: running ${browserPath} headless; opening reader view through the popup${speech ? ' and reading aloud' : ''}, and taking screenshots.`,
  );
  if (!speech) console.log(noSpeech);
  mkdirSync('out', { recursive: true });
  const speechd = speech ? speechDispatcher() : null;
  const qari = await launchQari({ args: speechd?.args, env: speechd?.env });
  const shots = ['out/start-1-page.png', 'out/start-2-popup.png', 'out/start-3-reader.png'];
  try {
    const page = await qari.context.newPage();
    await page.goto(sample);
    await page.screenshot({ path: shots[0]! });
    const popup = await qari.openPopup(page);
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.getByRole('button', { name: 'Reader view' }).click();
    await page.locator('#qari-root article').first().waitFor({ timeout: 20_000 });
    if (speechd) {
      await popup.getByRole('button', { name: 'Read aloud' }).click();
      await popup
        .getByRole('button', { name: 'Pause' })
        .waitFor({ timeout: 20_000 })
        .catch(() => undefined);
    }
    await popup.screenshot({ path: shots[1]! });
    await page.bringToFront();
    await page.screenshot({ path: shots[2]! });
    console.log(`Screenshots: ${shots.map((p) => resolve(p)).join('\n             ')}`);
  } finally {
    await qari.close();
    await server.close();
    speechd?.cleanup();
  }
}
