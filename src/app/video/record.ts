import { MAP_SIZES } from '../../core/draw/theme';
import { MAP_CREDIT } from '../../core/mapCredit';
import type { VideoPlan } from '../../core/view/videoPlan';
import { geographyAt, visibleArcs } from '../../core/view/visibleArcs';
import { statusLine } from '../countWords';
import { showsFlows } from '../../core/draw/countryFlows';
import { legendWords } from '../legendKeys';
import { FRAME_BANDS, footHeight, legendRows, paintFrame } from './paintFrame';
import type { Encoder } from './encoder';
import type { FrameSource } from './frameSource';
import type { VideoContext } from './videoContext';

/** Height of the composed picture, CSS px: the video's pixels over this are its pixel density. */
export const FRAME_CSS_HEIGHT = 540;

/**
 * The layout of a clip's frames: CSS size, pixel density, the lower band's height and the map's band
 * between. The lower band holds the legend in as many rows as its words take at the frame's width
 * (`measure`: a 2D context to measure them with; without one, a row).
 */
export function frameLayout(
  plan: Pick<VideoPlan, 'width' | 'height'>,
  c: Pick<VideoContext, 'tr'>,
  measure: Pick<CanvasRenderingContext2D, 'measureText' | 'font'> | null,
) {
  const ratio = plan.height / FRAME_CSS_HEIGHT;
  const w = plan.width / ratio;
  const h = FRAME_CSS_HEIGHT;
  // (Either key: a frame's map draws arcs, or a line per country once crowded.)
  const rows = measure ? legendRows(measure, [legendWords(c.tr, false), legendWords(c.tr, true)], w) : 1;
  const foot = footHeight(rows);
  return { w, h, ratio, foot, map: { x: 0, y: FRAME_BANDS.head, w, h: h - FRAME_BANDS.head - foot } };
}

/**
 * Draws and encodes every frame of the plan onto `canvas`, laid out as `layout`: the map of the frame's
 * day from `source`, and around it the PNG export's frame (title, running date and count, legend, credit
 * and source) with the chapter's caption over the map. Gives the event loop a turn after each frame (the page stays
 * usable) and stops, throwing an `AbortError`, when `signal` is aborted. Returns the time spent
 * drawing (map and text) and encoding, ms, for the bench.
 */
export async function record(
  c: VideoContext,
  plan: VideoPlan,
  layout: ReturnType<typeof frameLayout>,
  canvas: HTMLCanvasElement,
  source: FrameSource,
  encoder: Encoder,
  onFrame: (done: number) => void,
  signal: AbortSignal,
): Promise<{ drawMs: number; encodeMs: number }> {
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(layout.ratio, layout.ratio);
  const titles = new Map(c.atlas.events.map((e) => [e.id, e.title[c.lang]]));
  const credit = `${MAP_CREDIT[c.lang].join(' · ')} · ${c.vtr('videoSource', { site: c.site })}`;
  let drawMs = 0;
  let encodeMs = 0;
  for (let i = 0; i < plan.count; i++) {
    signal.throwIfAborted();
    const t0 = performance.now();
    const f = plan.frame(i);
    const arcs = visibleArcs(c.atlas, f.day, c.filters);
    paintFrame(ctx, layout.w, layout.h, layout.foot, {
      title: c.tr('title'),
      date: statusLine(c.atlas, arcs, f.day, c.lang, c.tr),
      legend: legendWords(c.tr, showsFlows(arcs.length)),
      credit,
    });
    const geography = geographyAt(f.day, c.atlas.adminChanges);
    await source.draw(ctx, layout.map, { day: f.day, time: f.time, arcs, geography });
    const caption = f.caption && titles.get(f.caption);
    if (caption) drawCaption(ctx, layout.map, caption);
    const t1 = performance.now();
    await encoder.add(i);
    drawMs += t1 - t0;
    encodeMs += performance.now() - t1;
    onFrame(i + 1);
    await new Promise((r) => setTimeout(r, 0));
  }
  return { drawMs, encodeMs };
}

/** Widest a caption may be, share of the map's width: clear of Vietnam, Hoàng Sa and Trường Sa in every size. */
const CAPTION_WIDTH = 0.4;

/** A chapter's title in a box at the map's lower left, in the page's colours, wrapped to its width. */
function drawCaption(
  ctx: CanvasRenderingContext2D,
  band: { x: number; y: number; w: number; h: number },
  text: string,
) {
  const doc = ctx.canvas.ownerDocument;
  const css = doc.defaultView?.getComputedStyle(doc.documentElement);
  const color = (name: string) => css?.getPropertyValue(name).trim() || '#000';
  ctx.font = `600 15px "${MAP_SIZES.font}", system-ui, sans-serif`;
  const max = band.w * CAPTION_WIDTH;
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && ctx.measureText(`${last} ${word}`).width <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const shown = lines.slice(0, 3);
  if (lines.length > 3) shown[2] = `${shown[2]} …`;
  const w = Math.min(max, Math.max(...shown.map((l) => ctx.measureText(l).width))) + 24;
  const h = shown.length * 20 + 14;
  const x = band.x + 16;
  const y = band.y + band.h - 16 - h;
  ctx.globalAlpha = 0.92;
  ctx.fillStyle = color('--bg');
  ctx.fillRect(x, y, w, h);
  ctx.globalAlpha = 1;
  ctx.fillStyle = color('--arc');
  ctx.fillRect(x, y, 4, h);
  ctx.fillStyle = color('--fg');
  ctx.textBaseline = 'alphabetic';
  shown.forEach((line, i) => ctx.fillText(line, x + 14, y + 22 + i * 20, max));
}
