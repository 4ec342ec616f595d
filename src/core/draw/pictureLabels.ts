import { escapeXml } from './xml';
import { segmentHits, type Crossings } from './segments';

/** A label the picture may draw: its text and the point (viewBox units) of the place it names. */
export interface LabelAsk {
  text: string;
  x: number;
  y: number;
  /** Higher first: places with more partnerships are named before the others. */
  priority: number;
  /** The live map's `text-max-width` for it (ems): a place's 8 (default), a country flow's 10. */
  maxEms?: number;
  /**
   * Which side of its dot the name keeps to, as the live map's rule for it says (`edgeOf` in
   * src/map/endsLayer.ts): 'west', the name east of a dot near the west edge; 'east'; either (default);
   * either, west of its dot first ('middle-west': a neighbour's flow west of where it starts, named
   * away from home in a close-up, `awayFrom`).
   */
  side?: 'west' | 'east' | 'middle' | 'middle-west';
  /**
   * The live map's order among names of the same priority, lower first (MapLibre places a layer's
   * names by `symbol-sort-key`, ties by tile: `liveTileOrder`); then as asked.
   */
  tile?: number;
  /** The live map's layer of the name, placed from the top of its stack: lower first (default 0). */
  layer?: number;
  /**
   * The position around its dot it tries first (`firstPositions`), then its side's others; a callout
   * (`CALLOUTS`) is tried first among callouts, once no position beside its dot has room.
   */
  first?: Around;
  /**
   * The one position it may take (the live map keeps each name where its plan puts it:
   * `plannedPlacement`, `pinKey`); none: its side's positions.
   */
  at?: Around;
  /**
   * Its dot only, its name drawn elsewhere: on a main map, a place inside its shown close-up's bounds,
   * which names it (`namedElsewhere`, `namePlanner`'s `dotOnly`). It takes no position.
   */
  unnamed?: boolean;
  /**
   * The place the reader selected, ringed: where its name finds no room, no other name goes beside its
   * ring (`plannedPlacement`), where it would read as its name.
   */
  ringed?: boolean;
}

/**
 * The order in which the live map places names of equal priority in different tiles of its GeoJSON
 * source (MapLibre 6 `getRenderableIds` for symbol layers): at the map's zoom, rounded down, the
 * southern rows first, and in a row the eastern tiles first. Lower first.
 *
 * @example liveTileOrder(105.8, 21.0, 2.6) < liveTileOrder(71.4, 51.2, 2.6) // Hanoi's tile before Astana's
 */
export function liveTileOrder(lon: number, lat: number, zoom: number): number {
  const n = 2 ** Math.max(0, Math.floor(zoom));
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  const x = Math.min(n - 1, Math.floor(((wrapped + 180) / 360) * n));
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  const y = Math.min(
    n - 1,
    Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n),
  );
  return (n - 1 - y) * n + (n - 1 - x);
}

/**
 * Within 90° of the one world's edges (the mid-Atlantic, −30° and 330°, `placeLon`'s longitudes): on
 * a phone the world is 390 px wide, and a name of 100 px beside a place 60° from the edge (Chicago,
 * −88°) would still be cut, and its copy one world over would show the name's end at the other edge.
 * The live map's names keep inwards there (src/map/endsLayer.ts), and the picture's with them.
 */
export const edgeOf = (lon: number): NonNullable<LabelAsk['side']> =>
  lon < 60 ? 'west' : lon > 240 ? 'east' : 'middle';

/**
 * How far a name reaches from its dot's centre (in the units of `size`, its type size): the offset
 * and its widest line as the live map breaks it at `maxWidth` ems, at the font's own advances where
 * they are at hand (`Advance`), else at Be Vietnam Pro's mean 0.56 em per character. (The estimate
 * is wide for most names: "Cambodia · 20" reaches 94.6 px at 12 px, 84 px in the font, and on a
 * laptop its close-up's dot is 86 px from the close-up's edge.)
 *
 * @example nameReach('Laos · 25', 10, 12) === 67.68
 */
export const nameReach = (text: string, maxWidth: number, size: number, advance?: Advance) =>
  (NAME_OFFSET_EMS +
    (advance
      ? Math.max(...breakLines(text, maxWidth, advance).map((l) => lineWidth(l, 1, advance)))
      : Math.min(text.length * 0.56, maxWidth))) *
  size;

/**
 * Where a name may go around its dot, in the live map's order of preference (`LABEL_ANCHORS` in
 * src/map/endsLayer.ts, MapLibre's `text-variable-anchor-offset`): the anchor is the point of the name's
 * box nearest its dot ("left": the name to the right), and the offset (ems) its distance.
 */
const AROUND = {
  left: { anchor: 'start', dx: 1, dy: 0 },
  right: { anchor: 'end', dx: -1, dy: 0 },
  top: { anchor: 'middle', dx: 0, dy: 1 },
  bottom: { anchor: 'middle', dx: 0, dy: -1 },
  'top-left': { anchor: 'start', dx: 1, dy: 1 },
  'bottom-right': { anchor: 'end', dx: -1, dy: -1 },
  'bottom-left': { anchor: 'start', dx: 1, dy: -1 },
  'top-right': { anchor: 'end', dx: -1, dy: 1 },
} as const;
/**
 * The square around a dot's centre no name may cover on the live map (ems of the names' size): its
 * blocks' 3 px at 12-px names (src/map/endsLayer.ts).
 */
export const DOT_BLOCK_EMS = 0.25;
/**
 * How far past the map's edges (CSS px) MapLibre keeps a name, which the edge then cuts: its collision
 * grid's padding (`isInsideGrid` in its collision index, MapLibre 6).
 */
export const LIVE_EDGE_PX = 100;

/**
 * What a selection's ends add to their names' priority (a place's count of arcs): they are named
 * first, on the live map (`addEndsLayer`) as in the picture. With Hokkaidō selected on a phone, its
 * partner Quảng Ninh went unnamed beside the Paracels' name while Guangxi and Hà Nội, not in the
 * selection, were named.
 */
export const SELECTED_FIRST = 10_000;

/** The live map's offsets (ems) of a name from its dot: beside, above or below it, and diagonally. */
export const NAME_OFFSET_EMS = 0.6;
const OFFSET = NAME_OFFSET_EMS;
const DIAGONAL = OFFSET * 0.7;
/**
 * What MapLibre takes off the vertical offset of a name above or below its point (ems): its assumed
 * baseline, 7 of its 24 units per em (`getTextVariableAnchorOffset`, MapLibre 6). A name 0.6 em below
 * its dot has its box's top 0.31 em below it; a diagonal one, 0.13 em.
 */
const BASELINE_SHIFT = 7 / 24;
export const AROUND_BY_SIDE: Readonly<
  Record<NonNullable<LabelAsk['side']>, readonly (keyof typeof AROUND)[]>
> = {
  west: ['left', 'top-left', 'bottom-left', 'top', 'bottom'],
  east: ['right', 'top-right', 'bottom-right', 'top', 'bottom'],
  middle: ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-right', 'bottom-left'],
  'middle-west': ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-left', 'bottom-right'],
};

/**
 * A close-up's side for the name of a flow next door that fits either side (`middle`): away from the
 * flow's start, so that it stays off the bundle of flows leaving home and off the hubs there. Cambodia's
 * end, Phnom Penh, is 2° from Hồ Chí Minh City: named east of its dot, it left the hub unnamed on a
 * wall screen, and on a phone on some days. Any other side is kept.
 *
 * @example awayFrom('middle', 104.9, [106.7, 10.8]) === 'middle-west'; awayFrom('middle', 121, [106.7, 10.8]) === 'middle'
 */
export const awayFrom = (
  side: NonNullable<LabelAsk['side']>,
  lon: number,
  from: readonly [number, number] | undefined,
): NonNullable<LabelAsk['side']> => (side === 'middle' && from && lon < from[0] ? 'middle-west' : side);

export interface PlacedLabel {
  text: string;
  /** Its lines, as the live map breaks it (`breakLines`). */
  lines: readonly string[];
  /** The lines' x, and the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  /** A callout's leader, from its dot towards its name (`CALLOUT_EMS`), where it is one. */
  leader?: Rect;
}

/** A label's width at a type size (Be Vietnam Pro averages about 0.56 em per character). */
export const labelWidth = (text: string, size: number) => text.length * size * 0.56;

/** A line's width at a type size: the sum of its characters' `advance`s where known, else `labelWidth`. */
export const lineWidth = (line: string, size: number, advance?: (ch: string) => number) =>
  advance ? [...line].reduce((w, ch) => w + advance(ch), 0) * size : labelWidth(line, size);

/** The live map's `text-max-width` for the places' names (ems: src/map/endsLayer.ts). */
export const PLACE_MAX_EMS = 8;
/** The live map's `text-max-width` for the country flows' names (ems: src/map/flowsLayer.ts). */
export const FLOW_MAX_EMS = 10;
/** The live map's line height for the places' and flows' names (ems: `text-line-height`). */
export const NAME_LINE_EMS = 1;
/** How far below the top of its box (ems) a name's first baseline is drawn. */
const NAME_ASCENT = 0.85;

/**
 * A character's advance (ems) in a place's or a flow's name: 0.56 (`labelWidth`'s average letter); a
 * space and "·" about a quarter of an em in Be Vietnam Pro ("Afrique du Sud · 2" and "Vương quốc Anh · 2"
 * are one line on the live map).
 */
export const nameAdvance = (ch: string) =>
  ch === '\n' ? 0 : ch === ' ' || ch === '\u00a0' || ch === '·' ? 0.26 : 0.56;

/** A level's words before or after a Vietnamese place's own name: a line may break beside them. */
const LEVEL_BEFORE = /^(Thành phố|Tỉnh|Thị [Tt]rấn|Thị xã|Huyện|Quận) (?=\S)/u;
const LEVEL_AFTER = /(?<=\S) (City|Province|District)$/u;

/**
 * A place's name as the maps set it (the live map's and the pictures'): a Vietnamese place's words
 * bound by no-break spaces, but for its level's ("Thành phố", "Tỉnh", "Quận"… before; "City",
 * "Province", "District" after), so that a long name breaks beside its level's words and never inside the name, whose
 * syllables read as one word: "Thành phố / Hồ Chí Minh · 55", not "Thành phố Hồ / Chí Minh · 55"
 * (a reader's review). Foreign names break between their words, as the live map breaks them.
 *
 * @example placeLabel({ country: 'VN', names: { vi: 'Thành phố Hồ Chí Minh' } }, 'vi') === 'Thành\u00a0phố Hồ\u00a0Chí\u00a0Minh'
 */
