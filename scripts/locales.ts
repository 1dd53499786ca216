/**
 * UI strings live in `src/_locales/<lang>/<feature>.json` (one file per feature, so features never edit the
 * same file); the build merges each language's files into the `_locales/<lang>/messages.json` browsers read.
 * A key defined twice is an error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES_DIR = join(import.meta.dirname, '../src/_locales');

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, MessageEntry>;

export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** The merged catalogue of one language. */
export function catalogue(lang: string): Catalogue {
  const merged: Catalogue = {};
  const dir = join(LOCALES_DIR, lang);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Catalogue;
    for (const [key, entry] of Object.entries(entries)) {
      if (key in merged) throw new Error(`_locales/${lang}: "${key}" is defined twice (again in ${file})`);
      merged[key] = entry;
    }
  }
  return merged;
}
