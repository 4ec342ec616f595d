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
  // (Clipped against each side in turn, with no array made: it is asked thousands of times per plan.)
  const dx = l.x1 - l.x0;
  const dy = l.y1 - l.y0;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    return t0 <= t1;
  };
  return clip(-dx, l.x0 - bx0) && clip(dx, bx1 - l.x0) && clip(-dy, l.y0 - by0) && clip(dy, by1 - l.y0);
}

/** How many cells from the origin the grid reaches each way. */
const REACH = 1024;
const clamp = (g: number) => Math.max(-REACH, Math.min(REACH, g));

/** How many of the lines drawn a box meets (`lineCrossings`). */
export type Crossings = (box: Box) => number;

/** A grid cell's key (cells of a picture or a map: well within ±2¹⁵ of the origin). */
const cellKey = (gx: number, gy: number) => (gx + 32768) * 65536 + (gy + 32768);

/**
 * How many of some lines a box meets: the arcs and flows that would run through a name put there
 * (`firstPositions`' `avoid`, `archipelagoBlocks`). Made once per frame and lines drawn. The lines' segments are sorted into a grid of `cell`-wide squares, and
 * a box is tested against the segments of the squares it covers only: a name's positions are asked
 * about hundreds of times per plan, among up to thousands of segments (300 arcs of 8–64 points).
 *
 * @example lineCrossings([[[0, 5], [10, 5]]], 4)({ x0: 2, y0: 0, x1: 4, y1: 8 }) // 1
 */
export function lineCrossings(
  lines: readonly Polyline[],
  /** The grid's squares' width: a name's box meets a few (two ems of the names). */
  cell: number,
  /**
   * Where boxes will be asked about (default: anywhere): segments elsewhere are left out. A close-up's
   * lines run tens of thousands of px past it (a flow to Brazil at its zoom), each segment over
   * thousands of cells of the grid: selecting a place took 140 ms instead of 60 on the 300 events' map
   * (and one index serves every layer of names planned in a frame: `KeepOff`).
   */
  within?: Box,
): Crossings {
  const segs: Box[] = [];
  const lineOf: number[] = [];
  const grid = new Map<number, number[]>();
  // (A segment's cells within `within` only: it is asked about nowhere else.)
  const lo = { x: within?.x0 ?? -Infinity, y: within?.y0 ?? -Infinity };
  const hi = { x: within?.x1 ?? Infinity, y: within?.y1 ?? Infinity };
  lines.forEach((line, li) => {
    for (let k = 1; k < line.length; k++) {
      const [x0, y0] = line[k - 1]!;
      const [x1, y1] = line[k]!;
      if (![x0, y0, x1, y1].every(Number.isFinite)) continue;
      if (within && !segmentHits({ x0, y0, x1, y1 }, within)) continue;
      const s = segs.push({ x0, y0, x1, y1 }) - 1;
      lineOf.push(li);
      // (Far off the picture no name is asked about: the grid stops there, `REACH` cells out.)
      const [gx0, gx1] = [Math.max(Math.min(x0, x1), lo.x), Math.min(Math.max(x0, x1), hi.x)].map((v) =>
        clamp(Math.floor(v / cell)),
      );
      const [gy0, gy1] = [Math.max(Math.min(y0, y1), lo.y), Math.min(Math.max(y0, y1), hi.y)].map((v) =>
        clamp(Math.floor(v / cell)),
      );
      for (let gx = gx0!; gx <= gx1!; gx++)
        for (let gy = gy0!; gy <= gy1!; gy++) {
          const key = cellKey(gx, gy);
          const list = grid.get(key);
          if (list) list.push(s);
          else grid.set(key, [s]);
        }
    }
  });
  // (Which lines a query has met: its stamp, not a set made per query, thousands per plan.)
  const metBy = new Int32Array(lines.length);
  let query = 0;
  return (b) => {
    if (segs.length === 0) return 0;
    query++;
    let met = 0;
    for (let gx = clamp(Math.floor(b.x0 / cell)); gx <= clamp(Math.floor(b.x1 / cell)); gx++)
      for (let gy = clamp(Math.floor(b.y0 / cell)); gy <= clamp(Math.floor(b.y1 / cell)); gy++)
        for (const s of grid.get(cellKey(gx, gy)) ?? [])
          if (metBy[lineOf[s]!] !== query && segmentHits(segs[s]!, b)) {
            metBy[lineOf[s]!] = query;
            met++;
          }
    return met;
  };
}