export function placeLabel<L extends string>(
  p: { country: string; names: Readonly<Record<L, string>> },
  lang: L,
): string {
  const name = p.names[lang] ?? '';
  if (p.country !== 'VN') return name;
  const bind = (s: string) => s.replace(/ /g, '\u00a0');
  const before = LEVEL_BEFORE.exec(name)?.[1];
  const after = LEVEL_AFTER.exec(name)?.[1];
  const own = name.slice(before ? before.length + 1 : 0, after ? -(after.length + 1) : undefined);
  return [before && bind(before), bind(own), after].filter(Boolean).join(' ');
}

/**
 * A character's advance (ems) in the live map's names. The build measures Be Vietnam Pro's
 * (`fontAdvance` in src/pipeline/fontOutliner.ts): MapLibre sets a name glyph by glyph, each its font
 * advance, no kerning, so a name's width is their sum. Without it, the estimates (`labelWidth`).
 */
export type Advance = (ch: string) => number;

/** Where MapLibre may break a line: after these characters (its `breakable`), or before "(". */
const BREAKABLE = new Set([...'\n &)+-/\u00ad\u00b7\u200b\u2010\u2013']);
const WHITESPACE = new Set([...' \t\n\v\f\r']);

/**
 * A name broken into lines as MapLibre's symbol layout breaks a point label longer than its
 * `text-max-width` (`determineLineBreaks` in its shaping): as many lines as the width asks, the break
 * points (after a space, a hyphen, "·"…) that make the lines closest to their average width, the last
 * line's shortfall counted half, its excess twice. Widths are the characters' `advance`s: the glyphs'
 * where the font is at hand, else estimates (`labelWidth`'s, spaces narrower).
 *
 * @example breakLines('East Kazakhstan', 8) → ['East', 'Kazakhstan']; breakLines('Nouvelle-Zélande · 2', 10) → ['Nouvelle-', 'Zélande · 2']
 */
export function breakLines(
  text: string,
  maxEms: number,
  /** A character's advance (ems), its letter spacing included. */
  advance: (ch: string) => number = nameAdvance,
): string[] {
  const chars = [...text];
  const total = chars.reduce((n, ch) => n + advance(ch), 0);
  if (total <= maxEms) return [text];
  const target = total / Math.max(1, Math.ceil(total / maxEms));
  type Break = { index: number; x: number; prior: Break | null; badness: number };
  const badness = (width: number, penalty: number, last: boolean) => {
    const ragged = (width - target) ** 2;
    if (last) return width < target ? ragged / 2 : ragged * 2;
    return ragged + Math.abs(penalty) * penalty;
  };
  const evaluate = (
    index: number,
    x: number,
    breaks: readonly Break[],
    penalty: number,
    last: boolean,
  ): Break => {
    let prior: Break | null = null;
    let best = badness(x, penalty, last);
    for (const b of breaks) {
      const v = badness(x - b.x, penalty, last) + b.badness;
      if (v <= best) {
        prior = b;
        best = v;
      }
    }
    return { index, x, prior, badness: best };
  };
  const breaks: Break[] = [];
  let x = 0;
  chars.forEach((ch, i) => {
    if (!WHITESPACE.has(ch)) x += advance(ch);
    if (i >= chars.length - 1) return;
    const next = chars[i + 1]!;
    if (BREAKABLE.has(ch) || (i !== chars.length - 2 && next === '('))
      breaks.push(evaluate(i + 1, x, breaks, (ch === '(' ? 50 : 0) + (next === ')' ? 50 : 0), false));
  });
  const indices: number[] = [];
  for (let b: Break | null = evaluate(chars.length, x, breaks, 0, true); b; b = b.prior)
    indices.unshift(b.index);
  const lines: string[] = [];
  let from = 0;
  for (const to of indices) {
    const line = chars.slice(from, to).join('').trim();
    if (line) lines.push(line);
    from = to;
  }
  return lines.length ? lines : [text];
}

/**
 * Places labels beside their dots without overlaps, as MapLibre's collision detection does on the live
 * map: by layer, then priority (ties by tile, then in the order asked, as the live map's features), each
 * label tries the positions
 * around its dot in the live map's order (`AROUND_BY_SIDE`: beside, below, above, then diagonally, only
 * inwards near the world's edges; its `first` position before them where it has one). Where every
 * position collides with a label already placed, covers a dot, or leaves the picture, it is a callout
 * farther off with a leader where one has room (`CALLOUTS`; those of a rank after its names beside
 * their dots), else left out. `fixed` labels (the archipelagos' names, centred on their baseline point)
 * are always drawn: the others keep clear of them.
 *
 * @example placeLabels([{ text: 'Hanoi', x: 10, y: 10, priority: 1 }], 13, { width: 100, height: 50 })
 */
export function placeLabels(
  asks: readonly LabelAsk[],
  size: number,
  /** Where labels may go: from (`x`, `y`), default (0, 0), `width` × `height`. */
  box: { width: number; height: number; x?: number; y?: number },
  fixed: readonly { text: string; x: number; y: number }[] = [],
  /** Boxes no label may overlap (the close-up drawn over the picture). */
  blocked: readonly { x0: number; y0: number; x1: number; y1: number }[] = [],
  /** The characters' advances, when they are known (default: estimates). */
  advance?: Advance,
  /**
   * Where callouts go: 'search', at the first of `CALLOUTS` with room (default); 'first', only at a
   * name's `first` position where it is one (`firstPositions` chose them, with its room).
   */
  callouts: 'search' | 'first' = 'search',
): PlacedLabel[] {
  const placed = labelPlacer(asks, size, box, fixed, blocked, advance).place(
    asks.map((a) => a.first),
    callouts === 'search',
  );
  return clearOfRings(asks, placed, size).flatMap((p) => (p ? [p.label] : []));
}

/** Where a name goes beside its dot (`AROUND`'s keys, MapLibre's anchors). */
export type Beside = keyof typeof AROUND;
/** Every position beside a dot (`AROUND`'s keys). */
export const BESIDE = Object.keys(AROUND) as readonly Beside[];
/**
 * Where a name goes around its dot: beside it, or a callout farther off (`CALLOUTS`): "c4.1" is
 * the callout in direction 4 (of 16 clockwise from east, 22.5° apart: 4 is straight down) at the
 * first of `CALLOUT_EMS`.
 */
export type Around = Beside | `c${number}.${1 | 2}` | `r.${Beside}` | `t.${Beside}`;

/**
 * How far a ringed dot's name is from it (ems), beside it: past its ring (`MAP_SIZES.pickedRing`, 9 px,
 * and its outline) with a gap. At `NAME_OFFSET_EMS` the name of the place selected ran into its ring:
 * "Quảng Ninh"'s Q over it (a reader's review). Its positions are `r.` and a `Beside` (`RING_BY_SIDE`).
 */
export const RING_OFFSET_EMS = 1;
/**
 * A side's positions beside a ringed dot: `AROUND_BY_SIDE`'s, `RING_OFFSET_EMS` off, then as near as
 * an unringed dot's where none of those has room (in a phone's knot, Quảng Ninh's name found none past
 * its ring, and its neighbour Guangxi's went too: `clearOfRings`).
 */
const RING_BY_SIDE = Object.fromEntries(
  Object.entries(AROUND_BY_SIDE).map(([side, order]) => [
    side,
    [...order.map((b) => `r.${b}` as Around), ...order],
  ]),
) as unknown as Readonly<Record<NonNullable<LabelAsk['side']>, readonly Around[]>>;
/** Every position beside a ringed dot. */
export const RING_BESIDE: readonly Around[] = BESIDE.map((b) => `r.${b}` as Around);

/**
 * The selected place's name where no position beside its ring and no callout has room: beside its ring
 * as `r.` is (`RING_OFFSET_EMS`), over the other dots (a tag). A reader who selects a place looks for
 * its name first: on a phone, Hồ Chí Minh-Ville selected was only a ring in the close-up, every
 * position blocked by five partners' dots within 25 px and the Spratlys' name (a reader's review). The
 * live map draws these over the dots' blocks (`END_TAGS` in src/map/endsLayer.ts); the other names keep
 * clear of it as of any name. A side's tags in its order (`RING_BY_SIDE`).
 */
export const TAGS: readonly Around[] = BESIDE.map((b) => `t.${b}` as Around);
const TAGS_BY_SIDE = Object.fromEntries(
  Object.entries(AROUND_BY_SIDE).map(([side, order]) => [side, order.map((b) => `t.${b}` as Around)]),
) as unknown as Readonly<Record<NonNullable<LabelAsk['side']>, readonly Around[]>>;

/**
 * A callout's distances from its dot (ems of the names): a name with no room beside its dot (a
 * crowd's: Europe's nine partner countries within 40 px of a phone's world map left France · 14 and
 * the United Kingdom unnamed; South Korea · 21 had Japan's dot beside it) goes this far off where
 * there is room, joined to its dot by a leader (`leaderOf`). Beside, names are `NAME_OFFSET_EMS` off.
 */
export const CALLOUT_EMS = [2, 3.2] as const;

/** The callouts' directions, in the order tried: sideways first, then down and up, then between. */
const CALLOUT_DIRECTIONS = [0, 8, 4, 12, 2, 6, 10, 14, 1, 7, 9, 15, 3, 5, 11, 13] as const;

/** Every callout position, nearest first (`CALLOUT_EMS`), in `CALLOUT_DIRECTIONS`' order. */
export const CALLOUTS: readonly Around[] = CALLOUT_EMS.flatMap((_, k) =>
  CALLOUT_DIRECTIONS.map((d) => `c${d}.${(k + 1) as 1 | 2}` as const),
);

/** A position's anchors and offset (`spotOf`). */
type Spot = { beside: Beside; anchor: PlacedLabel['anchor']; ox: number; oy: number; far: boolean };
/** `spotOf`'s answers, worked out once per position (placements ask for them thousands of times). */
const SPOTS = new Map<Around, Spot>();

