import type {
  ColorSpecification,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  GeoJSONSource,
  Map as MlMap,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { holding, type LiveName } from './namePlan';
import type { LonLat } from '../core/draw/arc';
import type { FeatureCollection } from 'geojson';
import type { Atlas } from '../core/atlas';
import { indexOf } from '../core/atlasIndex';
import { placeLon } from '../core/draw/mercator';
import {
  type Advance,
  DOT_BLOCK_EMS,
  SELECTED_FIRST,
  edgeOf,
  NAME_LINE_EMS,
  BESIDE,
  CALLOUTS,
  leaderOf,
  spotOf,
  RING_BESIDE,
  TAGS,
  nameReach as reachOf,
  PLACE_MAX_EMS,
  placeLabel,
  AROUND_BY_SIDE,
  aroundOrder,
  pinKey,
  LEFT_OUT,
  type Around,
} from '../core/draw/pictureLabels';
import { MAP_SIZES, MAP_THEMES, type MapTheme, type Theme } from '../core/draw/theme';
import type { Lang } from '../core/i18n';
import type { ArcEnds } from '../core/view/possibleArcs';

const SOURCE = 'ends';
export const END_DOTS = 'end-dots';
/** The ring round the dot of the place the reader selected (`pickedRing`), and that dot above it. */
const END_RINGS = 'end-rings';
const END_PICKED = 'end-picked';
export const END_LABELS = 'end-labels';
/** The selected place's name over the other dots, where it has no room beside them (`TAGS`). */
export const END_TAGS = 'end-tags';
const END_BLOCKS = 'end-blocks';
/** Dot radius (CSS px at scale 1): a place in focus, a place, and a place among many. */
const DOT = { strong: 5, normal: 3.5, crowded: 2.5 };
/** The selected place's ring and its dot above it: their layers and radii (CSS px at scale 1). */
const PICKED = [
  [END_RINGS, MAP_SIZES.pickedRing],
  [END_PICKED, DOT.strong],
] as const;
/** Places shown from which the dots are the crowd's size (the close-up of home at world scale). */
const CROWD = 40;
/** Label size (CSS px at scale 1) of the places at the ends of arcs. */
const LABEL_SIZE = 12;

/**
 * The square (CSS px at scale 1) around a dot's centre that no name may cover, its own or another's
 * (`DOT_BLOCK_EMS` of the names' size: the build's pictures keep the same). MapLibre's collision box for
 * this icon is its image, 3 px (read from its collision grid), and a name's box is its line's height,
 * taller than its letters: a name may touch a dot's rim, never its centre. (A 5-px image kept Bắc Ninh's
 * name off its own dot's sides; 7 px lost Cambodia's among the flows next door.)
 */
const BLOCK = DOT_BLOCK_EMS * LABEL_SIZE;
const BLOCK_IMAGE = 'end-dot-block';

/**
 * Positions around a dot, first choice first, as MapLibre's anchors with their offsets (ems): the
 * anchor is the point of the name's box nearest its dot (`spotOf`; "left": the name to the right).
 */
const anchors = (...names: Around[]) =>
  [
    'literal',
    names.flatMap((n) => {
      const { beside, ox, oy } = spotOf(n);
      return [beside, [ox, oy]];
    }),
  ] as unknown as ExpressionSpecification;
/**
 * Names near the world's edges at world scale go inwards (text right of a dot near the west edge,
 * left of one near the east edge): they are never cut by the edge, and the copies MapLibre draws of
 * the places just past it (one world over) put their names off the map instead of inside it. In a
 * close-up, a neighbour's flow west of where it starts is named west of its dot first ('middle-west',
 * `awayFrom`), then anywhere, as 'middle' mirrored. The orders are the build's picture's (`aroundOrder`).
 * A name the map has planned (`pinKey`, `namePlanner`) keeps to the one position the plan gave it.
 */
export const LABEL_ANCHORS: ExpressionSpecification = [
  'match',
  ['get', 'edge'],
  ...(Object.keys(AROUND_BY_SIDE) as Side[]).flatMap((side) => [side, anchors(...aroundOrder(side))]),
  // (And beside a ringed dot, past its ring: `RING_OFFSET_EMS`.)
  ...[...BESIDE, ...CALLOUTS, ...RING_BESIDE, ...TAGS].flatMap((where) => [pinKey(where), anchors(where)]),
  anchors(...aroundOrder('middle')),
] as unknown as ExpressionSpecification;
export { edgeOf };
/**
 * How far (CSS px) a name reaches from its dot's centre (`reachOf`, at the live map's size), at the
 * font's advances where they are at hand (`fontAdvance`).
 */
export const nameReach = (text: string, maxWidth: number, scale = 1, advance?: Advance) =>
  reachOf(text, maxWidth, LABEL_SIZE * scale, advance);
/**
 * Which side of its dot a name keeps to: 'west', text east of a dot near the west edge; 'east'; either;
 * either, west first ('middle-west').
 */
export type Side = ReturnType<typeof edgeOf>;
/**
 * Where a place is, and its name, for a rule that chooses the side its name keeps to; for a flow, where
 * it starts (`from`: a close-up names it away from there first).
 */
export type SideRule = (lon: number, lat: number, text: string, from?: LonLat) => Side;

/** The start of every tag's `edge` ('at:t.': `pinKey` of one of `TAGS`, less its side). */
const TAG_KEY = pinKey('t.left').slice(0, -'left'.length);

/** What a map's plan says of a name (`namePlanner`): the one position it keeps to, or left out. */
export type Pin = Around | typeof LEFT_OUT;

/**
 * A name's `edge`: the position its map's plan gave it (`pinKey`), `LEFT_OUT` where the plan leaves it
 * out (its layer does not draw it), or its side's order.
 */
export const pinned = (id: string, side: Side, pins: ReadonlyMap<string, Pin>): string => {
  const where = pins.get(id);
  return where === LEFT_OUT ? LEFT_OUT : where ? pinKey(where) : side;
};

/** A dot's radius at a scale (1.5 on a wall screen, as its name): larger in focus (a selection, a preview). */
const radius = (r: number, scale: number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'strong'], false],
  DOT.strong * scale,
  r * scale,
];

