import type { Topology } from 'topojson-specification';
import type { Atlas } from '../atlas';
import { visibleArcs } from '../view/visibleArcs';
import { FLOW_DEFAULTS, showsFlows } from './countryFlows';
import { fromWorld, toWorld } from './mercator';
import { controlsPx, type BoxLayout, type Shares } from './boxLayout';
import {
  cappedBounds,
  closeUpGeometry,
  closeUpPx,
  planLayout,
  shownWidth,
  WORLD_SCALE_SPAN,
  type Bounds,
  type LayoutPlan,
  type PlannedView,
  type ShareBox,
} from './layoutPlan';
import type { Px } from './nearest';
import { geometryData, num, type BottomGeometry } from './alongBottom';
import type { Rect } from './pictureLabels';
import { CLOSE_UP_TITLE, captionPlate } from './pictureCloseUp';
import { LABEL_SIZE, NARROW_DRAWN_FOR, staticMapSvg, type StaticMapOptions } from './staticMap';
import { MAP_SIZES, MAP_THEMES, openingBounds } from './theme';
import { escapeXml } from './xml';

/**
 * The options that size a frame's words: `share` for the layout's nominal box, and a set per set of
 * the layout, each with names of its `px` in its box (`shown` gives the frame's width, px, in a box).
 */
function sized(layout: BoxLayout, shown: (box: { width: number; height: number }) => number) {
  const nominal = shown(layout.nominal);
  const first = layout.sets[0]!;
  // Names of `first.px` in the nominal box: `LABEL_SIZE` units at `NARROW_DRAWN_FOR` × share px.
  const share = (nominal / NARROW_DRAWN_FOR) * (LABEL_SIZE / first.px);
  return {
    share,
    sets: layout.sets.map((set) => ({
      id: set.id,
      drawnFor: (NARROW_DRAWN_FOR * shown(set.box) * first.px) / (nominal * set.px),
      px: set.px,
    })),
  };
}

/** `sized`'s sets, each with the box (picture units) its names keep out of in its set's box, if any. */
function keptOut(
  layout: BoxLayout,
  o: ReturnType<typeof sized>,
  box: ((b: { width: number; height: number }) => Rect) | null,
) {
  if (!box) return o;
  return { ...o, sets: o.sets.map((set, i) => ({ ...set, keepOut: box(layout.sets[i]!.box) })) };
}

/**
 * The CSS that shows each set of words in its boxes (the first elsewhere): a set for shorter boxes
 * (`of` a class) hides that class's set too, and comes after it (same specificity: the later wins).
 */
function setsCss(sets: BoxLayout['sets'], svg: string): string {
  const [first, ...rest] = sets;
  const others = [...rest.filter((o) => !o.of), ...rest.filter((o) => o.of)];
  const lines = linesCss(svg);
  const hidden = (o: (typeof others)[number]) =>
    [...new Set([first!.id, ...(o.of ? [o.of] : [])])].map((id) => `.${id}`).join(',');
  return [
    lines(first!.px),
    others.length ? `${others.map((o) => `.${o.id}`).join(',')}{display:none}` : '',
    ...others.map(
      (o) => `@media ${o.media}{${hidden(o)}{display:none}.${o.id}{display:inline}${lines(o.px)}}`,
    ),
  ].join('');
}

/**
 * The lines' widths (arcs, flows, borders and outlines) and the close-up's caption for a set whose
 * names are `px` (18 on a wall screen, where the live map draws its lines 1.5 times as wide as its
 * 12-px names' maps, `setLook` and `basemapPaint`, and its caption is 0.7 rem of the page's 150 % type):
 * a rule per width the picture draws (its lines keep their width in screen px: `non-scaling-stroke`),
 * none at 12 px.
 */
const linesCss = (svg: string) => {
  const widths = [
    ...new Set(
      [...svg.matchAll(/<path [^>]*?vector-effect="non-scaling-stroke"[^>]*>/g)].flatMap(
        (m) => / stroke-width="([\d.]+)"/.exec(m[0])?.[1] ?? [],
      ),
    ),
  ];
  return (px: number) =>
    px === LABEL_PX
      ? ''
      : `.caption{transform:scale(${+(px / LABEL_PX).toFixed(3)})}` +
        widths
          .map(
            (w) =>
              `path[vector-effect][stroke-width="${w}"]{stroke-width:${+((Number(w) * px) / LABEL_PX).toFixed(2)}px}`,
          )
          .join('');
};
/** The live map's names' size (CSS px) at scale 1: a set of this size draws the lines as written. */
const LABEL_PX = 12;

