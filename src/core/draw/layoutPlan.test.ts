import { describe, expect, it } from 'vitest';
import { selectionBounds, selectionContext } from './layoutPlan';

describe('selectionBounds', () => {
  it('frames a selection with room around its arcs’ ends: a tenth of its span', () => {
    // Quảng Ninh to Hokkaidō: 36° by 22°; each end kept 3.6° and 2.2° from the frame's edges.
    const line: [number, number][] = [
      [107, 21],
      [143, 43],
    ];
    const [w, s, e, n] = selectionBounds([line]);
    expect([w, s, e, n].map((x) => +x.toFixed(1))).toEqual([103.4, 18.8, 146.6, 45.2]);
    // A border province and Guangxi, 2° across: framed within a few tenths of a degree of its arc.
    const local: [number, number][] = [
      [106.3, 22.7],
      [108.3, 23.8],
    ];
    const b = selectionBounds([local]);
    expect(b[0]).toBeCloseTo(106.1, 1);
    expect(b[2]).toBeCloseTo(108.5, 1);
    // A hub's partners across the world: framed as the world is, with no more room.
    const world: [number, number][] = [
      [-10, 50],
      [106, 21],
      [240, 40],
    ];
    expect(selectionBounds([world])).toEqual([-10, 21, 240, 50]);
  });

  it('keeps that room in a map 700 px wide or more only: on a phone, not', () => {
    expect(selectionContext(699)).toBe(0);
    expect(selectionContext(700)).toBe(0.1);
    const line: [number, number][] = [
      [107, 21],
      [143, 43],
    ];
    expect(selectionBounds([line], selectionContext(390))).toEqual([107, 21, 143, 43]);
  });
});
