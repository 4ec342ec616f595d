/** The page's colours, read from its scheme's CSS custom properties (`--arc`, `--muted`, …). */
export type CssColor = (name: string) => string;

/** The page's colour reader for a document (black where a property is missing). */
export function cssColors(doc: Document): CssColor {
  const css = doc.defaultView?.getComputedStyle(doc.documentElement);
  return (name) => css?.getPropertyValue(name).trim() || '#000';
}

/**
 * The legend of an exported picture, as in the page: an arc stroke with its words, then an area swatch
 * with its words, beside it on the same baseline `y`, or (`stacked`) one row lower at `x`. The font is
 * the caller's (set on `ctx`). Returns the baseline of the last row.
 */
export function drawLegendKeys(
  ctx: CanvasRenderingContext2D,
  color: CssColor,
  o: { x: number; y: number; arc: string; area: string; stacked: boolean },
): number {
  const { x, arc, area } = o;
  let y = o.y;
  ctx.strokeStyle = color('--arc');
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(x, y - 4);
  ctx.lineTo(x + 24, y - 4);
  ctx.stroke();
  ctx.fillStyle = color('--muted');
  ctx.fillText(arc, x + 30, y);
  const areaX = o.stacked ? x : x + 30 + ctx.measureText(arc).width + 20;
  if (o.stacked) y += 20;
  ctx.fillStyle = color('--area-fill');
  ctx.fillRect(areaX, y - 10, 22, 11);
  ctx.strokeStyle = color('--area-line');
  ctx.lineWidth = 2;
  ctx.strokeRect(areaX + 1, y - 9, 20, 9);
  ctx.fillStyle = color('--muted');
  ctx.fillText(area, areaX + 28, y);
  return y;
}
