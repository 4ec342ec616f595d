import type { Atlas } from '../atlas';
import { possibleArcs } from '../view/possibleArcs';
import type { LonLat } from './arc';
import {
  CLOSE_UP_DEFAULTS,
  closeUpArcs,
  closeUpSize,
  END_WEIGHT,
  homeCloseUpSize,
  FLOW_NEIGHBOURS,
  homeBounds,
  magnification,
  quietestPlace,
  type Corner,
} from './closeUp';
import { possibleFlows } from './countryFlows';
import { flowCurve } from './flowCurve';
import { toWorld, WORLD_MIDDLE_LON } from './mercator';
import { CLOSE_UP_MARGIN, FRAME, frameShares, type BoxLayout, type Shares } from './boxLayout';
import type { Px } from './nearest';
import { flowBounds, openingBounds } from './theme';

export type Bounds = [number, number, number, number];
/** A box in shares of the picture's box: left, top, width, height. */
export interface ShareBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Longitudes (degrees) from which a frame is at world scale, as in `staticMapSvg`. */
export const WORLD_SCALE_SPAN = 270;
/**
 * How the live map on a `box` of CSS px projects places when it frames `bounds` clear of `pad` (px):
 * fitted and centred as MapLibre's `fitBounds`, or, at world scale, the one world across the map's width
 * with its top `pad.top` below the map's (see src/map/framing.ts).
 */
function framedPx(bounds: Bounds, box: { width: number; height: number }, pad: Shares): (c: LonLat) => Px {
  const [w, s, e, n] = bounds;
  if (e - w > WORLD_SCALE_SPAN) {
    const [x0] = toWorld([WORLD_MIDDLE_LON, 0]);
    const [, y0] = toWorld([w, n]);
    return (c) => {
      const [x, y] = toWorld(c);
      return [(x - x0) * box.width + box.width / 2, (y - y0) * box.width + pad.top];
    };
  }
  const [x0, y0] = toWorld([w, n]);
  const [x1, y1] = toWorld([e, s]);
  const rw = box.width - pad.left - pad.right;
  const rh = box.height - pad.top - pad.bottom;
  const k = Math.min(rw / (x1 - x0), rh / (y1 - y0));
  const cx = pad.left + rw / 2;
  const cy = pad.top + rh / 2;
  return (c) => {
    const [x, y] = toWorld(c);
    return [cx + (x - (x0 + x1) / 2) * k, cy + (y - (y0 + y1) / 2) * k];
  };
}

/** The px width at which 1,000 picture units of `bounds` are shown in a frame `rect` px (fitted, `meet`). */
export function shownWidth(bounds: Bounds, rect: Px): number {
  const [w, s, e, n] = bounds;
  if (e - w > WORLD_SCALE_SPAN) return rect[0];
  const [x0, y0] = toWorld([w, n]);
  const [x1, y1] = toWorld([e, s]);
  return Math.min(rect[0], (rect[1] * (x1 - x0)) / (y1 - y0));
}

export interface LayoutPlan {
  /** Room kept around the main map's frame, shares of the box. */
  pad: Shares;
  /**
   * The close-up: the arcs it is for, what it frames, its box (shares) and corner, whether it is of
   * home with the flows next door, the side the map keeps room on, and the room kept around what it
   * frames (shares of its own box); null when the map has none.
   */
  closeUp: {
    ids: string[];
    bounds: Bounds;
    box: ShareBox;
    corner: Corner;
    home: boolean;
    reserve: 'bottom' | 'left' | null;
    pad: Shares;
  } | null;
}

/**
 * The live map's choices at its opening view (src/map/closeUpView.ts), made here for a layout's
 * nominal box: whether it draws a close-up, of what, in which corner, and the room the main map keeps
 * for it. As the live map, it plans on the map framed without that room, then again on the map framed
 * with it (the map re-plans after it moves) until the choice holds. The live map follows this plan at
 * its opening view (`flows`: it draws country flows), in shares of its own box, and the build's
 * picture is drawn from it: the two agree in a box of any size.
 */
