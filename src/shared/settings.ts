/**
 * Qari's settings: the type, frozen defaults, and `normalize()`, which repairs every invalid field from the
 * defaults one by one (a corrupted field never costs the valid ones). Pure: no browser globals.
 *
 * Stored layout (see settings-store.ts): one storage key per preference (`pref:<name>`), per site field
 * (`site:<field>:<host>`) and per voice language (`voice:<lang>`), plus `schemaVersion`. Every write is a plain
 * set of one key (no read-modify-write), so two views changing settings at once never overwrite each other.
 */
import { clampStep, DEFAULT_STEP } from '../text/font-steps';

export const SCHEMA_VERSION = 1;

export const THEMES = ['auto', 'light', 'sepia', 'dark', 'contrast'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide', 'full'] as const;
export const FONTS = ['auto', 'serif', 'sans', 'legible'] as const;
export const DIRECTIONS = ['auto', 'rtl', 'ltr'] as const;

export type Theme = (typeof THEMES)[number];
export type Width = (typeof WIDTHS)[number];
export type FontChoice = (typeof FONTS)[number];
export type DirectionOverride = (typeof DIRECTIONS)[number];

export interface SiteSettings {
  sizeStep?: number;
  dir?: DirectionOverride;
}

export interface Prefs {
  /** Global default text size step (see text/font-steps.ts). */
  sizeStep: number;
  lineHeight: number;
  width: Width;
  /** Extra word spacing in em. */
  wordSpacing: number;
  /** Extra letter spacing in em; never applied to Arabic-script text. */
  letterSpacing: number;
  font: FontChoice;
  theme: Theme;
  justify: boolean;
  /** Speech rate, 0.5–2. */
  rate: number;
}

export interface Settings extends Prefs {
  /** Saved voice (voiceURI) per primary language subtag. */
  voices: Record<string, string>;
  /** Per-site overrides keyed by host. */
  sites: Record<string, SiteSettings>;
}

export const DEFAULT_PREFS: Readonly<Prefs> = Object.freeze({
  sizeStep: DEFAULT_STEP,
  lineHeight: 1.6,
  width: 'medium',
  wordSpacing: 0,
  letterSpacing: 0,
  font: 'auto',
  theme: 'auto',
  justify: false,
  rate: 1,
});

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ ...DEFAULT_PREFS, voices: {}, sites: {} });

export const LIMITS = Object.freeze({
  lineHeight: { min: 1.2, max: 2.4, step: 0.1 },
  wordSpacing: { min: 0, max: 0.5, step: 0.05 },
  letterSpacing: { min: 0, max: 0.2, step: 0.01 },
  rate: { min: 0.5, max: 2, step: 0.1 },
});

function number(
  value: unknown,
  fallback: number,
  { min, max, step }: { min: number; max: number; step: number },
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const snapped = Math.round(value / step) * step;
  return Number(Math.min(max, Math.max(min, snapped)).toFixed(4));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function step(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? clampStep(value) : fallback;
}

const HOST = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/i;
const LANG = /^[a-z]{2,3}$/;

/** Repair one site's overrides; undefined when nothing valid remains. */
export function normalizeSite(raw: unknown): SiteSettings | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const site: SiteSettings = {};
  if (typeof r.sizeStep === 'number' && Number.isFinite(r.sizeStep)) site.sizeStep = clampStep(r.sizeStep);
  if (r.dir !== undefined && r.dir !== 'auto') {
    const dir = oneOf(r.dir, DIRECTIONS, 'auto');
    if (dir !== 'auto') site.dir = dir;
  }
  return Object.keys(site).length ? site : undefined;
}

/** Repair the global preferences field by field. */
export function normalizePrefs(raw: unknown): Prefs {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_PREFS;
  return {
    sizeStep: step(r.sizeStep, d.sizeStep),
    lineHeight: number(r.lineHeight, d.lineHeight, LIMITS.lineHeight),
    width: oneOf(r.width, WIDTHS, d.width),
    wordSpacing: number(r.wordSpacing, d.wordSpacing, LIMITS.wordSpacing),
    letterSpacing: number(r.letterSpacing, d.letterSpacing, LIMITS.letterSpacing),
    font: oneOf(r.font, FONTS, d.font),
    theme: oneOf(r.theme, THEMES, d.theme),
    justify: typeof r.justify === 'boolean' ? r.justify : d.justify,
    rate: number(r.rate, d.rate, LIMITS.rate),
  };
}