/**
 * The room (picture units) around a frame of `bounds` fitted (`meet`) and centred (at world scale, from
 * the top) in `rect` (px, within a box `box` px), up to the box's edges and above `floor` px: the names
 * may go there, as the live map's go into its margins.
 */
function roomAround(
  bounds: Bounds,
  rect: { x: number; y: number; w: number; h: number },
  box: Px,
  floor = box[1],
): { top: number; right: number; bottom: number; left: number } {
  const { x, y, w, h, units } = frameIn(bounds, rect);
  return {
    left: Math.max(0, x) * units,
    right: Math.max(0, box[0] - x - w) * units,
    top: Math.max(0, y) * units,
    bottom: Math.max(0, floor - y - h) * units,
  };
}

/**
 * What a box of `box` px shows (west, south, east, north) where a frame of `bounds` is fitted in `rect`
 * within it: the frame and the room around it up to the box's edges. The main map outlines this much of
 * its close-up (`closeUpAreaRing`), as the live map outlines its close-up's map's bounds: the frame's
 * bounds alone ran through Luzon, which the close-up shows whole.
 */
export function shownBounds(
  bounds: Bounds,
  rect: { x: number; y: number; w: number; h: number },
  box: Px,
): Bounds {
  const f = frameIn(bounds, rect);
  const [x0, y0] = toWorld([bounds[0], bounds[3]]);
  const [x1, y1] = toWorld([bounds[2], bounds[1]]);
  const at = (px: number, py: number) =>
    fromWorld([x0 + ((px - f.x) * (x1 - x0)) / f.w, y0 + ((py - f.y) * (y1 - y0)) / f.h]);
  const [w, n] = at(0, 0);
  const [e, s] = at(box[0], box[1]);
  return [w, s, e, n];
}

/**
 * Where a frame of `bounds` fitted (`meet`) and centred (at world scale, from the top) in `rect` (px)
 * falls: its box (px), and the picture's units per px.
 */
export function frameIn(bounds: Bounds, rect: { x: number; y: number; w: number; h: number }) {
  const [w, s, e, n] = bounds;
  const world = e - w > WORLD_SCALE_SPAN;
  const shown = shownWidth(bounds, [rect.w, rect.h]);
  const [x0, y0] = toWorld([w, n]);
  const [x1, y1] = toWorld([e, s]);
  // (At world scale the picture's 1,000 units are the one world across.)
  const fh = (shown * (y1 - y0)) / (world ? 1 : x1 - x0);
  return {
    x: rect.x + (rect.w - shown) / 2,
    y: world ? rect.y : rect.y + (rect.h - fh) / 2,
    w: shown,
    h: fh,
    units: 1000 / shown,
  };
}

/** A box (shares of a box of `size` px) in the units of a frame of `bounds` fitted in `rect` there. */
function inFrame(
  bounds: Bounds,
  rect: { x: number; y: number; w: number; h: number },
  size: { width: number; height: number },
  b: ShareBox,
): Rect {
  const f = frameIn(bounds, rect);
  const at = (px: number, from: number) => (px - from) * f.units;
  return {
    x0: at(b.x * size.width, f.x),
    y0: at(b.y * size.height, f.y),
    x1: at((b.x + b.w) * size.width, f.x),
    y1: at((b.y + b.h) * size.height, f.y),
  };
}

/** The room around a frame (picture units) in the widest and tallest boxes of a layout, side by side. */
function widest(layout: BoxLayout, room: (box: { width: number; height: number }) => Shares): Shares {
  const rooms = layout.drawnFor.map(room);
  const most = (k: keyof Shares) => Math.max(...rooms.map((r) => r[k]));
  return { top: most('top'), right: most('right'), bottom: most('bottom'), left: most('left') };
}

