import { FAN_DEFAULTS, flowFan } from '../draw/flowFan';
import { successorAt } from '../adminChanges';
import { arcId } from '../arcId';
import type { Atlas } from '../atlas';
import { indexOf } from '../atlasIndex';
import type { LonLat } from '../draw/arc';
import { placeLon } from '../draw/mercator';

/** An arc the map may show: its id and its two ends. */
export interface ArcEnds {
  id: string;
  vn: string;
  partner: string;
  from: LonLat;
  to: LonLat;
  /** The side its flow curve bends to (see `flowCurve`): opposite to a near-twin's, so they part. */
  side: 1 | -1;
  /** Its line on the flat map when it is one of a hub's arcs fanned out (see `flowFan`); else its curve. */
  flat?: LonLat[];
}

const cache = new WeakMap<Atlas, ArcEnds[]>();

/** Degrees: origins this close, bearings this close and lengths within a third of each other. */
const TWIN = { origin: 1.5, bearing: 14, length: 0.35 };
const bearing = (a: ArcEnds) => (Math.atan2(a.to[1] - a.from[1], a.to[0] - a.from[0]) * 180) / Math.PI;
const length = (a: ArcEnds) => Math.hypot(a.to[0] - a.from[0], a.to[1] - a.from[1]);
function nearTwin(a: ArcEnds, b: ArcEnds): boolean {
  const turn = Math.abs(((bearing(a) - bearing(b) + 540) % 360) - 180);
  return (
    Math.hypot(a.from[0] - b.from[0], a.from[1] - b.from[1]) < TWIN.origin &&
    turn < TWIN.bearing &&
    Math.abs(length(a) - length(b)) < TWIN.length * Math.max(length(a), length(b))
  );
}

/**
 * Every arc that can appear on some day: each pair from its Vietnamese unit and from that unit's
 * successors (Hà Giang's arcs start from Tuyên Quang after 1 July 2025), with the ends where the flat
 * map draws them (`placeLon`: the Americas east of the Pacific). Computed once per atlas.
 *
 * @example possibleArcs(atlas).map((a) => a.id) // ['VN-HN~KZ-AST', 'VN-03~CN-GX', 'VN25-TUYEN-QUANG~CN-GX', …]
 */
export function possibleArcs(atlas: Atlas): ArcEnds[] {
  const hit = cache.get(atlas);
  if (hit) return hit;
  const ix = indexOf(atlas);
  const at = (id: string): LonLat | undefined => {
    const p = ix.place(id);
    return p && [placeLon(p.lon), p.lat];
  };
  const days = [...new Set(atlas.adminChanges.map((c) => c.date))];
  const out = new Map<string, ArcEnds>();
  for (const pair of atlas.pairs) {
    const to = at(pair.partner);
    for (const vn of new Set([pair.vn, ...days.map((d) => successorAt(pair.vn, d, atlas.adminChanges))])) {
      const from = at(vn);
      const id = arcId(vn, pair.partner);
      if (from && to) out.set(id, { id, vn, partner: pair.partner, from, to, side: 1 });
    }
  }
  const arcs = [...out.values()];
  // Flows from about the same place towards about the same direction, to different partners, would
  // run on top of each other (Hanoi → Astana, Bắc Ninh → East Kazakhstan): every other one bends the
  // other way. Flows to one partner keep one side and fan out.
  arcs.forEach((a, i) => {
    const twins = arcs.slice(0, i).filter((b) => b.partner !== a.partner && nearTwin(a, b));
    a.side = twins.length % 2 === 0 ? 1 : -1;
  });
  // A hub's long arcs that leave in about the same direction (Hà Nội's to Europe) fan out, as the
  // country flows do, so that a selected hub's arcs part in the middle of their course where a reader
  // can tell each from the next and pick it; short arcs and arcs alone in their direction keep their curve.
  const byHub = new Map<string, ArcEnds[]>();
  for (const a of arcs) byHub.set(a.vn, [...(byHub.get(a.vn) ?? []), a]);
  for (const group of byHub.values()) {
    if (group.length < 2) continue;
    // Two arcs in one direction already bend to opposite sides (above): a fan from three.
    const fanned = flowFan(group, { ...FAN_DEFAULTS, minGroup: 3 });
    for (const a of group) a.flat = fanned.get(a.id);
  }
  cache.set(atlas, arcs);
  return arcs;
}
