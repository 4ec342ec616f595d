import {
  LngLat,
  type FitBoundsOptions,
  type LngLatBoundsLike,
  type Map as MlMap,
  type TransformConstrainFunction,
} from 'maplibre-gl';
import { fromWorld, toWorld, WORLD_MIDDLE_LON, WORLD_PX } from '../core/draw/mercator';
import { cappedBounds, WORLD_SCALE_SPAN, worldWidth } from '../core/draw/layoutPlan';
import {
  FRAME as ROOM,
  FRAME_MAX_ZOOM,
  framePx,
  keptWithin,
  frameShares,
  inPx,
  layoutFor,
  type PlannedRoom,
  type Shares,
} from '../core/draw/boxLayout';

/** West, south, east, north (degrees; east may pass 180° for partners across the Pacific). */
export type Bounds = [number, number, number, number];

/** Framing in CSS px and ms (the room kept around what is framed: `ROOM`, src/core/draw/boxLayout.ts). */
const FRAME = {
  /** Largest zoom a selection is framed at (the build's pictures plan with it: `planLayout`). */
  maxZoom: FRAME_MAX_ZOOM,
  /** Duration (ms) of the move to a new framing (none with reduced motion). */
  duration: 700,
};

/** Bounds as MapLibre takes them: south-west and north-east corners. */
const corners = ([w, s, e, n]: Bounds): LngLatBoundsLike => [
  [w, s],
  [e, n],
];

/**
 * The map's framing: what it shows until the reader moves it — the opening view, or a selection's
 * arcs — fitted clear of the zoom buttons, and kept when the map changes size (the details panel
 * opening beside it, a phone turned, an iframe resized). Moving the map by hand releases it.
 */
