/**
 * The read-aloud watchdog: one timer at a time on an injected clock (fake timers in tests), with timeouts
 * for an utterance that never starts, one that never ends (Chrome drops long utterances silently), and
 * voices that never arrive.
 */

export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Characters per second at rate 1: a deliberately slow estimate, for time left and the watchdog. */
export const CHARS_PER_SECOND = 14;
/** How long an utterance may take to start (the first one also starts the speech server). */
export const START_TIMEOUT_MS = 10_000;
/** How long to wait for voices that have not arrived yet (a speech server may take seconds to list them). */
export const VOICES_TIMEOUT_MS = 20_000;

/** How long an utterance may run before the watchdog moves on: generous, proportional to length and rate. */
export function endTimeoutMs(text: string, rate: number): number {
  return Math.round(((text.length / (CHARS_PER_SECOND * rate)) * 2 + 5) * 1000);
}

const REAL_CLOCK: Clock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as number),
};

export class Watchdog {
  private timer: unknown = null;

  constructor(private readonly clock: Clock = REAL_CLOCK) {}

  /** Call `fn` after `ms` unless re-armed or disarmed first. */
  arm(ms: number, fn: () => void): void {
    this.disarm();
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      fn();
    }, ms);
  }

  disarm(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
