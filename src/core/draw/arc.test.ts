import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { greatCircle, segmentsFor, type LonLat } from './arc';

const maxStep = (line: LonLat[]) =>
  Math.max(...line.slice(1).map((p, i) => Math.abs(p[0] - (line[i] as LonLat)[0])));

describe('greatCircle', () => {
  it('starts and ends exactly at the endpoints', () => {
    const line = greatCircle([105.85, 21.03], [71.45, 51.17]);
    expect(line[0]).toEqual([105.85, 21.03]);
    expect(line.at(-1)).toEqual([71.45, 51.17]);
  });

  it('follows the great circle: every point is on the shortest path', () => {
    const a: LonLat = [105.85, 21.03];
    const b: LonLat = [142.8, 43.37];
    const total = geoDistance(a, b);
    for (const p of greatCircle(a, b)) {
      const wrapped: LonLat = [((p[0] + 540) % 360) - 180, p[1]];
      expect(geoDistance(a, wrapped) + geoDistance(wrapped, b)).toBeCloseTo(total, 9);
    }
  });

  it('bulges poleward: Hanoi → Hokkaido passes north of the straight line between them', () => {
    const line = greatCircle([105.85, 21.03], [142.8, 43.37], 10);
    const mid = line[5] as LonLat;
    expect(mid[1]).toBeGreaterThan((21.03 + 43.37) / 2);
  });

  it('crosses the antimeridian as one continuous line (no split, no gap)', () => {
    // Hanoi → Honolulu goes east over the Pacific.
    const line = greatCircle([105.85, 21.03], [-157.86, 21.31], 64);
    expect(maxStep(line)).toBeLessThan(10);
    expect(Math.max(...line.map((p) => p[0]))).toBeGreaterThan(180);
    expect((line.at(-1) as LonLat)[0]).toBeCloseTo(-157.86 + 360, 9);
    expect(line.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))).toBe(true);
  });

  it('crosses westward the same way (negative side)', () => {
    const line = greatCircle([-157.86, 21.31], [105.85, 21.03], 64);
    expect(maxStep(line)).toBeLessThan(10);
    expect(Math.min(...line.map((p) => p[0]))).toBeLessThan(-180);
  });

  it('gives a degenerate two-point line for identical endpoints', () => {
    expect(greatCircle([106, 21], [106, 21])).toEqual([
      [106, 21],
      [106, 21],
    ]);
  });

  it('stays finite and continuous for near-antipodal endpoints', () => {
    const a: LonLat = [105.85, 21.03];
    const b: LonLat = [-74.15, -20.9]; // almost opposite Hanoi
    const line = greatCircle(a, b, 64);
    expect(line.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))).toBe(true);
    expect(line).toHaveLength(65);
    // Near a pole longitudes swing fast, so check continuity as equal angular steps along the path.
    const step = geoDistance(a, b) / 64;
    for (let i = 1; i < line.length; i++) {
      expect(geoDistance(line[i - 1] as LonLat, line[i] as LonLat)).toBeLessThan(step * 1.01);
    }
  });

  it('uses fewer segments for short arcs', () => {
    expect(segmentsFor([106, 21], [106.5, 21.2])).toBe(2);
    expect(segmentsFor([105.85, 21.03], [-74.15, -20.9])).toBe(64);
  });
});
