import { describe, expect, it } from 'vitest';
import { distanceToLine, pickNearest, type Px } from './nearest';

const h = (y: number): Px[] => [
  [0, y],
  [100, y],
];

describe('pickNearest', () => {
  it('measures the distance to the nearest segment of a line', () => {
    expect(distanceToLine([50, 7], h(0))).toBe(7);
    expect(distanceToLine([-3, 4], h(0))).toBe(5);
  });

  it('picks the arc under the finger, even inside another arc’s hit width', () => {
    const r = pickNearest(
      [50, 2],
      [
        { id: 'far', line: h(10) },
        { id: 'near', line: h(0) },
      ],
    );
    expect(r).toEqual({ kind: 'one', id: 'near' });
  });

  it('asks the reader to choose among arcs about as near, in a stable order', () => {
    const r = pickNearest(
      [50, 1],
      [
        { id: 'b', line: h(0) },
        { id: 'a', line: h(2) },
        { id: 'c', line: h(12) },
      ],
    );
    expect(r).toEqual({ kind: 'several', ids: ['a', 'b'], nearest: 'a' });
    // The same list wherever the finger lands among them (nearest first, the order changed from one tap
    // to the next on Japan's and Korea's flows: a reader's review).
    const nearB = pickNearest(
      [50, 0.5],
      [
        { id: 'b', line: h(0) },
        { id: 'a', line: h(2) },
      ],
    );
    expect(nearB).toEqual({ kind: 'several', ids: ['a', 'b'], nearest: 'b' });
  });

  it('picks nothing beyond the radius', () => {
    expect(pickNearest([50, 30], [{ id: 'a', line: h(0) }])).toEqual({ kind: 'none' });
  });
});
