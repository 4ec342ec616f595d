/**
 * The map's layout at its opening view, in shares of its box: the live map frames and places its
 * close-up by these shares, and the build's first pictures (`layoutPictureSvg`) lay themselves out
 * by the same shares in percentages of their box, so that in a box of any size the picture and the
 * map that takes over from it frame the same places at the same spots (issue 14: nothing moves).
 * Shares of a box's width are for things across, shares of its height for things up and down: an SVG
 * places a nested picture by percentages of its box that way. Each share is the live map's pixel rule
 * at a layout's nominal box (a phone's map, a laptop's), so there the two are the same.
 */

/**
 * The widest box (CSS px) with a narrow layout: public/theme.js gives a viewport this narrow the
 * build's narrow picture.
 */
export const NARROW_PICTURE_WIDTH = 560;

export const isNarrow = (width: number) => width <= NARROW_PICTURE_WIDTH;

/** Padding kept around a frame, in shares of the box: `left`, `right` of its width, `top`, `bottom` of its height. */
export interface Shares {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Padding shares as CSS px for a box of `width` × `height`. */
export const inPx = (s: Shares, width: number, height: number): Shares => ({
  top: s.top * height,
  bottom: s.bottom * height,
  left: s.left * width,
  right: s.right * width,
});

/** Room kept around what a map frames, in CSS px (labels beside the ends need some). */
export const FRAME = {
  /** Share of the map's width kept free on each side, between `min` and `max` px. */
  share: 0.1,
  min: 28,
  max: 64,
  /** Extra room on the left and right for the names beside the ends' dots. */
  labels: 24,
  /** Extra room on the right, where the zoom and globe buttons are. */
  controls: 44,
};

/**
 * The map's controls, CSS px at the names' scale 1, from the map's right edge and its top or bottom:
 * MapLibre's zoom buttons and globe button at the top right, its attribution button at the bottom right
 * (src/map/createMap.ts; they grow with the map's names, `--map-scale` in src/app/style.css).
 */
const MAP_CONTROLS = [
  { right: 10, top: 10, width: 29, height: 58 },
  { right: 10, top: 78, width: 29, height: 29 },
  { right: 10, bottom: 10, width: 24, height: 24 },
] as const;
/** The outline drawn around each control (its box-shadow, CSS px at scale 1). */
const CONTROL_OUTLINE = 2;

/**
 * The boxes of the map's controls (`MAP_CONTROLS`, with their outline) in a map of `box` CSS px whose
 * names are `scale` times their size, from its top left: no name goes under them (`addKeepOut`).
 *
 * @example controlsPx({ width: 1280, height: 595 })[0] // { x0: 1239, y0: 8, x1: 1272, y1: 70 }: the zoom buttons
 */
export function controlsPx(
  box: { width: number; height: number },
  scale = 1,
): { x0: number; y0: number; x1: number; y1: number }[] {
  const o = CONTROL_OUTLINE * scale;
  return MAP_CONTROLS.map((c) => {
    const x1 = box.width - c.right * scale;
    const y0 = 'top' in c ? c.top * scale : box.height - (c.bottom + c.height) * scale;
    return { x0: x1 - c.width * scale - o, y0: y0 - o, x1: x1 + o, y1: y0 + c.height * scale + o };
  });
}

/** The largest zoom a map frames anything at (a selection's short arc is not blown up to street level). */
export const FRAME_MAX_ZOOM = 7;

/** The close-up's border, CSS px (src/app/style.css, `.close-up`): its map is inside it. */
export const CLOSE_UP_BORDER = 1;

/** The close-up's margin from the map's edges, CSS px. */
export const CLOSE_UP_MARGIN = 8;

/**
 * The room a map of `w` × `h` px keeps around what it frames (its zoom buttons take `controls` px on
 * the right; a close-up has none), never more than the box can give.
 *
 * @example framePx(1280, 595, 44) → { top: 64, bottom: 64, left: 88, right: 132 }
 */
export function framePx(w: number, h: number, controls: number): Shares {
  const p = Math.round(Math.min(FRAME.max, Math.max(FRAME.min, w * FRAME.share)));
  // Never more padding than the box can give (fitBounds fails when nothing is left).
  const v = Math.min(p, Math.max(0, (h - 40) / 2));
  const side = Math.min(p + FRAME.labels, Math.max(0, (w - controls - 40) / 2));
  return { top: v, bottom: v, left: side, right: side + controls };
}

/**
 * The bottom and left room (px) of padding `p` with `reserved` px more for a close-up, in a box of
 * `w` × `h`: the reserve leaves the frame at least 60 px each way (a selection's map can be short).
 */
export function keptWithin(
  p: Shares,
  reserved: { bottom: number; left: number },
  w: number,
  h: number,
): { bottom: number; left: number } {
  return {
    bottom: p.bottom + Math.min(reserved.bottom, Math.max(0, h - p.top - p.bottom - 60)),
    left: p.left + Math.min(reserved.left, Math.max(0, w - p.left - p.right - 60)),
  };
}

/** `framePx` at a box, in shares of it. */
export function frameShares(box: { width: number; height: number }, controls: number): Shares {
  const p = framePx(box.width, box.height, controls);
  return {
    top: p.top / box.height,
    bottom: p.bottom / box.height,
    left: p.left / box.width,
    right: p.right / box.width,
  };
}

type Box = { width: number; height: number };

/**
 * The room a map keeps around what it frames in shares of its box, and the box (CSS px) the plan with
 * those shares was made for: a frame that would pass `FRAME_MAX_ZOOM` there is capped there, as the
 * build's picture of the plan is (`cappedBounds`), and scaled with the box like the picture.
 */
export interface PlannedRoom {
  pad: Shares;
  nominal: Box;
}

/** A layout: the box its choices are made for, and the sets of words and dots of its picture. */
export interface BoxLayout {
  id: 'narrow' | 'wide';
  /** The box (CSS px) the live map's choices are made for. */
  nominal: Box;
  /**
   * The boxes the picture draws land for (the tallest and the widest for their size): around each
   * frame it draws what boxes of these shapes show, and no more (land a box never shows is bytes no
   * one sees).
   */
  drawnFor: readonly Box[];
  /**
   * The picture's sets of words and dots: each sized for a box (its names `px` there, as the live
   * map's), shown by its media query on the picture's box (the first, without one, elsewhere). The
   * frames scale with the box: one set would have 8-px names on a short phone, 30-px on a wall screen.
   * A set `of` another is that class's for shorter boxes: its media query is the class's widths (the
   * laptop's, for the default set) and a height; a class's own picture (`pictureOfSet`) keeps it, shown
   * by the height alone.
   */
  sets: readonly { id: string; box: Box; px: number; media?: string; of?: string }[];
}

export const NARROW_LAYOUT: BoxLayout = {
  id: 'narrow',
  // A 390 × 844 phone's map.
  nominal: { width: 390, height: 522 },
  // A 20:9 phone's map is taller for its width; a small tablet's, wider.
  drawnFor: [
    { width: 390, height: 640 },
    { width: 560, height: 400 },
  ],
  sets: [
    { id: 'narrow', box: { width: 390, height: 522 }, px: 12 },
    // A short phone's map (a 375 × 667 phone's).
    { id: 'short', box: { width: 375, height: 345 }, px: 12, media: '(max-height:430px)' },
  ],
};

/**
 * The narrow layout with the phone's map's set only: the embed's picture on a narrow viewport, whose
 * map has the phone's shape there (style.css: `.embed .stage` rows, 522/390 of the width up to 640 px),
 * never a short map's. The short set, hidden by its media query, would still cost the phone's main
 * thread the parsing of its names (0.05 s of 0.28 s at 4× CPU).
 */
export const NARROW_EMBED_LAYOUT: BoxLayout = {
  ...NARROW_LAYOUT,
  sets: [{ id: 'narrow', box: NARROW_LAYOUT.nominal, px: 12 }],
};

/** The laptop's set's widths: it has no media query (shown wherever no other class's set is). */
const LAPTOP_WIDTHS = '(min-width:1100.01px) and (max-width:1600.99px)';

/** The wide layout's classes of box width, each with its set of words and dots. */
const WIDE_CLASSES: BoxLayout['sets'] = [
  { id: 'wide', box: { width: 1280, height: 595 }, px: 12 },
  // An article's embed, a tablet upright.
  { id: 'medium', box: { width: 700, height: 420 }, px: 12, media: '(max-width:850px)' },
  // A tablet across, a small laptop (the medium set's names would be 15–19 px there: 12 at 700 px).
  {
    id: 'tablet',
    box: { width: 1000, height: 540 },
    px: 12,
    media: '(min-width:850.01px) and (max-width:1100px)',
  },
  // A large desktop.
  {
    id: 'large',
    box: { width: 1920, height: 900 },
    px: 12,
    media: '(min-width:1601px) and (max-width:1999.99px)',
  },
  // Wall screens: the live map's names are 150 % from 2,000 px (18 px). A 1440p screen's map, and a
  // 4K screen's: the picture's names are 15–21 px up to 2,799 px, 13–18 px from there to 3,840.
  {
    id: 'wall',
    box: { width: 2400, height: 1100 },
    px: 18,
    media: '(min-width:2000px) and (max-width:2799.99px)',
  },
  { id: 'wall4k', box: { width: 3840, height: 1900 }, px: 18, media: '(min-width:2800px)' },
];

/**
 * A class's set for its short maps (a laptop's window of 600–660 px, whose map is 390–450 px high): a
 * frame fitted to the box's height is smaller there, and the class's set would draw 8–9-px names where
 * the live map's are 12. It takes over below `maxHeight` px, where both sets' names are as far from
 * 12 px (the geometric mean of their boxes' heights), within the class's widths.
 */
function shortOf(of: string, box: Box, maxHeight: number): BoxLayout['sets'][number] {
  const widths = WIDE_CLASSES.find((c) => c.id === of)?.media ?? LAPTOP_WIDTHS;
  return { id: `${of}-short`, of, box, px: 12, media: `${widths} and (max-height:${maxHeight}px)` };
}

export const WIDE_LAYOUT: BoxLayout = {
  id: 'wide',
  // A 1280 × 800 laptop's map.
  nominal: { width: 1280, height: 595 },
  // A tablet's, upright; a wide desktop's.
  drawnFor: [
    { width: 800, height: 900 },
    { width: 1920, height: 700 },
  ],
  sets: [
    ...WIDE_CLASSES,
    shortOf('medium', { width: 750, height: 330 }, 372),
    shortOf('tablet', { width: 1000, height: 400 }, 465),
    shortOf('wide', { width: 1280, height: 430 }, 505),
    shortOf('large', { width: 1920, height: 700 }, 794),
  ],
};

export const layoutFor = (width: number): BoxLayout => (isNarrow(width) ? NARROW_LAYOUT : WIDE_LAYOUT);

/**
 * The opening view's layout for one box (CSS px) of a shape no set was drawn for (an embed fitted to a
 * frame that keeps its own height, src/app/embed.ts): the frames of its width's layout, in shares of
 * its nominal box as the live map keeps them, and one set of words drawn for this box, at the live
 * map's 12 px. (A set of another shape, scaled to fit, had 6-px names in a phone's fitted map.)
 */
export function fittedLayout(width: number, height: number): BoxLayout {
  return { ...exactLayout(width, height, 1), nominal: layoutFor(width).nominal };
}

/**
 * A layout made for one box (CSS px) and its map's scale (1.5 on a wall screen): the page's picture of
 * a selection, which the live map frames and plans in its own box (no shares of a nominal one).
 */
export function exactLayout(width: number, height: number, scale: number): BoxLayout {
  const box = { width, height };
  const like = layoutFor(width / scale);
  return {
    id: like.id,
    nominal: box,
    drawnFor: [box],
    sets: [{ id: like.sets[0]!.id, box, px: 12 * scale }],
  };
}
