import type { ArcEnds } from '../view/possibleArcs';
import type { LonLat } from './arc';
import type { Px } from './nearest';
import { CLOSE_UP_MARGIN, framePx, isNarrow } from './boxLayout';
import { toWorld } from './mercator';
import { flowBounds, VIETNAM_BOUNDS } from './theme';

/** When a close-up is drawn, in CSS px of the main map. */
export const CLOSE_UP_DEFAULTS = {
  /** A close-up is drawn when some arc is shorter than this at the framing's scale… */
  trigger: 44,
  /** …and it shows every arc shorter than this. */
  shorterThan: 90,
  /**
   * At the opening view it is drawn too when two places at the ends of such arcs are closer than this,
   * too close to be named apart (a name is 14 px high): Hà Nội and Bắc Ninh on a 4K wall screen, where
   * the arcs to Guangxi are long enough by `trigger` and the border provinces' names do not fit.
   */
  namesApart: 18,
  /** Share of the map's width the close-up takes (at least `minPx`). */
  share: 0.34,
  /**
   * Share of a narrow map's width (a phone's): its names need the room. With 62 %, a 320-px phone's
   * close-up was 198 px across and Lạng Sơn and Bắc Ninh went unnamed; at 70 % it is 224 px, and the
   * column of the map's buttons stays clear down to 320 px.
   */
  narrowShare: 0.7,
  /**
   * Share of the map's height it takes, on a phone's map as on a laptop's: with a third, a laptop's
   * short window (a 390–450-px map) had a close-up of 133–150 px, where Lạng Sơn's and Bắc Ninh's
   * names found no room.
   */
  heightShare: 0.45,
  minPx: 150,
  maxPx: 380,
  /**
   * A close-up shows its arcs at least this many times larger than the main map, or is of home. (Short
   * arcs spread over half of Asia, 74 px across a phone's world, were 3.25 times larger in a close-up
   * of 62 % of its width and 3.7 in one of 70 %: still home's. Single close-ups of short arcs are 5 to
   * 28 times larger.)
   */
  minMagnification: 4,
  /**
   * A close-up of home is drawn only where its box is this many times larger than home's bounds on the
   * main map (`magnification`): a selection framed close got one of all Vietnam no larger than the main
   * map's (Guangxi's seven border provinces across a phone's map: half its scale), which named one of
   * the seven and left the others unnamed on the main map, its names being the close-up's. (The
   * 300-event world's close-up of home: 3 on a laptop, 8 to 11 on a phone; East Kazakhstan's
   * selection, framed from Kazakhstan to Vietnam: 1.3, and smaller than the main map once the room
   * kept around what it frames is counted.)
   */
  homeMinMagnification: 2,
  /**
   * A selection's ends are one group where each lies within this many px of another of the group
   * (`crowdedGroup`): France's fourteen partners at world scale lie within 20–60 px of each other.
   */
  groupLink: 40,
  /** The fewest places of such a group that get a close-up of their own. */
  groupMin: 4,
};

type Box = [number, number, number, number];

/** Vietnam's neighbours whose partners a close-up of home includes (Guangxi, Yunnan, Laos, Cambodia). */
export const NEIGHBOURS: Box = [97, 5, 118, 27];

/**
 * Where the countries next door end whose flows a crowded map's close-up of home draws (mainland
 * Southeast Asia, southern China, Malaysia, Singapore and the Philippines): at world scale their flows are stubs in the bundle that leaves home.
 */
export const FLOW_NEIGHBOURS: Box = [92, 0, 125, 29];

/**
 * The close-up of home, for a map at world scale where the short arcs spread over half of Asia (a
 * close-up of them would be barely larger than the map): Vietnam with its archipelagos, where every
 * arc starts, and the partners next door. The flows to farther partners leave it at its edges.
 *
 * @example homeBounds([[106.6, 20.9], [108.3, 22.8]]) → [102.1, 5, 114.6, 23.4] (Guangxi's capital inside)
 */