/** The leaders' images' pixels per CSS px: sharp on a phone's screen. */
const LEADER_RATIO = 2;
/** A leader's line and its halo on each side (CSS px at scale 1). */
const LEADER_LINE = 1;
const LEADER_HALO = 1;

/** A leader's image: its name's layer draws it, so it shows with the name (`leaderIcon`). */
const leaderImage = (theme: Theme, where: Around) => `leader-${theme}-${where}`;

/**
 * The leaders of callouts (`CALLOUTS`), as images a layer of names draws under each callout's text: a
 * line with a halo, as long as the leader, rotated about the dot (`leaderIcon`). An icon, not a line
 * on the map: it keeps its length in px as the map zooms, as the name keeps its offset, and shows
 * and hides with its name (MapLibre places a symbol's icon and text together; the icon is not moved
 * with the text's variable anchor, `icon-text-fit` none). Added once per map, in both schemes.
 */
export function addLeaderImages(map: MlMap): void {
  for (const theme of Object.keys(MAP_THEMES) as Theme[])
    for (const where of CALLOUTS) {
      const id = leaderImage(theme, where);
      if (map.hasImage(id)) continue;
      const l = leaderOf(where, LABEL_SIZE)!;
      const width = Math.max(1, Math.round(Math.hypot(l.x1 - l.x0, l.y1 - l.y0) * LEADER_RATIO));
      const rows = (LEADER_LINE + 2 * LEADER_HALO) * LEADER_RATIO;
      const data = new Uint8Array(width * rows * 4);
      const t = MAP_THEMES[theme];
      const [line, halo] = [rgb(t.label), rgb(t.halo)];
      for (let y = 0; y < rows; y++) {
        const c = y >= LEADER_HALO * LEADER_RATIO && y < rows - LEADER_HALO * LEADER_RATIO ? line : halo;
        for (let x = 0; x < width; x++) data.set([...c, 255], (y * width + x) * 4);
      }
      map.addImage(id, { width, height: rows, data }, { pixelRatio: LEADER_RATIO });
    }
}

/** A colour `#rrggbb` as its three channels. */
const rgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/**
 * A layer of names' icons: each callout's leader (`addLeaderImages`), from its dot's rim towards its
 * name; none for a name beside its dot.
 */
