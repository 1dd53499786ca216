/** The facts line names the article's language in the UI language, whatever tag the page declared. */
import { describe, expect, it } from 'vitest';
const { factsLine, languageName } = await import('../../../src/popup/facts');

describe('languageName', () => {
  it.each([
    ['ar', 'en', 'Arabic'],
    ['fa', 'en', 'Persian'],
    ['he', 'en', 'Hebrew'],
    ['ur', 'en', 'Urdu'],
    ['ar', 'ar', 'العربية'],
    ['fa', 'fa', 'فارسی'],
    ['he', 'he', 'עברית'],
    ['en-GB', 'en', 'British English'],
  ])('%s in a %s UI is %s', (tag, ui, name) => {
    expect(languageName(tag, ui)).toBe(name);
  });

  it('falls back to the tag for a malformed one, and says "unknown" when there is none', () => {
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
    expect(languageName(null, 'en')).toBe('unknown');
  });
});

describe('factsLine', () => {
  it('reads language, direction and reading time', () => {
    const article = { title: 't', lang: 'he', dir: 'rtl' as const, siteName: null, wordCount: 900, readingMinutes: 4 };
    expect(factsLine(article, 'en')).toBe('Language Hebrew · right-to-left · 4 min read');
  });
});
