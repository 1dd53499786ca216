/**
 * Every UI language has exactly the English keys, file by file, with the same placeholders used the same way,
 * and Chrome's message-name rules hold. Checks every feature's files, not only the popup's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, LOCALES_DIR, localeNames, type Catalogue } from '../../../scripts/locales';

const UI_LANGUAGES = ['ar', 'en', 'fa', 'he'];
const TRANSLATED = UI_LANGUAGES.filter((lang) => lang !== 'en');
/** Letters each translation must contain (the message is not left in English). */
const SCRIPT: Record<string, RegExp> = { ar: /\p{Script=Arabic}/u, fa: /\p{Script=Arabic}/u, he: /\p{Script=Hebrew}/u };
/** Files whose every sentence is translated by its feature (keys like the brand name are exempt). */
const SCRIPT_CHECKED_FILES = ['core.json', 'popup.json', 'menus.json'];
const SCRIPT_EXEMPT_KEYS = new Set(['extName']);

const files = (lang: string) =>
  readdirSync(join(LOCALES_DIR, lang))
    .filter((f) => f.endsWith('.json'))
    .sort();
const read = (lang: string, file: string) =>
  JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8')) as Catalogue;
/** `$NAME$` references in a message, lower-cased, sorted. */
const references = (message: string) =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
const placeholders = (entry: Catalogue[string]) =>
  Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));

describe('UI languages', () => {
  it('ships English, Arabic, Hebrew and Persian', () => {
    expect(localeNames()).toEqual(UI_LANGUAGES);
  });

  it('merges every language without a key defined twice', () => {
    for (const lang of UI_LANGUAGES) expect(() => catalogue(lang)).not.toThrow();
  });

  for (const lang of TRANSLATED) {
    describe(lang, () => {
      it('has the same feature files as English', () => {
        expect(files(lang)).toEqual(files('en'));
      });

      for (const file of files('en')) {
        it(`${file}: has exactly the English keys`, () => {
          expect(Object.keys(read(lang, file)).sort()).toEqual(Object.keys(read('en', file)).sort());
        });
      }

      it('keeps every placeholder and uses the same ones, with non-empty messages', () => {
        const en = catalogue('en');
        const translated = catalogue(lang);
        for (const [key, entry] of Object.entries(en)) {
          const other = translated[key];
          if (!other) continue; // reported by the key test above
          expect(other.message.trim(), `${lang}/${key}`).not.toBe('');
          expect(placeholders(other), `${lang}/${key} placeholders`).toEqual(placeholders(entry));
          expect(references(other.message), `${lang}/${key} uses`).toEqual(references(entry.message));
        }
      });

      it('is written in its own script (core, popup and menu strings)', () => {
        for (const file of SCRIPT_CHECKED_FILES) {
          for (const [key, entry] of Object.entries(read(lang, file))) {
            if (SCRIPT_EXEMPT_KEYS.has(key)) continue;
            expect(entry.message, `${lang}/${file}/${key}`).toMatch(SCRIPT[lang]!);
          }
        }
      });
    });
  }

  it('uses valid message names and defines every placeholder it references (English)', () => {
    for (const [key, entry] of Object.entries(catalogue('en'))) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(
        references(entry.message).every((name) => name in placeholders(entry)),
        key,
      ).toBe(true);
    }
  });
});
