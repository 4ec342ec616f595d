import type { LonLat } from './arc';
import type { Px } from './nearest';
import { CLOSE_UP_MARGIN, framePx, isNarrow } from './boxLayout';
import { toWorld } from './mercator';
import { VIETNAM_BOUNDS } from './theme';

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

/** A box of longitudes and latitudes: west, south, east, north. */
export type Box = [number, number, number, number];

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