function leaderIcon(theme: Theme, scale: number) {
  const start = leaderOf(CALLOUTS[0]!, LABEL_SIZE)!;
  const callout = (pick: (where: Around) => unknown, none: unknown) =>
    [
      'match',
      ['get', 'edge'],
      ...CALLOUTS.flatMap((where) => [pinKey(where), pick(where)]),
      none,
    ] as unknown as ExpressionSpecification;
  return {
    'icon-image': callout((where) => leaderImage(theme, where), ''),
    'icon-rotate': callout((where) => {
      const l = leaderOf(where, 1)!;
      return (Math.atan2(l.y1 - l.y0, l.x1 - l.x0) * 180) / Math.PI;
    }, 0),
    'icon-anchor': 'left' as const,
    // (From the dot's rim: every leader starts as far out, `leaderOf`.)
    'icon-offset': [Math.hypot(start.x0, start.y0), 0] as [number, number],
    'icon-size': scale,
    'icon-rotation-alignment': 'viewport' as const,
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
    // (A pointer is over a leader's box only where it is: queries find icons by it, padding and all.)
    'icon-padding': 0,
  };
}

/**
 * A layer of names beside end dots (arc ends, flow ends): above the lines, with a halo, placed around
 * their dot (inwards near the world's edges), the places with more partnerships first. A callout's
 * name far from its dot has its leader (`leaderIcon`; `addLeaderImages` first). In the places' colour,
 * or in `ink`: the foreign partners' (`partnerLabel`), or each by its place's country (`byCountry`: a
 * feature's `vn`).
 */
export function endLabels(
  id: string,
  source: string,
  field: string,
  maxWidth: number,
  theme: Theme,
  ink: NameInk = 'label',
): SymbolLayerSpecification {
  const t = MAP_THEMES[theme];
  return {
    id,
    type: 'symbol',
    source,
    // (Not the names its map's plan leaves out: `LEFT_OUT`.)
    filter: ['!=', ['get', 'edge'], LEFT_OUT],
    layout: {
      'text-field': ['get', field],
      'text-font': [MAP_SIZES.font],
      'text-size': LABEL_SIZE,
      'text-variable-anchor-offset': LABEL_ANCHORS,
      'text-justify': 'auto',
      'text-max-width': maxWidth,
      'symbol-sort-key': ['get', 'rank'],
      // Names may touch (their halos keep them apart): a dense cluster (Hà Nội, Bắc Ninh) keeps them all.
      'text-padding': 0,
      // A name's collision box is its line's height: at MapLibre's 1.2 em it is 2.4 px taller than the
      // letters, and in the close-up of the border provinces on a phone Lạng Sơn's name, 1 px into
      // Tuyên Quang's box on every side of its dot, was left out (Bắc Ninh's too, beside Hà Nội's).
      'text-line-height': NAME_LINE_EMS,
      ...leaderIcon(theme, 1),
    },
    paint: { 'text-color': inkOf(t, ink), 'text-halo-color': t.halo, 'text-halo-width': 1.5 },
  };
}

/**
 * The colours a layer of `endLabels` writes its names in: the Vietnamese places', the foreign
 * partners', or each name its place's (a feature's `vn`: Vietnamese or not).
 */
export type NameInk = 'label' | 'partnerLabel' | 'byCountry';
const inkOf = (t: MapTheme, ink: NameInk): DataDrivenPropertyValueSpecification<ColorSpecification> =>
  ink === 'byCountry' ? ['case', ['to-boolean', ['get', 'vn']], t.label, t.partnerLabel] : t[ink];

/**
 * A layer that keeps names off dots: an empty square at each dot, placed before every name (a symbol
 * layer higher in the stack is placed first), never hidden itself and never covered. MapLibre's collision
 * detection knows symbols only; the dots are circles. Add it above every layer of names it protects.
 */
export function addDotBlocks(map: MlMap, id: string, source: string, beforeId?: string): void {
  if (!map.hasImage(BLOCK_IMAGE))
    map.addImage(BLOCK_IMAGE, { width: BLOCK, height: BLOCK, data: new Uint8Array(BLOCK * BLOCK * 4) });
  map.addLayer(
    {
      id,
      type: 'symbol',
      source,
      layout: {
        'icon-image': BLOCK_IMAGE,
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'icon-padding': 0,
      },
    },
    beforeId,
  );
}