export function createFraming(
  map: MlMap,
  opening: Bounds,
  reducedMotion: boolean,
  controls = ROOM.controls,
  /**
   * A close-up's framing: the room it keeps in shares of its box now, and the box its plan was made
   * for (it follows the build's plan of the opening view: see `planLayout`), or null (pixels).
   */
  closeUpRoom: () => PlannedRoom | null = () => null,
) {
  let target = opening;
  let framed = true;
  /** Room kept for the close-up (px), when it would otherwise hide arcs of the main map. */
  let reserved = { bottom: 0, left: 0 };
  /**
   * The room kept in shares, and the box they were planned for: at its opening view the map, and its
   * close-up then, keep shares of their boxes, as the build's pictures do (see `boxLayout`), so that
   * the picture and the map agree in a box of any size. Other framings keep pixels (null: a
   * selection's map can be short, the details below it).
   */
  const planned = (): PlannedRoom | null => {
    if (controls === 0) return closeUpRoom();
    if (!(framed && target === opening)) return null;
    const nominal = layoutFor(map.getContainer().clientWidth).nominal;
    return { pad: frameShares(nominal, controls), nominal };
  };
  const padding = (withReserve = true) => {
    const w = map.getContainer().clientWidth;
    const h = map.getContainer().clientHeight;
    const r = withReserve ? reserved : { bottom: 0, left: 0 };
    const shares = planned()?.pad;
    const p = shares ? inPx(shares, w, h) : framePx(w, h, controls);
    // (Shares leave the box its middle whatever its size: no clamp, or a small close-up would differ
    // from its picture. The room kept in pixels is kept from taking more than the box can give; the
    // padding itself already leaves the frame its middle, centred: `framePx`.)
    if (shares) return { ...p, bottom: p.bottom + r.bottom, left: p.left + r.left };
    return { ...p, ...keptWithin(p, r, w, h) };
  };
  const isWorld = (b: Bounds) => b[2] - b[0] > WORLD_SCALE_SPAN;
  /**
   * The zoom that shows a frame of the world (`WORLD_SCALE_SPAN`) clear of `room`: the one world across
   * the map, or narrower where the map is too short for the frame (`worldWidth`).
   */
  const worldZoom = (b: Bounds, room: Shares) => {
    const box = map.getContainer();
    const across = worldWidth(b[1], b[3], [
      Math.max(1, box.clientWidth),
      Math.max(1, box.clientHeight - room.top - room.bottom),
    ]);
    return Math.max(-2, Math.log2(across / WORLD_PX));
  };
  /**
   * The map never shows more than one world across: every flow and place is drawn once (the Americas
   * east of the Pacific, Europe west of Vietnam; MapLibre would repeat them both at world scale). A
   * short map may show its world narrower, down to its opening view's (the copies MapLibre draws
   * beside it are covered: `worldEdges`).
   */
  const oneWorld = () => {
    const across = Math.log2(Math.max(1, map.getContainer().clientWidth) / WORLD_PX);
    const w = map.getContainer().clientWidth;
    const h = map.getContainer().clientHeight;
    const opened = isWorld(opening)
      ? worldZoom(opening, inPx(frameShares(layoutFor(w).nominal, controls), w, h))
      : across;
    map.setMinZoom(Math.max(-2, Math.min(across, opened)));
  };
  /**
   * What a fit frames and how: following a plan, what the plan's box would show at most at
   * `FRAME_MAX_ZOOM`, scaled with the box, as the build's picture of the plan is (`cappedBounds` in
   * its box, then fitted): a wall screen's close-up, three times a laptop's, showed the border
   * provinces 0.17 zoom smaller than its picture did (issue 14). Else at most `FRAME_MAX_ZOOM`.
   */
  const fitted = (): [LngLatBoundsLike, FitBoundsOptions] => {
    const room = planned();
    const p = padding();
    if (!room) return [corners(target), { padding: p, maxZoom: FRAME.maxZoom }];
    const box = map.getContainer();
    const [w, h] = [Math.max(1, box.clientWidth), Math.max(1, box.clientHeight)];
    const rect: [number, number] = [
      (Math.max(1, w - p.left - p.right) * room.nominal.width) / w,
      (Math.max(1, h - p.top - p.bottom) * room.nominal.height) / h,
    ];
    return [corners(cappedBounds(target, rect)), { padding: p, maxZoom: map.getMaxZoom() }];
  };
  const fit = (animate: boolean) => {
    const [w, s, , n] = target;
    const bounds = corners(target);
    const move = { animate: animate && !reducedMotion, duration: FRAME.duration };
    const cam = map.cameraForBounds(bounds, { padding: padding(), maxZoom: FRAME.maxZoom });
    if (!isWorld(target) && (cam?.zoom === undefined || cam.zoom >= map.getMinZoom())) {
      const [b, o] = fitted();
      return void map.fitBounds(b, { ...o, ...move });
    }
    // World scale: what is framed is wider than the map can show. The map shows the one world from
    // the mid-Atlantic to the mid-Atlantic, its top at the top of the frame, so that the room left
    // (below, where oceans are) takes the close-up, with no room kept for it. A frame of the world
    // (`WORLD_SCALE_SPAN`) goes from the top even on a map too short for it (a laptop's short window),
    // as the build's picture draws it in a box of any shape (centred, the world moved 70 px when the
    // map took over); a narrower frame too tall for the map (a selection from Moscow to Melbourne) is
    // centred, as the page's picture of it is.
    // Where the box is too short for a frame of the world (a laptop's short window), the world is
    // fitted by its height and centred, the sea on both sides, as the picture draws it (`worldWidth`).
    const room = padding(false);
    const zoom = isWorld(target) ? Math.max(map.getMinZoom(), worldZoom(target, room)) : map.getMinZoom();
    const world = WORLD_PX * 2 ** zoom;
    const top = toWorld([w, n])[1] * world - room.top;
    const bottom = toWorld([w, s])[1] * world + room.bottom;
    const height = map.getContainer().clientHeight;
    const middle = isWorld(target) || bottom - top < height ? top + height / 2 : (top + bottom) / 2;
    const [, lat] = fromWorld([0, middle / world]);
    map.easeTo({ center: [WORLD_MIDDLE_LON, lat], zoom, ...move });
  };
  oneWorld();
  fit(false);
  map.on('movestart', (e) => {
    // (The reader's move: an input event's, or the wheel's, whose moves MapLibre 6 starts with none.
    // Zoomed in by the wheel, the map kept the opening view's close-up over its own arcs, their ends
    // unnamed as the close-up's, and a resize framed the opening view again: a reader's review.)
    if (('originalEvent' in e && e.originalEvent) || map.scrollZoom.isActive()) framed = false;
  });
  map.on('resize', () => {
    oneWorld();
    if (framed) fit(false);
  });
  return {
    /** Frames these bounds now (animated), and keeps them framed. */
    frame(b: Bounds) {
      target = b;
      framed = true;
      fit(true);
    },
    /**
     * How much larger things would be drawn without the room kept for the close-up (1 when none is
     * kept, or when the reader moved the map): the close-up is planned at that scale, so that keeping
     * room for it never makes more arcs look short (no feedback).
     */
    unreservedScale() {
      if (!framed || (reserved.bottom === 0 && reserved.left === 0)) return 1;
      const cam = map.cameraForBounds(corners(target), { padding: padding(false), maxZoom: FRAME.maxZoom });
      return cam?.zoom === undefined ? 1 : 2 ** (cam.zoom - map.getZoom());
    },
    /** Keeps room for the close-up on one side (0: none), and refits if the framing is kept. */
    reserve(side: 'bottom' | 'left' | null, px: number) {
      const next = { bottom: side === 'bottom' ? px : 0, left: side === 'left' ? px : 0 };
      if (next.bottom === reserved.bottom && next.left === reserved.left) return;
      reserved = next;
      if (framed) fit(false);
    },
    release: () => {
      framed = false;
    },
    isFramed: () => framed,
    /** Whether it keeps the opening view (not a selection's or a chapter's, not moved by hand). */
    isOpening: () => framed && target === opening,
  };
}

