/**
 * Text size as integer steps, mapped to pixels by one pure, monotonic function and clamped in one
 * place (`clampStep`), so A−/A+ disable at the bounds and no stored value can go past them. Users
 * ask for very large text: the largest step is 72px for Latin (≈80px for Arabic script).
 */
import type { ScriptName } from './scripts';

/** Smallest step (12px Latin). */
export const MIN_STEP = -4;
/** Largest step (72px Latin). */
export const MAX_STEP = 12;
/** Default step (20px Latin). */
export const DEFAULT_STEP = 0;

/** Latin pixel size for each step from MIN_STEP to MAX_STEP: small steps near the default, larger ones above. */
const LATIN_PX: readonly number[] = [12, 14, 16, 18, 20, 22, 24, 27, 30, 34, 38, 43, 48, 54, 60, 66, 72];

/**
 * Size factor per script at the same step. Arabic script reads smaller than Latin at the same
 * font size (short x-height relative to the em, dots and vowel marks), so it gets +12%; Hebrew a
 * little (+5%).
 */
const SCRIPT_SCALE: Readonly<Partial<Record<ScriptName, number>>> = { arabic: 1.12, hebrew: 1.05 };

/**
 * A valid step from any stored value: numbers and numeric strings are rounded and clamped to
 * [MIN_STEP, MAX_STEP]; NaN, ±Infinity and anything else give DEFAULT_STEP.
 */
export function clampStep(n: unknown): number {
  const value = typeof n === 'number' ? n : typeof n === 'string' && n.trim() !== '' ? Number(n) : NaN;
  if (!Number.isFinite(value)) return DEFAULT_STEP;
  return Math.min(MAX_STEP, Math.max(MIN_STEP, Math.round(value)));
}

/**
 * Font size in CSS pixels (an integer) for a step and script. Monotonic in `step`
 * (12px → 72px for Latin); Arabic script is ~12% larger at every step.
 */
export function stepToPx(step: number, script?: ScriptName | null): number {
  const px = LATIN_PX[clampStep(step) - MIN_STEP] ?? LATIN_PX[DEFAULT_STEP - MIN_STEP] ?? 20;
  const scale = (script ? SCRIPT_SCALE[script] : undefined) ?? 1;
  return Math.round(px * scale);
}

/** Default unitless line height. */
export const DEFAULT_LINE_HEIGHT = 1.6;
/** Smallest and largest user line height accepted. */
export const MIN_LINE_HEIGHT = 1;
export const MAX_LINE_HEIGHT = 3;

/**
 * Unitless line height for a script: the user's value (clamped to [1, 3]; invalid → 1.6), plus 0.2
 * for Arabic script, whose marks above and below the letters need room. Rounded to 2 decimals.
 */
export function lineHeightFor(script: ScriptName | null | undefined, userLineHeight: unknown): number {
  const user =
    typeof userLineHeight === 'number' && Number.isFinite(userLineHeight)
      ? Math.min(MAX_LINE_HEIGHT, Math.max(MIN_LINE_HEIGHT, userLineHeight))
      : DEFAULT_LINE_HEIGHT;
  const extra = script === 'arabic' ? 0.2 : 0;
  return Math.round((user + extra) * 100) / 100;
}

/** Whether A+ can enlarge the text from `step`. */
export function canGrow(step: number): boolean {
  return clampStep(step) < MAX_STEP;
}

/** Whether A− can shrink the text from `step`. */
export function canShrink(step: number): boolean {
  return clampStep(step) > MIN_STEP;
}
