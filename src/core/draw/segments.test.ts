import { describe, expect, it } from 'vitest';
import { lineCrossings, segmentHits } from './segments';

describe('lineCrossings', () => {
  const box = { x0: 10, y0: 10, x1: 30, y1: 20 };

  it('counts the lines a box meets, each once however many of its segments do', () => {
    const zigzag: [number, number][] = [
      [0, 12],
      [15, 18],
      [25, 12],
      [40, 18],
    ];
    const far: [number, number][] = [
      [0, 40],
      [40, 40],
    ];
    expect(lineCrossings([zigzag], 4)(box)).toBe(1);
    expect(lineCrossings([zigzag, far], 4)(box)).toBe(1);
    expect(lineCrossings([zigzag, zigzag.map(([x, y]): [number, number] => [x, y + 1])], 4)(box)).toBe(2);
    expect(lineCrossings([far], 4)(box)).toBe(0);
    expect(lineCrossings([], 4)(box)).toBe(0);
  });

  it('finds a long segment in every cell it crosses, and one that passes between the box’s cells’ points', () => {
    // One segment across the whole picture, through the box's middle, and one from corner to corner.
    const across: [number, number][] = [
      [-500, 15],
      [500, 15],
    ];
    const diagonal: [number, number][] = [
      [-100, -100],
      [100, 100],
    ];
    expect(lineCrossings([across], 3)(box)).toBe(1);
    expect(lineCrossings([diagonal], 7)({ x0: 49, y0: 49, x1: 51, y1: 51 })).toBe(1);
    // Beside the box, it is not met, nor is a line whose points are not numbers (off a projection).
    expect(lineCrossings([diagonal], 7)({ x0: 60, y0: 40, x1: 70, y1: 45 })).toBe(0);
    expect(
      lineCrossings(
        [
          [
            [NaN, 15],
            [500, 15],
          ],
        ],
        3,
      )(box),
    ).toBe(0);
  });

  it('agrees with the segment test it sorts segments for', () => {
    const lines: [number, number][][] = Array.from({ length: 40 }, (_, k) => [
      [(k * 37) % 100, (k * 53) % 100],
      [(k * 71) % 100, (k * 29) % 100],
      [(k * 13) % 100, (k * 97) % 100],
    ]);
    const crossed = lineCrossings(lines, 6);
    for (let x = 0; x < 100; x += 9)
      for (let y = 0; y < 100; y += 7) {
        const b = { x0: x, y0: y, x1: x + 12, y1: y + 5 };
        const expected = lines.filter((l) =>
          l.slice(1).some(([x1, y1], k) => segmentHits({ x0: l[k]![0], y0: l[k]![1], x1, y1 }, b)),
        ).length;
        expect(crossed(b)).toBe(expected);
      }
  });
});

describe('segmentHits', () => {
  const box = { x0: 10, y0: 10, x1: 20, y1: 20 };
  const seg = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

  it('meets a box it crosses, starts in or lies in; not one it passes by, even within its bounds', () => {
    expect(segmentHits(seg(0, 15, 30, 15), box)).toBe(true);
    expect(segmentHits(seg(15, 15, 40, 40), box)).toBe(true);
    expect(segmentHits(seg(12, 12, 18, 18), box)).toBe(true);
    // A diagonal past the box's corner: its bounds overlap the box's, it does not.
    expect(segmentHits(seg(0, 15, 15, 0), box)).toBe(false);
    expect(segmentHits(seg(0, 5, 30, 5), box)).toBe(false);
    // Vertical and horizontal ones beside it, and a point.
    expect(segmentHits(seg(25, 0, 25, 30), box)).toBe(false);
    expect(segmentHits(seg(15, 25, 15, 25), box)).toBe(false);
    expect(segmentHits(seg(15, 15, 15, 15), box)).toBe(true);
  });

  it('meets a box grown by a margin', () => {
    expect(segmentHits(seg(0, 5, 30, 5), box, 4)).toBe(false);
    expect(segmentHits(seg(0, 5, 30, 5), box, 5)).toBe(true);
  });
});