/**
 * A position's MapLibre anchor (the point of the name's box nearest its dot), the picture's text
 * anchor, and its offset from the dot (ems, y down, signed), as `text-variable-anchor-offset` takes it
 * (MapLibre then moves a name above or below its point by its baseline shift, `BASELINE_SHIFT`): a name
 * beside its dot `NAME_OFFSET_EMS` off (0.7 of it on each axis diagonally); a callout at its distance
 * in its direction, anchored at the corner of its box facing the dot, or the middle of its side where
 * the direction is straight.
 *
 * @example spotOf('c4.1') // { beside: 'top', anchor: 'middle', ox: 0, oy: 2, far: true }
 */
export function spotOf(where: Around): Spot {
  const known = SPOTS.get(where);
  if (known) return known;
  let spot: Spot;
  const ringed = where.startsWith('r.') || where.startsWith('t.');
  const beside = (ringed ? where.slice(2) : where) as Beside;
  if (beside in AROUND) {
    const { anchor, dx, dy } = AROUND[beside];
    const off = (dx && dy ? DIAGONAL : OFFSET) * (ringed ? RING_OFFSET_EMS / NAME_OFFSET_EMS : 1);
    spot = { beside, anchor, ox: dx * off, oy: dy * off, far: false };
  } else {
    const [, dir, rank] = /^c(\d+)\.(\d)$/.exec(where)!;
    const angle = (Number(dir) * Math.PI) / 8;
    const dist = CALLOUT_EMS[Number(rank) - 1]!;
    // (Rounded: straight directions have no offset across.)
    const [ox, oy] = [Math.cos(angle), Math.sin(angle)].map((u) => Math.round(u * dist * 1e6) / 1e6) as [
      number,
      number,
    ];
    const v = oy > 0 ? 'top' : oy < 0 ? 'bottom' : '';
    const h = ox > 0 ? 'left' : ox < 0 ? 'right' : '';
    const beside = (v && h ? `${v}-${h}` : v || h) as Beside;
    spot = { beside, anchor: AROUND[beside].anchor, ox, oy, far: true };
  }
  SPOTS.set(where, spot);
  return spot;
}

/**
 * How far from its dot's centre a leader starts (ems): at the rim of a dot (3.5 px at 12, and its
 * 1.5-px outline). From past a strong dot's (0.6 em), leaders stopped 2–4 px short of the usual dots and
 * read as loose ticks (a reader's review).
 */
const LEADER_FROM_EMS = 0.45;
/** The gap (ems) between a leader's end and its name's box. */
export const LEADER_GAP_EMS = 0.2;

/**
 * A callout's leader at a type size, from its dot's centre (0, 0): from the dot's rim to
 * `LEADER_GAP_EMS` before the name's box, towards the box's point nearest the dot (its anchor, less
 * MapLibre's baseline shift above or below: `BASELINE_SHIFT`); null for a name beside its dot. The box
 * is anchored at its position's offset whatever its text, so the leader depends on the position
 * alone: the live map draws it as an icon rotated about the dot (`leaderIcon`), the pictures as a line.
 *
 * @example leaderOf('c0.1', 10) // { x0: 4.5, y0: 0, x1: 18, y1: 0 }
 */
export function leaderOf(where: Around, size: number): Rect | null {
  const { ox, oy, far } = spotOf(where);
  if (!far) return null;
  // The box's nearest point: its corner (or the middle of its side) facing the dot.
  const [px, py] = [ox, oy && Math.sign(oy) * (Math.abs(oy) - BASELINE_SHIFT)];
  const len = Math.hypot(px, py);
  const [ux, uy] = [px / len, py / len];
  const [from, to] = [LEADER_FROM_EMS * size, (len - LEADER_GAP_EMS) * size];
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  return { x0: r(ux * from), y0: r(uy * from), x1: r(ux * to), y1: r(uy * to) };
}

/**
 * The live map's feature property (`edge`) that keeps a name to one position around its dot: where
 * the build's picture places it (`plannedPlacement`). (MapLibre tries first the position a name had
 * in the frames before: given a first position before its side's others, a name kept the one it had,
 * and the room made for another by moving it was not made.)
 *
 * @example pinKey('top-right') === 'at:top-right'
 */
export const pinKey = (where: Around): string => `at:${where}`;

/** The positions a name tries, in order: its `first`, then its side's others. */
export const aroundOrder = (
  side: NonNullable<LabelAsk['side']>,
  first?: Around,
  /** Beside a ringed dot (`RING_OFFSET_EMS`). */
  ringed = false,
): readonly Around[] => {
  const order: readonly Around[] = ringed ? RING_BY_SIDE[side] : AROUND_BY_SIDE[side];
  return first && order.includes(first) ? [first, ...order.filter((w) => w !== first)] : order;
};

/**
 * `placeLabels`'s collisions, for a set of asks: `place` places them all with a first position per ask
 * (or none: its side's order), and says where each went (or null).
 */
