/**
 * A close-up along the bottom of a map, across a box: `closeUpGeometry`'s constants (src/core/draw/
 * layoutPlan.ts) and what they give, apart from the plan (the PNG export reads them from the picture).
 */

/** See `closeUpGeometry`. */
export interface BottomGeometry {
  middle: number;
  from: number;
  lean: number;
  room: number;
  share: number;
  least: number;
  across: readonly [number, number];
}

/** Where a close-up along the bottom goes across a box (px), by `closeUpGeometry`'s constants. */
export function alongBottom(
  g: BottomGeometry,
  box: { width: number; height: number },
): { x: number; w: number } {
  const k = Math.min(g.across[0] * box.width, g.across[1] * box.height);
  const w = Math.min(Math.max(g.share * box.width, g.least), g.room * k);
  // (Within the box: where the plan's box shows the world narrower than the box, a taller box shows it
  // wider, and the room would grow past the box's edges.)
  const x = g.middle * box.width + g.from * k + g.lean * (g.room * k - w);
  return { x: Math.max(0, Math.min(x, box.width - w)), w };
}

/** A number for the picture: six decimals at most. */
export const num = (v: number) => +v.toFixed(6);

/** The constants as the picture carries them (`data-at`), read back by `closeUpPlaced`. */
export const geometryData = (g: BottomGeometry) =>
  [g.middle, g.from, g.lean, g.room, g.share, g.least, g.across[0], g.across[1]]
    .map((v) => +v.toPrecision(9))
    .join(' ');

/**
 * A layout picture with its close-up along the bottom (a `<foreignObject>` placed by CSS) as a nested
 * svg placed for a box of `width` × `height` px, its root that size, as its CSS places it there: drawn on a canvas, a
 * picture with a foreignObject taints it (the PNG export could not read its pixels back). Unchanged
 * without one.
 */
export function closeUpPlaced(svg: string, width: number, height: number): string {
  const open =
    /<foreignObject class="close-up-at" x="[^"]*" y="([^"]*)" width="[^"]*" height="([^"]*)" data-at="([^"]*)"><svg class="close-up" xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="100%" height="100%">/;
  const m = open.exec(svg);
  if (!m) return svg;
  const at = m[3]!.split(' ').map(Number);
  // (Constants of another build's picture, in another number or order: drawn as it is.)
  if (at.length !== 8 || at.some((v) => !Number.isFinite(v))) return svg;
  const [middle, from, lean, room, share, least, a0, a1] = at as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const { x, w } = alongBottom(
    { middle, from, lean, room, share, least, across: [a0, a1] },
    { width, height },
  );
  const start = m.index;
  const close = svg.indexOf('</svg></foreignObject>', start);
  if (close < 0) return svg;
  // (Its root sized as the box: an image of an SVG sized in percentages is drawn on a canvas at
  // 300 × 150 px, scaled, and the close-up's px would be of that box.)
  const root = '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">';
  const sized = `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}">`;
  return (
    svg.slice(0, start).replace(root, sized) +
    `<svg class="close-up" x="${num(x)}" y="${m[1]}" width="${num(w)}" height="${m[2]}">` +
    svg.slice(start + m[0].length, close) +
    '</svg>' +
    svg.slice(close + '</svg></foreignObject>'.length)
  );
}
