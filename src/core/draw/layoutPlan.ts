import type { Atlas } from '../atlas';
import { possibleArcs } from '../view/possibleArcs';
import type { LonLat } from './arc';
import {
  CLOSE_UP_DEFAULTS,
  CLOSE_UP_MIN_MAP,
  closeUpArcs,
  closeUpSize,
  homeCloseUpSize,
  FLOW_NEIGHBOURS,
  homeBounds,
  magnification,
} from './closeUp';
import { selectionCloseUp } from './selectionCloseUp';
import { END_WEIGHT, quietestPlace, roomBeside, type Corner } from './quietestPlace';
import { possibleFlows } from './countryFlows';
import { alongBottom } from './alongBottom';
import { flowCurve } from './flowCurve';
import { fromWorld, toWorld, WORLD_MIDDLE_LON } from './mercator';
import {
  CLOSE_UP_BORDER,
  CLOSE_UP_MARGIN,
  FRAME,
  FRAME_MAX_ZOOM,
  framePx,
  frameShares,
  inPx,
  isNarrow,
  keptWithin,
  layoutFor,
  type BoxLayout,
  type Shares,
} from './boxLayout';
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
 * The px width of the one world when a frame of the world (`WORLD_SCALE_SPAN`) from `n` to `s` is shown
 * in `rect` px: the map's width, or less where the frame is taller than the rect (a laptop's short
 * window: the world is then fitted by its height, centred, the sea on both sides; with the one world
 * across, the partners south of about 15° S were cut at the map's bottom edge).
 *
 * @example worldWidth(-46.5, 60, [1280, 595 - 128]) === 1280; worldWidth(-46.5, 60, [1366, 415 - 128]) ≈ 806
 */
export function worldWidth(s: number, n: number, rect: Px): number {
  const tall = toWorld([0, s])[1] - toWorld([0, n])[1];
  return Math.min(rect[0], rect[1] / Math.max(1e-9, tall));
}

/**
 * How the live map on a `box` of CSS px projects places when it frames `bounds` clear of `pad` (px):
 * fitted and centred as MapLibre's `fitBounds`, or, at world scale, the one world across the map's width
 * (or narrower, centred, where its frame is taller than the map: `worldWidth`) with its top `pad.top`
 * below the map's (see src/map/framing.ts).
 */
function framedPx(bounds: Bounds, box: { width: number; height: number }, pad: Shares): (c: LonLat) => Px {
  const [w, s, e, n] = bounds;
  if (e - w > WORLD_SCALE_SPAN) {
    const [x0] = toWorld([WORLD_MIDDLE_LON, 0]);
    const [, y0] = toWorld([w, n]);
    const k = worldWidth(s, n, [box.width, box.height - pad.top - pad.bottom]);
    return (c) => {
      const [x, y] = toWorld(c);
      return [(x - x0) * k + box.width / 2, (y - y0) * k + pad.top];
    };
  }
  const [x0, y0] = toWorld([w, n]);
  const [x1, y1] = toWorld([e, s]);
  const rw = box.width - pad.left - pad.right;
  const rh = box.height - pad.top - pad.bottom;
  const k = Math.min(rw / (x1 - x0), rh / (y1 - y0), MOST_PX);
  const cx = pad.left + rw / 2;
  const cy = pad.top + rh / 2;
  return (c) => {
    const [x, y] = toWorld(c);
    return [cx + (x - (x0 + x1) / 2) * k, cy + (y - (y0 + y1) / 2) * k];
  };
}

/**
 * The room (px) a map of `box` keeps for the close-up of a plan made for a layout's nominal box, as the
 * live map keeps it at its opening view (src/map/closeUpView.ts, `nominal`).
 */
export function reservedPx(
  plan: LayoutPlan,
  box: { width: number; height: number },
  nominal: { width: number; height: number },
) {
  const c = plan.closeUp;
  const [mx, my] = [
    (CLOSE_UP_MARGIN * box.width) / nominal.width,
    (CLOSE_UP_MARGIN * box.height) / nominal.height,
  ];
  return {
    bottom: c?.reserve === 'bottom' ? c.box.h * box.height + my : 0,
    left: c?.reserve === 'left' ? c.box.w * box.width + mx : 0,
  };
}

/**
 * The room a selection's close-up keeps around what it frames, in shares of its box: its map is inside
 * its border (src/app/style.css, `.close-up`) and keeps pixels (`framePx`) of its own size.
 */
