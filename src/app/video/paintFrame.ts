import { MAP_SIZES } from '../../core/draw/theme';
import type { PngText } from '../exporters';
import { cssColors, drawLegendKeys, LEGEND_ROW, legendLayout, type LegendWords } from '../legendKeys';

/**
 * Bands above and below the map, CSS px: title and date above; below, the legend (its first row) and
 * the credit. Each further row the legend needs adds `LEGEND_ROW` to the lower band (`footHeight`).
 */
export const FRAME_BANDS = { head: 64, foot: 52 } as const;

const FONT = `"${MAP_SIZES.font}", system-ui, sans-serif`;
const LEGEND_FONT = `12px ${FONT}`;
/** The frame's side margins, CSS px. */
const PAD = 16;

/** Rows the legend takes in a frame `w` CSS px wide: the most of its words' variants (`words`). */
export function legendRows(
  ctx: Pick<CanvasRenderingContext2D, 'measureText' | 'font'>,
  words: readonly LegendWords[],
  w: number,
): number {
  const font = ctx.font;
  ctx.font = LEGEND_FONT;
  const rows = Math.max(1, ...words.map((t) => legendLayout(ctx, t, w - 2 * PAD).rows));
  ctx.font = font;
  return rows;
}

/** The lower band's height for a legend of `rows` rows, CSS px. */
export function footHeight(rows: number): number {
  return FRAME_BANDS.foot + (rows - 1) * LEGEND_ROW;
}

/**
 * Paints a picture's frame at `w`×`h` CSS px (the context already scaled to the output's density):
 * the background, title and date above the map's band, legend and credit in the lower band, `foot`
 * px high. The map goes in the band between, drawn by the caller. Colours are the page's (its
 * scheme's CSS custom properties). Every frame of the video export (the PNG export lays out its own,
 * wrapping text).
 */
export function paintFrame(
  ctx: CanvasRenderingContext2D,
  w: number,
  h: number,
  foot: number,
  text: PngText,
): void {
  const { head } = FRAME_BANDS;
  const color = cssColors(ctx.canvas.ownerDocument);
  ctx.fillStyle = color('--bg');
  ctx.fillRect(0, 0, w, head);
  ctx.fillRect(0, h - foot, w, foot);
  ctx.fillStyle = color('--fg');
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 20px ${FONT}`;
  ctx.fillText(text.title, PAD, 28, w - 2 * PAD);
  ctx.fillStyle = color('--muted');
  ctx.font = `15px ${FONT}`;
  ctx.fillText(text.date, PAD, 50, w - 2 * PAD);
  // Legend: an arc stroke, an area swatch and the names' inks, as in the page.
  ctx.font = LEGEND_FONT;
  const y = drawLegendKeys(ctx, color, { x: PAD, y: h - foot + 20, max: w - 2 * PAD, words: text.legend });
  ctx.fillStyle = color('--muted');
  ctx.font = `11px ${FONT}`;
  ctx.fillText(text.credit, PAD, y + 22, w - 2 * PAD);
}
