import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  fromRecord,
  migrate,
  normalize,
  SCHEMA_VERSION,
  sizeStepFor,
  toRecord,
} from '../../../src/shared/settings';
import { MAX_STEP, MIN_STEP } from '../../../src/text/font-steps';

describe('normalize', () => {
  it.each([undefined, null, 42, 'settings', [], true, () => 1])('turns %s into the defaults', (garbage) => {
    expect(normalize(garbage)).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs each invalid field from the defaults and keeps the valid ones', () => {
    const s = normalize({
      sizeStep: 3,
      lineHeight: 'tall',
      width: 'wide',
      wordSpacing: Number.NaN,
      letterSpacing: 9,
      font: 'comic',
      theme: 'sepia',
      justify: 'yes',
      rate: 1.5,
    });
    expect(s).toMatchObject({ sizeStep: 3, width: 'wide', theme: 'sepia', rate: 1.5 });
    expect(s.lineHeight).toBe(DEFAULT_SETTINGS.lineHeight);
    expect(s.wordSpacing).toBe(DEFAULT_SETTINGS.wordSpacing);
    expect(s.letterSpacing).toBe(0.2);
    expect(s.font).toBe('auto');
    expect(s.justify).toBe(false);
  });

  it('clamps sizes and rates to their bounds', () => {
    expect(normalize({ sizeStep: 1e9 }).sizeStep).toBe(MAX_STEP);
    expect(normalize({ sizeStep: -1e9 }).sizeStep).toBe(MIN_STEP);
    expect(normalize({ rate: 99 }).rate).toBe(2);
    expect(normalize({ rate: 0 }).rate).toBe(0.5);
    expect(normalize({ sizeStep: Infinity }).sizeStep).toBe(DEFAULT_SETTINGS.sizeStep);
  });

  it('keeps valid sites and voices, drops garbage ones', () => {
    const s = normalize({
      sites: {
        'News.Example.com': { sizeStep: 2, dir: 'rtl' },
        'bad host/': { sizeStep: 1 },
        'a.com': 'x',
        'b.com': { dir: 'up' },
      },
      voices: { ar: 'urn:voice:ar', english: 'x', he: 7, fa: '' },
    });
    expect(s.sites).toEqual({ 'news.example.com': { sizeStep: 2, dir: 'rtl' } });
    expect(s.voices).toEqual({ ar: 'urn:voice:ar' });
  });

  it('gives the per-site size before the global one', () => {
    const s = normalize({ sizeStep: 1, sites: { 'a.com': { sizeStep: 4 } } });
    expect(sizeStepFor(s, 'a.com')).toBe(4);
    expect(sizeStepFor(s, 'b.com')).toBe(1);
  });
});

describe('storage records and migrations', () => {
  it('round-trips through the flat record', () => {
    const s = normalize({ sizeStep: 2, theme: 'dark', voices: { ar: 'v1' }, sites: { 'x.org': { dir: 'ltr' } } });
    expect(fromRecord(toRecord(s))).toEqual(s);
    expect(toRecord(s).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('migrates the v0 single settings object', () => {
    const migrated = migrate({ settings: { sizeStep: 3, theme: 'sepia' } });
    expect(migrated.schemaVersion).toBe(1);
    expect(fromRecord({ settings: { sizeStep: 3, theme: 'sepia' } })).toMatchObject({ sizeStep: 3, theme: 'sepia' });
  });

  it('reads a record from a future version without losing valid fields', () => {
    const s = fromRecord({ schemaVersion: 99, 'pref:theme': 'dark', 'pref:hologram': true, 'pref:rate': 'fast' });
    expect(s.theme).toBe('dark');
    expect(s.rate).toBe(DEFAULT_SETTINGS.rate);
  });
});