/**
 * The boxes a set's close-up is measured in for its names' room, as shares of the set's box's width and
 * height: its own, 20 % narrower, 15 % taller (a set is shown in the boxes of its class of width and
 * height, up to about that far from its own).
 */
const SHOWN_IN = [
  [1, 1],
  [0.8, 1],
  [1, 1.15],
] as const;

const pc = (v: number) => `${+(v * 100).toFixed(2)}%`;

/**
 * The CSS that places a close-up along the bottom as `closeUpPx` does, in the picture's box (its
 * `vw` and `vh` are the picture's width and height in an <img>): `closeUpGeometry`'s constants, with
 * k = min(`across`…) a length of k px. Empty for a close-up in a corner (its shares, as attributes).
 */
function closeUpAt(g: BottomGeometry | null): string {
  if (!g) return '';
  const k = `min(${num(g.across[0] * 100)}vw,${num(g.across[1] * 100)}vh)`;
  const w = `min(max(${num(g.share * 100)}vw,${num(g.least)}px),${num(g.room)}*${k})`;
  const x = `clamp(0px,calc(${num(g.middle * 100)}vw + ${num(g.from + g.lean * g.room)}*${k} - ${num(g.lean)}*${w}),calc(100vw - ${w}))`;
  return `.close-up-at{x:${x};width:${w}}foreignObject>svg{display:block}`;
}

/**
 * A plan's close-up's frame in its box at the layout's nominal size: its inner box (shares of its box,
 * inside the room it keeps), its box's width and height and its inner box's (px), and what it frames
 * (capped where the map stops zooming in, `cappedBounds`).
 */
export function closeUpFrameOf(
  plan: LayoutPlan,
  c: NonNullable<LayoutPlan['closeUp']>,
  nominal: { width: number; height: number },
) {
  const p = c.pad;
  const inner: ShareBox = { x: p.left, y: p.top, w: 1 - p.left - p.right, h: 1 - p.top - p.bottom };
  const { w: cw, h: ch } = closeUpPx(plan, nominal, nominal);
  const rect: Px = [inner.w * cw, inner.h * ch];
  return { inner, cw, ch, rect, bounds: cappedBounds(c.bounds, rect) };
}

/**
 * The build's picture of the opening view for a layout's boxes (`NARROW_LAYOUT`: a phone's map, a
 * narrow embed; `WIDE_LAYOUT`: any wider box): the live map's layout, planned by `planLayout`, in
 * percentages of the picture's box, so that in a box of any size its frame, its close-up and their
 * margins fall where the live map's will. Its root has no viewBox: its units are the box's CSS px, and
 * it places the main picture (`staticMapSvg`'s `exact` frame, the land going on around it) and the
 * close-up's in nested boxes, each fitted as `fitBounds` fits (`meet`, centred; at world scale by its
 * width). Words and dots: a set per class of box (`BoxLayout.sets`), each with its names' size there.
 */
