import { describe, expect, it } from 'vitest';
import type { LonLat } from './arc';
import { flowCurve } from './flowCurve';
import { placeLon, toWorld } from './mercator';

const HANOI: LonLat = [105.85, 21.03];
const distToChord = (p: LonLat, a: LonLat, b: LonLat) => {
  const [px, py] = toWorld(p);
  const [ax, ay] = toWorld(a);
  const [bx, by] = toWorld(b);
  return Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / Math.hypot(bx - ax, by - ay);
};
const bulge = (line: LonLat[]) =>
  Math.max(...line.map((p) => distToChord(p, line[0] as LonLat, line.at(-1) as LonLat)));

describe('flowCurve', () => {
  it('starts at the Vietnamese end and ends at the partner', () => {
    const line = flowCurve(HANOI, [142.8, 43.37]);
    expect(line[0]).toEqual(HANOI);
    expect(line.at(-1)?.[0]).toBeCloseTo(142.8, 6);
    expect(line.at(-1)?.[1]).toBeCloseTo(43.37, 6);
  });

  it('bends, and longer flows bend more for their length', () => {
    const short = flowCurve([106.7, 20.95], [108.3, 22.8]); // Quảng Ninh → Guangxi
    const long = flowCurve(HANOI, [2.35, 48.85]); // Hanoi → Paris
    const rel = (l: LonLat[]) => {
      const [ax, ay] = toWorld(l[0] as LonLat);
      const [bx, by] = toWorld(l.at(-1) as LonLat);
      return bulge(l) / Math.hypot(bx - ax, by - ay);
    };
    expect(rel(short)).toBeGreaterThan(0.05);
    expect(rel(long)).toBeGreaterThan(rel(short));
  });

  it('reaches the Americas across the Pacific and never leaves the map’s latitudes', () => {
    const line = flowCurve(HANOI, [placeLon(-82.38), 23.13]); // Havana
    expect(line.at(-1)?.[0]).toBeCloseTo(277.62, 6);
    expect(line.at(-1)?.[0]).toBeGreaterThan(180);
    for (const [lon, lat] of line) {
      expect(lat).toBeLessThan(75);
      expect(lon).toBeGreaterThanOrEqual(105.85 - 1e-9);
    }
  });

  it('fans out flows from several provinces to one partner: no two share a path', () => {
    const guangxi: LonLat = [108.3, 22.8];
    const from: LonLat[] = [
      [104.98, 22.82],
      [107.3, 21.0],
      [106.76, 21.85],
      [106.25, 22.67],
    ];
    const mids = from.map((f) => flowCurve(f, guangxi)[4] as LonLat);
    const keys = new Set(mids.map((m) => m.map((v) => v.toFixed(3)).join()));
    expect(keys.size).toBe(4);
  });
});