function labelPlacer(
  asks: readonly LabelAsk[],
  size: number,
  /** Where labels may go: from (`x`, `y`), default (0, 0), `width` × `height`. */
  box: { width: number; height: number; x?: number; y?: number },
  /** Names always drawn, centred on their baseline point, that the others keep clear of. */
  fixed: readonly { text: string; x: number; y: number }[] = [],
  /** Boxes no label may overlap. */
  blocked: readonly Rect[] = [],
  /** The characters' advances, when they are known (default: estimates). */
  advance?: Advance,
) {
  // No name covers a dot's centre, its own or another's: each dot's square is taken first, the live
  // map's (`DOT_BLOCK_EMS`).
  const dot = (size * DOT_BLOCK_EMS) / 2;
  const square = (a: LabelAsk) => ({ x0: a.x - dot, y0: a.y - dot, x1: a.x + dot, y1: a.y + dot });
  // (Without the dots' squares: what a tag keeps clear of, `TAGS`.)
  const kept: readonly Rect[] = [
    ...blocked,
    ...fixed.map((f) => placedBox({ ...f, lines: [f.text], anchor: 'middle' }, size)),
  ];
  const taken: readonly Rect[] = [...asks.map(square), ...kept];
  const order = asks
    .map((a, i) => ({ a, i }))
    .sort(
      (p, q) =>
        (p.a.layer ?? 0) - (q.a.layer ?? 0) ||
        q.a.priority - p.a.priority ||
        (p.a.tile ?? 0) - (q.a.tile ?? 0) ||
        p.i - q.i,
    )
    .map(({ i }) => i);
  const bx = box.x ?? 0;
  const by = box.y ?? 0;
  const lineses = asks.map((a) => breakLines(a.text, a.maxEms ?? PLACE_MAX_EMS, advance));
  // (Each name's width, measured once: its boxes at every position are as wide.)
  const widths = lineses.map((lines) => Math.max(...lines.map((line) => lineWidth(line, size, advance))));
  /** Ask `i`'s label at a position, its box, and whether that box is wholly inside. */
  const at = (i: number, where: Around) => {
    const a = asks[i]!;
    const lines = lineses[i]!;
    // The box's height (as `placedBox` measures it), and its first baseline's depth below its top.
    const height = lines.length * NAME_LINE_EMS * size;
    const ascent = NAME_ASCENT * size;
    const { anchor, ox, oy } = spotOf(where);
    const x = a.x + ox * size;
    // Beside its dot a block is centred on it; below, its top is the offset down; above, its bottom up.
    const down = (Math.abs(oy) - BASELINE_SHIFT) * size;
    const top = oy > 0 ? a.y + down : oy < 0 ? a.y - down - height : a.y - height / 2;
    const lead = leaderOf(where, size);
    const label: PlacedLabel = {
      text: a.text,
      lines,
      x,
      y: top + ascent,
      anchor,
      ...(lead
        ? { leader: { x0: a.x + lead.x0, y0: a.y + lead.y0, x1: a.x + lead.x1, y1: a.y + lead.y1 } }
        : {}),
    };
    const r = placedBox(label, size, advance, widths[i]);
    // (Only a box wholly inside: MapLibre alone keeps one that reaches up to 100 px past its map,
    // cut by its edge, `LIVE_EDGE_PX`; the live map keeps each name where this places it.)
    const inside = r.x0 >= bx && r.y0 >= by && r.x1 <= bx + box.width && r.y1 <= by + box.height;
    return { label, r, inside };
  };
  /** Whether an ask's dot is in the box (a place off the map is not named: `namePlanner`). */
  const seen = (a: LabelAsk) => a.x >= bx && a.x <= bx + box.width && a.y >= by && a.y <= by + box.height;
  const clear = CALLOUT_CLEAR_EMS.around * size;
  const along = CALLOUT_CLEAR_EMS.along * size;
  const far = asks.map(() => new Map<Around, { label: PlacedLabel; box: Rect; ok: boolean }>());
  /**
   * Whether ask `i` may be a callout at all: its dot in sight (a place off the map is not named,
   * `namePlanner`), and not drawn on another dot (the leader would be either's). Once per ask.
   */
  const free = asks.map((): boolean | undefined => undefined);
  const mayCall = (i: number) => {
    const known = free[i];
    if (known !== undefined) return known;
    const a = asks[i]!;
    const one = ONE_DOT_EMS * size;
    const ok = seen(a) && asks.every((b, j) => j === i || Math.hypot(b.x - a.x, b.y - a.y) > one);
    free[i] = ok;
    return ok;
  };
  /**
   * Ask `i` as a callout at `where` (`CALLOUT_EMS`), measured once: whether it may be one (`mayCall`)
   * there, inwards near the world's edges as its side says (`edgeOf`), its box inside, clear of the
   * dots and of the boxes taken, with no other dot within `CALLOUT_CLEAR_EMS` of it (it would read as
   * that dot's name), and its leader clear of other dots (`leaderHitsDot`) and of the boxes blocked.
   */
  const callout = (i: number, where: Around) => {
    const known = far[i]!.get(where);
    if (known) return known;
    const a = asks[i]!;
    const { ox } = spotOf(where);
    const sided = !(a.side === 'west' && ox < 0) && !(a.side === 'east' && ox > 0);
    const { label, r, inside } = at(i, where);
    const ok =
      sided &&
      mayCall(i) &&
      inside &&
      taken.every((p) => !overlaps(r, p)) &&
      blocked.every((b) => !segmentHits(label.leader!, b)) &&
      asks.every(
        (b, j) =>
          j === i ||
          (b.y >= r.y0 && b.y <= r.y1
            ? Math.max(r.x0 - b.x, b.x - r.x1) > along
            : distance2(b.x, b.y, r) > clear * clear),
      ) &&
      !leaderHitsDot(asks, i, label.leader!, size);
    const p = { label, box: r, ok };
    far[i]!.set(where, p);
    return p;
  };
  /** Ask `i`'s callouts that may be placed (`callout`), in `CALLOUTS`' order: once per ask. */
  const usable = asks.map((): { where: Around; label: PlacedLabel; box: Rect }[] | undefined => undefined);
  const callouts = (i: number) =>
    (usable[i] ??= mayCall(i)
      ? CALLOUTS.flatMap((where) => {
          const p = callout(i, where);
          return p.ok ? [{ where, label: p.label, box: p.box }] : [];
        })
      : []);
  // Each ask's positions, measured once: its label and box there, and whether the box is in the
  // picture and clear of the dots and fixed boxes.
  const positions = asks.map((a, i) => {
    const wheres = a.unnamed ? [] : aroundOrder(a.side ?? 'middle', undefined, a.ringed);
    return new Map(
      (a.at && !a.unnamed && !wheres.includes(a.at) ? [...wheres, a.at] : wheres).map((where) => {
        // (A callout the live map's plan pinned: as callouts are placed, `callout`.)
        if (spotOf(where).far) return [where, callout(i, where)] as const;
        const { label, r, inside } = at(i, where);
        // Nor nearer another dot than its own: a reader gives a name to the dot next to it. In a
        // laptop's close-up Hải Phòng's dot, 5 px from Hà Nội's, sat between Hà Nội's and its name,
        // and "Hải Phòng · 11" ended at Hà Nội's; "Laos · 25", above and right of its dot, ended 6 px
        // from a hub's. Each read as the other dot's. (Another dot at the same point does not count:
        // one of the two is named.)
        // Nor the name of a dot out of sight: "Cao Bằng" stood at a phone's map's left edge, its dot
        // past it (a reader's review).
        const ok =
          seen(a) &&
          inside &&
          taken.every((p) => !overlaps(r, p)) &&
          !nearerDot(asks, i, r, size * 0.05) &&
          !dotBeside(asks, i, r, size);
        return [where, { label, box: r, ok }] as const;
      }),
    );
  });
  /** The order of placement cut into ranks: names of one layer and one priority. */
  const ranks: number[][] = [];
  for (const i of order) {
    const last = ranks.at(-1);
    const j = last?.[0];
    if (j !== undefined && asks[j]!.layer === asks[i]!.layer && asks[j]!.priority === asks[i]!.priority)
      last!.push(i);
    else ranks.push([i]);
  }
  return {
    positions,
    order,
    /** Ask `i`'s callouts that may be placed, whatever else is placed. */
    callouts,
    place(
      first: readonly (Around | undefined)[],
      /** Whether callouts are looked for (`CALLOUTS`), or only each name's `first` where it is one. */
      search = true,
    ) {
      const out: ({ label: PlacedLabel; where: Around; box: Rect } | null)[] = asks.map(() => null);
      const placed: Rect[] = [];
      const leaders: Rect[] = [];
      // (Leaders and names keep this far apart: a name ending at a leader's tip reads as its target.)
      const margin = size * LEADER_GAP_EMS;
      const take = (i: number, where: Around, p: { label: PlacedLabel; box: Rect }) => {
        placed.push(p.box);
        if (p.label.leader) leaders.push(p.label.leader);
        out[i] = { label: p.label, where, box: p.box };
      };
      const beside = (i: number) => {
        const a = asks[i]!;
        for (const where of a.at ? [a.at] : aroundOrder(a.side ?? 'middle', first[i], a.ringed)) {
          const p = positions[i]!.get(where);
          if (!p) continue;
          if (
            p.ok &&
            placed.every((q) => apart(p.box, q, size)) &&
            leaders.every((l) => !segmentHits(l, p.box, margin))
          )
            return take(i, where, p);
        }
      };
      // No room beside its dot: a callout where one has room, its `first` first where it is one (the
      // position it had while the date moves).
      const farOff = (i: number) => {
        const a = asks[i]!;
        if (out[i] || a.unnamed || a.at) return;
        const f = first[i];
        const all = callouts(i);
        const own = f && CALLOUTS.includes(f) ? all.filter((c) => c.where === f) : [];
        for (const p of search ? [...own, ...all] : own) {
          const lead = p.label.leader!;
          if (
            placed.every((q) => apart(p.box, q, size) && !segmentHits(lead, q, margin)) &&
            leaders.every((l) => !segmentHits(l, p.box, margin) && !segmentsCross(l, lead))
          )
            return take(i, p.where, p);
        }
      };
      // The selected place left out still: its name over the other dots (`TAGS`), inside, clear of the
      // boxes kept and of the names placed, where it covers the fewest dots (then in its side's order).
      const tag = (i: number) => {
        const a = asks[i]!;
        if (out[i] || !a.ringed || a.unnamed || !seen(a) || (a.at && !a.at.startsWith('t.'))) return;
        let best: { where: Around; label: PlacedLabel; box: Rect; covers: number } | null = null;
        for (const where of a.at ? [a.at] : TAGS_BY_SIDE[a.side ?? 'middle']) {
          const { label, r, inside } = at(i, where);
          if (
            !inside ||
            kept.some((b) => overlaps(r, b)) ||
            !placed.every((q) => apart(r, q, size)) ||
            !leaders.every((l) => !segmentHits(l, r, margin))
          )
            continue;
          const covers = asks.filter(
            (b, j) => j !== i && b.x >= r.x0 && b.x <= r.x1 && b.y >= r.y0 && b.y <= r.y1,
          ).length;
          if (!best || covers < best.covers) best = { where, label, box: r, covers };
        }
        if (best) take(i, best.where, best);
      };
      // The names of a rank (a layer's, of one priority) beside their dots, then those of them left
      // out as callouts, before the next rank's: a callout takes no room from a name as important
      // beside its own dot, and France · 14's callout comes before Türkiye · 2's name.
      for (const group of ranks) {
        group.forEach(beside);
        group.forEach(farOff);
        group.forEach(tag);
      }
      return out;
    },
  };
}

/**
 * How far from a callout's name (ems of the names) other dots keep, and along its line (a dot just
 * before or after it): nearer, the name reads as theirs. At an em, "Allemagne · 4" an em above
 * Czechia's unnamed dot read as Czechia's, and "Myanmar (Miến Điện) · 1" ended 20 px from Hà Nội's
 * dot (a reader's review).
 */
const CALLOUT_CLEAR_EMS = { around: 1.5, along: 2 };
/**
 * How far from a leader (ems of the names, at 12 px) other dots' centres keep: a dot's radius and
 * outline, and the leader's line and halo (1.5 px), clear. A dot (3.5 px and 1.5), a selection's end
 * (5 px and 1.5), and the selected place's ring (9 px and 1.5): a leader crossing it read as the
 * selected place's name. (5.5 px from a dot, France · 14's leader on a phone's world map grazed
 * Algeria's unnamed dot, and read as naming it: a reader's review. Clear of it, France goes unnamed
 * there, its dot in the crowd of Europe's.)
 */
const LEADER_CLEAR_EMS = { dot: 6.5 / 12, strong: 8 / 12, ring: 12 / 12 };

/** Whether a leader passes too near a dot other than ask `i`'s (`LEADER_CLEAR_EMS`). */
function leaderHitsDot(asks: readonly LabelAsk[], i: number, l: Rect, size: number): boolean {
  const most = LEADER_CLEAR_EMS.ring * size;
  const x0 = Math.min(l.x0, l.x1) - most;
  const x1 = Math.max(l.x0, l.x1) + most;
  const y0 = Math.min(l.y0, l.y1) - most;
  const y1 = Math.max(l.y0, l.y1) + most;
  return asks.some((b, j) => {
    if (j === i || b.x < x0 || b.x > x1 || b.y < y0 || b.y > y1) return false;
    const clear = b.ringed
      ? LEADER_CLEAR_EMS.ring
      : b.priority >= SELECTED_FIRST
        ? LEADER_CLEAR_EMS.strong
        : LEADER_CLEAR_EMS.dot;
    return segmentDistance(l, b.x, b.y) < clear * size;
  });
}

/** The distance from a point to a segment (x0, y0)–(x1, y1). */
function segmentDistance(l: Rect, x: number, y: number): number {
  const vx = l.x1 - l.x0;
  const vy = l.y1 - l.y0;
  const t = Math.max(0, Math.min(1, ((x - l.x0) * vx + (y - l.y0) * vy) / (vx * vx + vy * vy || 1)));
  return Math.hypot(l.x0 + t * vx - x, l.y0 + t * vy - y);
}

/** Whether two segments cross. */
function segmentsCross(a: Rect, b: Rect): boolean {
  const side = (l: Rect, x: number, y: number) =>
    Math.sign((l.x1 - l.x0) * (y - l.y0) - (l.y1 - l.y0) * (x - l.x0));
  return side(a, b.x0, b.y0) * side(a, b.x1, b.y1) < 0 && side(b, a.x0, a.y0) * side(b, a.x1, a.y1) < 0;
}

/**
 * The least gap between two names side by side on a line (ems of the names): closer, they read as one
 * name ("Alpes-Maritimes" ending 3 px before "Gangwon" read "MaritimesGangwon" on a phone). Names
 * stacked line over line keep MapLibre's margin only.
 */
const NAME_GAP_EMS = 0.5;

/** Whether two names' boxes are clear of each other, `NAME_GAP_EMS` apart where they share a line. */
const apart = (b: Rect, q: Rect, size: number) => {
  const gap = NAME_GAP_EMS * size;
  return !overlaps({ x0: b.x0 - gap, y0: b.y0, x1: b.x1 + gap, y1: b.y1 }, q);
};

/** How far a point is from a box, squared (0 inside it). */
const distance2 = (x: number, y: number, b: Rect) => {
  const dx = Math.max(b.x0 - x, 0, x - b.x1);
  const dy = Math.max(b.y0 - y, 0, y - b.y1);
  return dx * dx + dy * dy;
};

/**
 * Whether a dot other than ask `i`'s is nearer the box `r` than `i`'s own (not one within `same` of it,
 * drawn on it). (Run for every position of every name, against every dot: only a dot within the box
 * grown by its own distance can be nearer, tested first; no allocation.)
 */