export function layoutPictureSvg(
  atlas: Atlas,
  topo: Topology,
  layout: BoxLayout,
  opts: Pick<
    StaticMapOptions,
    | 'day'
    | 'lang'
    | 'theme'
    | 'title'
    | 'flowsFrom'
    | 'hubsFrom'
    | 'visible'
    | 'selected'
    | 'picked'
    | 'advance'
    | 'nameRoom'
  >,
  /** What the map frames (default: its opening view; see `planLayout`). */
  view?: PlannedView,
): string {
  const { width: W, height: H } = layout.nominal;
  const t = MAP_THEMES[opts.theme ?? 'light'];
  const plan = planLayout(
    atlas,
    showsFlows((opts.visible ?? visibleArcs(atlas, opts.day)).length, {
      fromArcs: opts.flowsFrom ?? FLOW_DEFAULTS.fromArcs,
    }),
    layout,
    view,
  );
  const asked = view?.target ?? openingBounds(atlas);
  const world = asked[2] - asked[0] > WORLD_SCALE_SPAN;
  // The close-up is shown while one of its arcs is (as the live map's: none before the first).
  const shown = new Set((opts.visible ?? visibleArcs(atlas, opts.day)).map((a) => a.id));
  const cu = plan.closeUp?.ids.some((id) => shown.has(id)) ? plan.closeUp : null;
  const near = cu?.home ? { box: cu.bounds, inside: false } : undefined;
  const { title: _title, ...base } = opts;
  // The main frame: in its padded box, fitted (at world scale the one world across, from its top, or
  // where the box is too short for it, by its height, centred, as the live map's: `worldWidth`).
  const frame: ShareBox = plan.main.frame;
  // The close-up's box (px) in a box of the layout (`closeUpPx`), and in shares of that box.
  const cuPx = (b: { width: number; height: number }) => closeUpPx(plan, layout.nominal, b);
  const cuShares = (b: { width: number; height: number }): ShareBox => {
    const r = cuPx(b);
    return { x: r.x / b.width, y: r.y / b.height, w: r.w / b.width, h: r.h / b.height };
  };
  const nested = (svg: string, b: ShareBox, align: string, overflow: boolean) =>
    svg
      .replace(/preserveAspectRatio="[^"]*"/, `preserveAspectRatio="${align}"`)
      .replace(
        '<svg ',
        `<svg x="${pc(b.x)}" y="${pc(b.y)}" width="${pc(b.w)}" height="${pc(b.h)}"${overflow ? ' overflow="visible"' : ''} `,
      )
      .replace(' xmlns="http://www.w3.org/2000/svg"', '');
  // The main frame's box (px) in a box of the layout.
  const framePx = (b: { width: number; height: number }) => ({
    x: frame.x * b.width,
    y: frame.y * b.height,
    w: frame.w * b.width,
    h: frame.h * b.height,
  });
  // No name goes under the map's controls in a set's boxes (the live map keeps them out: `controlsPx`).
  const withControls = (o: ReturnType<typeof keptOut>) => ({
    ...o,
    sets: o.sets.map((set, i) => {
      const b = layout.sets[i]!.box;
      const share = (r: Rect): ShareBox => ({
        x: r.x0 / b.width,
        y: r.y0 / b.height,
        w: (r.x1 - r.x0) / b.width,
        h: (r.y1 - r.y0) / b.height,
      });
      return {
        ...set,
        controls: controlsPx(b, set.px / LABEL_PX).map((r) => inFrame(target, framePx(b), b, share(r))),
      };
    }),
  });
  const closeUpFrame = (c: NonNullable<typeof cu>) => closeUpFrameOf(plan, c, layout.nominal);
  /** What the close-up shows, its room included (`shownBounds`): the main map outlines it. */
  const closeUpShown = (c: NonNullable<typeof cu>) => {
    const { inner, cw, ch, rect, bounds } = closeUpFrame(c);
    return shownBounds(bounds, { x: inner.x * cw, y: inner.y * ch, w: rect[0], h: rect[1] }, [cw, ch]);
  };
  // What the frame shows: more than a selection's short arc where the map stops zooming in.
  const target = world ? asked : cappedBounds(asked, [frame.w * W, frame.h * H]);
  // Names may go into the margins, down to the close-up below (or to the room kept for it).
  const floor = cu && cu.box.y > 0.5 ? cu.box.y * H : H;
  // What the close-up shows: the area it outlines on the main map.
  const shows = cu ? closeUpShown(cu) : null;
  const main = nested(
    staticMapSvg(atlas, topo, {
      ...base,
      narrowOnly: true,
      exact: true,
      bounds: target,
      // (The places its close-up shows, its outlined area, are named there: here their dots only, as
      // the live map's.)
      ...(shows ? { namedElsewhere: shows, closeUpShows: shows } : {}),
      ...withControls(
        keptOut(
          layout,
          sized(layout, (b) => shownWidth(target, [frame.w * b.width, frame.h * b.height])),
          // No name goes on under the close-up (the live map's collisions keep clear of it: `addKeepOut`).
          cu && ((b) => inFrame(target, framePx(b), b, cuShares(b))),
        ),
      ),
      labelRoom: roomAround(
        target,
        {
          x: frame.x * W,
          y: frame.y * H,
          w: frame.w * W,
          h: frame.h * H,
        },
        [W, H],
        floor,
      ),
      drawnRoom: widest(layout, (b) => roomAround(target, framePx(b), [b.width, b.height])),
      ...(near ? { near } : {}),
    }),
    frame,
    world ? 'xMidYMin meet' : 'xMidYMid meet',
    true,
  );
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">`,
    opts.title ? `<title>${escapeXml(opts.title)}</title>` : '',
    `<rect width="100%" height="100%" fill="${t.background}"/>`,
    // Each set of words and dots in the boxes it is sized for (written once the lines are drawn).
    '<style></style>',
    main,
  ];
  // Along the bottom, the close-up's place as constants (`closeUpPx`): the picture's CSS states it.
  const geometry = cu ? closeUpGeometry(plan, layout.nominal) : null;
  if (cu) {
    const { inner, cw, ch, rect, bounds } = closeUpFrame(cu);
    const title = CLOSE_UP_TITLE[opts.lang ?? 'fr'];
    // The room around its frame in each set's close-up, where the set's names go: wholly inside the
    // close-up as the live map's, whose box has the set's shape (an embed's close-up is narrower than a
    // laptop's, and a name placed in the laptop's room was cut by its edge).
    // A set is shown in boxes narrower and taller than its own, where its close-up's shape differs
    // (along the bottom it keeps its width in px as far as its room gives): its names keep to the room
    // those leave on each side too (a 600-px embed cut three names of its short set's close-up).
    const roomIn = (b: { width: number; height: number }) => {
      const r = cuPx(b);
      const box = { x: inner.x * r.w, y: inner.y * r.h, w: inner.w * r.w, h: inner.h * r.h };
      return roomAround(bounds, box, [r.w, r.h]);
    };
    const inBoxes = (o: ReturnType<typeof sized>) => ({
      ...o,
      sets: o.sets.map((set, i) => {
        const b = layout.sets[i]!.box;
        const rooms = SHOWN_IN.map(([w, h]) => roomIn({ width: b.width * w, height: b.height * h }));
        const least = (k: keyof Shares) => Math.min(...rooms.map((r) => r[k]));
        return {
          ...set,
          labelRoom: {
            top: least('top'),
            right: least('right'),
            bottom: least('bottom'),
            left: least('left'),
          },
        };
      }),
    });
    const picture = nested(
      staticMapSvg(atlas, topo, {
        ...base,
        narrowOnly: true,
        exact: true,
        bounds,
        ...inBoxes(sized(layout, (b) => shownWidth(bounds, [inner.w * cuPx(b).w, inner.h * cuPx(b).h]))),
        caption: title,
        labelRoom: roomAround(bounds, { x: inner.x * cw, y: inner.y * ch, w: rect[0], h: rect[1] }, [cw, ch]),
        drawnRoom: widest(layout, (b) => {
          const r = cuPx(b);
          return roomAround(
            bounds,
            { x: inner.x * r.w, y: inner.y * r.h, w: inner.w * r.w, h: inner.h * r.h },
            [r.w, r.h],
          );
        }),
        ...(cu.home ? { near: { box: cu.bounds, inside: true } } : {}),
      }),
      inner,
      'xMidYMid meet',
      true,
    );
    // The caption as the live map's (0.7 rem on a plate of the page's colour, at the top left).
    const plate = captionPlate(title, 13);
    // Along the bottom, its place beside what the main map shows (`closeUpPx`) is CSS (x and width
    // of a foreignObject: a nested svg's are not CSS in Chromium), its box's attributes the shares
    // it has in boxes of the nominal shape and taller; in a corner, its shares.
    // (Its constants too, `data-at`: a canvas the picture is drawn on is tainted by a foreignObject,
    // and the PNG export draws it as a nested svg placed for its box: `closeUpPlaced`.)
    const g = geometry;
    const box = `x="${pc(cu.box.x)}" y="${pc(cu.box.y)}" width="${pc(cu.box.w)}" height="${pc(cu.box.h)}"`;
    parts.push(
      g
        ? `<foreignObject class="close-up-at" ${box} data-at="${geometryData(g)}"><svg class="close-up" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">`
        : `<svg class="close-up" ${box}>`,
      `<rect width="100%" height="100%" fill="${t.background}"/>`,
      picture,
      // (Scaled with the names of a wall screen's set: `setsCss`.)
      `<g class="caption"><rect width="${plate.width.toFixed(1)}" height="${plate.height.toFixed(1)}" fill="${t.halo}"/>`,
      `<text x="${(plate.size * 0.5).toFixed(1)}" y="${(plate.size * 1.3).toFixed(1)}" font-family="${MAP_SIZES.pictureFonts}" font-size="${plate.size}" fill="${t.label}">${escapeXml(title)}</text></g>`,
      `<rect width="100%" height="100%" fill="none" stroke="${t.border}" stroke-width="2"/>`,
      g ? '</svg></foreignObject>' : '</svg>',
    );
  }
  parts.push('</svg>');
  const svg = parts.join('');
  return svg.replace('<style></style>', `<style>${closeUpAt(geometry)}${setsCss(layout.sets, svg)}</style>`);
}

