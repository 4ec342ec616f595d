import type { Map as MlMap } from 'maplibre-gl';
import { MAP_SIZES } from '../core/draw/theme';
import { closeUpPlaced } from '../core/draw/alongBottom';
import { pictureText } from './pictureText';
import {
  cssColors,
  drawLegendKeys,
  LEGEND_ROW,
  legendLayout,
  type LegendWords,
  wrapLines,
} from './legendKeys';
import { worldEdgesPx } from '../map/worldEdges';

/** Pixel density of the PNG export (slides are shown on large, dense screens). */
const PNG_RATIO = 2;

export interface PngText {
  title: string;
  date: string;
  /** What a selection shows, in words ("Selected: Quảng Ninh — other links faded"), or nothing. */
  selection?: string;
  /** The legend's words, as the page's legend shows them. */
  legend: LegendWords;
  /** The source line and the credit. */
  credit: string;
}

/** The largest box of aspect `ratio` (width / height) inside `w` × `h`, centred: "contain". */
export function containBox(ratio: number, w: number, h: number) {
  const width = Math.min(w, h * ratio);
  const height = width / ratio;
  return { x: (w - width) / 2, y: (h - height) / 2, width, height };
}

/**
 * The map as it is now, at 2× pixel density, with title, date and selection above and legend and
 * credits below, drawn into one PNG. Text wraps to the picture's width (a phone's export keeps its
 * words whole and readable), and the header and footer grow to hold it. The map is re-rendered at
 * that density and copied in the same frame it draws (no `preserveDrawingBuffer`), so the picture is
 * never a blank canvas. Without a map, the static picture (`img`) is drawn keeping its aspect ratio,
 * centred on the sea colour, as the page shows it. Colours are the page's CSS custom properties.
 */
