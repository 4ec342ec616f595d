import { describe, expect, it } from 'vitest';
import { alonePoints, along, pickableArcs } from './pickable';

const box = { map: { width: 400, height: 300 }, closeUp: null };
const line = (y0: number, y1: number) => ({
  id: `${y0}-${y1}`,
  where: 'map' as const,
  points: [
    [20, y0],
    [380, y1],
  ] as [number, number][],
});

describe('pickable arcs', () => {
  it('finds points along a line by share of its length', () => {
    expect(
      along(
        [
          [0, 0],
          [10, 0],
          [10, 10],
        ],
        [0.25, 0.75],
      ),
    ).toEqual([
      [5, 0],
      [10, 5],
    ]);
  });

  it('counts an arc pickable where every other arc is clear of it', () => {
    const a = line(100, 100);
    const b = line(200, 200);
    expect(pickableArcs({ ...box, arcs: [a, b] }, [a.id, b.id])).toEqual([a.id, b.id]);
  });

  it('does not count two arcs drawn on top of each other, nor points under the close-up', () => {
    const a = line(100, 100);
    const b = line(103, 103);
    expect(pickableArcs({ ...box, arcs: [a, b] }, [a.id, b.id])).toEqual([]);
    // The close-up over the whole map hides the main map's arcs.
    const hidden = { ...box, arcs: [line(100, 100)], closeUp: { left: 0, top: 0, right: 400, bottom: 300 } };
    expect(alonePoints(hidden).get('100-100')).toEqual([]);
  });

  it('keeps the points of crossing arcs that are away from the crossing', () => {
    const a = line(50, 250);
    const b = line(250, 50);
    const pts = alonePoints({ ...box, arcs: [a, b] }).get(a.id) ?? [];
    expect(pts.length).toBeGreaterThan(10);
    expect(pts.every(([x]) => Math.abs(x - 200) > 6)).toBe(true);
  });
});
