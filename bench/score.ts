/**
 * The Article Extraction Benchmark's scoring (scrapinghub/article-extraction-benchmark), reimplemented as its
 * README defines it: tokens are Python `\w+` matches, shingles are word 4-grams (a multiset), per-page tp/fp/fn
 * normalised so every page weighs the same, precision and recall averaged over pages, F1 of the averages.
 */

/** Python's `\w+` on str: letters, digits (all numerics) and underscore; combining marks are not word characters. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Multiset of word 4-grams; fewer than 4 tokens give one shingle of them all; no tokens give none. */
export function shingles(words: readonly string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  if (words.length === 0) return counts;
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  if (words.length < n) add(words.join('\u0001'));
  else for (let i = 0; i + n <= words.length; i++) add(words.slice(i, i + n).join('\u0001'));
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** Token lists are identical. */
  exact: boolean;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const truthTokens = tokens(truth);
  const predTokens = tokens(predicted);
  const t = shingles(truthTokens);
  const p = shingles(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of p) {
    const truthCount = t.get(key) ?? 0;
    tp += Math.min(count, truthCount);
    fp += Math.max(0, count - truthCount);
  }
  for (const [key, count] of t) fn += Math.max(0, count - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const exact = truthTokens.length === predTokens.length && truthTokens.every((w, i) => w === predTokens[i]);
  return { tp, fp, fn, exact };
}

export function pagePrecision({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** One page's F1 from its normalised counts (0 when the page has nothing right). */
export const pageF1 = ({ tp, fp, fn }: PageScore): number => (2 * tp) / (2 * tp + fp + fn || 1);

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

export function summarize(pages: readonly PageScore[]): Summary {
  const precision = mean(pages.filter((s) => s.tp + s.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((s) => s.tp + s.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(pages.map((s) => (s.exact ? 1 : 0)));
  return { f1, precision, recall, accuracy };
}

/** A seeded random number generator in [0, 1) (so reports are reproducible). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Bootstrap standard deviations of each figure over pages (seeded, so reports are reproducible). */
export function bootstrap(pages: readonly PageScore[], rounds = 1000, seed = 1): Summary {
  const random = seeded(seed);
  const samples: Summary[] = [];
  for (let r = 0; r < rounds; r++) {
    const sample = pages.map(() => pages[Math.floor(random() * pages.length)]!);
    samples.push(summarize(sample));
  }
  const sd = (key: keyof Summary): number => {
    const xs = samples.map((s) => s[key]);
    const m = mean(xs);
    return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
  };
  return { f1: sd('f1'), precision: sd('precision'), recall: sd('recall'), accuracy: sd('accuracy') };
}

/**
 * F1 of system `b` minus F1 of system `a` on the same pages, with a paired bootstrap 95% interval (the same
 * resampled pages for both systems, so page difficulty cancels out).
 */
export function pairedF1Difference(
  a: readonly PageScore[],
  b: readonly PageScore[],
  rounds = 2000,
  seed = 1,
): { diff: number; low: number; high: number } {
  const random = seeded(seed);
  const diffs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const picks = a.map(() => Math.floor(random() * a.length));
    diffs.push(summarize(picks.map((i) => b[i]!)).f1 - summarize(picks.map((i) => a[i]!)).f1);
  }
  diffs.sort((x, y) => x - y);
  return {
    diff: summarize(b).f1 - summarize(a).f1,
    low: diffs[Math.floor(rounds * 0.025)]!,
    high: diffs[Math.ceil(rounds * 0.975) - 1]!,
  };
}

/** A title for exact comparison: NFC, whitespace collapsed, trimmed. */
export function exactTitle(title: string): string {
  return title.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const QUOTES = /["'`\u00ab\u00bb\u00b4\u2018-\u201f\u2039\u203a\u300c-\u300f\u301d-\u301f\uff02\uff07]/gu;
const SOFT_HYPHEN_AND_BIDI = /[\u00ad\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/gu;

/**
 * A title for loose comparison: NFKC, case-folded (lower case, ß → ss), quote marks, soft hyphens and bidi marks
 * dropped, dashes unified to "-", whitespace collapsed, trimmed.
 */
export function looseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/gu, 'ss')
    .replace(/ς/gu, 'σ')
    .replace(QUOTES, '')
    .replace(SOFT_HYPHEN_AND_BIDI, '')
    .replace(DASHES, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

export const titleExactMatch = (truth: string, found: string): boolean => exactTitle(truth) === exactTitle(found);
export const titleLooseMatch = (truth: string, found: string): boolean => looseTitle(truth) === looseTitle(found);
