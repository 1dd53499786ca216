/** Small statistics for the bench: median, percentiles, ratios, and a least-squares line. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

export interface RatioSummary {
  pages: number;
  median: number;
  p95: number;
  max: number;
  /** Sum of Qari's time over the sum of plain Readability's time. */
  total: number;
}

export function summarize(rows: readonly { qari: number; plain: number }[]): RatioSummary {
  const ratios = rows.map((r) => r.qari / r.plain);
  const sum = (key: 'qari' | 'plain') => rows.reduce((s, r) => s + r[key], 0);
  return {
    pages: rows.length,
    median: median(ratios),
    p95: p95(ratios),
    max: Math.max(...ratios),
    total: sum('qari') / sum('plain'),
  };
}

/** Least-squares fit y = a + b·x, with R². */
export function linearFit(points: readonly { x: number; y: number }[]): { a: number; b: number; r2: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const { x, y } of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  const b = sxx ? sxy / sxx : 0;
  return { a: my - b * mx, b, r2: syy && sxx ? (sxy * sxy) / (sxx * syy) : 1 };
}

export const ms = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
export const x = (value: number): string => `${value.toFixed(2)}×`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