export function homeBounds(ends: readonly LonLat[], neighbours: Box = NEIGHBOURS): Box {
  let [w, s, e, n] = VIETNAM_BOUNDS;
  const [nw, ns, ne, nn] = neighbours;
  for (const [lon, lat] of ends)
    if (lon >= nw && lon <= ne && lat >= ns && lat <= nn) {
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
  return [w, s, e, n];
}

/**
 * How many times larger a close-up of `size` px shows bounds that take `extent` px on the main map.
 *
 * @example magnification([100, 50], [380, 240]) === 3.8
 */
export const magnification = (extent: Px, size: Px) =>
  Math.min(size[0] / Math.max(1, extent[0]), size[1] / Math.max(1, extent[1]));

/** A side of a close-up (px) within its limits: at most `maxPx`, at least three quarters of `minPx`. */
const sidePx = (v: number, o = CLOSE_UP_DEFAULTS) => Math.min(o.maxPx, Math.max(o.minPx * 0.75, v));

/**
 * The close-up's size (px) in a map of `w` × `h`: a third of the width on wide screens, more of a
 * narrow map's (a phone's: its names need the room), and `heightShare` of the height, within
 * `minPx`–`maxPx`.
 *
 * @example closeUpSize(1280, 595) → [380, 267.75]; closeUpSize(320, 428) → [224, 192.6]
 */
export function closeUpSize(w: number, h: number, o = CLOSE_UP_DEFAULTS): Px {
  const across = isNarrow(w) ? o.narrowShare : o.share;
  return [sidePx(Math.max(o.minPx, w * across), o), sidePx(h * o.heightShare, o)];
}

/**
 * Which arcs are too short to read at the map's framing: those get a close-up (an inset map), a
 * two-level framing as locator maps use for small, dense areas. None when every arc is long enough,
 * and, with `namesApart` (the opening view), when the places at their ends can be named apart.
 * (Selections and presentation chapters frame their own arcs: no second map for names there, each
 * one costs a MapLibre start; but a selection whose places pile up at one end gets one for them:
 * `selectionCloseUp`.)
 *
 * @example closeUpArcs([{ id: 'a', from: [0, 0], to: [20, 0] }, { id: 'b', from: [0, 0], to: [300, 0] }]) → ['a']
 */
export function closeUpArcs(
  arcs: readonly { id: string; from: Px; to: Px }[],
  namesApart = false,
  o = CLOSE_UP_DEFAULTS,
): string[] {
  const len = (a: { from: Px; to: Px }) => Math.hypot(a.to[0] - a.from[0], a.to[1] - a.from[1]);
  const short = arcs.filter((a) => len(a) < o.shorterThan);
  if (!arcs.some((a) => len(a) < o.trigger) && !(namesApart && crowdedEnds(short, o.namesApart))) return [];
  return short.map((a) => a.id);
}

/** Do two distinct places at the ends of these arcs lie closer than `gap` px (one place: < 0.5 px)? */
function crowdedEnds(arcs: readonly { from: Px; to: Px }[], gap: number): boolean {
  const ends = arcs.flatMap((a) => [a.from, a.to]);
  return ends.some((p, i) =>
    ends.slice(i + 1).some((q) => {
      const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
      return d >= 0.5 && d < gap;
    }),
  );
}

/**
 * The heaps of places at the ends of a selection's arcs, most crowded first (see `crowdedGroup`):
 * groups of places each within `groupLink` px of another of its group, of at least `groupMin` dots
 * (a unit and its successor at one dot count once), with some places closer than `namesApart` to
 * another; ranked by how many such places each has, then by its dots.
 */
export function crowdedGroups(places: readonly { id: string; px: Px }[], o = CLOSE_UP_DEFAULTS): string[][] {
  const n = places.length;
  const d = (i: number, j: number) =>
    Math.hypot(places[i]!.px[0] - places[j]!.px[0], places[i]!.px[1] - places[j]!.px[1]);
  // Single-linkage groups, by union–find with path halving (every pair is looked at once: a few
  // hundred places are a few tens of thousands of pairs).
  const parent = places.map((_, i) => i);
  const root = (i: number) => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (d(i, j) < o.groupLink) parent[root(i)] = root(j);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) groups.set(root(i), [...(groups.get(root(i)) ?? []), i]);
  // (Two places at one dot, a unit and its successor, are named as one: not crowded, one dot.)
  const ranked = [...groups.values()].map((g) => ({
    ids: g.map((i) => places[i]!.id),
    crowded: g.filter((i) => g.some((j) => j !== i && d(i, j) >= 0.5 && d(i, j) < o.namesApart)).length,
    dots: g.filter((i, k) => !g.slice(0, k).some((j) => d(i, j) < 0.5)).length,
  }));
  return ranked
    .filter((g) => g.dots >= o.groupMin && g.crowded > 0)
    .sort((a, b) => b.crowded - a.crowded || b.dots - a.dots)
    .map((g) => g.ids);
}

