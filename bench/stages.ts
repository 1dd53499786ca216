/**
 * Where Qari's time goes: the steps of `runPipeline` (src/content/pipeline.ts) called one by one through their
 * public exports and timed apart. It mirrors pipeline.ts; when the pipeline gains a step, add it here too (the
 * `total` column against `runPipeline`'s own time shows any drift).
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { annotate } from '../src/content/annotate';
import { parseInert } from '../src/content/pipeline';
import { prepare } from '../src/content/prepare';
import { sanitize } from '../src/content/sanitize';
import { readingMinutes, wordCount } from '../src/text/reading-time';
import { toUtterances } from '../src/text/sentences';

export const STAGES = ['prepare', 'readerable', 'clone', 'readability', 'sanitize', 'parse', 'annotate', 'utterances', 'reading-time'] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Record<Stage, number>;

export function timeStages(doc: Document, win: Window, clock: () => number = () => performance.now()): StageTimes | null {
  const times = Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTimes;
  let last = clock();
  const lap = (stage: Stage) => {
    const now = clock();
    times[stage] += now - last;
    last = now;
  };
  const hints = prepare(doc, win);
  lap('prepare');
  if (!isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) return null;
  lap('readerable');
  const clone = doc.cloneNode(true) as Document;
  lap('clone');
  const parsed = new Readability(clone, { charThreshold: 500, keepClasses: false }).parse();
  lap('readability');
  if (!parsed?.content) return null;
  const clean = sanitize(parsed.content, win);
  lap('sanitize');
  const body = parseInert(clean, win);
  const text = (body.textContent ?? '').replace(/\s+/g, ' ').trim();
  lap('parse');
  const annotation = annotate(body, text, { declaredDir: hints.declaredDir, declaredLang: hints.declaredLang ?? parsed.lang ?? null });
  lap('annotate');
  toUtterances(annotation.blocks.map(({ text: t, lang }) => ({ text: t, lang })));
  lap('utterances');
  wordCount(text, annotation.lang);
  readingMinutes(text, annotation.lang);
  lap('reading-time');
  return times;
}

export function addStages(into: StageTimes, add: StageTimes): void {
  for (const stage of STAGES) into[stage] += add[stage];
}

export const zeroStages = (): StageTimes => Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTimes;
