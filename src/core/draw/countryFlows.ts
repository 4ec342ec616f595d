import type { Atlas } from '../atlas';
import { indexOf } from '../atlasIndex';
import { possibleArcs } from '../view/possibleArcs';
import type { VisibleArc } from '../view/visibleArcs';
import type { LonLat } from './arc';
import { FAN_DEFAULTS, flowFan } from './flowFan';
import { toWorld } from './mercator';

/** When the world map draws country flows instead of single arcs. */
export const FLOW_DEFAULTS = {
  /**
   * Visible arcs from which the main map draws one flow per partner country: 40 arcs out of one country at world scale are a bundle no reader can follow or
   * pick (the 300-event fixture shows 206), while 40 flows fan out to as many countries.
   */
  fromArcs: 40,
  /**
   * Links (visible pairs) from which a Vietnamese place is a hub, marked and named with its count in
   * the close-up of home ("Hanoï · 41"): the flows say with which countries, the hubs from where. (The
   * 300-event fixture has four: Hồ Chí Minh City 49, Hà Nội 41, Đà Nẵng 13, Hải Phòng 10; the next has 7.
   * Every Vietnamese end named crowded out the flows' names next door, and Hà Nội's own.)
   */
  hubLinks: 10,
};

/** A partner country's flow on the world map: from home to the middle of the country's partners. */
export interface CountryFlow {
  /** The country's ISO code, which is also its place id in the atlas (selecting it selects its arcs). */
  id: string;
  /** The partner where the flow ends: the one nearest to the country's other partners (a medoid). */
  end: string;
  from: LonLat;
  to: LonLat;
  /** The side its curve bends to (see `flowCurve`): flows in about the same direction bend apart. */
  side: 1 | -1;
  /** Its line on the flat map: its own curve, or a branch of a fan of flows that leave in about the same direction (see `flowFan`). */
  flat: LonLat[];
}

const cache = new WeakMap<Atlas, CountryFlow[]>();

const dist = (a: LonLat, b: LonLat) => {
  const [ax, ay] = toWorld(a);
  const [bx, by] = toWorld(b);
  return Math.hypot(ax - bx, ay - by);
};

/**
 * Every flow that can appear, one per partner country, computed once per atlas: from home (the mean
 * of every arc's Vietnamese end, so the flows leave from where the partnerships are) to the country's
 * medoid partner, a real place of the data (a country's outline centre can lie where no partner is).
 * Flows of about the same bearing and length bend to alternate sides, so that they part; on the flat
 * map, flows that leave in about the same direction fan out by graduated bends (`flowFan`).
 *
 * @example possibleFlows(atlas).find((f) => f.id === 'JP') // { id: 'JP', end: 'JP-01', from: [106.4, 18.9], to: [142.8, 43.4], side: 1 }
 */
export function possibleFlows(atlas: Atlas): CountryFlow[] {
  const hit = cache.get(atlas);
  if (hit) return hit;
  const ix = indexOf(atlas);
  const arcs = possibleArcs(atlas);
  const from: LonLat = arcs.length
    ? [mean(arcs.map((a) => a.from[0])), mean(arcs.map((a) => a.from[1]))]
    : [0, 0];
  const byCountry = new Map<string, Map<string, LonLat>>();
  const homes = new Map<string, LonLat[]>();
  for (const a of arcs) {
    const cc = ix.place(a.partner)?.country;
    if (!cc) continue;
    const partners = byCountry.get(cc) ?? new Map<string, LonLat>();
    partners.set(a.partner, a.to);
    byCountry.set(cc, partners);
    const ends = homes.get(cc) ?? [];
    ends.push(a.from);
    homes.set(cc, ends);
  }
  const flows = [...byCountry]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, partners]): CountryFlow => {
      const places = [...partners].sort(([a], [b]) => a.localeCompare(b));
      const cost = (p: LonLat) => places.reduce((s, [, q]) => s + dist(p, q), 0);
      const [end, to] = places.reduce((best, p) => (cost(p[1]) < cost(best[1]) ? p : best));
      // A flow next door leaves from towards its own partnerships' Vietnamese ends (China's from the
      // north, Malaysia's from the south): from one home, the flows to China and to Malaysia ran through
      // it as one line across Vietnam (a reader's review). As far towards them as keeps it
      // `NEXT_DOOR_KEEP` of its length from home, and no longer: from its own ends, Cambodia's (20 links)
      // was a 9-px stub under its dot, and Myanmar's, from the north, ran through Laos's name. Longer
      // flows leave home together, and fan out.
      const own = homes.get(id) ?? [];
      const mine: LonLat = [mean(own.map((p) => p[0])), mean(own.map((p) => p[1]))];
      const whole = dist(from, to);
      let start = from;
      if (whole < FAN_DEFAULTS.minLength)
        for (let k = 10; k > 0; k--) {
          const t = k / 10;
          const s: LonLat = [from[0] + t * (mine[0] - from[0]), from[1] + t * (mine[1] - from[1])];
          const l = dist(s, to);
          if (l >= NEXT_DOOR_KEEP * whole && l <= whole) {
            start = s;
            break;
          }
        }
      return { id, end, from: start, to, side: 1, flat: [] };
    });
  // Nearest first, so that the short flows next door keep the usual side.
  const order = [...flows].sort((a, b) => dist(a.from, a.to) - dist(b.from, b.to));
  order.forEach((f, i) => {
    const twins = order.slice(0, i).filter((g) => near(f, g));
    f.side = twins.length % 2 === 0 ? 1 : -1;
  });
  const lines = flowFan(flows);
  for (const f of flows) f.flat = lines.get(f.id) ?? [];
  cache.set(atlas, flows);
  return flows;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** The least share of its length from home a flow next door keeps when it leaves from nearer its own ends. */