function insidePad(size: Px): Shares {
  const [w, h] = [Math.round(size[0]), Math.round(size[1])];
  const b = CLOSE_UP_BORDER;
  const p = framePx(w - 2 * b, h - 2 * b, 0);
  return {
    top: (b + p.top) / h,
    bottom: (b + p.bottom) / h,
    left: (b + p.left) / w,
    right: (b + p.right) / w,
  };
}

/** An arc's line on the flat map (as src/map/arcsLayer.ts's `arcLine` draws it there). */
const flatLine = (a: ReturnType<typeof possibleArcs>[number]) => a.flat ?? flowCurve(a.from, a.to, a.side);

/**
 * The share of a selection's span kept around each of its arcs' ends (`selectionBounds`): framed by its
 * arcs alone, a Vietnamese province with a far partner sat in the map's corner, its neighbours' names
 * crowded against the edge (Quảng Ninh with Hokkaidō: "Hanoï" under Tuyên Quang's dot at 1280 × 800),
 * and the partner's shape ran past the opposite edge (Hokkaidō's north at 4K). A tenth of the span: a
 * local selection (a border province and Guangxi, 2° across) keeps its framing within a few pixels.
 * In a box at least `SELECTION_CONTEXT_FROM` px wide only: on a phone the frame a fifth wider cost the
 * selected place its own name among its neighbours' (Quảng Ninh's, 360 × 740).
 */
export const SELECTION_CONTEXT = 0.1;

/** The width of the map's box (CSS px) from which a selection's frame has room around its ends. */
export const SELECTION_CONTEXT_FROM = 700;

/**
 * The bounds a selection is framed at, live (`frameArcs`) and in its picture (`arcsBounds`): its arcs'
 * lines, with `context` of their span around each line's ends (`SELECTION_CONTEXT` where the map is
 * wide enough, `selectionContext`), as the lines have them (a partner across the Pacific, east of 180°).
 *
 * @example selectionBounds([[[107, 21], [143, 43]]]) // [103.4, 18.8, 146.6, 45.2]
 */
export function selectionBounds(
  lines: readonly (readonly LonLat[])[],
  context = SELECTION_CONTEXT,
): [number, number, number, number] {
  const b = flowBounds(lines, null);
  // (None where the room would make the frame wider than a frame of the world, `WORLD_SCALE_SPAN`: a
  // hub whose partners span 225° or more is framed by its arcs alone. With the room, Hà Nội's frame
  // tipped into the world's, and its picture and map differed.)
  if ((b[2] - b[0]) * (1 + 2 * context) > WORLD_SCALE_SPAN) return b;
  const [dx, dy] = [(b[2] - b[0]) * context, (b[3] - b[1]) * context];
  return flowBounds(
    [
      // (Within the Mercator map's latitudes.)
      lines
        .flatMap((l) => [l[0]!, l[l.length - 1]!])
        .flatMap(([x, y]): LonLat[] => [
          [x - dx, Math.max(-MAX_LAT, y - dy)],
          [x + dx, Math.min(MAX_LAT, y + dy)],
        ]),
    ],
    b,
  );
}

/** The Mercator map's last latitude, north and south (degrees). */
const MAX_LAT = 85.05;

/** The room a selection's frame keeps around its ends in a map `width` CSS px wide (`SELECTION_CONTEXT`). */
export const selectionContext = (width: number): number =>
  width >= SELECTION_CONTEXT_FROM ? SELECTION_CONTEXT : 0;

/**
 * The bounds the live map frames for these arcs (a selection's: src/map/mapView.ts, `frameArcs`), in a
 * map `width` CSS px wide.
 */
export function arcsBounds(atlas: Atlas, ids: ReadonlySet<string>, width: number): Bounds | null {
  const lines = possibleArcs(atlas)
    .filter((a) => ids.has(a.id))
    .map(flatLine);
  // (With room around each line's ends, as the live map's: `selectionBounds`.)
  return lines.length ? (selectionBounds(lines, selectionContext(width)) as Bounds) : null;
}

/** Px across the world at `FRAME_MAX_ZOOM` (MapLibre's world is 512 px at zoom 0). */
const MOST_PX = 512 * 2 ** FRAME_MAX_ZOOM;

/**
 * `bounds` as the live map shows them fitted in `rect` (px): grown about their middle where fitting
 * them would zoom past `FRAME_MAX_ZOOM` (a selection's short arc), as `fitBounds` with its `maxZoom`
 * shows more around them; else as they are.
 */
