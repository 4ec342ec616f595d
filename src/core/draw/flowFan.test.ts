import { describe, expect, it } from 'vitest';
import type { LonLat } from './arc';
import { flowCurve } from './flowCurve';
import { flowFan } from './flowFan';
import { toWorld } from './mercator';

const HOME: LonLat = [106, 19];
const EUROPE: Record<string, LonLat> = {
  GB: [-0.1, 51.5],
  FR: [2.35, 48.86],
  BE: [4.35, 50.85],
  DE: [13.4, 52.52],
  PL: [21.0, 52.23],
  IT: [12.5, 41.9],
  ES: [-3.7, 40.4],
};
const flows = [
  ...Object.entries(EUROPE).map(([id, to]) => ({ id, from: HOME, to, side: 1 as const })),
  // Next door: Vientiane.
  { id: 'LA', from: HOME, to: [102.6, 17.97] as LonLat, side: 1 as const },
];

/** The point at share `t` of a line's points (the curves are sampled evenly in t). */
const at = (line: LonLat[], t: number) => toWorld(line[Math.round(t * (line.length - 1))]!);
const gap = (a: LonLat[], b: LonLat[], t: number) => {
  const [ax, ay] = at(a, t);
  const [bx, by] = at(b, t);
  return Math.hypot(ax - bx, ay - by);
};

/** Whether two polylines cross (segments properly intersect) between their shared start and their last tenth. */
function cross(a: LonLat[], b: LonLat[]): boolean {
  const p = a.slice(0, Math.ceil(a.length * 0.9)).map(toWorld);
  const q = b.slice(0, Math.ceil(b.length * 0.9)).map(toWorld);
  const side = (o: number[], u: number[], v: number[]) =>
    Math.sign((u[0]! - o[0]!) * (v[1]! - o[1]!) - (u[1]! - o[1]!) * (v[0]! - o[0]!));
  for (let i = 2; i < p.length - 1; i++)
    for (let j = 2; j < q.length - 1; j++)
      if (
        side(p[i]!, p[i + 1]!, q[j]!) * side(p[i]!, p[i + 1]!, q[j + 1]!) < 0 &&
        side(q[j]!, q[j + 1]!, p[i]!) * side(q[j]!, q[j + 1]!, p[i + 1]!) < 0
      )
        return true;
  return false;
}

describe('flowFan', () => {
  const lines = flowFan(flows);

  it('draws every flow from home to its country', () => {
    for (const f of flows) {
      const line = lines.get(f.id)!;
      expect(line[0]).toEqual(f.from);
      const [lon, lat] = line.at(-1)!;
      expect(lon).toBeCloseTo(f.to[0], 9);
      expect(lat).toBeCloseTo(f.to[1], 9);
    }
  });

  it('parts the flows that leave home together: mid-course, each is clear of the others', () => {
    const ids = Object.keys(EUROPE);
    const nearest = (line: (id: string) => LonLat[]) =>
      Math.min(...ids.flatMap((a) => ids.filter((b) => a < b).map((b) => gap(line(a), line(b), 0.5))));
    // World widths (1280 px on a desktop's world): each on its own curve, two run 7 px apart mid-course;
    // fanned, every two at least 15 px.
    expect(nearest((id) => flowCurve(HOME, EUROPE[id]!))).toBeLessThan(0.006);
    expect(nearest((id) => lines.get(id)!)).toBeGreaterThan(0.012);
  });

  it('never lets two flows of a fan cross on their way (only among the ends, a few px apart)', () => {
    const ids = Object.keys(EUROPE);
    for (const a of ids)
      for (const b of ids) if (a < b) expect(cross(lines.get(a)!, lines.get(b)!), `${a}–${b}`).toBe(false);
  });

  it('leaves a short flow next door its own curve', () => {
    expect(lines.get('LA')).toEqual(flowCurve(HOME, [102.6, 17.97], 1));
  });
});