/**
 * The places of a selection that pile up at the ends of its arcs, too close to be named apart though
 * the arcs are long (France selected at world scale: fourteen partners in a heap of dots, four of them
 * named): the most crowded heap (`crowdedGroups`). Its places' ids (none: no such heap).
 *
 * @example crowdedGroup([{ id: 'a', px: [0, 0] }, { id: 'b', px: [9, 0] }, { id: 'c', px: [0, 9] },
 *   { id: 'd', px: [30, 0] }, { id: 'e', px: [400, 0] }]) → ['a', 'b', 'c', 'd']
 */
export const crowdedGroup = (places: readonly { id: string; px: Px }[], o = CLOSE_UP_DEFAULTS): string[] =>
  crowdedGroups(places, o)[0] ?? [];

/**
 * The close-up of a selection whose arcs are all long enough, but whose places pile up at one end
 * (France selected at world scale: fourteen partners in a heap of dots, four of them named, while the
 * close-up of home it had, for other arcs' sake, named Vietnam's ten): the most crowded heap that a
 * close-up of `size` px shows at least `homeMinMagnification` times larger than the main map does,
 * with the selection's arcs that end there; null where there is none (the close-up is then planned as
 * before). `px`: where a place is on the main map framed without the close-up's room, in units of the
 * names (as `closeUpArcs`'s). The live map (`mountCloseUp`) and the pictures' plan (`planLayout`) both
 * ask it, so that a picture and the map that takes over from it agree.
 *
 * @example selectionCloseUp(franceArcs, px, [380, 268]) → { ids: [its fourteen arcs], bounds: [-1.7, 43.3, 7.3, 49.4] }
 */
export function selectionCloseUp(
  selected: readonly ArcEnds[],
  px: (at: LonLat) => Px,
  size: Px,
  o = CLOSE_UP_DEFAULTS,
): { ids: string[]; bounds: Box } | null {
  const onMap = selected.map((a) => ({ id: a.id, from: px(a.from), to: px(a.to) }));
  if (selected.length === 0 || closeUpArcs(onMap, false, o).length > 0) return null;
  const where = new Map<string, LonLat>();
  for (const a of selected) where.set(a.vn, a.from).set(a.partner, a.to);
  for (const ids of crowdedGroups(
    [...where].map(([id, at]) => ({ id, px: px(at) })),
    o,
  )) {
    const bounds: Box = flowBounds([ids.map((id) => where.get(id)!)], null);
    const [x0, y0] = px([bounds[0], bounds[3]]);
    const [x1, y1] = px([bounds[2], bounds[1]]);
    // (A long chain of places, each near the next, may be too large to show larger: the next heap.)
    if (magnification([x1 - x0, y1 - y0], size) < o.homeMinMagnification) continue;
    const group = new Set(ids);
    return { ids: selected.filter((a) => group.has(a.vn) || group.has(a.partner)).map((a) => a.id), bounds };
  }
  return null;
}

/** The smallest main map (CSS px) that gets a close-up beside its own picture. */
export const CLOSE_UP_MIN_MAP = { width: 280, height: 240 };

/**
 * Room (px) a narrow map's close-up of home leaves at its right: the column of the map's buttons
 * (zoom, globe, and the attribution button at the bottom: 29 px, 10 px from the edge), so that it never
 * covers them.
 */
