import { distanceToLine, type Px } from './nearest';

/** The visible arcs as drawn (`window.atlas.arcsOnScreen()`), with the map's and the close-up's boxes. */
export interface ScreenArcs {
  arcs: readonly { id: string; where: 'map' | 'closeUp'; points: readonly Px[] }[];
  /** The main map's size, CSS px. */
  map: { width: number; height: number };
  /** The close-up's box in the main map's px, or null when there is none. */
  closeUp: { left: number; top: number; right: number; bottom: number } | null;
}

/** How the measure is taken (CSS px). */
export const ALONE = {
  /** Where along an arc a reader may pick it: every 4 % of its length. */
  shares: Array.from({ length: 24 }, (_, i) => 0.04 + i * 0.04),
  /** A point is the arc's alone when every other arc is farther than this (twice the picker's tie). */
  clear: 6,
  /** …and it is this far from every arc end's dot and name. */
  ends: 16,
  /** Points an arc needs to count as pickable at the opening view. */
  points: 2,
};

/** Points along a line at these shares of its length. */
export function along(line: readonly Px[], shares: readonly number[]): Px[] {
  const seg = line.slice(1).map((p, i) => Math.hypot(p[0] - line[i]![0], p[1] - line[i]![1]));
  const total = seg.reduce((a, b) => a + b, 0);
  return shares.map((s) => {
    let left = s * total;
    for (let i = 0; i < seg.length; i++) {
      if (left <= seg[i]! || i === seg.length - 1) {
        const k = seg[i] ? left / seg[i]! : 0;
        const [ax, ay] = line[i]!;
        const [bx, by] = line[i + 1]!;
        return [ax + k * (bx - ax), ay + k * (by - ay)] as Px;
      }
      left -= seg[i]!;
    }
    return line[0]!;
  });
}

/**
 * Points of each arc where it alone would be picked: on the arc, farther than `ALONE.clear` from
 * every other arc drawn in the same map, away from the dots and names at the ends, inside its map
 * (and, for the main map, outside the close-up). The browser tests and the bench measure picking
 * with it.
 *
 * @example alonePoints({ arcs: [a, b], map: { width: 800, height: 600 }, closeUp: null }).get(a.id)
 */
export function alonePoints(s: ScreenArcs): Map<string, Px[]> {
  const out = new Map<string, Px[]>();
  const ends = s.arcs.flatMap((a) => [a.points[0]!, a.points.at(-1)!]);
  const c = s.closeUp;
  for (const a of s.arcs) {
    const others = s.arcs.filter((b) => b !== a && b.where === a.where);
    const ok = along(a.points, ALONE.shares).filter((p) => {
      const inMap = p[0] > 2 && p[1] > 2 && p[0] < s.map.width - 2 && p[1] < s.map.height - 2;
      const inClose = c !== null && p[0] > c.left && p[0] < c.right && p[1] > c.top && p[1] < c.bottom;
      if (!inMap || (a.where === 'map' && inClose) || (a.where === 'closeUp' && !inClose)) return false;
      if (ends.some((e) => Math.hypot(e[0] - p[0], e[1] - p[1]) < ALONE.ends)) return false;
      return others.every((b) => distanceToLine(p, b.points) > ALONE.clear);
    });
    out.set(a.id, [...(out.get(a.id) ?? []), ...ok]);
  }
  return out;
}

/** Which of these arcs have at least `min` points where they alone would be picked. */
export function pickableArcs(s: ScreenArcs, ids: readonly string[], min = ALONE.points): string[] {
  const alone = alonePoints(s);
  return ids.filter((id) => (alone.get(id)?.length ?? 0) >= min);
}
