import type { Px } from './nearest';

/** When a close-up is drawn, in CSS px of the main map. */
export const CLOSE_UP_DEFAULTS = {
  /** A close-up is drawn when some arc is shorter than this at the framing's scale… */
  trigger: 44,
  /** …and it shows every arc shorter than this. */
  shorterThan: 90,
  /** Share of the map's width and height the close-up takes (at least `minPx`). */
  share: 0.34,
  minPx: 150,
  maxPx: 380,
};

/**
 * The close-up's size (px) in a map of `w` × `h`: a third of each side on wide screens, more of a
 * phone's narrow map (where its names need the room), within `minPx`–`maxPx`.
 */
export function closeUpSize(w: number, h: number, o = CLOSE_UP_DEFAULTS): Px {
  const share = w < 500 ? [0.62, 0.45] : [o.share, o.share];
  const clamp = (v: number) => Math.min(o.maxPx, Math.max(o.minPx * 0.75, v));
  return [clamp(Math.max(o.minPx, w * (share[0] as number))), clamp(h * (share[1] as number))];
}

export type Corner = 'bottom-left' | 'top-left' | 'bottom-right';

/**
 * Which arcs are too short to read at the map's framing: those get a close-up (an inset map), a
 * two-level framing as locator maps use for small, dense areas. None when every arc is long enough.
 *
 * @example closeUpArcs([{ id: 'a', from: [0, 0], to: [20, 0] }, { id: 'b', from: [0, 0], to: [300, 0] }]) → ['a']
 */
export function closeUpArcs(
  arcs: readonly { id: string; from: Px; to: Px }[],
  o = CLOSE_UP_DEFAULTS,
): string[] {
  const len = (a: { from: Px; to: Px }) => Math.hypot(a.to[0] - a.from[0], a.to[1] - a.from[1]);
  if (!arcs.some((a) => len(a) < o.trigger)) return [];
  return arcs.filter((a) => len(a) < o.shorterThan).map((a) => a.id);
}

/**
 * The corner of the map where the close-up hides the fewest points of the arcs drawn (the zoom buttons
 * are at the top right, so never there), and how many points it still hides. Ties keep the order
 * bottom-left, top-left, bottom-right.
 */
export function quietestCorner(
  points: readonly Px[],
  box: { width: number; height: number },
  size: Px,
): { corner: Corner; hidden: number } {
  const [w, h] = size;
  const inside: Record<Corner, (p: Px) => boolean> = {
    'bottom-left': (p) => p[0] < w && p[1] > box.height - h,
    'top-left': (p) => p[0] < w && p[1] < h,
    'bottom-right': (p) => p[0] > box.width - w && p[1] > box.height - h,
  };
  const corners = Object.keys(inside) as Corner[];
  const counts = corners.map((c) => points.filter(inside[c]).length);
  const hidden = Math.min(...counts);
  return { corner: corners[counts.indexOf(hidden)] as Corner, hidden };
}
