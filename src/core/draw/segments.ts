/** A box: from (x0, y0) to (x1, y1), y down. */
type Box = { x0: number; y0: number; x1: number; y1: number };

/** A line drawn on a map or a picture, as points in the units of the boxes asked about. */
export type Polyline = readonly (readonly [number, number])[];

/** Whether a segment (x0, y0)–(x1, y1) meets a box grown by `by` (Liang–Barsky clipping). */
export function segmentHits(l: Box, b: Box, by = 0): boolean {
  const bx0 = b.x0 - by;
  const by0 = b.y0 - by;
  const bx1 = b.x1 + by;
  const by1 = b.y1 + by;
  // (Most boxes are far from the segment: its bounds first.)
  if ((l.x0 < bx0 && l.x1 < bx0) || (l.x0 > bx1 && l.x1 > bx1)) return false;
  if ((l.y0 < by0 && l.y1 < by0) || (l.y0 > by1 && l.y1 > by1)) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = l.x1 - l.x0;
  const dy = l.y1 - l.y0;
  const ps = [-dx, dx, -dy, dy];
  const qs = [l.x0 - bx0, bx1 - l.x0, l.y0 - by0, by1 - l.y0];
  for (let k = 0; k < 4; k++) {
    const p = ps[k]!;
    const q = qs[k]!;
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** How many cells from the origin the grid reaches each way. */
const REACH = 1024;
const clamp = (g: number) => Math.max(-REACH, Math.min(REACH, g));

/** A grid cell's key (cells of a picture or a map: well within ±2¹⁵ of the origin). */
const cellKey = (gx: number, gy: number) => (gx + 32768) * 65536 + (gy + 32768);

/**
 * How many of some lines a box meets: the arcs and flows that would run through a name put there
 * (`firstPositions`' `avoid`). The lines' segments are sorted into a grid of `cell`-wide squares, and
 * a box is tested against the segments of the squares it covers only: a name's positions are asked
 * about hundreds of times per plan, among up to thousands of segments (300 arcs of 8–64 points).
 *
 * @example lineCrossings([[[0, 5], [10, 5]]], 4)({ x0: 2, y0: 0, x1: 4, y1: 8 }) // 1
 */
export function lineCrossings(lines: readonly Polyline[], cell: number): (box: Box) => number {
  const segs: Box[] = [];
  const lineOf: number[] = [];
  const grid = new Map<number, number[]>();
  lines.forEach((line, li) => {
    for (let k = 1; k < line.length; k++) {
      const [x0, y0] = line[k - 1]!;
      const [x1, y1] = line[k]!;
      if (![x0, y0, x1, y1].every(Number.isFinite)) continue;
      const s = segs.push({ x0, y0, x1, y1 }) - 1;
      lineOf.push(li);
      // (Far off the picture no name is asked about: the grid stops there, `REACH` cells out.)
      const [gx0, gx1] = [Math.min(x0, x1), Math.max(x0, x1)].map((v) => clamp(Math.floor(v / cell)));
      const [gy0, gy1] = [Math.min(y0, y1), Math.max(y0, y1)].map((v) => clamp(Math.floor(v / cell)));
      for (let gx = gx0!; gx <= gx1!; gx++)
        for (let gy = gy0!; gy <= gy1!; gy++) {
          const key = cellKey(gx, gy);
          const list = grid.get(key);
          if (list) list.push(s);
          else grid.set(key, [s]);
        }
    }
  });
  return (b) => {
    if (segs.length === 0) return 0;
    const met = new Set<number>();
    for (let gx = clamp(Math.floor(b.x0 / cell)); gx <= clamp(Math.floor(b.x1 / cell)); gx++)
      for (let gy = clamp(Math.floor(b.y0 / cell)); gy <= clamp(Math.floor(b.y1 / cell)); gy++)
        for (const s of grid.get(cellKey(gx, gy)) ?? [])
          if (!met.has(lineOf[s]!) && segmentHits(segs[s]!, b)) met.add(lineOf[s]!);
    return met.size;
  };
}