function nearerDot(asks: readonly LabelAsk[], i: number, r: Rect, same: number): boolean {
  const a = asks[i]!;
  const own2 = distance2(a.x, a.y, r);
  const own = Math.sqrt(own2);
  const [x0, y0, x1, y1] = [r.x0 - own, r.y0 - own, r.x1 + own, r.y1 + own];
  for (let j = 0; j < asks.length; j++) {
    const b = asks[j]!;
    if (j === i || b.x < x0 || b.x > x1 || b.y < y0 || b.y > y1) continue;
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    if (dx * dx + dy * dy > same * same && distance2(b.x, b.y, r) < own2) return true;
  }
  return false;
}

/** How far (ems of the names) before a name's first letter a dot on its line reads as the name's. */
const BESIDE_EMS = 0.9;
/** How near its own dot (ems) another dot reads as one with it: the name is both's, whichever is read. */
const ONE_DOT_EMS = 0.5;

/**
 * Whether a dot other than ask `i`'s (and not one drawn on or by it) sits just before the start of the
 * box `r`, on its lines: "• Lạng Sơn" then reads as that dot's name, whatever dot is nearer (a map's
 * point names follow their dots). In a small close-up Lạng Sơn's name centred above its dot began
 * just right of Tuyên Quang's dot, which went unnamed: a reader took Tuyên Quang for Lạng Sơn (a
 * reader's review). Measured from the dot's centre to the box's edge, up to `BESIDE_EMS`.
 */
function dotBeside(asks: readonly LabelAsk[], i: number, r: Rect, size: number): boolean {
  const a = asks[i]!;
  const reach = BESIDE_EMS * size;
  const one = ONE_DOT_EMS * size;
  for (let j = 0; j < asks.length; j++) {
    const b = asks[j]!;
    if (j === i || b.y < r.y0 || b.y > r.y1) continue;
    const before = r.x0 - b.x;
    if (before < 0 || before > reach) continue;
    if (Math.hypot(b.x - a.x, b.y - a.y) > one) return true;
  }
  return false;
}

const overlaps = (b: Rect, p: Rect) => !(b.x1 < p.x0 || b.x0 > p.x1 || b.y1 < p.y0 || b.y0 > p.y1);
/** The area two boxes share (0 where they do not meet). */
const overlapArea = (b: Rect, p: Rect) =>
  Math.max(0, Math.min(b.x1, p.x1) - Math.max(b.x0, p.x0)) *
  Math.max(0, Math.min(b.y1, p.y1) - Math.max(b.y0, p.y0));

/**
 * How much larger than they are the build's pictures measure names when they move names to make room
 * (`firstPositions`): a class's picture is shown in boxes narrower than the one it is drawn for (a
 * 360-px phone's, of a picture drawn for 390 px), where the live map's names are larger against the map
 * than the picture's. Room the picture made for a name by a pixel's margin was not there on the live
 * map of such a phone: 4 of its names went when the map took over, instead of 1. Measured over phones
 * from 360 to 414 px and a laptop's short window, names that differed at the takeover: 23 without room,
 * 23 at 2 %, 13 at 4 %, 14 at 6 %, 19 at 8 % (12 before names moved at all); the picture keeps every
 * name it gained at 4 %.
 */
export const PICTURE_ROOM = 0.04;

/**
 * How many of its callouts (its nearest, `CALLOUTS`' order) a name in the way of another may be moved
 * to (`firstPositions`): all 32 made its tries many times more, for no more names in the maps tried.
 */
const MOVED_CALLOUTS = 4;

/**
 * What a name placed at a position weighs in `firstPositions`, besides its priority: beside its dot 1;
 * a callout 0.5 (moves that bring it beside its dot are kept); the selected place's tag, over other
 * dots (`TAGS`), 0.25 (moves that make room for it beside its ring, or for a callout, are kept: else
 * a tag, found by the placement that is tried, kept the name from the room a move would make).
 */
const placedWeight = (where: Around): number => (where.startsWith('t.') ? 0.25 : spotOf(where).far ? 0.5 : 1);

/** The most work `firstPositions` does: tries × names² (400 tries of 80 names). */
const WORK = 400 * 80 * 80;

/**
 * First positions for names that let more of them be placed (`placeLabels`). Placed one by one, each
 * at the first of its positions that is free, a name placed early may take the only room of a later
 * one beside it: on a phone's world map, South Korea's name right of its dot took Japan's, and the
 * United States' lost its own to Japan's. For each name left out or placed as a callout, in their
 * order, each of its free positions beside its dot is tried with the names in its way (one or two)
 * moved to other positions of theirs; a move is kept when the names placed then weigh more (a name
 * weighs 1 plus its priority, its count of partnerships, a callout 0.5 plus it: a move never gives up a
 * name for a less important one alone, and brings a callout beside its dot where it can). At most `budget`
 * placements are tried, fewer for crowds of more than 80 names (`WORK`). With `room`, moves are looked
 * for with the names that much larger, and kept only where they hold at both sizes (`PICTURE_ROOM`).
 * The live map keeps its names where the placement with these positions puts them
 * (`plannedPlacement`, `pinKey`).
 *
 * @example firstPositions(asks, 12, { width: 390, height: 522 })[i] // 'top-right', or undefined: its side's order
 */
export function firstPositions(
  ...[asks, ...rest]: [
    ...Parameters<typeof labelPlacer>,
    /** At most this many placements are tried (each is the whole greedy placement). */
    budget?: number,
    /**
     * How much larger than they are (a share) the names are measured when moves are looked for: a
     * picture shown a little smaller than it is drawn for (`PICTURE_ROOM`).
     */
    room?: number,
    /**
     * What the names keep off where another of their positions is free (`KeepOff`): the islands'
     * marks, the lines drawn. Never at the cost of a name (`offBoxes`).
     */
    avoid?: KeepOff,
  ]
): (Around | undefined)[] {
  const [size, box, fixed, blocked, advance, budget = 400, room = 0, avoid = {}] = rest;
  // Moves are found and weighed with the names `room` larger than they are, and kept only where the
  // names as they are weigh no less.
  const exact = labelPlacer(asks, size, box, fixed, blocked, advance);
  const placer = room ? labelPlacer(asks, size * (1 + room), box, fixed, blocked, advance) : exact;
  // (A placement's work grows with the square of the names: 400 tries of 80 names take 5–15 ms, and a
  // crowd of 300 names as many tries as fit in about the same work.)
  const most = Math.min(budget, Math.floor(WORK / Math.max(1, asks.length) ** 2));
  // (A callout weighs a little less than the name beside its dot, and a tag less than a callout:
  // moves that put it there are kept, `placedWeight`.)
  const weight = (placed: ReturnType<typeof placer.place>) =>
    placed.reduce((s, p, i) => s + (p ? placedWeight(p.where) + Math.max(0, asks[i]!.priority) : 0), 0);
  let first: (Around | undefined)[] = asks.map((a) => a.first);
  let placed = placer.place(first);
  let best = weight(placed);
  let bestExact = weight(exact.place(first));
  let tries = 0;
  for (let improved = true; improved && tries < most;) {
    improved = false;
    for (const u of placer.order) {
      // (Each name left out, or placed as a callout or a tag: it may find room beside its dot.)
      if ((placed[u] && placedWeight(placed[u].where) === 1) || tries >= most) continue;
      for (const [where, p] of placer.positions[u]!) {
        if (!p.ok || improved) continue;
        // The names in its way there, and where else each could go.
        const inWay = placed.flatMap((q, i) => (q && i !== u && !apart(p.box, q.box, size) ? [i] : []));
        if (inWay.length > 2) continue;
        // Every way of moving them all elsewhere, clear of it there.
        const moves = inWay.reduce<[number, Around][][]>(
          (combos, i) =>
            combos.flatMap((c) =>
              [
                ...[...placer.positions[i]!].flatMap(([other, o]) => (o.ok ? [{ where: other, ...o }] : [])),
                // (Or a callout elsewhere: South Korea's, whose leader went where the United States'
                // name had its only room, on a phone's world map.)
                ...placer.callouts(i).slice(0, MOVED_CALLOUTS),
              ]
                .filter(
                  (o) =>
                    o.where !== placed[i]!.where &&
                    apart(o.box, p.box, size) &&
                    !(o.label.leader && segmentHits(o.label.leader, p.box, size * LEADER_GAP_EMS)),
                )
                .map((o) => [...c, [i, o.where] as [number, Around]]),
            ),
          [[]],
        );
        for (const move of moves) {
          if (improved || tries >= most) break;
          const trial = [...first];
          trial[u] = where;
          for (const [i, other] of move) trial[i] = other;
          tries++;
          const next = placer.place(trial);
          const w = weight(next);
          if (w <= best + 1e-9) continue;
          const wExact = weight(exact.place(trial));
          if (wExact + 1e-9 >= bestExact)
            [first, placed, best, bestExact, improved] = [trial, next, w, wExact, true];
        }
      }
      if (improved) break;
    }
  }
  return avoid.marks?.length || avoid.lines?.length
    ? offBoxes(exact, placer, first, avoid, size, placer === exact ? placed : undefined)
    : first;
}

/**
 * First positions (`firstPositions`') with the callouts the placement with them finds with the names
 * `room` larger (`PICTURE_ROOM`), where it finds them: the build's pictures draw those callouts only
 * (`placeLabels`' 'first'). A callout that has room at the names' size but not that much larger would
 * not on the live map of a box a little smaller than the picture's.
 */
export function roomyCallouts(
  ...[asks, first, size, box, fixed, blocked, advance, room = 0]: [
    asks: readonly LabelAsk[],
    first: readonly (Around | undefined)[],
    ...(Parameters<typeof labelPlacer> extends [unknown, ...infer R] ? R : never),
    room?: number,
  ]
): (Around | undefined)[] {
  const placed = labelPlacer(asks, size * (1 + room), box, fixed, blocked, advance).place(first);
  return placed.map((p, i) => (p && spotOf(p.where).far ? p.where : first[i]));
}

/**
 * What names keep off where another of their positions is free, never at the cost of a name
 * (`firstPositions`, `offBoxes`).
 */
export interface KeepOff {
  /**
   * The islands' marks: a name that ends at one reads as running into it ("Hồ Chí Minh-Ville○" in a
   * phone's close-up). Each weighs `MARK_WEIGHT` lines.
   */
  marks?: readonly Rect[];
  /**
   * How many of the lines drawn (arcs, country flows) a box meets, in the names' units
   * (`lineCrossings`): under a name's halo a line is cut, and reads as ending there (the arcs to Laos
   * and Cambodia ran through "Hà Nội · 41" and "Vientiane" on a laptop's close-up, a reader's review).
   */
  lines?: Crossings;
}

