import type { Map as MlMap } from 'maplibre-gl';
import {
  CLOSE_UP_DEFAULTS,
  CLOSE_UP_MIN_MAP,
  FLOW_NEIGHBOURS,
  closeUpArcs,
  closeUpSize,
  homeCloseUpSize,
  homeBounds,
  magnification,
} from '../core/draw/closeUp';
import { END_WEIGHT, quietestCorner, type Corner } from '../core/draw/quietestPlace';
import { selectionCloseUp } from '../core/draw/selectionCloseUp';
import {
  CLOSE_UP_MARGIN,
  isNarrow,
  layoutFor,
  type BoxLayout,
  type PlannedRoom,
} from '../core/draw/boxLayout';
import { closeUpPx, reservedPx, type LayoutPlan } from '../core/draw/layoutPlan';
import type { LonLat } from '../core/draw/arc';
import { flowBounds } from '../core/draw/theme';
import type { Px } from '../core/draw/nearest';
import type { ArcEnds } from '../core/view/possibleArcs';
import type { Bounds } from './framing';
import type { MapRender, MapView } from './mapViewTypes';

/**
 * The close-up: where some arcs are too short to read or to hit at the map's framing (four border
 * provinces and Guangxi at world scale), a second, small map in the quietest corner frames just those
 * arcs, drawn and picked like the main map and in step with it (same state, same selection); for a
 * selection whose own arcs are long but whose places pile up at one end (France's partners at world
 * scale), it frames that heap (`selectionCloseUp`). It is
 * hidden while none of its arcs is visible, and re-planned whenever the map's framing changes.
 */
