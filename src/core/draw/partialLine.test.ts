import { describe, expect, it } from 'vitest';
import { partialLine } from './partialLine';

describe('partialLine', () => {
  const line: [number, number][] = [
    [0, 0],
    [10, 0],
    [20, 0],
  ];

  it('draws the first share of a line from its start, the last point interpolated', () => {
    const half = partialLine(line, 0.5);
    expect(half.at(-1)![0]).toBeCloseTo(10, 6);
    const quarter = partialLine(line, 0.25);
    expect(quarter).toHaveLength(2);
    expect(quarter[1]![0]).toBeCloseTo(5, 6);
    expect(quarter[1]![1]).toBeCloseTo(0, 6);
  });

  it('gives the whole line at the end, and a point (two equal ones) at the start', () => {
    expect(partialLine(line, 1)).toEqual(line);
    expect(partialLine(line, 0)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});