/** What an island's mark under a name weighs, in lines through it (`KeepOff`). */
const MARK_WEIGHT = 2;

/**
 * The most moves `offBoxes` tries one at a time (each a whole placement), where the moves made all at
 * once do not hold.
 */
const OFF_TRIES = 24;

/**
 * First positions (`firstPositions`') that move the names over what they keep off (`KeepOff`: the
 * islands' marks, the lines drawn) to another of their positions over less of it, where one is free:
 * each in the order of placement, to its position over the least (ties in its order), kept only where
 * every name placed before is placed still and the names placed cover less in all, at the names' size
 * (`exact`) and at the size moves are looked for with (`roomy`: `PICTURE_ROOM`), so that the picture's
 * move holds on the live map of a smaller box too.
 */
function offBoxes(
  exact: ReturnType<typeof labelPlacer>,
  roomy: ReturnType<typeof labelPlacer>,
  start: readonly (Around | undefined)[],
  avoid: KeepOff,
  /** The names' size. */
  size: number,
  /** The placement with `start` at the names' size, where it is at hand. */
  was?: ReturnType<ReturnType<typeof labelPlacer>['place']>,
): (Around | undefined)[] {
  let first = [...start];
  let placed = was ?? exact.place(first);
  // (Where moves are looked for at the names' own size, one placement tells both.)
  const looseOf = (trial: readonly (Around | undefined)[], at: typeof placed) =>
    roomy === exact ? at : roomy.place(trial);
  let loose = looseOf(first, placed);
  let tries = OFF_TRIES;
  // (How many lines a box meets: an index made once per frame and lines drawn, `lineCrossings`.)
  const crossed = avoid.lines ?? (() => 0);
  const marks = avoid.marks ?? [];
  const memo = new Map<Rect, number>();
  const cost = (b: Rect) => {
    let c = memo.get(b);
    if (c === undefined) {
      c = MARK_WEIGHT * marks.filter((m) => overlaps(b, m)).length + crossed(b);
      memo.set(b, c);
    }
    return c;
  };
  const total = (ps: typeof placed) => ps.reduce((s, q) => s + (q ? cost(q.box) : 0), 0);
  // (Nothing covered, nothing to move: most plans of a map with few lines.)
  if (total(placed) === 0) return first;
  // (Every name placed in `was` is placed in `now`.)
  const keeps = (was: typeof placed, now: typeof placed) => was.every((q, j) => !q || now[j]);
  /** Name `i`'s other positions over less than where it is placed (`at`), least first, ties in order. */
  const cheaper = (i: number, at: (typeof placed)[number] | undefined) => {
    const here = at ? cost(at.box) : 0;
    return !at || here === 0
      ? []
      : [...exact.positions[i]!]
          .filter(([where, p]) => p.ok && where !== at.where && cost(p.box) < here)
          .sort((x, y) => cost(x[1].box) - cost(y[1].box));
  };
  // First every move at once, each name to its position over the least where that is clear of every
  // name and leader where they are: one placement tells whether it holds (each move tried alone is a
  // whole placement: with a hundred names crossed by lines, selecting an arc took 140 ms instead of 60).
  const boxes = placed.map((q) => q?.box ?? null);
  const leaders = placed.flatMap((q) => (q?.label.leader ? [q.label.leader] : []));
  const all = [...first];
  for (const i of exact.order) {
    const to = cheaper(i, placed[i]).find(
      ([, p]) =>
        boxes.every((q, j) => j === i || !q || apart(p.box, q, size)) &&
        leaders.every((l) => !segmentHits(l, p.box, size * LEADER_GAP_EMS)),
    );
    if (!to) continue;
    all[i] = to[0];
    boxes[i] = to[1].box;
  }
  if (!all.some((w, i) => w !== first[i])) return first;
  {
    const next = exact.place(all);
    const nextLoose = looseOf(all, next);
    if (keeps(placed, next) && keeps(loose, nextLoose) && total(next) < total(placed)) return all;
  }
  // Where they do not hold together (a name's move let a later name take another's room), one move at
  // a time (a few placements: the browser tests, run without V8's optimizing compilers, took 12 % longer
  // on the names' specs when every move was tried alone).
  for (const i of exact.order) {
    for (const [where, p] of cheaper(i, placed[i])) {
      if (tries <= 0) return first;
      if (placed.some((q, j) => j !== i && q && !apart(p.box, q.box, size))) continue;
      const trial = [...first];
      trial[i] = where;
      tries--;
      const next = exact.place(trial);
      const nextLoose = looseOf(trial, next);
      if (next[i]?.where !== where || !keeps(placed, next) || !keeps(loose, nextLoose)) continue;
      if (total(next) >= total(placed)) continue;
      [first, placed, loose] = [trial, next, nextLoose];
      break;
    }
  }
  return first;
}

/**
 * Where each name goes around its dot when placed with its `firstPositions`, as the build's picture
 * places them (`placeLabels`), or null where that leaves it out. The live map keeps each name there
 * (`pinKey`), and draws none of those left out (`LEFT_OUT`): its names are placed wholly inside it,
 * where MapLibre, in its sides' order, would keep one cut by its edge.
 *
 * @example plannedPlacement(asks, 12, { width: 390, height: 522 })[i] // 'top-right', or null: left out
 */
export function plannedPlacement(
  ...args: [
    ...Parameters<typeof labelPlacer>,
    /** What the names keep off where they can (`firstPositions`' `avoid`). */
    avoid?: KeepOff,
  ]
): (Around | null)[] {
  return plannedBoxes(...args).map((p) => p?.where ?? null);
}

/**
 * `plannedPlacement`'s positions with the boxes the names take there (a callout's leader too): what a
 * layer planned after these keeps clear of (the live map plans its layers of names one by one).
 */
export function plannedBoxes(
  ...[asks, size, box, fixed, blocked, advance, avoid]: Parameters<typeof plannedPlacement>
): ({ where: Around; boxes: Rect[] } | null)[] {
  const placed = labelPlacer(asks, size, box, fixed, blocked, advance).place(
    firstPositions(asks, size, box, fixed, blocked, advance, undefined, 0, avoid),
  );
  return clearOfRings(asks, placed, size).map((p) =>
    p ? { where: p.where, boxes: [p.box, ...(p.label.leader ? [spanOf(p.label.leader)] : [])] } : null,
  );
}

/** The box a segment (from its x0, y0 to its x1, y1: a leader) lies in. */
const spanOf = (l: Rect): Rect => ({
  x0: Math.min(l.x0, l.x1),
  y0: Math.min(l.y0, l.y1),
  x1: Math.max(l.x0, l.x1),
  y1: Math.max(l.y0, l.y1),
});

/**
 * A selected place left unnamed (its neighbours' dots all round it, in a main map's knot): a name
 * beside its ring read as its own ("Bắc Ninh" under Hà Nội's ring, a reader's review). Names within
 * `RING_NAME_CLEAR_EMS` of such a ring are left out too (null). Likewise round the unnamed end of a
 * selected arc (`SELECTED_FIRST`), the names of places outside the selection: with Hokkaidō selected,
 * its arc ended at Quảng Ninh's unnamed dot beside "Hanoi". Removing names never makes two collide.
 * The live map's plan and the pictures both do this (`plannedPlacement`, `placeLabels`).
 */
function clearOfRings<P extends { box: Rect; label: PlacedLabel }>(
  asks: readonly LabelAsk[],
  placed: readonly (P | null)[],
  size: number,
): (P | null)[] {
  const reach = size * RING_NAME_CLEAR_EMS;
  const selected = (a: LabelAsk) => a.ringed || a.priority >= SELECTED_FIRST;
  const rings = asks.filter((a, i) => selected(a) && !placed[i]);
  if (rings.length === 0) return [...placed];
  return placed.map((p, i) => {
    const a = asks[i]!;
    // (A callout's leader too: it read as the ring's.)
    const near = (r: LabelAsk) =>
      r !== a &&
      (r.ringed || !selected(a)) &&
      !!p &&
      (rectDistance(p.box, r.x, r.y) < reach ||
        (!!p.label.leader && segmentDistance(p.label.leader, r.x, r.y) < reach));
    return p && !rings.some(near) ? p : null;
  });
}

/**
 * How near a selected place's ring no other name goes where its own found no room (ems of the names'
 * size, from the ring's centre): its ring (`MAP_SIZES.pickedRing`, 9 px) and 0.75 em more.
 */
export const RING_NAME_CLEAR_EMS = 1.5;

/** The distance from a point to a rectangle (0 inside it). */
const rectDistance = (r: Rect, x: number, y: number) =>
  Math.hypot(Math.max(r.x0 - x, 0, x - r.x1), Math.max(r.y0 - y, 0, y - r.y1));

/**
 * The live map's feature property (`edge`) of a name its map's plan leaves out: its label layer does not
 * draw it (its names are placed wholly inside it, as its picture's: `namePlanner`).
 */
export const LEFT_OUT = 'out';

/**
 * A line of a name as SVG text: its no-break spaces (`placeLabel`'s, which decided where its lines
 * break) plain spaces again, as the name is written: an SVG text never wraps.
 */
const svgLine = (t: string) => escapeXml(t.replace(/\u00a0/g, ' '));

/** A placed name as SVG text: a line per `tspan` where it has several; in `fill`, else its group's. */
export function placedSvg(l: PlacedLabel, size: number, fill?: string): string {
  const [x, y] = [l.x.toFixed(1), l.y.toFixed(1)];
  const ink = fill ? ` fill="${fill}"` : '';
  if (l.lines.length < 2)
    return `<text x="${x}" y="${y}" text-anchor="${l.anchor}"${ink}>${svgLine(l.text)}</text>`;
  const tspans = l.lines.map(
    (line, i) =>
      `<tspan x="${x}" y="${(l.y + i * size * NAME_LINE_EMS).toFixed(1)}">${svgLine(line)}</tspan>`,
  );
  return `<text text-anchor="${l.anchor}"${ink}>${tspans.join('')}</text>`;
}

/** The live map's `text-max-width` for the archipelagos' names (ems): longer names take two lines. */
export const MAX_NAME_LINE_EMS = 7;
/** Theirs in one line, where two would be cut by the map's edge (`archipelagoBlocks`). */
export const ONE_LINE_EMS = 30;

