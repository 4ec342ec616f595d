import type { LonLat } from './arc';
import { fromWorld, toWorld } from './mercator';

/** Shape of the flat map's flow lines. */
export const FLOW_DEFAULTS = {
  /** Bend of the shortest flows: the control point's offset as a share of the flow's length. */
  minBend: 0.14,
  /** Bend of the longest flows (longer flows curve more, Jenny et al. 2018). */
  maxBend: 0.26,
  /** Length (world units, 1 = the world's width) from which a flow bends fully. */
  fullBendLength: 0.4,
  /** Points of the longest curve; short curves get fewer (at least 8). */
  maxPoints: 64,
};

/**
 * The flow line from a Vietnamese unit to a partner on the flat (Mercator) map: a quadratic Bézier
 * curve in screen space, bending to the right of the direction of travel (`side` −1: to the left), more
 * for longer flows. Flows
 * from one place fan out instead of piling up; a flow never shoots off the top of the map as a great
 * circle to North America does. Longitudes are used as given: place partners with `placeLon` first, so
 * that the Americas are reached across the Pacific (past 180°, which MapLibre draws as one line).
 *
 * @example flowCurve([105.85, 21.03], [142.8, 43.37]) // Hanoi → Hokkaidō, bowing south-east
 */
export function flowCurve(from: LonLat, to: LonLat, side: 1 | -1 = 1, o = FLOW_DEFAULTS): LonLat[] {
  const [ax, ay] = toWorld(from);
  const [bx, by] = toWorld(to);
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy);
  if (len === 0) return [from, [to[0], to[1]]];
  const bend = side * (o.minBend + (o.maxBend - o.minBend) * Math.min(1, len / o.fullBendLength));
  // Right of the direction of travel (y grows downwards): (−dy, dx).
  const cx = (ax + bx) / 2 - dy * bend;
  const cy = (ay + by) / 2 + dx * bend;
  const n = Math.max(8, Math.min(o.maxPoints, Math.ceil((len / o.fullBendLength) * o.maxPoints)));
  const out: LonLat[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    out.push(fromWorld([u * u * ax + 2 * u * t * cx + t * t * bx, u * u * ay + 2 * u * t * cy + t * t * by]));
  }
  out[0] = from;
  return out;
}