/**
 * How the map keeps its camera within the world. MapLibre's own rule for the flat map fills the
 * map's height with the world, which on a phone (a map taller than wide) makes the world wider than
 * the screen: here, where the world is shorter than the map, it may sit anywhere inside it (the rest
 * is sea), so that the whole world fits a phone's width at world scale; and the empty Arctic may go
 * above its top. Zoomed in further, and on the globe, the rule is MapLibre's: the view never goes
 * past the poles.
 */
export function worldConstrain(map: () => MlMap | undefined): TransformConstrainFunction {
  return (lngLat, zoomAsked) => {
    const m = map();
    const zoom = Math.min(m?.getMaxZoom() ?? 22, Math.max(m?.getMinZoom() ?? -2, zoomAsked ?? 0));
    if (!m || m.getProjection()?.type === 'globe')
      return { center: new LngLat(lngLat.lng, Math.max(-85, Math.min(85, lngLat.lat))), zoom };
    const world = WORLD_PX * 2 ** zoom;
    const half = m.getContainer().clientHeight / 2;
    const y = toWorld([lngLat.lng, lngLat.lat])[1] * world;
    // The world at least fills the height (MapLibre's rule), or lies within it; either way its empty
    // Arctic (the top 30 %, north of about 62°) may go above the map's top, so that a short phone map
    // (360 × 340 px: the world is taller than it) frames the world from its margin as a tall one
    // does, as the build's narrow picture draws it.
    const low = Math.min(half, world - half);
    const high = Math.max(world - half, half + 0.3 * world);
    const [, lat] = fromWorld([0, Math.max(low, Math.min(high, y)) / world]);
    return { center: new LngLat(lngLat.lng, lat), zoom };
  };
}