/**
 * The margin around an island's mark that the places' names keep off where they can (ems of the
 * archipelagos' names: 8 px at their 11): a name ending 5 px from the mark read as running
 * into it.
 */
const MARK_CLEAR_EMS = 0.7;

/**
 * Where the archipelagos' names go around their points, first choice first, as the live map's layer
 * (`text-variable-anchor-offset`, src/map/basemapStyle.ts): MapLibre's anchor and offset (ems). At a
 * small scale (`beside`) east of them, over the sea, so that they do not sit where every flow leaves
 * home; else centred on them (where their marks are drawn, `islandsMark`, a name keeps off its own:
 * below or above it). Where that covers the other archipelago's name (on a phone's world the
 * Spratlys are 7 px below the Paracels, and their name was left out), below their point, then above
 * it (1.4 em: clear of a two-line name above, with both names' margins); then diagonally off it, a
 * corner 0.3 em from the point (with MapLibre's baseline, `BASELINE_SHIFT`): in a laptop's close-up of
 * 300 events every other position of "Quần đảo Hoàng Sa" covered a dot, Đà Nẵng's west of the islands
 * or the Philippines' east of them. Where every position does, the first. Both are always named, by
 * Vietnam's names (`archipelagoName`).
 */
export const ARCHIPELAGO_POSITIONS = {
  beside: [
    ['left', [0.5, 0]],
    ['top', [0, 1.4]],
    ['bottom', [0, -1.4]],
    ['bottom-left', [0.3, -0.6]],
    ['top-left', [0.3, 0.6]],
  ],
  centred: [
    ['center', [0, 0]],
    ['top', [0, 1.4]],
    ['bottom', [0, -1.4]],
    ['bottom-left', [0.3, -0.6]],
    ['top-left', [0.3, 0.6]],
    ['bottom-right', [-0.3, -0.6]],
    ['top-right', [-0.3, 0.6]],
  ],
} as const satisfies Record<string, readonly (readonly [BlockAnchor, readonly [number, number]])[]>;

/** MapLibre's anchors of a name of fixed place: the point the name's box is set by. */
type BlockAnchor =
  'left' | 'center' | 'top' | 'bottom' | 'bottom-left' | 'top-left' | 'bottom-right' | 'top-right';

/**
 * A dot's radius, halo included, in ems of the places' names' size: the live map's, 3.5 px and a halo
 * of 1.5 at 12 px. The archipelagos' names, always drawn, keep clear of the whole dot
 * (`archipelagoBlocks`, `dotBoxes`).
 */
const DOT_EMS = 5 / 12;

/** The boxes of dots (`DOT_EMS`) at these points, for names of `size` (the places' names'). */
export const dotBoxes = (points: readonly { x: number; y: number }[], size: number): Rect[] =>
  points.map(({ x, y }) => grown({ x0: x, y0: y, x1: x, y1: y }, size * DOT_EMS));

/**
 * The room a selection's end's name takes at its positions on one side of its dot, east of it (west of
 * it in the east third of `box`): beside it, above and below that side, for names of `size`. The
 * archipelagos' names keep out of it where they can (`archipelagoBlocks`' `rooms`), as a selection's
 * ends are named first (`SELECTED_FIRST`).
 */
export function nameRoom(
  at: { x: number; y: number; text: string },
  size: number,
  /** The box the names are placed in (the archipelagos' `within`). */
  box: { x: number; width: number },
  advance?: Advance,
): Rect {
  const w = lineWidth(at.text, size, advance);
  const off = DIAGONAL * size;
  const x0 = at.x > box.x + (2 * box.width) / 3 ? at.x - off - w : at.x + off;
  // (Beside it, and above and below that side: its three positions there, `AROUND_BY_SIDE`.)
  const h = (NAME_LINE_EMS * size) / 2 + off + NAME_LINE_EMS * size * 0.5;
  return { x0, y0: at.y - h, x1: x0 + w, y1: at.y + h };
}

/** A position of a name of fixed place: MapLibre's anchor and offset (ems). */
export type BlockPosition = (typeof ARCHIPELAGO_POSITIONS)[keyof typeof ARCHIPELAGO_POSITIONS][number];

/**
 * A name of fixed place drawn as the live map's symbol layer draws it (the archipelagos', the countries'):
 * in lines of at most `MAX_NAME_LINE_EMS` (broken at the space that best balances them), as a block beside
 * its point (`beside`: its left edge half an em east, as `text-anchor: left` with `text-offset: [0.5, 0]`,
 * and its layer's `padding` further) or centred on it, or at a `BlockPosition`; with the box it covers,
 * which other names keep clear of.
 *
 * @example blockLabel('Quần đảo Hoàng Sa', 0, 0, 11, false).lines → ['Quần đảo', 'Hoàng Sa']
 */
export function blockLabel(
  text: string,
  x: number,
  y: number,
  size: number,
  at: boolean | BlockPosition,
  /**
   * The live map's `text-max-width` (ems) for this name, and its lines' width (default `labelWidth`);
   * its layer's `text-padding`, in the name's units (default none).
   */
  { maxEms = MAX_NAME_LINE_EMS, widthOf = (l: string) => labelWidth(l, size), padding = 0 } = {},
): {
  lines: string[];
  /** The lines' x (`start`, `middle` or `end` anchored) and the first baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The line height. */
  step: number;
  box: { x0: number; y0: number; x1: number; y1: number };
} {
  const [anchor, [dx, dy]] =
    typeof at === 'boolean' ? (at ? ARCHIPELAGO_POSITIONS.beside[0] : ARCHIPELAGO_POSITIONS.centred[0]) : at;
  // Broken as MapLibre breaks (`breakLines`), at a space or after a hyphen ("ÉTATS-" / "UNIS").
  const lines = breakLines(text, maxEms, (ch) => widthOf(ch) / size);
  const width = Math.max(...lines.map(widthOf));
  const step = size * 1.2;
  const height = step * lines.length;
  // (Its box's edge or middle at the anchor, as MapLibre sets it, and its lines aligned to that side.)
  const h = anchor.endsWith('left') ? 'start' : anchor.endsWith('right') ? 'end' : 'middle';
  const v = anchor.startsWith('top') ? 'top' : anchor.startsWith('bottom') ? 'bottom' : 'middle';
  // (MapLibre sets a box of variable anchor by its size with its margin: the name itself is the margin
  // further off its anchor, `calculateVariableLayoutShift`. "Quần đảo Trường Sa" below and east of the
  // Spratlys, 2 px lower than reckoned, took the room a name below it was planned in.)
  const [px, py] = [
    h === 'start' ? padding : h === 'end' ? -padding : 0,
    v === 'top' ? padding : v === 'bottom' ? -padding : 0,
  ];
  const ax = x + size * dx + px;
  const x0 = h === 'start' ? ax : h === 'end' ? ax - width : ax - width / 2;
  // (MapLibre's offsets are signed, down positive; below or above its point it takes its assumed
  // baseline off the offset: `BASELINE_SHIFT`, `getTextVariableAnchorOffset`.)
  const oy = (v === 'top' ? dy - BASELINE_SHIFT : v === 'bottom' ? dy + BASELINE_SHIFT : dy) * size + py;
  const y0 = v === 'top' ? y + oy : v === 'bottom' ? y + oy - height : y + oy - height / 2;
  return {
    lines,
    x: ax,
    y: y0 + size * 0.95,
    anchor: h,
    step,
    box: { x0, y0, x1: x0 + width, y1: y0 + height },
  };
}

/** A box, from its top-left corner (x0, y0) to its bottom-right one (x1, y1). */
export type Rect = { x0: number; y0: number; x1: number; y1: number };

/** The box a placed name covers (as `placeLabels` measured it), all its lines. */
export function placedBox(
  l: PlacedLabel,
  size: number,
  advance?: Advance,
  /** Its widest line's width, where it is known. */
  width?: number,
): Rect {
  const w = width ?? Math.max(...l.lines.map((line) => lineWidth(line, size, advance)));
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  const below = (l.lines.length - 1) * size * NAME_LINE_EMS;
  // (MapLibre's box: a line's height, `text-line-height`, per line; the first baseline `NAME_ASCENT` down.)
  const y0 = l.y - size * NAME_ASCENT;
  return { x0, y0, x1: x0 + w, y1: y0 + below + size * NAME_LINE_EMS };
}

/**
 * The archipelagos' names as the live map's symbol layer sets them (`blockLabel` at one of their
 * `ARCHIPELAGO_POSITIONS` each, chosen together: clear of the names placed before them and of each
 * other, with their margins, and of the islands' marks where they are drawn (`marks`), covering least
 * of the dots and their sides, of the rooms of a selection's
 * names and of what is past the edges of the box seen, the first in order of those; where no choice is
 * clear of the names, each at its first position clear of those before it, else at its first:
 * MapLibre's `text-allow-overlap` with variable anchors), as wide as their letters where the font's
 * advances are at hand: both always. The build's picture draws them so, and the live map's planner keeps
 * names clear of them (`namePlanner`), and of their `islands` where they are centred.
 */
