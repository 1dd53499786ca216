/** How cost grows with page size, in node (jsdom): bytes of HTML vs ms, Qari and plain Readability. */
import { nodeOptions } from '../cli/node-pipeline';
import { articlePage, SCALING_SIZES } from './generate';
import { timePair } from './measure';
import { cpuClock, jsdomFor } from './node-extraction';

export interface ScalePoint {
  paragraphs: number;
  bytes: number;
  qari: number;
  /** Qari less the sentences for speech (see measure.ts `PairTiming.prePaint`). */
  prePaint?: number;
  plain: number;
  /** Article characters Qari extracted (a check that the page really was read). */
  chars: number;
}

export function measureScaling(
  sizes: readonly number[] = SCALING_SIZES,
  log: (line: string) => void = () => {},
): ScalePoint[] {
  return sizes.map((paragraphs) => {
    const html = articlePage(paragraphs);
    const dom = jsdomFor(html, 'https://example.com/long');
    const t = timePair(
      dom.window.document,
      dom.window as unknown as Window,
      paragraphs >= 5000 ? 1 : 2,
      cpuClock,
      nodeOptions(dom.window.document, dom.window as unknown as Window),
    );
    dom.window.close();
    log(
      `  scaling: ${paragraphs} paragraphs, ${(html.length / 1e6).toFixed(2)} MB: qari ${t.qari.toFixed(0)} ms, plain ${t.plain.toFixed(0)} ms`,
    );
    return { paragraphs, bytes: Buffer.byteLength(html), qari: t.qari, plain: t.plain, chars: t.chars };
  });
}
