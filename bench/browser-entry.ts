/**
 * The bench's page-side bundle (built as one IIFE by bench/browser.ts and evaluated in the page's main world):
 * Qari's pipeline and plain Readability, timed in the page with `performance.now()`.
 */
import { plainReadability, timePair } from './measure';
import { measureMoves } from './speech';
import { timeStages } from './stages';

const bench = {
  pair: (rounds: number) => timePair(document, window, rounds),
  stages: () => timeStages(document, window),
  moves: (chars: number) => measureMoves(document, chars, () => performance.now()),
  /** Plain Readability's parse time on this page: the fastest of `rounds`. */
  plain(rounds: number): number {
    let best = Infinity;
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      plainReadability(document);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  },
};

(globalThis as unknown as { __qariBench: typeof bench }).__qariBench = bench;
