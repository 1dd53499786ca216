import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LINE_HEIGHT,
  DEFAULT_STEP,
  MAX_STEP,
  MIN_STEP,
  canGrow,
  canShrink,
  clampStep,
  lineHeightFor,
  stepToPx,
} from '../../../src/text/font-steps';
import type { ScriptName } from '../../../src/text/scripts';

const steps = Array.from({ length: MAX_STEP - MIN_STEP + 1 }, (_, i) => MIN_STEP + i);
const scripts: (ScriptName | undefined)[] = [undefined, 'latin', 'arabic', 'hebrew', 'cyrillic', 'han'];

describe('constants', () => {
  it('are integers with MIN < DEFAULT < MAX', () => {
    for (const c of [MIN_STEP, DEFAULT_STEP, MAX_STEP]) expect(Number.isInteger(c)).toBe(true);
    expect(MIN_STEP).toBeLessThan(DEFAULT_STEP);
    expect(DEFAULT_STEP).toBeLessThan(MAX_STEP);
  });
});

describe('clampStep', () => {
  const cases: [unknown, number][] = [
    [0, 0],
    [3, 3],
    [-2, -2],
    [2.4, 2],
    [2.6, 3],
    [-1.6, -2],
    [MAX_STEP + 5, MAX_STEP],
    [MIN_STEP - 5, MIN_STEP],
    [1e9, MAX_STEP],
    ['4', 4],
    [' -1 ', -1],
    [Number.NaN, DEFAULT_STEP],
    [Number.POSITIVE_INFINITY, DEFAULT_STEP],
    ['', DEFAULT_STEP],
    ['big', DEFAULT_STEP],
    [null, DEFAULT_STEP],
    [undefined, DEFAULT_STEP],
    [{}, DEFAULT_STEP],
    [true, DEFAULT_STEP],
  ];
  it.each(cases)('%j → %i', (input, expected) => expect(clampStep(input)).toBe(expected));
});

describe('stepToPx', () => {
  it('maps the default step to 18–20px for Latin', () => {
    const px = stepToPx(DEFAULT_STEP, 'latin');
    expect(px).toBeGreaterThanOrEqual(18);
    expect(px).toBeLessThanOrEqual(20);
    expect(stepToPx(DEFAULT_STEP)).toBe(px);
  });

  it('spans about 12px to at least 64px', () => {
    expect(stepToPx(MIN_STEP, 'latin')).toBeGreaterThanOrEqual(11);
    expect(stepToPx(MIN_STEP, 'latin')).toBeLessThanOrEqual(13);
    expect(stepToPx(MAX_STEP, 'latin')).toBeGreaterThanOrEqual(64);
    expect(stepToPx(MAX_STEP, 'latin')).toBe(72);
  });

  it.each(scripts)('is strictly increasing and integer for script %s', (script) => {
    for (let i = 1; i < steps.length; i++) {
      const a = stepToPx(steps[i - 1] as number, script);
      const b = stepToPx(steps[i] as number, script);
      expect(Number.isInteger(b)).toBe(true);
      expect(b).toBeGreaterThan(a);
    }
  });

  it.each(steps)('gives Arabic script 8–16%% more than Latin at step %i', (step) => {
    const ratio = stepToPx(step, 'arabic') / stepToPx(step, 'latin');
    expect(ratio).toBeGreaterThanOrEqual(1.08);
    expect(ratio).toBeLessThanOrEqual(1.16);
  });

  it('clamps out-of-range and invalid steps', () => {
    expect(stepToPx(MAX_STEP + 10)).toBe(stepToPx(MAX_STEP));
    expect(stepToPx(MIN_STEP - 10)).toBe(stepToPx(MIN_STEP));
    expect(stepToPx(Number.NaN)).toBe(stepToPx(DEFAULT_STEP));
    expect(stepToPx(1.4)).toBe(stepToPx(1));
  });
});

describe('lineHeightFor', () => {
  const cases: [ScriptName | null, unknown, number][] = [
    ['latin', 1.6, 1.6],
    ['arabic', 1.6, 1.8],
    ['hebrew', 1.5, 1.5],
    [null, 1.4, 1.4],
    ['latin', 0.5, 1],
    ['arabic', 0.5, 1.2],
    ['latin', 10, 3],
    ['latin', Number.NaN, DEFAULT_LINE_HEIGHT],
    ['latin', '2', DEFAULT_LINE_HEIGHT],
    ['arabic', undefined, 1.8],
  ];
  it.each(cases)('%s with %j → %d', (script, user, expected) => {
    expect(lineHeightFor(script, user)).toBeCloseTo(expected, 5);
  });
  it('gives Arabic more line height than Latin', () => {
    expect(lineHeightFor('arabic', 1.5)).toBeGreaterThan(lineHeightFor('latin', 1.5));
  });
});

describe('canGrow / canShrink', () => {
  const cases: [number, boolean, boolean][] = [
    [MIN_STEP, true, false],
    [MIN_STEP - 3, true, false],
    [DEFAULT_STEP, true, true],
    [MAX_STEP - 1, true, true],
    [MAX_STEP, false, true],
    [MAX_STEP + 3, false, true],
  ];
  it.each(cases)('step %i: grow %s, shrink %s', (step, grow, shrink) => {
    expect(canGrow(step)).toBe(grow);
    expect(canShrink(step)).toBe(shrink);
  });
  it('walking up from MIN reaches MAX in MAX-MIN steps', () => {
    let step = MIN_STEP;
    let n = 0;
    while (canGrow(step)) {
      step = clampStep(step + 1);
      n++;
    }
    expect(step).toBe(MAX_STEP);
    expect(n).toBe(MAX_STEP - MIN_STEP);
  });
});
