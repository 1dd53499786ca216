import { describe, expect, it } from 'vitest';
import { fontFamilyOf, fontStack, typography } from '../../../src/content/reader/typography';
import { normalize, type Settings } from '../../../src/shared/settings';
import { MAX_STEP, stepToPx } from '../../../src/text/font-steps';

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...normalize({}), ...patch });
const AR = { lang: 'ar', dir: 'rtl' as const };
const EN = { lang: 'en', dir: 'ltr' as const };

describe('typography', () => {
  it('never letter-spaces Arabic script, whatever the setting', () => {
    for (const lang of ['ar', 'fa', 'ur', 'ar-EG']) {
      const type = typography(settings({ letterSpacing: 0.1 }), 'x.test', { lang, dir: 'rtl' });
      expect(type.vars['--qari-letter-spacing'], lang).toBe('0');
    }
    expect(typography(settings({ letterSpacing: 0.05 }), 'x.test', EN).vars['--qari-letter-spacing']).toBe('0.05em');
  });

  it('tells Arabic script from the text when the language is unknown', () => {
    const type = typography(settings({ letterSpacing: 0.1 }), '', {
      lang: null,
      dir: 'rtl',
      text: 'هذا نص عربي طويل بما يكفي',
    });
    expect(type.script).toBe('arabic');
    expect(type.vars['--qari-letter-spacing']).toBe('0');
  });

  it('does not justify Arabic script even when justify is on; justifies Latin only when asked', () => {
    expect(typography(settings({ justify: true }), '', AR).vars['--qari-text-align']).toBe('start');
    expect(typography(settings({ justify: true }), '', EN).vars['--qari-text-align']).toBe('justify');
    expect(typography(settings(), '', EN).vars['--qari-text-align']).toBe('start');
  });

  it('gives Arabic script a larger size and line height than Latin at the same step', () => {
    const ar = typography(settings(), '', AR);
    const en = typography(settings(), '', EN);
    expect(ar.fontPx).toBeGreaterThan(en.fontPx);
    expect(Number(ar.vars['--qari-line-height'])).toBeGreaterThan(Number(en.vars['--qari-line-height']));
    const ur = typography(settings(), '', { lang: 'ur', dir: 'rtl' });
    expect(Number(ur.vars['--qari-line-height'])).toBeGreaterThan(Number(ar.vars['--qari-line-height']));
    expect(Number(ur.vars['--qari-line-height-urdu'])).toBeGreaterThan(Number(ur.vars['--qari-line-height-arabic']));
  });

  it('uses the site size over the global default, and the site direction override', () => {
    const s = settings({ sizeStep: 2, sites: { 'news.test': { sizeStep: MAX_STEP, dir: 'rtl' } } });
    const site = typography(s, 'news.test', EN);
    expect(site.vars['--qari-font-size']).toBe(`${stepToPx(MAX_STEP, 'latin')}px`);
    expect(site.dir).toBe('rtl');
    const other = typography(s, 'other.test', EN);
    expect(other.vars['--qari-font-size']).toBe(`${stepToPx(2, 'latin')}px`);
    expect(other.dir).toBe('ltr');
  });

  it('maps the width, spacing and theme settings', () => {
    const type = typography(settings({ width: 'narrow', wordSpacing: 0.2, theme: 'sepia' }), '', EN);
    expect(type.vars['--qari-width']).toBe('30em');
    expect(type.vars['--qari-word-spacing']).toBe('0.2em');
    expect(type.theme).toBe('sepia');
  });
});

describe('font stacks', () => {
  it('picks the family from the language, then the script', () => {
    expect(fontFamilyOf('fa-IR', 'arabic')).toBe('persian');
    expect(fontFamilyOf('ur', 'arabic')).toBe('urdu');
    expect(fontFamilyOf('ar', 'arabic')).toBe('arabic');
    expect(fontFamilyOf(null, 'arabic')).toBe('arabic');
    expect(fontFamilyOf('iw', 'hebrew')).toBe('hebrew');
    expect(fontFamilyOf('en', 'latin')).toBe('latin');
  });

  it('starts each script with its own fonts and keeps fallbacks for the others', () => {
    // Each script font is followed by its Latin companion (Latin words inside the text match it).
    expect(fontStack('arabic', 'auto')).toMatch(/^"Noto Naskh Arabic", "Noto Serif", Amiri, "Noto Sans Arabic"/);
    expect(fontStack('arabic', 'sans')).toMatch(/^"Noto Sans Arabic", "Noto Sans",/);
    expect(fontStack('hebrew', 'serif')).toMatch(/^"Noto Serif Hebrew", "Noto Serif",/);
    expect(fontStack('persian', 'auto')).toMatch(/^Vazirmatn, "Noto Naskh Arabic"/);
    expect(fontStack('urdu', 'auto')).toMatch(/^"Noto Nastaliq Urdu"/);
    expect(fontStack('hebrew', 'auto')).toMatch(/^"Noto Sans Hebrew", "Noto Sans", "Noto Serif Hebrew"/);
    expect(fontStack('latin', 'auto')).toContain('"Noto Naskh Arabic"');
    expect(fontStack('latin', 'legible')).toMatch(/^"Atkinson Hyperlegible Next"/);
    expect(fontStack('arabic', 'legible')).toMatch(/^"Noto Sans Arabic".*Atkinson.*sans-serif$/);
    for (const family of ['latin', 'arabic', 'persian', 'urdu', 'hebrew'] as const) {
      expect(fontStack(family, 'serif')).toMatch(/, serif$/);
      expect(fontStack(family, 'sans')).toMatch(/, sans-serif$/);
    }
  });
});
