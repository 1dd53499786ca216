import { describe, expect, it } from 'vitest';
import { pairedF1Difference, type PageScore } from '../../../bench/score';

const page = (tp: number, fp: number, fn: number): PageScore => ({ tp, fp, fn, exact: fp === 0 && fn === 0 });

describe('pairedF1Difference', () => {
  const a = Array.from({ length: 40 }, (_, i) => page(50 + i, 5 + (i % 7), 3 + (i % 5)));
  it('is exactly zero for the same system', () => {
    expect(pairedF1Difference(a, a)).toEqual({ diff: 0, low: 0, high: 0 });
  });
  it('is significant when one system is better on every page', () => {
    const b = a.map((s) => page(s.tp, 0, 0));
    const d = pairedF1Difference(a, b);
    expect(d.diff).toBeGreaterThan(0);
    expect(d.low).toBeGreaterThan(0);
    expect(pairedF1Difference(b, a).high).toBeLessThan(0);
  });
  it('brackets zero when the systems trade pages', () => {
    const b = a.map((s, i) => (i % 2 ? page(s.tp, 0, 0) : page(s.tp, s.fp * 3, s.fn * 3)));
    const d = pairedF1Difference(a, b);
    expect(d.low).toBeLessThanOrEqual(d.diff);
    expect(d.high).toBeGreaterThanOrEqual(d.diff);
  });
});
