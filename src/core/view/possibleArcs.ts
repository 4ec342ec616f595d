import { FAN_DEFAULTS, flowFan } from '../draw/flowFan';
import { successorAt } from '../adminChanges';
import { arcId } from '../arcId';
import type { Atlas } from '../atlas';
import { indexOf } from '../atlasIndex';
import type { LonLat } from '../draw/arc';
import { flowCurve } from '../draw/flowCurve';
import { placeLon, toWorld } from '../draw/mercator';

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

/** Its direction on the flat map (world units, y down, as `flowCurve` bends). */
function heading(a: ArcEnds): [number, number] {
  const [ax, ay] = toWorld(a.from);
  const [bx, by] = toWorld(a.to);
  return [bx - ax, by - ay];
}

/** Whether two arcs' curves on the flat map cross (segments properly intersect). */
function curvesCross(a: ArcEnds, b: ArcEnds): boolean {
  const p = flowCurve(a.from, a.to, a.side).map(toWorld);
  const q = flowCurve(b.from, b.to, b.side).map(toWorld);
  const turn = (o: number[], u: number[], v: number[]) =>
    Math.sign((u[0]! - o[0]!) * (v[1]! - o[1]!) - (u[1]! - o[1]!) * (v[0]! - o[0]!));
  for (let i = 0; i < p.length - 1; i++)
    for (let j = 0; j < q.length - 1; j++) {
      const [p0, p1, q0, q1] = [p[i]!, p[i + 1]!, q[j]!, q[j + 1]!];
      if (turn(p0, p1, q0) * turn(p0, p1, q1) < 0 && turn(q0, q1, p0) * turn(q0, q1, p1) < 0) return true;
    }
  return false;
}

/**
 * Two near-twins alone together (each the other's only twin, to one partner) that bend to opposite
 * sides, the left one to the right, across the other's way, cross: Hanoi's arc to Astana crossed
 * Bắc Ninh's to East Kazakhstan at East Kazakhstan's dot, and seemed to end there. They bend away from
 * each other instead; but where one is a hub's arc (its unit has more arcs), only the other turns, to
 * the hub's arc's side, and only where that parts them: a hub's arcs keep the sides they part on when
 * it is selected (turning Hà Nội's arc to Beijing in the 300-event fixture laid it over its arc to
 * Mongolia).
 */
function partAlone(a: ArcEnds, b: ArcEnds, arcsOf: ReadonlyMap<string, number>): void {
  const [dx, dy] = heading(a);
  const [bx, by] = heading(b);
  // y grows downwards: a positive cross product is to the right of travel.
  const [left, right] = dx * by - dy * bx > 0 ? [a, b] : [b, a];
  if (left.side === -1 || right.side === 1) return;
  const hub = (x: ArcEnds) => (arcsOf.get(x.vn) ?? 0) > (arcsOf.get((x === a ? b : a).vn) ?? 0);
  const other = hub(left) ? right : hub(right) ? left : null;
  if (other) {
    const [turned, kept] = other === left ? ([-1, 1] as const) : ([1, -1] as const);
    other.side = turned;
    // Where that does not part them, the hub's arc still keeps its side: among its own arcs, drawn
    // at full strength when it is selected, its way is clear; the other is then drawn faded.
    if (curvesCross(left, right)) other.side = kept;
    return;
  }
  left.side = -1;
  right.side = 1;
}

/**
 * Every arc that can appear on some day: each pair between its units and their successors on each
 * day of a change (Hà Giang's arcs start from Tuyên Quang after 1 July 2025; Limousin's partners are
 * linked to Nouvelle-Aquitaine from 2016), with the ends where the flat
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
  // (Each day's ends together: a pair's two ends change on days of their own.)
  for (const pair of atlas.pairs) {
    for (const day of ['', ...days]) {
      const [vn, partner] = day
        ? [successorAt(pair.vn, day, atlas.adminChanges), successorAt(pair.partner, day, atlas.adminChanges)]
        : [pair.vn, pair.partner];
      const [from, to] = [at(vn), at(partner)];
      const id = arcId(vn, partner);
      if (from && to) out.set(id, { id, vn, partner, from, to, side: 1 });
    }
  }
  const arcs = [...out.values()];
  // (One partner, as it signed and as its successor: Limousin's arcs and Nouvelle-Aquitaine's are
  // never twins, or an arc would change sides on 1 January 2016.)
  const lastOf = new Map<string, string>();
  const lasting = (id: string) => {
    let to = lastOf.get(id);
    if (to === undefined) lastOf.set(id, (to = successorAt(id, '9999-12-31', atlas.adminChanges)));
    return to;
  };
  // Flows from about the same place towards about the same direction, to different partners, would
  // run on top of each other (Hanoi → Astana, Bắc Ninh → East Kazakhstan): every other one bends the
  // other way, and two alone together away from each other (`partAlone`). Flows to one partner keep
  // one side and fan out.
  const twinsOf = new Map(
    arcs.map((a) => [a, arcs.filter((b) => lasting(b.partner) !== lasting(a.partner) && nearTwin(a, b))]),
  );
  const order = new Map(arcs.map((a, i) => [a, i]));
  arcs.forEach((a, i) => {
    const before = twinsOf.get(a)!.filter((b) => order.get(b)! < i).length;
    a.side = before % 2 === 0 ? 1 : -1;
  });
  // (An arc's twins to one partner are one: a pair drawn from a unit, then from its successor.)
  const partners = (twins: readonly ArcEnds[]) => new Set(twins.map((b) => lasting(b.partner)));
  const arcsOf = new Map<string, number>();
  for (const a of arcs) arcsOf.set(a.vn, (arcsOf.get(a.vn) ?? 0) + 1);
  for (const [a, twins] of twinsOf)
    if (partners(twins).size === 1)
      for (const b of twins) {
        const theirs = partners(twinsOf.get(b)!);
        if (theirs.size === 1 && theirs.has(lasting(a.partner))) partAlone(a, b, arcsOf);
      }
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