export function cappedBounds(bounds: Bounds, rect: Px): Bounds {
  const [w, s, e, n] = bounds;
  if (e - w > WORLD_SCALE_SPAN) return bounds;
  const [x0, y0] = toWorld([w, n]);
  const [x1, y1] = toWorld([e, s]);
  if (!(Math.min(rect[0] / (x1 - x0), rect[1] / (y1 - y0)) > MOST_PX)) return bounds;
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const [hw, hh] = [rect[0] / MOST_PX / 2, rect[1] / MOST_PX / 2];
  const [west, north] = fromWorld([cx - hw, cy - hh]);
  const [east, south] = fromWorld([cx + hw, cy + hh]);
  return [west, south, east, north];
}

/**
 * The px width at which 1,000 picture units of `bounds` are shown in a frame `rect` px (fitted, `meet`;
 * at world scale the one world, `worldWidth`).
 */
export function shownWidth(bounds: Bounds, rect: Px): number {
  const [w, s, e, n] = bounds;
  if (e - w > WORLD_SCALE_SPAN) return worldWidth(s, n, rect);
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
    /**
     * Along the bottom, the room (px of the nominal box) it could widen into on either side and hide
     * no more arc ends (`roomBeside`): a box wider than the nominal one's shape gives it that room.
     */
    beside: { left: number; right: number };
  } | null;
  /**
   * The main map's frame (shares of the box: at world scale the box's width, from the top margin) and
   * the width (px) what it shows takes per px of the frame's height: fitted in a box of another shape,
   * it is that wide or as wide as the frame, whichever is less (`shownWidth`).
   */
  main: { frame: ShareBox; aspect: number };
}

/** The main map's frame in shares of the box: within its room, or at world scale across the box. */
function mainFrame(pad: Shares, world: boolean): ShareBox {
  return world
    ? { x: 0, y: pad.top, w: 1, h: 1 - pad.top - pad.bottom }
    : { x: pad.left, y: pad.top, w: 1 - pad.left - pad.right, h: 1 - pad.top - pad.bottom };
}

/** The main map's frame, and how wide what it shows is for its height (`LayoutPlan.main`). */
function mainOf(target: Bounds, pad: Shares, box: { width: number; height: number }): LayoutPlan['main'] {
  const world = target[2] - target[0] > WORLD_SCALE_SPAN;
  const frame = mainFrame(pad, world);
  const shown = world ? target : cappedBounds(target, [frame.w * box.width, frame.h * box.height]);
  return { frame, aspect: shownWidth(shown, [Number.MAX_SAFE_INTEGER, 1]) };
}

/**
 * The close-up's box (CSS px) in a map of `box`, for a plan made for the layout's `nominal` box: in
 * shares of the box, as the main frame keeps them; but a close-up placed along the bottom (in the
 * quiet ocean between two continents, at world scale) keeps its place beside what the main map shows,
 * which in a box wider than the nominal one's shape is narrower than the box and centred (a laptop's
 * short window: the world fitted by its height, the sea on both sides). There, the room it may take
 * (its planned width and the room beside it, `beside`) scales with what the frame shows, about the
 * frame's middle, and it takes its share of the box's width within that room, as far into the room on
 * either side as it was planned; its height and top are the box's shares, as the main frame's. (In
 * shares of the box, at 1536 × 515 px, it hid South America's three partners the plan kept it clear
 * of.) In a narrower box (a tablet's, an article's embed) it keeps its nominal width in px as far as
 * that room gives: its names are as large there (in shares, an embed's was 141 px wide, and named three
 * of its places). In the nominal box's shape, and in taller boxes as wide, this is its shares.
 *
 * @example closeUpPx(plan, { width: 1280, height: 595 }, { width: 1280, height: 595 }) // its planned box
 */
export function closeUpPx(
  plan: LayoutPlan,
  nominal: { width: number; height: number },
  box: { width: number; height: number },
): { x: number; y: number; w: number; h: number } {
  const g = closeUpGeometry(plan, nominal);
  const c = plan.closeUp!.box;
  const { x, w } = g ? alongBottom(g, box) : { x: c.x * box.width, w: c.w * box.width };
  return { x, y: c.y * box.height, w, h: c.h * box.height };
}

/**
 * `closeUpPx` as constants (the picture's CSS states it with them): its box is `x` = `middle` × width
 * + `from` × k + `lean` × (`room` × k − w), `w` = min(max(`share` × width, `least`), `room` × k), with
 * k = min(`across`[0] × width, `across`[1] × height), the scale of what the main frame shows to the
 * nominal box's (null: the close-up is in a corner, in shares of the box).
 */
