import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { catalogue, localeNames } from './scripts/locales.ts';
import { FIREFOX_SETTINGS, isFirefox, manifestFor, TARGETS, type Target } from './manifest.config.ts';

/**
 * Finish the manifest crxjs wrote:
 * - crxjs lists `?script` imports as web-accessible resources, but `scripting.executeScript({ files })` does
 *   not need that, and exposing the content script to every page would let pages fingerprint Qari;
 * - crxjs also leaves the unreferenced ESM twin of the IIFE content script in assets/;
 * - the Chrome builds carry Firefox's fallbacks too (`background.scripts`, a gecko id), which Chrome ignores,
 *   so `web-ext lint` passes on them as well.
 */
function finishManifest(outDir: string, target: Target): Plugin {
  return {
    name: 'qari:finish-manifest',
    apply: 'build',
    enforce: 'post',
    closeBundle() {
      const file = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & {
        background: { service_worker?: string; scripts?: string[] };
      };
      delete manifest.web_accessible_resources;
      if (!isFirefox(target) && manifest.background.service_worker) {
        manifest.background.scripts = [manifest.background.service_worker];
        manifest.browser_specific_settings = FIREFOX_SETTINGS;
      }
      writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
      for (const name of readdirSync(resolve(outDir, 'assets'))) {
        if (/^(content|speech)-script\.ts-[\w-]+\.js$/.test(name)) rmSync(resolve(outDir, 'assets', name));
      }
    },
  };
}

/** Merge `src/_locales/<lang>/*.json` into `_locales/<lang>/messages.json` (see scripts/locales.ts). */
function locales(): Plugin {
  return {
    name: 'qari:locales',
    apply: 'build',
    generateBundle() {
      for (const lang of localeNames()) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: JSON.stringify(catalogue(lang), null, 2) + '\n',
        });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const target = (TARGETS as readonly string[]).includes(mode) ? (mode as Target) : 'chrome';
  const outDir = `dist/${target}`;
  return {
    publicDir: 'assets',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      chunkSizeWarningLimit: 400,
    },
    plugins: [
      crx({ manifest: manifestFor(target), browser: isFirefox(target) ? 'firefox' : 'chrome' }),
      locales(),
      finishManifest(outDir, target),
    ],
    logLevel: 'warn',
  };
});
