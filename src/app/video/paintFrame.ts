import { MAP_SIZES } from '../../core/draw/theme';
import type { PngText } from '../exporters';
import { cssColors, drawLegendKeys } from '../legendKeys';

/** Bands above and below the map, CSS px: title and date above, legend and credit below. */
export const FRAME_BANDS = { head: 64, foot: 52 } as const;

/**
 * Paints a picture's frame at `w`×`h` CSS px (the context already scaled to the output's density):
 * the background, title and date above the map's band, legend and credit below it. The map goes in
 * the band between (`FRAME_BANDS`), drawn by the caller. Colours are the page's (its scheme's CSS
 * custom properties). Every frame of the video export (the PNG export lays out its own, wrapping text).
 */
export function paintFrame(ctx: CanvasRenderingContext2D, w: number, h: number, text: PngText): void {
  const { head, foot } = FRAME_BANDS;
  const color = cssColors(ctx.canvas.ownerDocument);
  ctx.fillStyle = color('--bg');
  ctx.fillRect(0, 0, w, head);
  ctx.fillRect(0, h - foot, w, foot);
  const font = `"${MAP_SIZES.font}", system-ui, sans-serif`;
  ctx.fillStyle = color('--fg');
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 20px ${font}`;
  ctx.fillText(text.title, 16, 28, w - 32);
  ctx.fillStyle = color('--muted');
  ctx.font = `15px ${font}`;
  ctx.fillText(text.date, 16, 50, w - 32);
  // Legend: an arc stroke and an area swatch, as in the page.
  const y = h - foot + 20;
  ctx.font = `12px ${font}`;
  drawLegendKeys(ctx, color, { x: 16, y, arc: text.legendArc, area: text.legendArea, stacked: false });
  ctx.font = `11px ${font}`;
  ctx.fillText(text.credit, 16, y + 22, w - 32);
}
