/**
 * Where Qari's time goes: `runPipeline` (src/extract/pipeline.ts) itself, timed between the marks it reports as
 * each step ends — no mirror of the pipeline to drift out of date.
 */
import { runPipeline, type PipelineStage } from '../src/extract/pipeline';

export const STAGES: readonly PipelineStage[] = ['prepare', 'extract', 'clean', 'sanitize', 'annotate', 'reading-time'];
export type Stage = PipelineStage;
export type StageTimes = Record<Stage, number>;

export const zeroStages = (): StageTimes => Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTimes;

/** Per-step times of one pipeline run on `doc`; null when the page has no article. */
export function timeStages(
  doc: Document,
  win: Window,
  clock: () => number = () => performance.now(),
): StageTimes | null {
  const times = zeroStages();
  let last = clock();
  const result = runPipeline(doc, win, {
    trace: {
      step(stage) {
        if (!(stage in times)) return; // clean's own steps are inside 'clean'
        const now = clock();
        times[stage as Stage] += now - last;
        last = now;
      },
    },
  });
  return result.kind === 'article' ? times : null;
}

export function addStages(into: StageTimes, add: StageTimes): void {
  for (const stage of STAGES) into[stage] += add[stage];
}