export async function composePng(
  source: MlMap | HTMLImageElement,
  box: HTMLElement,
  text: PngText,
  /** The maps drawn over the map (its close-up), each in its box: drawn there too, framed and captioned. */
  insets: readonly { map: MlMap; box: HTMLElement }[] = [],
): Promise<Blob> {
  const doc = box.ownerDocument;
  const w = box.clientWidth;
  const h = box.clientHeight;
  const r = PNG_RATIO;
  const pad = 16;
  const font = `"${MAP_SIZES.font}", system-ui, sans-serif`;
  const color = cssColors(doc);
  // Measure first (a scratch context), then size the canvas to what the text needs.
  const measure = doc.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  const titleSize = Math.round(Math.min(22, Math.max(16, w / 30)));
  const max = w - 2 * pad;
  type Block = { font: string; size: number; lines: string[]; color: string };
  const block = (t: string, f: string, size: number, c: string): Block => {
    measure.font = `${f} ${size}px ${font}`;
    return { font: `${f} ${size}px ${font}`, size, lines: wrapLines(measure, t, max), color: c };
  };
  const headBlocks = [
    block(text.title, '600', titleSize, color('--fg')),
    block(text.date, '400', 14, color('--muted')),
    ...(text.selection ? [block(text.selection, '600', 13, color('--fg'))] : []),
  ];
  const credit = block(text.credit, '400', 11, color('--muted'));
  const lineHeight = (b: Block) => Math.round(b.size * 1.3);
  const blockHeight = (b: Block) => b.lines.length * lineHeight(b);
  const head = pad + headBlocks.reduce((n, b) => n + blockHeight(b) + 4, 0) + 6;
  // Legend: its keys side by side, wrapping to rows when they do not fit.
  measure.font = `12px ${font}`;
  const legendRows = legendLayout(measure, text.legend, max).rows;
  const foot = 12 + legendRows * LEGEND_ROW + blockHeight(credit) + pad;
  const canvas = doc.createElement('canvas');
  canvas.width = w * r;
  canvas.height = (head + h + foot) * r;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(r, r);
  ctx.fillStyle = color('--bg');
  ctx.fillRect(0, 0, w, head + h + foot);
  ctx.fillStyle = color('--sea');
  ctx.fillRect(0, head, w, h);
  if ('getCanvas' in source) {
    await drawMap(source, ctx, head, w, h, color('--sea'));
    for (const inset of insets) await drawInset(inset, box, ctx, head);
  } else {
    // A picture laid out for its box (every first picture: `layoutPictureSvg`) has no aspect of its
    // own: it is drawn at the aspect of its box on the page, where it lays itself out as shown.
    const ratio =
      source.clientWidth && source.clientHeight
        ? source.clientWidth / source.clientHeight
        : source.naturalWidth && source.naturalHeight
          ? source.naturalWidth / source.naturalHeight
          : w / h;
    const fit = containBox(ratio, w, h);
    // Drawn at the origin of a canvas of its own first: Chromium draws an SVG's nested boxes placed
    // by percentages lower than they are when the picture is drawn lower down a canvas.
    const layer = doc.createElement('canvas');
    layer.width = Math.round(fit.width * r);
    layer.height = Math.round(fit.height * r);
    const own = layer.getContext('2d');
    if (!own) throw new Error('no 2D canvas');
    own.scale(r, r);
    own.drawImage(await drawable(source, fit.width, fit.height), 0, 0, fit.width, fit.height);
    ctx.drawImage(layer, fit.x, head + fit.y, fit.width, fit.height);
  }
  ctx.textBaseline = 'alphabetic';
  let y = pad;
  for (const b of headBlocks) {
    ctx.font = b.font;
    ctx.fillStyle = b.color;
    for (const line of b.lines) {
      y += lineHeight(b);
      ctx.fillText(line, pad, y - Math.round(b.size * 0.25));
    }
    y += 4;
  }
  // Legend: an arc stroke, an area swatch and the names' inks, as in the page.
  ctx.font = `12px ${font}`;
  y = drawLegendKeys(ctx, color, { x: pad, y: head + h + 12 + 14, max, words: text.legend });
  y += 8;
  ctx.font = credit.font;
  ctx.fillStyle = credit.color;
  for (const line of credit.lines) {
    y += lineHeight(credit);
    ctx.fillText(line, pad, y - 3);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

async function drawMap(
  map: MlMap,
  ctx: CanvasRenderingContext2D,
  top: number,
  w: number,
  h: number,
  sea: string,
  left = 0,
) {
  const before = map.getPixelRatio();
  map.setPixelRatio(PNG_RATIO);
  try {
    await new Promise<void>((resolve) => map.once('idle', () => resolve()));
    await new Promise<void>((resolve) => {
      map.once('render', () => {
        ctx.drawImage(map.getCanvas(), left, top, w, h);
        // The sea beside a world narrower than the map, over MapLibre's copies of it, as on the page.
        const [west, east] = worldEdgesPx(map);
        const k = w / Math.max(1, map.getContainer().clientWidth);
        ctx.fillStyle = sea;
        if (west > 0) ctx.fillRect(left, top, west * k, h);
        if (east * k < w) ctx.fillRect(left + east * k, top, w - east * k, h);
        resolve();
      });
      map.triggerRepaint();
    });
  } finally {
    map.setPixelRatio(before);
  }
}

/**
 * A map drawn over the main one (the close-up) where the page shows it: its map at the export's density,
 * its border and its caption as the page draws them (style.css, `.close-up`). Without it, a laptop's
 * export named one place of the seed data's border provinces: the main map leaves their names to the
 * close-up.
 */
async function drawInset(
  inset: { map: MlMap; box: HTMLElement },
  page: HTMLElement,
  ctx: CanvasRenderingContext2D,
  top: number,
) {
  const origin = page.getBoundingClientRect();
  const at = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - origin.left, y: top + r.top - origin.top, w: r.width, h: r.height };
  };
  const mapBox = at(inset.map.getContainer());
  const style = getComputedStyle(inset.box);
  const radius = parseFloat(style.borderTopLeftRadius) || 0;
  const outer = at(inset.box);
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(outer.x, outer.y, outer.w, outer.h, radius);
  ctx.clip();
  ctx.fillStyle = style.backgroundColor;
  ctx.fillRect(outer.x, outer.y, outer.w, outer.h);
  await drawMap(inset.map, ctx, mapBox.y, mapBox.w, mapBox.h, style.backgroundColor, mapBox.x);
  const caption = inset.box.querySelector('.close-up-title');
  if (caption?.textContent) {
    const c = at(caption);
    const own = getComputedStyle(caption);
    ctx.fillStyle = own.backgroundColor;
    ctx.beginPath();
    ctx.roundRect(c.x, c.y, c.w, c.h, [0, 0, parseFloat(own.borderBottomRightRadius) || 0, 0]);
    ctx.fill();
    ctx.fillStyle = own.color;
    ctx.font = `${own.fontWeight} ${own.fontSize} ${own.fontFamily}`;
    ctx.textBaseline = 'middle';
    ctx.fillText(caption.textContent, c.x + (parseFloat(own.paddingLeft) || 0), c.y + c.h / 2);
  }
  ctx.restore();
  const line = parseFloat(style.borderTopWidth) || 0;
  if (line > 0) {
    ctx.strokeStyle = style.borderTopColor;
    ctx.lineWidth = line;
    ctx.beginPath();
    ctx.roundRect(outer.x + line / 2, outer.y + line / 2, outer.w - line, outer.h - line, radius);
    ctx.stroke();
  }
}

/**
 * The picture to draw on the canvas at `width` × `height` px: the picture itself, unless it taints a
 * canvas (a layout picture whose close-up along the bottom is a foreignObject: the PNG could not be read
 * back). Then it is that picture with its close-up as a nested svg placed for the box
 * (`closeUpPlaced`): its text is the page's own for a picture the page drew (`pictureText`: the CSP
 * lets it fetch no blob: address), else the build's file, fetched again. Where that fails (offline),
 * the picture itself, as before.
 */
async function drawable(img: HTMLImageElement, width: number, height: number): Promise<HTMLImageElement> {
  if (!taints(img)) return img;
  const src = img.currentSrc || img.src;
  const own = pictureText(img);
  if (!own && (!src || src.startsWith('blob:') || src.startsWith('data:'))) return img;
  try {
    const svg = own ?? (await (await fetch(src)).text());
    const placed = closeUpPlaced(svg, width, height);
    if (placed === svg) return img;
    const url = URL.createObjectURL(new Blob([placed], { type: 'image/svg+xml' }));
    try {
      const out = new Image();
      out.src = url;
      await out.decode();
      return out;
    } finally {
      URL.revokeObjectURL(url);
    }
  } catch {
    return img;
  }
}

/** Whether drawing the image taints a canvas (its pixels can then not be read back). */
function taints(img: HTMLImageElement): boolean {
  const c = img.ownerDocument.createElement('canvas');
  c.width = c.height = 1;
  const ctx = c.getContext('2d');
  if (!ctx) return false;
  ctx.drawImage(img, 0, 0, 1, 1);
  try {
    ctx.getImageData(0, 0, 1, 1);
    return false;
  } catch {
    return true;
  }
}