export const NEXT_DOOR_KEEP = 0.7;

/** Bearings within 12° and lengths within a third of each other: the two would run together. */
function near(a: CountryFlow, b: CountryFlow): boolean {
  const [ax, ay] = toWorld(a.to);
  const [bx, by] = toWorld(b.to);
  const [ox, oy] = toWorld(a.from);
  const ta = Math.atan2(ay - oy, ax - ox);
  const tb = Math.atan2(by - oy, bx - ox);
  const turn = Math.abs(((((ta - tb) * 180) / Math.PI + 540) % 360) - 180);
  const la = Math.hypot(ax - ox, ay - oy);
  const lb = Math.hypot(bx - ox, by - oy);
  return turn < 12 && Math.abs(la - lb) < Math.max(la, lb) / 3;
}

/**
 * The partnerships (arcs) each country's flow stands for among the visible arcs.
 *
 * @example flowCounts(atlas, visibleArcs(atlas, day)).get('FR') // 9: nine Vietnamese–French pairs drawn
 */
export function flowCounts(atlas: Atlas, arcs: readonly VisibleArc[]): Map<string, number> {
  const ix = indexOf(atlas);
  const out = new Map<string, number>();
  for (const a of arcs) {
    const cc = ix.place(a.partner)?.country;
    if (cc) out.set(cc, (out.get(cc) ?? 0) + 1);
  }
  return out;
}

/**
 * The Vietnamese hubs among the visible arcs: the places with `FLOW_DEFAULTS.hubLinks` links or more,
 * and their counts.
 *
 * @example hubCounts(visibleArcs(atlas, day)).get('VN-HN') // 41
 */
export function hubCounts(
  arcs: readonly VisibleArc[],
  o: { hubLinks: number } = FLOW_DEFAULTS,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of arcs) out.set(a.vn, (out.get(a.vn) ?? 0) + 1);
  return new Map([...out].filter(([, n]) => n >= o.hubLinks));
}

/**
 * Whether a map shows country flows: one with many arcs (a world map, and its close-up, which draws the
 * countries next door). A selection there shows its own arcs, one by one, over faint flows.
 */
export const showsFlows = (visibleArcs: number, o: { fromArcs: number } = FLOW_DEFAULTS) =>
  visibleArcs >= o.fromArcs;

/** Within the box, give or take a hundredth of a degree (bounds made from the same points, rounded). */
export const inside =
  (box: readonly [number, number, number, number]) =>
  ([lon, lat]: readonly number[]) =>
    lon! >= box[0] - 0.01 && lon! <= box[2] + 0.01 && lat! >= box[1] - 0.01 && lat! <= box[3] + 0.01;

/**
 * The partner countries whose flow ends inside a close-up's bounds (the neighbours of home, at world
 * scale): a crowded map's close-up draws their flows, and the main map, where they are too short to
 * read or to hit, leaves them to it.
 *
 * @example nextDoor(atlas, [100, 8, 112, 24]) // Set { 'CN', 'LA', 'KH' } when Guangxi, Vientiane and Phnom Penh are the flows' ends
 */
export function nextDoor(atlas: Atlas, box: readonly [number, number, number, number]): Set<string> {
  const within = inside(box);
  return new Set(possibleFlows(atlas).flatMap((f) => (within(f.to) && within(f.from) ? [f.id] : [])));
}