export function mountCloseUp(
  main: MlMap,
  all: readonly ArcEnds[],
  line: (id: string) => LonLat[] | undefined,
  /**
   * Makes the close-up's map; `room`: the room it keeps in shares of its box now, and the box its
   * plan was made for (null: pixels).
   */
  create: (el: HTMLElement, bounds: Bounds, room: () => PlannedRoom | null) => MapView,
  title: string,
  /** The lines the main map can draw in its present mode (its arcs, or its country flows). */
  drawn: () => { lines: LonLat[][]; flows: boolean },
  framing: {
    /** Asks the main map to keep room for the close-up (it would hide arcs), or not (null). */
    reserve(side: 'bottom' | 'left' | null, px: number): void;
    /** Scale of the main map without that room (see `createFraming`). */
    unreservedScale(): number;
    /** Whether the main map keeps its opening view (the close-up is drawn for names too there). */
    isOpening(): boolean;
    /** Whether the main map keeps a framing of its own (not moved by the reader). */
    isFramed(): boolean;
  },
  /** Called once it is planned again (the main map leaves the countries next door to it). */
  onPlanned: () => void = () => {},
  /**
   * The maps' label and line scale (larger on a wall screen): lengths and sizes are judged in units of
   * the names, so that an arc as short as a name at 4K gets a close-up as it does on a laptop.
   */
  scale: () => number = () => 1,
  /** The build's plan of the opening view (see `planLayout`), by layout and whether it draws flows. */
  layoutPlan?: (flows: boolean, layout: BoxLayout) => LayoutPlan,
): {
  render(r: MapRender): void;
  /** Plans again where the close-up goes (the main map's lines changed mode), after the task. */
  replan(): void;
  view(): MapView | null;
  box(): HTMLElement | null;
  /** The bounds it frames while it is shown (null: hidden). */
  bounds(): Bounds | null;
  destroy(): void;
} {
  const container = main.getContainer();
  const doc = container.ownerDocument;
  const box = doc.createElement('div');
  box.className = 'close-up';
  box.hidden = true;
  const caption = doc.createElement('p');
  caption.className = 'close-up-title';
  caption.textContent = title;
  const el = doc.createElement('div');
  el.className = 'close-up-map';
  box.append(el, caption);
  container.append(box);
  let view: MapView | null = null;
  let ids = new Set<string>();
  let framed: Bounds | null = null;
  let last: MapRender | null = null;
  const px = (c: LonLat): Px => {
    const p = main.project(c as [number, number]);
    return [p.x, p.y];
  };
  /** Where the close-up goes, what it frames and the room the map keeps for it (`keep`: unchanged). */
  interface Spot {
    ids: Set<string>;
    bounds: Bounds;
    size: Px;
    corner: Corner;
    x: number;
    reserve: { side: 'bottom' | 'left' | null; px: number } | 'keep';
  }
  /** The side of the main map where room is kept for it now (null: none). */
  let keptSide: 'bottom' | 'left' | null = null;
  /** The close-up's box (px) and the room its map keeps (shares), where it follows the plan. */
  let planned: { x: number; y: number; room: PlannedRoom } | null = null;
  /**
   * At its opening view the map follows the plan the build's picture is drawn from (`planLayout`, made
   * for the layout's nominal box), in shares of its own box: the picture and the map that takes over
   * from it agree in a box of any size (issue 14).
   */
  const nominal = (w: number, h: number): (Spot & { at: Px; room: PlannedRoom }) | null => {
    const layout = layoutFor(w / scale());
    const plan = layoutPlan?.(drawn().flows, layout);
    const c = plan?.closeUp;
    if (!plan || !c) return null;
    // (Along the bottom, beside what the main map shows: `closeUpPx`.)
    const at = closeUpPx(plan, layout.nominal, { width: w, height: h });
    const size: Px = [at.w, at.h];
    const kept = reservedPx(plan, { width: w, height: h }, layout.nominal);
    return {
      ids: new Set(c.ids),
      bounds: c.bounds,
      size,
      corner: c.corner,
      x: 0,
      at: [at.x, at.y],
      room: {
        pad: c.pad,
        nominal: { width: c.box.w * layout.nominal.width, height: c.box.h * layout.nominal.height },
      },
      reserve: { side: c.reserve, px: kept.bottom + kept.left },
    };
  };
  /**
   * A selection's close-up where its places pile up (`selectionCloseUp`), while the map keeps the
   * selection's framing (the reader's own zoom or pan has none); `px` in units of the names.
   */
  const selectionGroup = (px: (c: LonLat) => Px, size: Px): { ids: Set<string>; bounds: Bounds } | null => {
    const selected = last?.selected;
    if (!selected?.size || drawn().flows || !framing.isFramed() || framing.isOpening()) return null;
    const c = selectionCloseUp(
      all.filter((a) => selected.has(a.id)),
      px,
      size,
    );
    return c && { ids: new Set(c.ids), bounds: c.bounds };
  };
  /** The close-up planned for the map as it is framed now. */
  const own = (w: number, h: number): Spot | null => {
    const s = scale();
    const times = ([x, y]: Px): Px => [x * s, y * s];
    const unit = ([x, y]: Px): Px => [x / s, y / s];
    let size = times(closeUpSize(w / s, h / s));
    const k = framing.unreservedScale();
    const scaled = (c: LonLat): Px => {
      const [x, y] = px(c);
      return [x * k, y * k];
    };
    // A map too small for a second one beside it gets none (the reader zooms instead).
    const room = w >= CLOSE_UP_MIN_MAP.width && h >= CLOSE_UP_MIN_MAP.height;
    let ids = new Set(
      room
        ? closeUpArcs(
            all.map((a) => ({ id: a.id, from: unit(scaled(a.from)), to: unit(scaled(a.to)) })),
            framing.isOpening(),
          )
        : [],
    );
    // A selection whose places pile up at the end of its long arcs: the close-up is of that heap.
    const group = room ? selectionGroup((c) => unit(scaled(c)), closeUpSize(w / s, h / s)) : null;
    if (group) ids = group.ids;
    else if (ids.size === 0) return null;
    const lines = [...ids].flatMap((id) => {
      const l = line(id);
      return l ? [l] : [];
    });
    let bounds = group?.bounds ?? (flowBounds(lines, null) as Bounds);
    const [x0, y0] = scaled([bounds[0], bounds[3]]);
    const [x1, y1] = scaled([bounds[2], bounds[1]]);
    const { lines: marks, flows } = drawn();
    // At world scale the short arcs spread over half of Asia: the close-up shows home instead, where
    // every arc starts (its Vietnamese ends apart), with the neighbours' partners, in a box of home's
    // upright shape (a phone's: across the map); on a map of country flows, home and the countries
    // next door, whose flows it draws (see `planDraw`).
    if (!group && magnification([x1 - x0, y1 - y0], size) < CLOSE_UP_DEFAULTS.minMagnification) {
      bounds = flows
        ? homeBounds(
            marks.map((l) => l.at(-1)!),
            FLOW_NEIGHBOURS,
          )
        : homeBounds(lines.flatMap((l) => [l[0]!, l.at(-1)!]));
      ids = new Set(all.map((a) => a.id));
      size = times(homeCloseUpSize(w / s, h / s, CLOSE_UP_DEFAULTS, flows ? bounds : undefined));
      // (None where it would not show home larger than the main map, as the plan's: `planLayout`.)
      const [hx0, hy0] = scaled([bounds[0], bounds[3]]);
      const [hx1, hy1] = scaled([bounds[2], bounds[1]]);
      if (magnification([hx1 - hx0, hy1 - hy0], size) < CLOSE_UP_DEFAULTS.homeMinMagnification) return null;
    }
    const points = marks.flatMap((l) => l.map(px));
    const endsPx = marks.flatMap((l) => [px(l[0]!), px(l.at(-1)!)]);
    // (Not made smaller to spare a name, as the opening view's plan may: `planLayout`. A selection's
    // map is narrowed by its panel, and a smaller close-up there crowded Hà Nội's neighbours' names.)
    const spot = quietestCorner(points, { width: w, height: h }, size, endsPx);
    const { hidden, x } = spot;
    // On a tall map, or a phone's (wider than tall once its details open below it: the close-up takes
    // most of its width), a close-up at the top left that would hide an arc's end (Astana, on a phone)
    // goes to the bottom instead, where the map keeps room for it.
    const tall = h > w || isNarrow(w / s);
    const corner = tall && spot.corner === 'top-left' && hidden >= END_WEIGHT ? 'bottom-left' : spot.corner;
    // Where it would hide arcs, the main map keeps room for it: a two-level framing (on a phone, the
    // world above and the close-up below); once kept, the room stays (the arcs it moved are clear).
    // (Nor kept on the other side than the map's shape asks: a laptop's room on its left, kept
    // through a resize to a phone that hides nothing, framed the phone's map from its left.)
    const side = tall ? (corner === 'top-left' ? null : 'bottom') : 'left';
    const reserve: Spot['reserve'] =
      hidden > 0 || (keptSide !== null && side !== null && keptSide !== side)
        ? { side, px: (tall ? size[1] : size[0]) + CLOSE_UP_MARGIN }
        : 'keep';
    return { ids, bounds, size, corner, x, reserve };
  };
  /** The selection's arcs the close-up was last planned for. */
  let plannedFor = '';
  /** The box's size (px, `w×h`) its map was last made or resized for. */
  let sizedAs = '';
  const keyOf = (ids: ReadonlySet<string>) => [...ids].sort().join();
  /** Whether a plan is being made: the room it keeps moves the map, whose `moveend` asks for one. */
  let planning = false;
  const plan = () => {
    // (That plan, nested in this one, sized and framed the close-up for the moved map, and this one
    // then sized and framed it again as it had planned: two more canvas resizes in one click.)
    if (planning) return;
    planning = true;
    try {
      planNow();
    } finally {
      planning = false;
    }
  };
  /** Plans made so far (a replan asked for is not made when one was made since). */
  let plans = 0;
  const planNow = () => {
    plans++;
    plannedFor = last ? keyOf(last.selected) : '';
    const w = container.clientWidth;
    const h = container.clientHeight;
    const follow = framing.isOpening() && layoutPlan ? nominal(w, h) : null;
    const spot = follow ?? (framing.isOpening() && layoutPlan ? null : own(w, h));
    planned = follow ? { x: follow.at[0], y: follow.at[1], room: follow.room } : null;
    ids = spot?.ids ?? new Set();
    if (!spot) {
      framing.reserve(null, 0);
      keptSide = null;
      framed = null;
      box.hidden = true;
      return onPlanned();
    }
    const { bounds, size, corner, x, reserve } = spot;
    box.dataset.corner = corner;
    // Following the plan, at its place in shares of the map; else in its corner (src/app/style.css).
    box.style.inset = planned ? `${planned.y}px auto auto ${planned.x}px` : '';
    box.style.margin = planned ? '0' : '';
    if (!planned) box.style.left = corner === 'bottom' ? `${x}px` : '';
    if (reserve !== 'keep') {
      framing.reserve(reserve.side, reserve.px);
      keptSide = reserve.px > 0 ? reserve.side : null;
    }
    const sized = `${Math.round(size[0])}x${Math.round(size[1])}`;
    box.style.width = `${Math.round(size[0])}px`;
    box.style.height = `${Math.round(size[1])}px`;
    // MapLibre takes its container's size when made: the box must be laid out by then.
    box.hidden = false;
    if (!view) view = create(el, bounds, () => planned?.room ?? null);
    else {
      // A box of a new size: MapLibre learns it before it frames (its map does not watch its box:
      // `createMap`). Only then: a resize sizes its canvas anew, 100–300 ms where WebGL is drawn in
      // software, and a selection plans the close-up two or three times in one click (issue 16).
      if (sized !== sizedAs) view.map.resize();
      view.frameBounds(bounds);
    }
    sizedAs = sized;
    framed = bounds;
    if (last) render(last);
    onPlanned();
  };
  const render = (r: MapRender) => {
    last = r;
    // A selection's arcs change with the day and the filters (France's partners: three in 1995,
    // fourteen today), and its heap with them: where the map keeps the selection's framing, the
    // close-up is planned again for them, as the picture of that state plans it. (After the task: a new
    // selection is framed next, and planned once it has moved.)
    if (keyOf(r.selected) !== plannedFor)
      queueMicrotask(() => {
        const again = last && keyOf(last.selected) !== plannedFor;
        if (again && !main.isMoving() && framing.isFramed() && !framing.isOpening()) plan();
      });
    const shown = ids.size > 0 && r.arcs.some((a) => ids.has(a.id));
    box.hidden = !shown;
    if (shown) view?.render(r);
  };
  plan();
  // Re-planned after every framing (a resize, a selection, the reader's own zoom): zoomed in, the
  // arcs are long enough and the close-up goes.
  main.on('moveend', plan);
  return {
    render,
    // After the task, and only if no plan was made by then: a selection changes the main map's mode
    // (named flows, a selection over them) before it is framed, and its framing plans the close-up
    // again when it has moved (reduced motion: at once, in the same click), each plan resizing the
    // close-up's canvas (issue 16).
    replan() {
      const asked = plans;
      queueMicrotask(() => {
        if (plans === asked && !main.isMoving()) plan();
      });
    },
    view: () => view,
    box: () => (box.hidden ? null : box),
    bounds: () => (box.hidden ? null : framed),
    destroy() {
      main.off('moveend', plan);
      view?.destroy();
      box.remove();
    },
  };
}