/**
 * A layout picture with one class's sets of words and dots only (`id`, one of `layout.sets`, and its
 * sets for shorter boxes, `of` it), shown in any box: the others, hidden by the picture's media queries,
 * still cost the reader's main thread their parsing (300 events at 1280 px: 31–39 ms instead of 88–91
 * with every set; issue 16). The sets are drawn independently of each other (`staticMapSvg`'s `sets`),
 * so that this is the picture drawn with those sets alone (a unit test checks it); the build takes each
 * class's picture from the one with all of them, at no cost. Its sets for shorter boxes are shown by
 * their height alone: public/theme.js chose the file by the viewport's width, and the picture's box can
 * be narrower (a scrollbar, the details beside the map), across a class's edge.
 */
export function pictureOfSet(svg: string, layout: BoxLayout, id: string): string {
  const ids = layout.sets.map((s) => s.id);
  if (!ids.includes(id)) throw new Error(`pictureOfSet: ${id} is not a set of the ${layout.id} layout`);
  // The class's set, and its sets for shorter boxes, shown by their media queries.
  const kept = layout.sets
    .filter((s) => s.id === id || s.of === id)
    .map((s) => (s.of ? { ...s, media: heightOnly(s.media ?? '') } : s));
  const set = kept.find((s) => s.id === id)!;
  // (The close-up's place, `closeUpAt`, is every set's.)
  const at = /<style>(\.close-up-at\{[^}]*\}[^{]*\{display:block\})?/.exec(svg)?.[1] ?? '';
  const out = svg.replace(
    /<style>[^<]*<\/style>/,
    `<style>${at}${setsCss([set, ...kept.filter((s) => s !== set)], svg)}</style>`,
  );
  // The other sets' groups cut out in one pass, the picture joined once (cut one at a time, the
  // picture with all sets, a few hundred KB, was copied at each: a second of the build's six).
  const cuts: [number, number][] = [];
  for (const other of ids.filter((s) => !kept.some((k) => k.id === s))) {
    const open = `<g class="${other}">`;
    for (let from = out.indexOf(open); from >= 0; from = out.indexOf(open, from + open.length))
      cuts.push([from, groupEnd(out, from)]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let kept0 = 0;
  for (const [from, to] of cuts) {
    // (A group inside one cut already goes with it.)
    if (from < kept0) continue;
    parts.push(out.slice(kept0, from));
    kept0 = to;
  }
  parts.push(out.slice(kept0));
  return parts.join('');
}

/**
 * The height conditions of a media query of features joined by "and".
 *
 * @example heightOnly('(min-width:1100.01px) and (max-height:505px)') === '(max-height:505px)'
 */
export const heightOnly = (media: string) =>
  media
    .split(' and ')
    .filter((f) => f.includes('height'))
    .join(' and ');

/** Where the group opened at `at` ends: past its own </g>, and the groups it holds. */
function groupEnd(svg: string, at: number): number {
  const tags = /<g\b[^>]*?(\/?)>|<\/g>/g;
  tags.lastIndex = at;
  let depth = 0;
  for (let m = tags.exec(svg); m; m = tags.exec(svg)) {
    if (m[0] === '</g>') depth--;
    else if (!m[1]) depth++;
    if (depth === 0) return tags.lastIndex;
  }
  throw new Error(`pictureOfSet: the group at ${at} is never closed`);
}