export function archipelagoBlocks(
  points: readonly { text: string; x: number; y: number }[],
  size: number,
  beside: boolean,
  {
    advance,
    taken = [],
    pad = (size * 2) / 11,
    dots = [],
    rooms = [],
    within,
    marks: markRadius = 0,
    lines: crossed = () => 0,
  }: {
    /** The font's advances, where they are at hand. */
    advance?: Advance | undefined;
    /**
     * The radius of the islands' marks where they are drawn (`islandsMark`, below `islandsMarkTill`;
     * outline included, in the names' units), else 0: the names keep off them as off the dots, their
     * own included. Centred on its islands, "Quần đảo Trường Sa" had its mark peeking out between its
     * two lines.
     */
    marks?: number;
    /** Boxes placed before them: the close-up's, kept out (`addKeepOut`). */
    taken?: readonly Rect[];
    /**
     * The margin around each name: MapLibre's `text-padding`, 2 CSS px on the live map; in a picture,
     * in its units, 2 px of names of 11 (default: at a wall screen's larger names, more than the live
     * map's 2 px).
     */
    pad?: number;
    /**
     * The dots (`dotBoxes`), kept clear where the positions allow: a name drawn over one hides it (the
     * Philippines' flow's, under "Hoàng Sa" in a close-up). Where none do, the names are still kept
     * clear of each other first (on a short laptop map the Spratlys' name, kept off a dot, went over
     * the Paracels'), covering as little of the dots as they can.
     */
    dots?: readonly Rect[];
    /**
     * The rooms of the names to keep (a selection's ends': `nameRoom`), kept clear where the positions
     * allow, as the dots are: with Hokkaidō selected on a phone, the Paracels' name beside them took
     * Quảng Ninh's.
     */
    rooms?: readonly Rect[];
    /**
     * The box they are seen in (the map's, the picture's): as little of them past its edges as the
     * positions allow, as of the dots. Drawn over everything, a name past the edge is cut ("Quần đảo
     * Trường Sa" at a close-up's bottom edge, below and east of the islands).
     */
    within?: { x: number; y: number; width: number; height: number } | undefined;
    /**
     * How many of the lines drawn (arcs, flows) a box meets, in the names' units (`lineCrossings`):
     * each through a name costs `ARCHIPELAGO_LINE_EMS2` of it. Drawn over everything, the Spratlys'
     * name sat in the fan of flows leaving home on the 300 events' phone map (a reader's review).
     */
    lines?: Crossings;
  } = {},
) {
  const set = {
    ...(advance ? { widthOf: (l: string) => lineWidth(l, size, advance) } : {}),
    padding: pad,
  };
  const seen = within && {
    x0: within.x,
    y0: within.y,
    x1: within.x + within.width,
    y1: within.y + within.height,
  };
  /**
   * How much of a name at a box is seen where it should not be (px²): past the edges of the box seen,
   * where its islands are in it (a name cut by the edge); inside it, where they are not (a sliver of a
   * name whose islands are out of sight, the Spratlys' below a phone's frame). None without a box.
   */
  const edgeCost = (p: { x: number; y: number }, b: Rect) => {
    if (!seen) return 0;
    const inside = overlapArea(b, seen);
    return p.x >= seen.x0 && p.x <= seen.x1 && p.y >= seen.y0 && p.y <= seen.y1
      ? (b.x1 - b.x0) * (b.y1 - b.y0) - inside
      : inside;
  };
  const marks =
    markRadius > 0 ? points.map(({ x, y }) => grown({ x0: x, y0: y, x1: x, y1: y }, markRadius)) : [];
  // (Never over an archipelago's mark, theirs or the other's, where they are drawn: over the Spratlys'
  // mark in a phone's close-up, "Quần đảo Hoàng Sa" read "(Hoàng Sa" and the Spratlys had no mark.)
  const clear = (box: Rect, of: readonly Rect[]) =>
    of.every((q) => !overlaps(grown(box, pad), q)) && marks.every((m) => !overlaps(box, m));
  const at = (a: (typeof points)[number], maxEms: number) =>
    ARCHIPELAGO_POSITIONS[beside ? 'beside' : 'centred'].map((p) => ({
      ...blockLabel(a.text, a.x, a.y, size, p, { ...set, maxEms }),
      /** Its position's anchor (the live map's layer is given it: `archipelagoPins`). */
      at: p[0],
      /** Its lines' width (ems): the live map's `text-max-width` for it (`archipelagoPins`). */
      maxEms,
    }));
  // (A dot's sides too, an em of these names either way at the dot's height: a name that starts or ends
  // there reads as the dot's own. At 4K the Paracels' name centred on them started 17 px east of
  // Đà Nẵng's dot, named on its west, and read "Đà Nẵng ● Quần đảo Hoàng Sa".)
  const sides = dots.map((d) => ({ ...d, x0: d.x0 - size, x1: d.x1 + size }));
  const soft = [...dots, ...sides, ...marks, ...rooms];
  // What the name of the `i`th islands covers at a box that it should not (px²): of the dots and their
  // sides, of the marks' margins, of the rooms, and at the edges (`edgeCost`).
  const covered = (i: number, box: Rect) =>
    soft.reduce((sum, d) => sum + overlapArea(grown(box, pad), d), 0) +
    edgeCost(points[i]!, box) +
    crossed(box) * ARCHIPELAGO_LINE_EMS2 * size * size;
  // In one line too, after those in two (taken where they cover less), where the map's edge cuts the
  // name at the two-line position that covers least: islands a few px from the edge had their name
  // cut, or over a selected place's name ("(Paracels)" at the bottom of a phone's map with Quảng Ninh
  // selected, a reader's review).
  const tries = points.map((a, i) => {
    const two = at(a, MAX_NAME_LINE_EMS);
    const least = two.reduce((b, t) => (covered(i, t.box) < covered(i, b.box) ? t : b));
    return edgeCost(a, least.box) > 0
      ? [...two, ...at(a, ONE_LINE_EMS).filter((t, k) => t.lines.length < two[k]!.lines.length)]
      : two;
  });
  // The positions of both names together, clear of what is taken and of each other: those that cover
  // least, and of those the first in order, the first name's first. (One at a time, the Paracels' name
  // beside them left the Spratlys' on a phone's world one place clear of it: below them, over
  // Indonesia's dot.)
  type Best = { picks: readonly number[]; covers: number } | null;
  const search = (
    i: number,
    picks: readonly number[],
    boxes: readonly Rect[],
    covers: number,
    best: Best,
  ): Best =>
    best && covers >= best.covers
      ? best
      : i === tries.length
        ? { picks, covers }
        : tries[i]!.reduce<Best>(
            (b, t, k) =>
              clear(t.box, boxes)
                ? search(i + 1, [...picks, k], [...boxes, grown(t.box, pad)], covers + covered(i, t.box), b)
                : b,
            best,
          );
  // The islands themselves, as a dot of these names, where they are centred on them (a large scale):
  // names placed after these keep clear of them. (At 4K Đà Nẵng's name, east of its dot, covered the
  // Paracels. At a small scale, where the islands are a speck, or their mark, beside their name, not:
  // on a laptop's and a phone's close-up that left Đà Nẵng and Hồ Chí Minh City, 15 and 55 links,
  // unnamed; their names may touch a mark.)
  const islands = (i: number): Rect[] => (beside ? [] : dotBoxes([points[i]!], size));
  // (And its mark, where it is drawn, with a margin: names keep off it where they can,
  // `firstPositions`' `avoid`.)
  const mark = (i: number): Rect[] => (marks[i] ? [grown(marks[i], size * MARK_CLEAR_EMS)] : []);
  const found = search(0, [], taken, 0, null);
  if (found) return tries.map((t, i) => ({ ...t[found.picks[i]!]!, islands: islands(i), mark: mark(i) }));
  // (Where no choice is clear of the names, each in turn: of the positions clear of those before it,
  // the first covering least; else of those clear of the other's name at least, over what is taken (on a
  // 200-px embed's world "(Paracels)" and "Trường Sa" were printed over each other, both at their
  // first position); else the first.)
  const placed: Rect[] = [...taken];
  const named: Rect[] = [];
  // (Under what is taken a name is not seen at all, the close-up being drawn over the map: that counts
  // first, then what it covers.)
  const hidden = (box: Rect) => taken.reduce((sum, q) => sum + overlapArea(box, q), 0);
  const least = (i: number, of: (typeof tries)[number]) =>
    of
      .map((b) => ({ b, c: covered(i, b.box), h: hidden(b.box) }))
      // (`sort` keeps the order of equals.)
      .sort((x, y) => x.h - y.h || x.c - y.c)[0]?.b;
  return tries.map((t, i) => {
    const block =
      least(
        i,
        t.filter(({ box }) => clear(box, placed)),
      ) ??
      least(
        i,
        t.filter(({ box }) => clear(box, named)),
      ) ??
      t[0]!;
    placed.push(grown(block.box, pad));
    named.push(grown(block.box, pad));
    return { ...block, islands: islands(i), mark: mark(i) };
  });
}

/**
 * What a line through an archipelago's name costs it, as covering that much of a dot (ems² of the
 * names): a dot's square and its sides cover about 1.5, a name past the map's edge 10 and more. Half
 * an em²: a name moves off a dot before it moves off two lines.
 */
export const ARCHIPELAGO_LINE_EMS2 = 0.5;

/** A box grown by `by` on every side (MapLibre's margin around a name: its `text-padding`). */
export const grown = (b: Rect, by: number): Rect => ({
  x0: b.x0 - by,
  y0: b.y0 - by,
  x1: b.x1 + by,
  y1: b.y1 + by,
});

/**
 * The blocks (`blockLabel`) that fit, in their order: inside `box`, clear by `pad` of the `taken` boxes
 * and of the blocks kept before them; as the live map's collisions leave out a country's name that
 * would cover a place's (its boxes have a margin: MapLibre's `text-padding`, and its glyphs' own).
 */
export function fitBlocks<B extends { box: Rect }>(
  blocks: readonly B[],
  box: { x: number; y: number; width: number; height: number },
  taken: readonly Rect[],
  pad = 0,
): B[] {
  const placed = [...taken];
  return blocks.filter(({ box: b }) => {
    const r = { x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad };
    const inside = b.x0 >= box.x && b.y0 >= box.y && b.x1 <= box.x + box.width && b.y1 <= box.y + box.height;
    if (!inside || placed.some((p) => !(r.x1 < p.x0 || r.x0 > p.x1 || r.y1 < p.y0 || r.y0 > p.y1)))
      return false;
    placed.push(r);
    return true;
  });
}

/**
 * The width of a line of capitals (`size` px, letters spaced by `spacing` ems), as Be Vietnam Pro sets
 * them: a letter about 0.7 em, "I", a space or a hyphen about 0.3 em. With it, country names break into
 * lines where the live map breaks them ("NHẬT / BẢN", "VIỆT NAM" in one).
 *
 * @example capitalsWidth('RUSSIE', 11, 0.12) → 49.7
 */
export function capitalsWidth(line: string, size: number, spacing: number): number {
  let ems = 0;
  for (const ch of line) ems += (/[\sI\-.]/u.test(ch) ? 0.3 : 0.7) + spacing;
  return ems * size;
}

/** A block (`blockLabel`) as SVG text, a line per `tspan`. */
export function blockSvg(b: ReturnType<typeof blockLabel>): string {
  const lines = b.lines.map(
    (l, i) => `<tspan x="${b.x.toFixed(1)}" y="${(b.y + i * b.step).toFixed(1)}">${escapeXml(l)}</tspan>`,
  );
  return `<text text-anchor="${b.anchor}">${lines.join('')}</text>`;
}
