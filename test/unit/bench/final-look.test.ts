import { describe, expect, it } from 'vitest';
import { finalLook } from '../../../bench/final-look';

describe('bench: when the final look was first shown', () => {
  it('is the first frame when the look never changes after the mount', () => {
    const frames = [
      { at: 1100, look: 'a' },
      { at: 1116, look: 'a' },
      { at: 1133, look: 'a' },
    ];
    expect(finalLook(1000, { mounted: 1090, frames })).toEqual({ ms: 100, firstFrameMs: 100, firstIsFinal: true });
  });

  it('is the first frame of the last unchanged run when the reader restyles after the mount', () => {
    const frames = [
      { at: 1100, look: 'fallback' },
      { at: 1116, look: 'a' },
      { at: 1133, look: 'b' },
      { at: 1150, look: 'b' },
    ];
    expect(finalLook(1000, { mounted: 1090, frames })).toEqual({ ms: 133, firstFrameMs: 100, firstIsFinal: false });
  });
});
