import { describe, expect, it } from 'vitest';
import { closeUpArcs, quietestCorner } from './closeUp';

describe('close-up', () => {
  it('is drawn only when some arc is too short to read, and shows every short arc', () => {
    const arc = (id: string, length: number) => ({ id, from: [0, 0] as const, to: [length, 0] as const });
    expect(closeUpArcs([arc('long', 300), arc('medium', 60)])).toEqual([]);
    expect(closeUpArcs([arc('long', 300), arc('medium', 60), arc('stub', 20)])).toEqual(['medium', 'stub']);
  });

  it('goes to the corner that hides the fewest arc points, never under the zoom buttons', () => {
    const box = { width: 1000, height: 600 };
    const size = [300, 200] as const;
    expect(quietestCorner([[100, 500]], box, size)).toEqual({ corner: 'top-left', hidden: 0 });
    expect(
      quietestCorner(
        [
          [100, 500],
          [100, 100],
        ],
        box,
        size,
      ).corner,
    ).toBe('bottom-right');
    expect(quietestCorner([], box, size).corner).toBe('bottom-left');
  });
});
