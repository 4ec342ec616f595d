import type { Topology } from 'topojson-specification';
import type { Atlas } from '../atlas';
import { visibleArcs } from '../view/visibleArcs';
import { FLOW_DEFAULTS, showsFlows } from './countryFlows';
import { toWorld } from './mercator';
import { NARROW_LAYOUT } from './narrowLayout';
import { planNarrow, shownWidth, WORLD_SCALE_SPAN, type Bounds, type ShareBox } from './narrowPlan';
import type { Px } from './nearest';
import { CLOSE_UP_TITLE, captionPlate } from './pictureCloseUp';
import { LABEL_SIZE, NARROW_DRAWN_FOR, staticMapSvg, type StaticMapOptions } from './staticMap';
import { MAP_SIZES, MAP_THEMES, openingBounds } from './theme';
import { escapeXml } from './xml';

/** The names' size (CSS px) on the nominal phone: the live map's. */
const NAME_PX = 12;
/** The `share` that draws the words of a frame shown `px` wide at `NAME_PX`. */
const shareFor = (px: number) => (px / NARROW_DRAWN_FOR) * (LABEL_SIZE / NAME_PX);
/**
 * A short phone map (a 375 × 667 phone's, 375 × 345 px): the picture's frames scale with its box, and
 * names of 12 px on the nominal phone would be 8 px there. The picture has a second set of words and
 * dots sized for it, shown by its media query on its box's height (`SHORT_BOX_MAX`).
 */
const SHORT_BOX = { width: 375, height: 345 };
/**
 * The tallest phone map the picture draws land for (a 20:9 phone's, 390 × 640 px, is taller for its
 * width than the nominal one): around each frame, the picture draws what a box of this shape shows,
 * and no more (a close-up's land beyond its box would be bytes no one sees).
 */
const TALL = { width: 390, height: 640 };
/** The box height (CSS px) up to which the short set is shown. */
const SHORT_BOX_MAX = 430;
/**
 * The options that size a frame's words: `share` for the nominal phone, and the two sets (the nominal
 * phone's, the short phone's) with `shown` giving the frame's width in px in a box.
 */
function sized(shown: (box: { width: number; height: number }) => number) {
  const nominal = shown(NARROW_LAYOUT.nominal);
  return {
    share: shareFor(nominal),
    sets: [
      { id: 'narrow', drawnFor: NARROW_DRAWN_FOR },
      { id: 'short', drawnFor: (NARROW_DRAWN_FOR * shown(SHORT_BOX)) / nominal },
    ],
  };
}

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
  const [w, s, e, n] = bounds;
  const world = e - w > WORLD_SCALE_SPAN;
  const shown = shownWidth(bounds, [rect.w, rect.h]);
  const [x0, y0] = toWorld([w, n]);
  const [x1, y1] = toWorld([e, s]);
  const fh = (shown * (y1 - y0)) / (x1 - x0);
  const fx = rect.x + (rect.w - shown) / 2;
  const fy = world ? rect.y : rect.y + (rect.h - fh) / 2;
  const units = 1000 / shown;
  return {
    left: Math.max(0, fx) * units,
    right: Math.max(0, box[0] - fx - shown) * units,
    top: Math.max(0, fy) * units,
    bottom: Math.max(0, floor - fy - fh) * units,
  };
}

const pc = (v: number) => `${+(v * 100).toFixed(2)}%`;

/**
 * The build's picture for a narrow box (a phone's map, a narrow embed): the live map's narrow layout
 * (`NARROW_LAYOUT`, planned by `planNarrow`) in percentages of the picture's box, so that in a box of
 * any phone's size its frame, its close-up and their margins fall where the live map's will. Its root
 * has no viewBox: its units are the box's CSS px, and it places the main picture (`staticMapSvg`'s
 * `exact` frame, the land going on around it) and the close-up's in nested boxes, each fitted as
 * `fitBounds` fits (`meet`, centred). Words and dots are those of the narrow class, 13 px on the
 * nominal phone.
 */