/** Draws a layer of `endLabels` (in `ink`) in another scheme, its type `scale` times larger. */
export function restyleEndLabels(
  map: MlMap,
  id: string,
  theme: Theme,
  scale: number,
  ink: NameInk = 'label',
): void {
  const k = MAP_THEMES[theme];
  map.setPaintProperty(id, 'text-color', inkOf(k, ink));
  map.setPaintProperty(id, 'text-halo-color', k.halo);
  map.setPaintProperty(id, 'text-halo-width', 1.5 * scale);
  map.setLayoutProperty(id, 'text-size', LABEL_SIZE * scale);
  const leaders = leaderIcon(theme, scale);
  map.setLayoutProperty(id, 'icon-image', leaders['icon-image']);
  map.setLayoutProperty(id, 'icon-size', leaders['icon-size']);
}

/** Draws a layer of `addDotBlocks` at another scale. */
export const rescaleDotBlocks = (map: MlMap, id: string, scale: number) =>
  map.setLayoutProperty(id, 'icon-size', scale);

/**
 * The places at the ends of arcs: a dot and a name (with a halo, above the arcs) for every place with a
 * visible arc. Dots show and hide by feature-state; labels by a filter on the visible places, changed
 * only when that set changes (a few times over a whole play-through, never per scrub step). MapLibre's
 * collision detection keeps labels from piling up: the places with more partnerships are placed first,
 * each label tries several positions around its dot.
 */