/** Repair a whole settings object (any shape, including garbage) into valid settings. */
export function normalize(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const voices: Record<string, string> = {};
  if (typeof r.voices === 'object' && r.voices !== null) {
    for (const [lang, uri] of Object.entries(r.voices as Record<string, unknown>)) {
      if (LANG.test(lang) && typeof uri === 'string' && uri.length > 0 && uri.length < 500) voices[lang] = uri;
    }
  }
  const sites: Record<string, SiteSettings> = {};
  if (typeof r.sites === 'object' && r.sites !== null) {
    for (const [host, value] of Object.entries(r.sites as Record<string, unknown>)) {
      const site = HOST.test(host) ? normalizeSite(value) : undefined;
      if (site) sites[host.toLowerCase()] = site;
    }
  }
  return { ...normalizePrefs(r), voices, sites };
}

/** The text size step in force on a site: the site's own, else the global default. */
export function sizeStepFor(settings: Settings, host: string): number {
  return settings.sites[host]?.sizeStep ?? settings.sizeStep;
}

export function directionFor(settings: Settings, host: string): DirectionOverride {
  return settings.sites[host]?.dir ?? 'auto';
}

/* ---------------------------------------------------------------------------------------------------
 * Storage records: the flat key/value layout in extension storage, and migrations between versions.
 * ------------------------------------------------------------------------------------------------- */

export type StoredRecord = Record<string, unknown>;

export const PREF_PREFIX = 'pref:';
export const SITE_PREFIX = 'site:';
export const VOICE_PREFIX = 'voice:';
export const VERSION_KEY = 'schemaVersion';

/**
 * Migrations: `MIGRATIONS[n]` turns a version-n record into a version-(n+1) record.
 * v0 → v1: the pre-release single `settings` object becomes one key per field.
 */
export const MIGRATIONS: ReadonlyArray<(record: StoredRecord) => StoredRecord> = [
  (record) => {
    const { settings, ...rest } = record;
    if (typeof settings !== 'object' || settings === null) return { ...rest, [VERSION_KEY]: 1 };
    return { ...toRecord(normalize(settings)), ...rest, [VERSION_KEY]: 1 };
  },
];

/** The storage key of one field of one site's overrides. */
export function siteKey(host: string, field: keyof SiteSettings): string {
  return `${SITE_PREFIX}${field}:${host.toLowerCase()}`;
}

/** Bring a stored record up to the current schema. A record from a newer version is read as-is. */
export function migrate(record: StoredRecord): StoredRecord {
  let version = typeof record[VERSION_KEY] === 'number' ? (record[VERSION_KEY] as number) : 0;
  let current = record;
  while (version < SCHEMA_VERSION && MIGRATIONS[version]) {
    current = MIGRATIONS[version]!(current);
    version += 1;
  }
  return current;
}

/** Settings from a stored record (migrated, then normalized field by field). */
export function fromRecord(record: StoredRecord): Settings {
  const migrated = migrate(record);
  const prefs: Record<string, unknown> = {};
  const voices: Record<string, unknown> = {};
  const sites: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(migrated)) {
    if (key.startsWith(PREF_PREFIX)) prefs[key.slice(PREF_PREFIX.length)] = value;
    else if (key.startsWith(VOICE_PREFIX)) voices[key.slice(VOICE_PREFIX.length)] = value;
    else if (key.startsWith(SITE_PREFIX)) {
      const [field, ...host] = key.slice(SITE_PREFIX.length).split(':');
      const name = host.join(':');
      if (field && name) sites[name] = { ...(sites[name] as object | undefined), [field]: value };
    }
  }
  return normalize({ ...prefs, voices, sites });
}

/** The flat storage record for settings (the inverse of `fromRecord`). */
export function toRecord(settings: Settings): StoredRecord {
  const record: StoredRecord = { [VERSION_KEY]: SCHEMA_VERSION };
  for (const key of Object.keys(DEFAULT_PREFS) as (keyof Prefs)[]) record[PREF_PREFIX + key] = settings[key];
  for (const [lang, uri] of Object.entries(settings.voices)) record[VOICE_PREFIX + lang] = uri;
  for (const [host, site] of Object.entries(settings.sites)) {
    for (const [field, value] of Object.entries(site)) record[siteKey(host, field as keyof SiteSettings)] = value;
  }
  return record;
}
