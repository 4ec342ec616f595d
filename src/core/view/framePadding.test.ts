import { describe, expect, it } from 'vitest';
import { framePadding } from './framePadding';

const MAP = { left: 0, top: 0, right: 1000, bottom: 800 };

describe('framePadding', () => {
  it('keeps the frame clear of the zoom buttons in the top-right corner', () => {
    expect(framePadding(MAP, [{ left: 940, top: 10, right: 990, bottom: 110 }], 40)).toEqual({
      top: 40,
      right: 100,
      bottom: 40,
      left: 40,
    });
  });

  it('keeps the frame clear of a caption along the bottom edge', () => {
    const pad = framePadding(MAP, [{ left: 0, top: 500, right: 1000, bottom: 800 }], 30);
    expect(pad.bottom).toBe(330);
    expect(pad.top).toBe(30);
  });

  it('ignores what lies outside the map', () => {
    expect(framePadding(MAP, [{ left: 1000, top: 0, right: 1300, bottom: 800 }], 20)).toEqual({
      top: 20,
      right: 20,
      bottom: 20,
      left: 20,
    });
  });

  it('leaves at least a third of the map free when obstacles crowd it', () => {
    const pad = framePadding(MAP, [{ left: 100, top: 0, right: 1000, bottom: 800 }], 40);
    expect(1000 - pad.left - pad.right).toBeGreaterThanOrEqual(333);
  });
});
