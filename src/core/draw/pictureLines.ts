import type { Atlas } from '../atlas';
import { possibleArcs } from '../view/possibleArcs';
import type { VisibleArc } from '../view/visibleArcs';
import type { LonLat } from './arc';
import type { BoxLayout } from './boxLayout';
import { FLOW_DEFAULTS, flowCounts, nextDoor, possibleFlows, showsFlows } from './countryFlows';
import { flowCurve } from './flowCurve';
import { closeUpFrameOf, frameIn } from './layoutPicture';
import {
  cappedBounds,
  closeUpPx,
  planLayout,
  WORLD_SCALE_SPAN,
  type Bounds,
  type PlannedView,
} from './layoutPlan';
import { toWorld, WORLD_MIDDLE_LON } from './mercator';
import type { Px } from './nearest';
import type { ScreenArcs } from './pickable';
import { openingBounds } from './theme';

/** A rectangle, CSS px: from its top left (`x`, `y`), `w` × `h`. */
type PxRect = { x: number; y: number; w: number; h: number };

/**
 * Where a frame of `bounds` fitted in `rect` (as the picture fits it, `frameIn`) puts a place, CSS px:
 * at world scale the one world across, centred on the frame's middle meridian, from the frame's top.
 */
function projector(bounds: Bounds, rect: PxRect): (c: LonLat) => Px {
  const f = frameIn(bounds, rect);
  const [w, s, e, n] = bounds;
  if (e - w > WORLD_SCALE_SPAN) {
    const [, y0] = toWorld([w, n]);
    return ([lon, lat]) => {
      // (The one world from the mid-Atlantic to the mid-Atlantic: a place one world over is drawn here.)
      const dLon = ((((lon - WORLD_MIDDLE_LON) % 360) + 540) % 360) - 180;
      return [f.x + f.w / 2 + (dLon / 360) * f.w, f.y + (toWorld([lon, lat])[1] - y0) * f.w];
    };
  }
  const [x0, y0] = toWorld([w, n]);
  const [x1, y1] = toWorld([e, s]);
  return (c) => {
    const [x, y] = toWorld(c);
    return [f.x + ((x - x0) / (x1 - x0)) * f.w, f.y + ((y - y0) / (y1 - y0)) * f.h];
  };
}

/**
 * The lines a picture of the map draws (`layoutPictureSvg`, for the same `layout` and `view`), where
 * they fall in a box of `box` CSS px, with its close-up's box: its arcs, or on a crowded map its country flows (ids: the
 * countries) and a selection's arcs over them, in its main frame and in its close-up. Without WebGL the
 * page shows only the picture: a reader's click or tap on it picks among these (`pickNearest`), as on
 * the live map, whose lines fall within a few px of the picture's (the first-view browser tests).
 *
 * @example pictureLines(atlas, WIDE_LAYOUT, { width: 1280, height: 595 }, { visible })
 *   // → { arcs: [{ id: 'VN-13~CN-GX', where: 'closeUp', points: [[…], …] }, …], map, closeUp }
 */
