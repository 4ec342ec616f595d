import type { LonLat } from './arc';
import { flowCurve } from './flowCurve';
import { fromWorld, toWorld } from './mercator';

/** How country flows that leave home in about the same direction are fanned apart. */
export const FAN_DEFAULTS = {
  /** Flows whose bearings from home differ by less than this (degrees, neighbour to neighbour) form a fan. */
  bearing: 14,
  /** …as long as the whole fan stays within this (degrees). */
  spread: 40,
  /** Flows shorter than this (world widths) are never fanned: the neighbours' (the close-up shows them). */
  minLength: 0.1,
  /** Bend of a fan's middle flow, as a share of its length (flowCurve's longest flows bend 0.26). */
  base: 0.1,
  /** Bend between two neighbours of a fan… */
  step: 0.1,
  /** …and at most this between a fan's outermost flows. */
  width: 0.6,
  /** Points of a fanned flow's curve. */
  points: 64,
  /** Fewer flows than this in one direction keep their own curves (two twins already bend apart). */
  minGroup: 2,
};

/** A flow to draw: from home to a partner country (see `possibleFlows`). */
interface FlowEnds {
  id: string;
  from: LonLat;
  to: LonLat;
  side: 1 | -1;
}

/** A quadratic curve from `a` to `b` (world units) bowing by `bend` × its length, right of travel. */
function bow(from: LonLat, to: LonLat, a: LonLat, b: LonLat, bend: number, n: number): LonLat[] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  // Right of travel (y grows downwards): the normal (−dy, dx).
  const cx = (a[0] + b[0]) / 2 - dy * bend;
  const cy = (a[1] + b[1]) / 2 + dx * bend;
  const out = Array.from({ length: n + 1 }, (_, i): LonLat => {
    const t = i / n;
    const u = 1 - t;
    return fromWorld([
      u * u * a[0] + 2 * u * t * cx + t * t * b[0],
      u * u * a[1] + 2 * u * t * cy + t * t * b[1],
    ]);
  });
  out[0] = from;
  out[n] = to;
  return out;
}

/**
 * The flat map's lines of the country flows, fanned where they would run together: flows that leave
 * home within a few degrees of each other (Europe's, the Americas') bow by graduated amounts, ordered
 * by where they go, so that they leave home side by side without crossing and part in the open
 * middle of their course, where a reader can tell each from its neighbours and pick it (Jenny et al.
 * 2018: flows spread around a busy node; no crossings where they can be avoided). Short flows next door
 * and flows alone in their direction keep their own curve (`flowCurve`).
 *
 * @example flowFan(possibleFlows(atlas)).get('FR') // home → France, in the fan of Europe's flows
 */
export function flowFan(flows: readonly FlowEnds[], o = FAN_DEFAULTS): Map<string, LonLat[]> {
  const out = new Map<string, LonLat[]>();
  const geo = flows.map((f) => {
    const a = toWorld(f.from);
    const b = toWorld(f.to);
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    return { f, a, b, length: Math.hypot(dx, dy), bearing: (Math.atan2(dy, dx) * 180) / Math.PI };
  });
  type G = (typeof geo)[number];
  const fanned = geo.filter((g) => g.length >= o.minLength).sort((p, q) => p.bearing - q.bearing);
  const groups: G[][] = [];
  for (const g of fanned) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && g.bearing - prev.bearing < o.bearing && g.bearing - last[0]!.bearing < o.spread)
      last.push(g);
    else groups.push([g]);
  }
  // The bearings wrap at ±180° (due west): the first and the last groups may be one.
  const first = groups[0];
  const last = groups[groups.length - 1];
  if (groups.length > 1 && first && last) {
    const gap = first[0]!.bearing + 360 - last[last.length - 1]!.bearing;
    const fan = first[first.length - 1]!.bearing + 360 - last[0]!.bearing;
    if (gap < o.bearing && fan < o.spread) {
      groups[0] = [...last, ...first];
      groups.pop();
    }
  }
  for (const group of groups) {
    if (group.length < Math.max(2, o.minGroup)) continue;
    // The fan's mean direction, and each member's turn from it, clockwise on the screen.
    const ux = group.reduce((s, g) => s + (g.b[0] - g.a[0]) / g.length, 0);
    const uy = group.reduce((s, g) => s + (g.b[1] - g.a[1]) / g.length, 0);
    const mean = Math.atan2(uy, ux);
    const turn = (g: G) => {
      const d = Math.atan2(g.b[1] - g.a[1], g.b[0] - g.a[0]) - mean;
      return Math.atan2(Math.sin(d), Math.cos(d));
    };
    const ranked = [...group].sort((p, q) => turn(p) - turn(q));
    const step = Math.min(o.step, o.width / (ranked.length - 1));
    // Bowing right of travel is bowing clockwise: the more clockwise a destination, the more its flow
    // bows that way.
    ranked.forEach((g, i) => {
      const bend = o.base + step * (i - (ranked.length - 1) / 2);
      out.set(g.f.id, bow(g.f.from, g.f.to, g.a, g.b, bend, o.points));
    });
  }
  for (const g of geo) if (!out.has(g.f.id)) out.set(g.f.id, flowCurve(g.f.from, g.f.to, g.f.side));
  return out;
}
