/**
 * Time Qari's whole pipeline (`runPipeline`) against plain Readability (`new Readability(clone).parse()`, the
 * clone included) on one document, interleaved: the order alternates each round so neither side always runs
 * warm. Each side's time is its fastest round (the least disturbed by other work on the machine). The clock is
 * injectable: node uses the process's CPU time (immune to other processes competing for the cores), the
 * browser `performance.now()`.
 */
import { Readability } from '@mozilla/readability';
import { runPipeline, type PipelineOptions, type PipelineResult } from '../src/extract/pipeline';

export interface PairTiming {
  qari: number;
  /**
   * Qari's pre-paint work: the whole pipeline, which no longer builds the sentences for speech (the speech room
   * builds them on first use). Fastest round, like `qari`.
   */
  prePaint?: number;
  plain: number;
  kind: PipelineResult['kind'] | 'error';
  /** The error's message when the pipeline threw. */
  error?: string;
  /** Characters of article text (0 for no article). */
  chars: number;
}

export function plainReadability(doc: Document): unknown {
  return new Readability(doc.cloneNode(true) as Document).parse();
}

export type Clock = () => number;

/** `options`: node passes its adapter (cli/node-pipeline.ts `nodeOptions`); a browser runs the defaults. */
export function timePair(
  doc: Document,
  win: Window,
  rounds = 2,
  clock: Clock = () => performance.now(),
  options: PipelineOptions = {},
): PairTiming {
  let qari = Infinity;
  let prePaint = Infinity;
  let plain = Infinity;
  let result: PipelineResult | null = null;
  let error: string | undefined;
  const runQari = () => {
    const start = clock();
    try {
      result = runPipeline(doc, win, options);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const total = clock() - start;
    qari = Math.min(qari, total);
    prePaint = Math.min(prePaint, total);
  };
  const runPlain = () => {
    const start = clock();
    try {
      plainReadability(doc);
    } catch {
      // Plain Readability failing is its own business; the time still counts.
    }
    plain = Math.min(plain, clock() - start);
  };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      runPlain();
      runQari();
    } else {
      runQari();
      runPlain();
    }
  }
  const r = result as PipelineResult | null;
  return {
    qari,
    prePaint,
    plain,
    kind: error ? 'error' : (r?.kind ?? 'error'),
    ...(error ? { error } : {}),
    chars: r?.kind === 'article' ? r.article.text.length : 0,
  };
}