export function closeUpGeometry(plan: LayoutPlan, nominal: { width: number; height: number }) {
  const c = plan.closeUp!;
  const { x, w } = c.box;
  const W = nominal.width;
  if (c.corner !== 'bottom') return null;
  const { frame, aspect } = plan.main;
  const shown = Math.min(frame.w * W, frame.h * nominal.height * aspect);
  // (Nothing shown, or a frame with no height: its shares.)
  if (!(shown > 0 && Number.isFinite(shown) && Number.isFinite(aspect))) return null;
  const middle = frame.x + frame.w / 2;
  const { left, right } = c.beside;
  return {
    middle,
    // (From the frame's middle to the room's left, in px of the nominal box, per unit of k.)
    from: x * W - left - middle * W,
    lean: left + right > 0 ? left / (left + right) : 0,
    room: w * W + left + right,
    share: w,
    // (Its width in the nominal box, px: its names are as large in a narrower box.)
    least: w * W,
    across: [frame.w / shown, (frame.h * aspect) / shown] as const,
  };
}

/**
 * What a map frames: its opening view (it keeps shares of a layout's nominal box, and its close-up may
 * be made smaller to spare an end's name), or a selection's arcs (`opening: false`: their bounds, with
 * pixels of room, as src/map/framing.ts frames them); `scale`: its names' scale (1.5 on a wall screen).
 */
export interface PlannedView {
  target: Bounds;
  opening: boolean;
  scale: number;
  /** A selection's arcs (ids): where its places pile up, the close-up is theirs (`selectionCloseUp`). */
  selected?: readonly string[];
}

/**
 * The live map's choices for a view, made here for a layout's nominal box: whether it draws a
 * close-up, of what, in which corner, and the room the main map keeps for it. As the live map, it plans
 * on the map framed without that room, then again on the map framed with it (the map re-plans after it
 * moves) until the choice holds. At its opening view the live map follows this plan (src/map/closeUpView.ts,
 * `nominal`; `flows`: it draws country flows), in shares of its own box, and the build's picture is
 * drawn from it: the two agree in a box of any size. For a selection the live map makes the same
 * choices itself (`own`), in its box: the page's picture of a selection plans for that box.
 */
