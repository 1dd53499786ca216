/** Render scripts/icon.svg to the PNG sizes the manifest lists, with the system Chromium. */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../e2e/browser-path';

const svg = readFileSync('scripts/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `assets/icons/qari-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to assets/icons/');