export const NARROW_BUTTONS_ROOM = 44;

/**
 * The size (px) of a close-up of home in a map of `w` × `h`: upright like Vietnam (three wide for four
 * high), half the map's height, within `minPx`–`maxPx`; on a narrow map (a phone's, where it goes below
 * the world, with nothing beside it to show) the whole width but the buttons' column, so that the names
 * of the countries next door fit (Thailand went unnamed in the 242-px box of any close-up), as high as
 * any close-up there.
 *
 * With the `bounds` it frames (a crowded map's home with the countries next door, whose flows it
 * draws: from Myanmar to the Philippines, from Singapore to southern China), a wide map's close-up
 * takes their shape instead, the room its names keep around them included, up to `share` of the map's
 * width: in the 3:4 box those bounds, wider than Vietnam, were fitted by their width with the names'
 * room on both sides: on a laptop Hà Nội and Hồ Chí Minh City were 42 px apart, the larger unnamed.
 *
 * @example homeCloseUpSize(1280, 600) → [225, 300]; homeCloseUpSize(390, 522) → [338, 234.9]
 */
export function homeCloseUpSize(
  w: number,
  h: number,
  o = CLOSE_UP_DEFAULTS,
  bounds?: readonly [number, number, number, number],
): Px {
  if (isNarrow(w)) {
    return [sidePx(Math.max(o.minPx, w - CLOSE_UP_MARGIN - NARROW_BUTTONS_ROOM), o), closeUpSize(w, h, o)[1]];
  }
  const height = Math.min(o.maxPx, Math.max(o.minPx, h * 0.5));
  const upright = height * 0.75;
  if (!bounds) return [Math.round(upright), Math.round(height)];
  const [x0, y0] = toWorld([bounds[0], bounds[3]]);
  const [x1, y1] = toWorld([bounds[2], bounds[1]]);
  const aspect = (x1 - x0) / Math.max(1e-9, y1 - y0);
  // (The room kept around what it frames depends on its width: settled in a few steps.)
  let width = upright;
  for (let i = 0; i < 3; i++) {
    const p = framePx(width, height, 0);
    width = (height - p.top - p.bottom) * aspect + p.left + p.right;
  }
  return [Math.round(Math.max(upright, Math.min(width, o.maxPx, w * o.share))), Math.round(height)];
}

export type Corner = 'bottom-left' | 'top-left' | 'bottom-right' | 'bottom';

/**
 * How much more hiding an arc's end (its dot and name) counts than hiding a point of its line: a place
 * that hides no end is always preferred.
 */
export const END_WEIGHT = 1000;
/** Room (px) kept at the map's bottom right for the attribution button, by a close-up along the bottom. */
const ATTRIBUTION_ROOM = 48;
/** How far (px, across and up or down) an end's name may reach from its dot. */
export const END_MARGIN = [70, 10] as const;

/**
 * Where in the map the close-up hides the least: one of its corners (never the top right, where the
 * zoom buttons are), or a place along its bottom edge (`x` px from the left; at world scale the
 * quiet ocean can be between two continents). Hiding an arc's end counts `END_WEIGHT` times a point
 * of its line (so the fewest ends are hidden, then the fewest points). Ties keep the order bottom-left, top-left, bottom-right, then along the bottom.
 */
export function quietestCorner(
  points: readonly Px[],
  box: { width: number; height: number },
  size: Px,
  ends: readonly Px[] = [],
): { corner: Corner; hidden: number; x: number } {
  const [w, h] = size;
  const under = (x: number, top: boolean) => (p: Px) =>
    p[0] > x && p[0] < x + w && (top ? p[1] < h : p[1] > box.height - h);
  const places: { corner: Corner; x: number; top: boolean }[] = [
    { corner: 'bottom-left', x: 0, top: false },
    { corner: 'top-left', x: 0, top: true },
    { corner: 'bottom-right', x: box.width - w, top: false },
  ];
  // Along the bottom, clear of the attribution button at the bottom right.
  for (let x = 40; x + w < box.width - ATTRIBUTION_ROOM; x += 40)
    places.push({ corner: 'bottom', x, top: false });
  // An end's name goes beside its dot: an end this close to the close-up would have it hidden.
  const [mx, my] = END_MARGIN;
  const scores = places.map(({ x, top }) => {
    const inside = under(x, top);
    const near = (p: Px) =>
      [-1, 1].some((sx) => [-1, 1].some((sy) => inside([p[0] + sx * mx, p[1] + sy * my])));
    return points.filter(inside).length + END_WEIGHT * ends.filter(near).length;
  });
  const hidden = Math.min(...scores);
  const best = places[scores.indexOf(hidden)]!;
  return { corner: best.corner, hidden, x: best.x };
}