export function addEndsLayer(
  map: MlMap,
  atlas: Atlas,
  arcs: readonly ArcEnds[],
  o: {
    lang: Lang;
    theme: Theme;
    beforeId?: string;
    /** Which side of its dot a name keeps to (default: inwards at the world's edges). */
    edge?: SideRule;
    /**
     * The positions of names about to be shown, by id (`namePlanner`; none: their sides' order), or
     * null if they cannot be planned now (the map moves): their positions are kept until `replan`.
     */
    plan?(names: readonly LiveName[]): ReadonlyMap<string, Pin> | null;
    /** What the plan depends on besides the names: the map's size and camera. */
    planKey?(): string;
  },
): {
  /**
   * Shows these places, `strong` ones larger; the names of `first` (a selection's ends, not a hover's
   * preview: its names are not planned again at each move of the pointer) placed first.
   */
  show(
    places: ReadonlySet<string>,
    strong: ReadonlySet<string>,
    first?: ReadonlySet<string>,
    /** The place the reader selected: its dot ringed (`pickedRing`), where it is shown. */
    picked?: string | null,
  ): void;
  /** Plans the names shown again, for the map as it is framed now (after it moved). */
  replan(): void;
  setLook(theme: Theme, scale: number): void;
  reset(): void;
  destroy(): void;
} {
  const ix = indexOf(atlas);
  const degree = new Map<string, number>();
  for (const a of arcs) for (const p of [a.vn, a.partner]) degree.set(p, (degree.get(p) ?? 0) + 1);
  // (And every other place but the countries, with none: one selected is marked alone, `pickedMark`.)
  for (const p of atlas.places) if (p.level !== 'country' && !degree.has(p.id)) degree.set(p.id, 0);
  /** Each place's name, where it is and the side of its dot it keeps to; the Vietnamese ones. */
  const vn = new Set<string>();
  const names: LiveName[] = [...degree].flatMap(([id, n]) => {
    const p = ix.place(id);
    if (!p) return [];
    // Where the arcs end: the Americas east of the Pacific.
    const lon = placeLon(p.lon);
    const text = placeLabel(p, o.lang);
    const side = o.edge ? o.edge(lon, p.lat, text) : edgeOf(lon);
    if (p.country === 'VN') vn.add(id);
    return [{ id, text, at: [lon, p.lat], priority: n, maxEms: PLACE_MAX_EMS, side, layer: 0 }];
  });
  /** The ends of the selection shown now, named first (`show`). */
  let firstNow = new Set<string>();
  /** The place selected now (ringed), if it is one of this layer's. */
  let pickedNow: string | null = null;
  /** A name as it is ranked now: a selection's ends first, `SELECTED_FIRST`. */
  const ranked = (n: LiveName): LiveName => ({
    ...n,
    ...(firstNow.has(n.id) ? { priority: n.priority + SELECTED_FIRST } : {}),
    ...(n.id === pickedNow ? { picked: true } : {}),
  });
  const data = (pins: ReadonlyMap<string, Pin>): FeatureCollection => ({
    type: 'FeatureCollection',
    features: names.map((p) => ({
      type: 'Feature',
      properties: {
        id: p.id,
        name: p.text,
        rank: -ranked(p).priority,
        vn: vn.has(p.id),
        edge: pinned(p.id, p.side, pins),
      },
      geometry: { type: 'Point', coordinates: p.at },
    })),
  });
  map.addSource(SOURCE, { type: 'geojson', data: data(new Map()), promoteId: 'id' });
  const visible: ExpressionSpecification = ['boolean', ['feature-state', 'visible'], false];
  const t = MAP_THEMES[o.theme];
  const picked: ExpressionSpecification = ['boolean', ['feature-state', 'picked'], false];
  map.addLayer(
    {
      id: END_DOTS,
      type: 'circle',
      source: SOURCE,
      paint: {
        'circle-radius': radius(DOT.normal, 1),
        'circle-color': t.label,
        'circle-stroke-color': t.halo,
        'circle-stroke-width': 1.5,
        'circle-opacity': ['case', visible, 1, 0],
        'circle-stroke-opacity': ['case', visible, 1, 0],
      },
    },
    o.beforeId,
  );
  // The selected place's ring, above the other dots (under them, a neighbour's dot, Bắc Ninh's by Hà
  // Nội's, merged with it into a blob), and its dot again above the ring: a target.
  const pickedOnly: ExpressionSpecification = ['case', ['all', visible, picked], 1, 0];
  for (const [id, r] of PICKED)
    map.addLayer(
      {
        id,
        type: 'circle',
        source: SOURCE,
        paint: {
          'circle-radius': r,
          'circle-color': t.label,
          'circle-stroke-color': t.halo,
          'circle-stroke-width': 1.5,
          'circle-opacity': pickedOnly,
          'circle-stroke-opacity': pickedOnly,
        },
      },
      o.beforeId,
    );
  // The places shown (`show`), and of their names not those the map's plan leaves out (`endLabels`).
  const shownOnly = (places: readonly string[]): ExpressionSpecification => [
    'in',
    ['get', 'id'],
    ['literal', places],
  ];
  // (A tag, `TAGS`, is drawn by its own layer, over the dots' blocks, which would hide it in this one.)
  const tagged: ExpressionSpecification = ['==', ['slice', ['get', 'edge'], 0, TAG_KEY.length], TAG_KEY];
  const namesOf = (places: readonly string[]): ExpressionSpecification => [
    'all',
    ['!=', ['get', 'edge'], LEFT_OUT],
    ['!', tagged],
    shownOnly(places),
  ];
  const tagsOf = (places: readonly string[]): ExpressionSpecification => ['all', tagged, shownOnly(places)];
  addLeaderImages(map);
  map.addLayer(
    // (Each name in its place's colour: the Vietnamese places' or the foreign partners', `byCountry`.)
    { ...endLabels(END_LABELS, SOURCE, 'name', PLACE_MAX_EMS, o.theme, 'byCountry'), filter: namesOf([]) },
    o.beforeId,
  );
  addDotBlocks(map, END_BLOCKS, SOURCE, o.beforeId);
  map.setFilter(END_BLOCKS, shownOnly([]));
  // (Above the dots' blocks, over every dot. It takes its room in MapLibre's collision grid: the
  // plan keeps our other names off it, and the countries' and provinces' names, placed after it, keep
  // off it as the picture's do.)
  const tags = endLabels(END_TAGS, SOURCE, 'name', PLACE_MAX_EMS, o.theme, 'byCountry');
  map.addLayer(
    {
      ...tags,
      layout: { ...tags.layout, 'text-allow-overlap': true },
      filter: tagsOf([]),
    },
    o.beforeId,
  );
  let crowded = false;
  let dotScale = 1;
  const dotSize = () => {
    map.setPaintProperty(END_DOTS, 'circle-radius', radius(crowded ? DOT.crowded : DOT.normal, dotScale));
    map.setPaintProperty(END_DOTS, 'circle-stroke-width', 1.5 * dotScale);
    for (const [id, r] of PICKED) {
      map.setPaintProperty(id, 'circle-radius', r * dotScale);
      map.setPaintProperty(id, 'circle-stroke-width', 1.5 * dotScale);
    }
  };
  let shown = new Set<string>();
  let strongNow = new Set<string>();
  let filtered = '';
  /** What the names' plan was made for (its frame, and the places shown), and the positions it gave. */
  let planned = '';
  let plannedFrame = '';
  let pinsNow: ReadonlyMap<string, Pin> = new Map();
  let written = '';
  const plan = () => {
    if (!o.plan) return;
    // (The places shown as their filter has them: `filtered`, written in `show`.)
    const firstKey = `${[...firstNow].sort().join()}|${pickedNow ?? ''}`;
    const frame = `${o.planKey?.() ?? ''}|${firstKey}`;
    const key = `${frame}|${filtered}`;
    if (key === planned) return;
    // (A close-up's sides are measured in its frame now: its map is framed again for other places,
    // `frameBounds`. Measured once, in the frame of home it was made for, France's fourteen partners
    // could each keep only to the east of its dot, and half of them went unnamed: issue 13.)
    const asked = names
      .filter((n) => shown.has(n.id))
      .map((n) => ranked(o.edge ? { ...n, side: o.edge(n.at[0], n.at[1], n.text) } : n));
    // (Other places in the same frame: the names shown keep their positions where they can.)
    const pins = o.plan(frame === plannedFrame ? holding(asked, pinsNow) : asked);
    if (!pins) return;
    [planned, plannedFrame, pinsNow] = [key, frame, pins];
    // (The ranks are written with them: a new selection's ends are placed first.)
    const edges = `${[...pins].map(([id, f]) => `${id}:${f}`).join()}|${firstKey}`;
    if (edges === written) return;
    written = edges;
    // (Feature states, the dots shown, are kept across new data: MapLibre keeps them by id.)
    (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(data(pins));
  };
  return {
    show(places, strong, first = new Set(), wanted = null) {
      // (A place of this layer's only: a country selected is a flow's end, not a dot here.)
      const pick = wanted !== null && degree.has(wanted) ? wanted : null;
      if (pick !== pickedNow) {
        if (pickedNow !== null) map.setFeatureState({ source: SOURCE, id: pickedNow }, { picked: false });
        if (pick !== null) map.setFeatureState({ source: SOURCE, id: pick }, { picked: true });
        pickedNow = pick;
      }
      for (const id of places)
        if (!shown.has(id) || strong.has(id) !== strongNow.has(id))
          map.setFeatureState({ source: SOURCE, id }, { visible: true, strong: strong.has(id) });
      for (const id of shown)
        if (!places.has(id)) map.setFeatureState({ source: SOURCE, id }, { visible: false });
      shown = new Set(places);
      firstNow = new Set(first);
      strongNow = new Set(strong);
      const key = [...places].sort().join();
      if (key !== filtered) {
        filtered = key;
        map.setFilter(END_LABELS, namesOf([...places]));
        map.setFilter(END_TAGS, tagsOf([...places]));
        map.setFilter(END_BLOCKS, shownOnly([...places]));
      }
      plan();
      // Many places (home's close-up at world scale): smaller dots, so that they read as places.
      if (places.size >= CROWD !== crowded) {
        crowded = places.size >= CROWD;
        dotSize();
      }
    },
    setLook(theme, scale) {
      const k = MAP_THEMES[theme];
      map.setPaintProperty(END_DOTS, 'circle-color', k.label);
      map.setPaintProperty(END_DOTS, 'circle-stroke-color', k.halo);
      for (const [id] of PICKED) {
        map.setPaintProperty(id, 'circle-color', k.label);
        map.setPaintProperty(id, 'circle-stroke-color', k.halo);
      }
      restyleEndLabels(map, END_LABELS, theme, scale, 'byCountry');
      restyleEndLabels(map, END_TAGS, theme, scale, 'byCountry');
      rescaleDotBlocks(map, END_BLOCKS, scale);
      // (The dots as large as their names: the build's picture draws them so on a wall screen.)
      dotScale = scale;
      dotSize();
    },
    replan: plan,
    reset() {
      // (The source keeps its data, pins included, through a lost and restored context: `written` holds.)
      planned = '';
      shown = new Set();
      strongNow = new Set();
      firstNow = new Set();
      pickedNow = null;
      filtered = '';
      crowded = false;
    },
    destroy() {
      for (const id of [END_TAGS, END_BLOCKS, END_LABELS, END_PICKED, END_RINGS, END_DOTS])
        if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    },
  };
}