export function planLayout(atlas: Atlas, flows: boolean, layout: BoxLayout): LayoutPlan {
  const box = layout.nominal;
  const { width: W, height: H } = box;
  const target = openingBounds(atlas);
  const all = possibleArcs(atlas);
  const line = (a: (typeof all)[number]) => a.flat ?? flowCurve(a.from, a.to, a.side);
  // The lines the main map draws in its mode: its arcs, or its country flows (see `mountCloseUp`).
  const marks = flows ? possibleFlows(atlas).map((f) => f.flat) : all.map(line);
  const basePad = frameShares(box, FRAME.controls);
  const unreserved = framedPx(target, box, {
    top: basePad.top * H,
    bottom: basePad.bottom * H,
    left: basePad.left * W,
    right: basePad.right * W,
  });
  const ids = new Set(
    closeUpArcs(
      all.map((a) => ({ id: a.id, from: unreserved(a.from), to: unreserved(a.to) })),
      true,
    ),
  );
  if (!ids.size) return { pad: basePad, closeUp: null };
  const lines = all.filter((a) => ids.has(a.id)).map(line);
  let bounds = flowBounds(lines, null);
  let size = closeUpSize(W, H);
  const [x0, y0] = unreserved([bounds[0], bounds[3]]);
  const [x1, y1] = unreserved([bounds[2], bounds[1]]);
  const home = magnification([x1 - x0, y1 - y0], size) < CLOSE_UP_DEFAULTS.minMagnification;
  if (home) {
    bounds = flows
      ? homeBounds(
          marks.map((l) => l.at(-1)!),
          FLOW_NEIGHBOURS,
        )
      : homeBounds(lines.flatMap((l) => [l[0]!, l.at(-1)!]));
    size = homeCloseUpSize(W, H);
  }
  const [marginX, marginY] = [CLOSE_UP_MARGIN / W, CLOSE_UP_MARGIN / H];
  // Its size, or for home on a wide map smaller where that would hide an arc's end wherever it went.
  const wanted = size;
  let pad: Shares = basePad;
  let corner: Corner = 'bottom-left';
  let x = 0;
  let reserve: 'bottom' | 'left' | null = null;
  for (let pass = 0; pass < 3; pass++) {
    const px = framedPx(target, box, {
      top: pad.top * H,
      bottom: pad.bottom * H,
      left: pad.left * W,
      right: pad.right * W,
    });
    const spot = quietestPlace(
      marks.flatMap((l) => l.map(px)),
      box,
      wanted,
      marks.flatMap((l) => [px(l[0]!), px(l.at(-1)!)]),
      home && W >= H,
    );
    size = spot.size;
    corner = H > W && spot.corner === 'top-left' && spot.hidden >= END_WEIGHT ? 'bottom-left' : spot.corner;
    x = spot.x;
    if (spot.hidden === 0) break;
    // The room kept, as the live map's `framing.reserve` (it is kept once asked for).
    const side = H > W ? (corner === 'top-left' ? null : 'bottom') : 'left';
    const next: Shares = {
      ...basePad,
      ...(side === 'bottom' ? { bottom: basePad.bottom + size[1] / H + marginY } : {}),
      ...(side === 'left' ? { left: basePad.left + size[0] / W + marginX } : {}),
    };
    reserve = side;
    if (next.bottom === pad.bottom && next.left === pad.left) break;
    pad = next;
  }
  const cw = size[0] / W;
  const ch = size[1] / H;
  // The live map's places for its close-up (src/app/style.css: `.close-up[data-corner]`; its margin;
  // at the bottom right, clear of the attribution button).
  const left = corner === 'bottom' ? x / W + marginX : corner === 'bottom-right' ? 1 - cw - marginX : marginX;
  const top =
    corner === 'top-left'
      ? marginY
      : corner === 'bottom-right'
        ? 1 - ch - marginY - 24 / H
        : 1 - ch - marginY;
  return {
    pad,
    closeUp: {
      ids: home ? all.map((a) => a.id) : [...ids],
      bounds,
      box: { x: left, y: top, w: cw, h: ch },
      corner,
      home: home && flows,
      reserve,
      pad: frameShares({ width: size[0], height: size[1] }, 0),
    },
  };
}
