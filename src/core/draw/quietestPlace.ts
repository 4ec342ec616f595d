import type { Px } from './nearest';

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