export function narrowPictureSvg(
  atlas: Atlas,
  topo: Topology,
  opts: Pick<StaticMapOptions, 'day' | 'lang' | 'theme' | 'title' | 'flowsFrom'>,
): string {
  const { width: W, height: H } = NARROW_LAYOUT.nominal;
  const t = MAP_THEMES[opts.theme ?? 'light'];
  const plan = planNarrow(
    atlas,
    showsFlows(visibleArcs(atlas, opts.day).length, { fromArcs: opts.flowsFrom ?? FLOW_DEFAULTS.fromArcs }),
  );
  const target = openingBounds(atlas);
  const world = target[2] - target[0] > WORLD_SCALE_SPAN;
  const cu = plan.closeUp;
  const near = cu?.home ? { box: cu.bounds, inside: false } : undefined;
  const { title: _title, ...base } = opts;
  // The main frame: in its padded box, fitted (at world scale the one world across, from its top).
  const frame: ShareBox = world
    ? { x: 0, y: plan.pad.top, w: 1, h: 1 - plan.pad.top }
    : {
        x: plan.pad.left,
        y: plan.pad.top,
        w: 1 - plan.pad.left - plan.pad.right,
        h: 1 - plan.pad.top - plan.pad.bottom,
      };
  const nested = (svg: string, b: ShareBox, align: string, overflow: boolean) =>
    svg
      .replace(/preserveAspectRatio="[^"]*"/, `preserveAspectRatio="${align} meet"`)
      .replace(
        '<svg ',
        `<svg x="${pc(b.x)}" y="${pc(b.y)}" width="${pc(b.w)}" height="${pc(b.h)}"${overflow ? ' overflow="visible"' : ''} `,
      )
      .replace(' xmlns="http://www.w3.org/2000/svg"', '');
  // Names may go into the margins, down to the close-up below (or to the room kept for it).
  const floor = cu && cu.box.y > 0.5 ? cu.box.y * H : H;
  const main = nested(
    staticMapSvg(atlas, topo, {
      ...base,
      narrowOnly: true,
      exact: true,
      bounds: target,
      ...sized((b) => shownWidth(target, [frame.w * b.width, frame.h * b.height])),
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
      drawnRoom: roomAround(
        target,
        {
          x: frame.x * TALL.width,
          y: frame.y * TALL.height,
          w: frame.w * TALL.width,
          h: frame.h * TALL.height,
        },
        [TALL.width, TALL.height],
      ),
      ...(near ? { near } : {}),
    }),
    frame,
    world ? 'xMidYMin' : 'xMidYMid',
    true,
  );
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">`,
    opts.title ? `<title>${escapeXml(opts.title)}</title>` : '',
    `<rect width="100%" height="100%" fill="${t.background}"/>`,
    // The short phone's words and dots where the box is short, the nominal phone's elsewhere.
    `<style>.short{display:none}@media (max-height:${SHORT_BOX_MAX}px){.narrow{display:none}.short{display:inline}}</style>`,
    main,
  ];
  if (cu) {
    const p = NARROW_LAYOUT.closeUpPad;
    const inner: ShareBox = { x: p.left, y: p.top, w: 1 - p.left - p.right, h: 1 - p.top - p.bottom };
    const rect: Px = [inner.w * cu.box.w * W, inner.h * cu.box.h * H];
    const title = CLOSE_UP_TITLE[opts.lang ?? 'fr'];
    const picture = nested(
      staticMapSvg(atlas, topo, {
        ...base,
        narrowOnly: true,
        exact: true,
        bounds: cu.bounds,
        ...sized((b) => shownWidth(cu.bounds, [inner.w * cu.box.w * b.width, inner.h * cu.box.h * b.height])),
        caption: title,
        labelRoom: roomAround(
          cu.bounds,
          { x: inner.x * cu.box.w * W, y: inner.y * cu.box.h * H, w: rect[0], h: rect[1] },
          [cu.box.w * W, cu.box.h * H],
        ),
        drawnRoom: roomAround(
          cu.bounds,
          {
            x: inner.x * cu.box.w * TALL.width,
            y: inner.y * cu.box.h * TALL.height,
            w: inner.w * cu.box.w * TALL.width,
            h: inner.h * cu.box.h * TALL.height,
          },
          [cu.box.w * TALL.width, cu.box.h * TALL.height],
        ),
        ...(cu.home ? { near: { box: cu.bounds, inside: true } } : {}),
      }),
      inner,
      'xMidYMid',
      true,
    );
    // The caption as the live map's (0.7 rem on a plate of the page's colour, at the top left).
    const plate = captionPlate(title, 13);
    parts.push(
      `<svg class="close-up" x="${pc(cu.box.x)}" y="${pc(cu.box.y)}" width="${pc(cu.box.w)}" height="${pc(cu.box.h)}">`,
      `<rect width="100%" height="100%" fill="${t.background}"/>`,
      picture,
      `<rect width="${plate.width.toFixed(1)}" height="${plate.height.toFixed(1)}" fill="${t.halo}"/>`,
      `<text x="${(plate.size * 0.5).toFixed(1)}" y="${(plate.size * 1.3).toFixed(1)}" font-family="${MAP_SIZES.pictureFonts}" font-size="${plate.size}" fill="${t.label}">${escapeXml(title)}</text>`,
      `<rect width="100%" height="100%" fill="none" stroke="${t.border}" stroke-width="2"/>`,
      '</svg>',
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