export function planLayout(
  atlas: Atlas,
  flows: boolean,
  layout: BoxLayout,
  view: PlannedView = { target: openingBounds(atlas), opening: true, scale: 1 },
): LayoutPlan {
  const box = layout.nominal;
  const { width: W, height: H } = box;
  const { target, opening, scale: k } = view;
  const all = possibleArcs(atlas);
  // The lines the main map draws in its mode: its arcs, or its country flows (see `mountCloseUp`),
  // named at its opening view (a selection's arcs are drawn over them unnamed: see `planDraw`).
  const marks = flows ? possibleFlows(atlas).map((f) => f.flat) : all.map(flatLine);
  const named = flows && opening;
  const basePad = frameShares(box, FRAME.controls);
  /** The room kept with `reserved` px for the close-up, in shares (a selection's, within the box). */
  const padWith = (reserved: { bottom: number; left: number }): Shares => {
    if (opening)
      return {
        ...basePad,
        bottom: basePad.bottom + reserved.bottom / H,
        left: basePad.left + reserved.left / W,
      };
    const p = framePx(W, H, FRAME.controls);
    const kept = keptWithin(p, reserved, W, H);
    return { top: p.top / H, right: p.right / W, bottom: kept.bottom / H, left: kept.left / W };
  };
  // The live map starts at its opening view and frames a selection after: the room it kept there for
  // its close-up is still kept, unless the selection's close-up would hide something or there is none.
  const start = layoutFor(W / k);
  const kept = opening ? null : reservedPx(planLayout(atlas, flows, start), box, start.nominal);
  const firstPad = kept ? padWith(kept) : basePad;
  const unreserved = framedPx(target, box, inPx(opening ? basePad : padWith({ bottom: 0, left: 0 }), W, H));
  const unit = ([x, y]: Px): Px => [x / k, y / k];
  const times = ([x, y]: Px): Px => [x * k, y * k];
  // A map too small for a second one beside it gets none (the reader zooms instead).
  const room = W >= CLOSE_UP_MIN_MAP.width && H >= CLOSE_UP_MIN_MAP.height;
  const ids = new Set(
    room
      ? closeUpArcs(
          all.map((a) => ({ id: a.id, from: unit(unreserved(a.from)), to: unit(unreserved(a.to)) })),
          opening,
        )
      : [],
  );
  const withoutCloseUp = (): LayoutPlan => {
    const pad = opening ? basePad : padWith({ bottom: 0, left: 0 });
    return { pad, closeUp: null, main: mainOf(target, pad, box) };
  };
  // (As the live map's: a selection's places that pile up at the end of its long arcs get the close-up.)
  const chosen = new Set(view.selected ?? []);
  const group =
    room && !opening && chosen.size
      ? selectionCloseUp(
          all.filter((a) => chosen.has(a.id)),
          (at) => unit(unreserved(at)),
          closeUpSize(W / k, H / k),
        )
      : null;
  if (group) {
    ids.clear();
    for (const id of group.ids) ids.add(id);
  }
  if (!ids.size) return withoutCloseUp();
  const lines = all.filter((a) => ids.has(a.id)).map(flatLine);
  let bounds = group?.bounds ?? flowBounds(lines, null);
  let size = times(closeUpSize(W / k, H / k));
  const [x0, y0] = unreserved([bounds[0], bounds[3]]);
  const [x1, y1] = unreserved([bounds[2], bounds[1]]);
  const home = !group && magnification([x1 - x0, y1 - y0], size) < CLOSE_UP_DEFAULTS.minMagnification;
  if (home) {
    bounds = named
      ? homeBounds(
          marks.map((l) => l.at(-1)!),
          FLOW_NEIGHBOURS,
        )
      : homeBounds(lines.flatMap((l) => [l[0]!, l.at(-1)!]));
    size = times(homeCloseUpSize(W / k, H / k, CLOSE_UP_DEFAULTS, named ? bounds : undefined));
    // (None where it would not show home larger than the main map: as the live map's, `mountCloseUp`.)
    const [hx0, hy0] = unreserved([bounds[0], bounds[3]]);
    const [hx1, hy1] = unreserved([bounds[2], bounds[1]]);
    if (magnification([hx1 - hx0, hy1 - hy0], size) < CLOSE_UP_DEFAULTS.homeMinMagnification)
      return withoutCloseUp();
  }
  const [marginX, marginY] = [CLOSE_UP_MARGIN / W, CLOSE_UP_MARGIN / H];
  // Its size, or for home on a wide map's opening view smaller where that would hide an arc's end
  // wherever it went (a selection's map is narrowed by its panel: there it keeps its size).
  const wanted = size;
  let pad: Shares = firstPad;
  let corner: Corner = 'bottom-left';
  let x = 0;
  let reserve: 'bottom' | 'left' | null = kept ? (kept.bottom ? 'bottom' : kept.left ? 'left' : null) : null;
  // A tall map, or a phone's (wider than tall once a selection's details open below it: the close-up
  // takes most of its width), keeps room at its bottom; others at their left, as the live map's
  // (`mountCloseUp`). Kept at the left of a phone's 390 × 310 map, beside a close-up of 87 % of its width,
  // France's fourteen arcs were framed in the 60 px left (a phone's first picture of sel=FR).
  const tall = H > W || isNarrow(W / k);
  for (let pass = 0; pass < 3; pass++) {
    const px = framedPx(target, box, inPx(pad, W, H));
    const spot = quietestPlace(
      marks.flatMap((l) => l.map(px)),
      box,
      wanted,
      marks.flatMap((l) => [px(l[0]!), px(l.at(-1)!)]),
      opening && home && W >= H,
    );
    size = spot.size;
    corner = tall && spot.corner === 'top-left' && spot.hidden >= END_WEIGHT ? 'bottom-left' : spot.corner;
    x = spot.x;
    if (spot.hidden === 0) break;
    // The room kept, as the live map's `framing.reserve` (it is kept once asked for).
    const side = tall ? (corner === 'top-left' ? null : 'bottom') : 'left';
    const next = padWith({
      bottom: side === 'bottom' ? size[1] + CLOSE_UP_MARGIN : 0,
      left: side === 'left' ? size[0] + CLOSE_UP_MARGIN : 0,
    });
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
  const framed = framedPx(target, box, inPx(pad, W, H));
  const ends = marks.flatMap((l) => [framed(l[0]!), framed(l.at(-1)!)]);
  const beside =
    corner === 'bottom' ? roomBeside(ends, box, left * W, size, CLOSE_UP_MARGIN) : { left: 0, right: 0 };
  return {
    pad,
    closeUp: {
      ids: home ? all.map((a) => a.id) : [...ids],
      bounds,
      box: { x: left, y: top, w: cw, h: ch },
      corner,
      home: home && named,
      reserve,
      pad: opening ? frameShares({ width: size[0], height: size[1] }, 0) : insidePad(size),
      beside,
    },
    main: mainOf(target, pad, box),
  };
}