export function pictureLines(
  atlas: Atlas,
  layout: BoxLayout,
  box: { width: number; height: number },
  o: {
    visible: readonly VisibleArc[];
    selected?: ReadonlySet<string>;
    flowsFrom?: number;
    /** What the map frames (default: its opening view; see `planLayout`). */
    view?: PlannedView;
  },
): ScreenArcs {
  const flows = showsFlows(o.visible.length, { fromArcs: o.flowsFrom ?? FLOW_DEFAULTS.fromArcs });
  const plan = planLayout(atlas, flows, layout, o.view);
  const { width: W, height: H } = layout.nominal;
  const asked = o.view?.target ?? openingBounds(atlas);
  const world = asked[2] - asked[0] > WORLD_SCALE_SPAN;
  const { frame } = plan.main;
  const target = world ? asked : cappedBounds(asked, [frame.w * W, frame.h * H]);
  const main = projector(target, {
    x: frame.x * box.width,
    y: frame.y * box.height,
    w: frame.w * box.width,
    h: frame.h * box.height,
  });
  // The lines drawn, as `staticMapSvg` draws them: every visible arc; on a crowded map the flows with
  // arcs on the day (the countries next door's in a close-up of home, the others on the main map) and
  // the selection's arcs.
  const ends = new Map(possibleArcs(atlas).map((a) => [a.id, a]));
  const arcs = o.visible.flatMap((a) => {
    const end = ends.get(a.id);
    if (!end || (flows && !o.selected?.has(a.id))) return [];
    return [{ id: a.id, line: end.flat ?? flowCurve(end.from, end.to, end.side) }];
  });
  const counts = flows ? flowCounts(atlas, o.visible) : new Map<string, number>();
  const shown = new Set(o.visible.map((a) => a.id));
  const cu = plan.closeUp?.ids.some((id) => shown.has(id)) ? plan.closeUp : null;
  const near = cu?.home ? nextDoor(atlas, cu.bounds) : null;
  const flowsIn = (inside: boolean) =>
    possibleFlows(atlas).flatMap((f) =>
      counts.get(f.id) && (near ? near.has(f.id) === inside : !inside) ? [{ id: f.id, line: f.flat }] : [],
    );
  const map = { width: box.width, height: box.height };
  const mainLines = [...flowsIn(false), ...arcs];
  if (!cu)
    return {
      arcs: mainLines.map((l) => ({ id: l.id, where: 'map', points: l.line.map(main) })),
      map,
      closeUp: null,
    };
  const { inner, bounds } = closeUpFrameOf(plan, cu, layout.nominal);
  const r = closeUpPx(plan, layout.nominal, box);
  const inClose = projector(bounds, {
    x: r.x + inner.x * r.w,
    y: r.y + inner.y * r.h,
    w: inner.w * r.w,
    h: inner.h * r.h,
  });
  const c = { left: r.x, top: r.y, right: r.x + r.w, bottom: r.y + r.h };
  const inBox = ([x, y]: Px) => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom;
  // Each line where it is seen: the main frame's out of the close-up's box (it covers them), the
  // close-up's inside it (its box cuts them). A line seen in several runs is a line per run.
  return {
    arcs: [
      ...mainLines.flatMap((l) =>
        runs(l.line.map(main), (p) => !inBox(p)).map((points) => ({
          id: l.id,
          where: 'map' as const,
          points,
        })),
      ),
      // (On a crowded map its flows too: those next door in a close-up of home, else all of them, faint
      // under a selection's arcs.)
      ...[...(flows ? flowsIn(!!near) : []), ...arcs].flatMap((l) =>
        runs(l.line.map(inClose), inBox).map((points) => ({ id: l.id, where: 'closeUp' as const, points })),
      ),
    ],
    map,
    closeUp: c,
  };
}

/**
 * The runs of a line that are seen (`seen`), each of two points or more, from and to where the line
 * crosses the edge of what is seen (found by halving the segment across it: to a hundredth of it).
 */
function runs(points: readonly Px[], seen: (p: Px) => boolean): Px[][] {
  const edge = (a: Px, b: Px): Px => {
    // (`a` seen, `b` not.)
    let [lo, hi] = [0, 1];
    for (let i = 0; i < 7; i++) {
      const mid = (lo + hi) / 2;
      if (seen([a[0] + (b[0] - a[0]) * mid, a[1] + (b[1] - a[1]) * mid])) lo = mid;
      else hi = mid;
    }
    return [a[0] + (b[0] - a[0]) * lo, a[1] + (b[1] - a[1]) * lo];
  };
  const out: Px[][] = [];
  let run: Px[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (seen(p)) {
      if (!run.length && prev) run.push(edge(p, prev));
      run.push(p);
    } else if (run.length) {
      run.push(edge(run.at(-1)!, p));
      if (run.length > 1) out.push(run);
      run = [];
    }
  });
  if (run.length > 1) out.push(run);
  return out;
}
