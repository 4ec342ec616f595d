import type { Map as MlMap } from 'maplibre-gl';
import { MAP_SIZES } from '../core/draw/theme';

/** Pixel density of the PNG export (slides are shown on large, dense screens). */
const PNG_RATIO = 2;

/** Saves a file made in the page (no server): a blob: link clicked once. */
export function download(doc: Document, name: string, blob: Blob): void {
  const a = doc.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export interface PngText {
  title: string;
  date: string;
  legendArc: string;
  legendArea: string;
  credit: string;
}

/** Bands above and below the map, CSS px: title and date above, legend and credit below. */
export const FRAME_BANDS = { head: 64, foot: 52 } as const;

/**
 * Paints a picture's frame at `w`×`h` CSS px (the context already scaled to the output's density):
 * the background, title and date above the map's band, legend and credit below it. The map goes in
 * the band between (`FRAME_BANDS`), drawn by the caller. Colours are the page's (its scheme's CSS
 * custom properties). Used by the PNG export and by every frame of the video export.
 */
export function paintFrame(ctx: CanvasRenderingContext2D, w: number, h: number, text: PngText): void {
  const { head, foot } = FRAME_BANDS;
  const css = ctx.canvas.ownerDocument.defaultView?.getComputedStyle(
    ctx.canvas.ownerDocument.documentElement,
  );
  const color = (name: string) => css?.getPropertyValue(name).trim() || '#000';
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
  ctx.strokeStyle = color('--arc');
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(16, y - 4);
  ctx.lineTo(40, y - 4);
  ctx.stroke();
  ctx.font = `12px ${font}`;
  ctx.fillText(text.legendArc, 46, y);
  const x = 46 + ctx.measureText(text.legendArc).width + 20;
  ctx.fillStyle = color('--area-fill');
  ctx.fillRect(x, y - 10, 22, 11);
  ctx.strokeStyle = color('--area-line');
  ctx.lineWidth = 2;
  ctx.strokeRect(x + 1, y - 9, 20, 9);
  ctx.fillStyle = color('--muted');
  ctx.fillText(text.legendArea, x + 28, y);
  ctx.font = `11px ${font}`;
  ctx.fillText(text.credit, 16, y + 22, w - 32);
}

/**
 * The map as it is now, at 2× pixel density, with title and date above and legend and attribution
 * below, drawn into one PNG. The map is re-rendered at that density and copied in the same frame it
 * draws (no `preserveDrawingBuffer`), so the picture is never a blank canvas. Without a map, the
 * static picture (`img`) is drawn instead.
 */
export async function composePng(
  source: MlMap | HTMLImageElement,
  box: HTMLElement,
  text: PngText,
): Promise<Blob> {
  const doc = box.ownerDocument;
  const w = box.clientWidth;
  const h = box.clientHeight;
  const r = PNG_RATIO;
  const { head, foot } = FRAME_BANDS;
  const canvas = doc.createElement('canvas');
  canvas.width = w * r;
  canvas.height = (head + h + foot) * r;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(r, r);
  paintFrame(ctx, w, head + h + foot, text);
  if ('getCanvas' in source) await drawMap(source, ctx, head, w, h);
  else ctx.drawImage(source, 0, head, w, h);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

async function drawMap(map: MlMap, ctx: CanvasRenderingContext2D, top: number, w: number, h: number) {
  const before = map.getPixelRatio();
  map.setPixelRatio(PNG_RATIO);
  try {
    await new Promise<void>((resolve) => map.once('idle', () => resolve()));
    await new Promise<void>((resolve) => {
      map.once('render', () => {
        ctx.drawImage(map.getCanvas(), 0, top, w, h);
        resolve();
      });
      map.triggerRepaint();
    });
  } finally {
    map.setPixelRatio(before);
  }
}