/**
 * How near (px) a close-up widened beside its place (`roomBeside`) may come to an arc's end: its dot
 * and a gap. The end's name then goes to the dot's other side, as every name keeps clear of the
 * close-up (`addKeepOut`, and the picture's `keepOut`): at its planned place it keeps `END_MARGIN`.
 */
export const BESIDE_MARGIN = 16;

/**
 * How far (px) a close-up at `x` of `size` along the bottom of `box` could widen to its left and to its
 * right and come no nearer an arc's end than `BESIDE_MARGIN` (across, `END_MARGIN` up and down), within
 * the map's margin and clear of the attribution button: the room a map of another shape gives it
 * beside what it shows (`closeUpPx`). Ends it hides already are left out.
 *
 * @example roomBeside([[100, 550]], { width: 1000, height: 600 }, 300, [200, 100], 8) → { left: 184, right: 452 }
 */
export function roomBeside(
  ends: readonly Px[],
  box: { width: number; height: number },
  x: number,
  size: Px,
  margin: number,
): { left: number; right: number } {
  const [w, h] = size;
  const [, my] = END_MARGIN;
  const mx = BESIDE_MARGIN;
  const top = box.height - h - margin;
  const band = ends.filter(([, y]) => y + my > top && y - my < top + h);
  const leftOf = band.filter(([ex]) => ex + mx <= x).map(([ex]) => ex + mx);
  const rightOf = band.filter(([ex]) => ex - mx >= x + w).map(([ex]) => ex - mx);
  return {
    left: Math.max(0, x - Math.max(margin, ...leftOf)),
    right: Math.max(0, Math.min(box.width - ATTRIBUTION_ROOM, ...rightOf) - (x + w)),
  };
}

/**
 * Scales a close-up may take, largest first, when at its own size it would hide an arc's end wherever
 * it goes: at world scale the partners fill the map to its edges (Nicaragua's name at the top of the
 * 300-event fixture's close-up, at the Pacific's edge, on a laptop).
 */
export const CLOSE_UP_SHRINK = [1, 0.9, 0.8] as const;

/**
 * `quietestCorner` for a close-up of `size` or, when that hides an arc's end wherever it goes and it
 * `mayShrink`, for the largest of its `CLOSE_UP_SHRINK` scales that hides none (else its own size,
 * where it hides fewest): where it goes, and its size there. The opening view's plan (`planLayout`)
 * lets only a close-up of home on a wide map shrink: there the world fills the map's width and no room
 * kept beside it moves anything, while a tall map keeps room below the world, and a close-up of short
 * arcs room beside them.
 *
 * @example quietestPlace([], { width: 1000, height: 600 }, [300, 200], [], true) → { corner: 'bottom-left', hidden: 0, x: 0, size: [300, 200] }
 */
export function quietestPlace(
  points: readonly Px[],
  box: { width: number; height: number },
  size: Px,
  ends: readonly Px[],
  mayShrink: boolean,
): ReturnType<typeof quietestCorner> & { size: Px } {
  const whole = { ...quietestCorner(points, box, size, ends), size };
  if (!mayShrink || whole.hidden < END_WEIGHT) return whole;
  for (const k of CLOSE_UP_SHRINK.slice(1)) {
    const smaller: Px = [size[0] * k, size[1] * k];
    const spot = quietestCorner(points, box, smaller, ends);
    if (spot.hidden < END_WEIGHT) return { ...spot, size: smaller };
  }
  return whole;
}
