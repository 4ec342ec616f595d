import type {
  ExpressionSpecification,
  LayerSpecification,
  Map as MlMap,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { AtlasPlace } from '../core/atlas';
import { archipelagoName } from '../core/draw/archipelagoNames';
import { countryNames, NEAR_HOME, NEIGHBOURS_NAMED_FROM } from '../core/draw/countryNames';
import { ARCHIPELAGO_POSITIONS, MAX_NAME_LINE_EMS } from '../core/draw/pictureLabels';
import { MAP_SIZES, MAP_THEMES, type Theme } from '../core/draw/theme';
import { layer as geo } from '../core/draw/topo';
import type { Lang } from '../core/i18n';
import type { Geography } from '../core/view/visibleArcs';

/**
 * The one source of the basemap's shapes: the countries, their borders, the partner regions and
 * Vietnam's units in both eras, each feature tagged with its object (`kind`), every layer filtered to
 * one. One source, not five: MapLibre masks a source's tiles in the stencil each time the layers it
 * draws change source (the highlight's shapes are a source of their own, `PLACE_SHAPES`). Ids are
 * unique but for the units that both eras share (VN-13…), whose feature-state is then one, as it
 * should be.
 */
export const SHAPES = 'shapes';
/**
 * The shapes of the places the atlas can highlight (its Vietnamese units and partner regions), again:
 * the highlight's fill and outlines draw from it, a few dozen shapes, not every region and unit of the
 * basemap with all but a few transparent. Software WebGL spent a fifth of each frame on those (a
 * world-wide fill and three outline layers; traced, 1280 × 800). Its layers lie between the basemap's
 * (the borders go over the highlight's outlines), so each pass masks twice more: a frame cost the same
 * with the borders moved under them, one mask fewer (149–161 ms of the GPU process's CPU either way).
 */
export const PLACE_SHAPES = 'place-shapes';
/**
 * How far MapLibre simplifies the shapes at each zoom, in tile pixels (its default is 0.375). At 0.75 a
 * frame at 1280 × 800 drew 174,000 vertex indices instead of 249,000, with borders that look the same
 * at twice the size; at 1.5 (117,000) they read as angular. Both sources alike: the highlight's outline
 * lies on the border it outlines.
 */
export const SIMPLIFY = 0.75;
const SHAPE_KINDS = ['countries', 'borders', 'regions', 'vn63', 'vn34'] as const;
type ShapeKind = (typeof SHAPE_KINDS)[number];

/** A layer's filter to the shapes of one object of the basemap. */
const shapesOf = (kind: ShapeKind): ExpressionSpecification => ['==', ['get', 'kind'], kind];

/**
 * The basemap's shapes as one GeoJSON collection, each feature tagged with its object's name.
 *
 * @example shapes(topo).features.filter((f) => f.properties?.kind === 'vn34').length // 34
 */
export function shapes(topo: Topology): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: SHAPE_KINDS.flatMap((kind) =>
      geo(topo, kind).features.map((f) => ({ ...f, properties: { ...f.properties, kind } })),
    ),
  };
}

/**
 * Of the basemap's shapes, the regions' and Vietnamese units' whose id is one of `ids` (the source of
 * the highlight, `PLACE_SHAPES`).
 *
 * @example placeShapes(all, new Set(['CN-GX'])).features.map((f) => f.properties?.id) // ['CN-GX']
 */
export function placeShapes(all: FeatureCollection, ids: ReadonlySet<string>): FeatureCollection {
  const kinds = new Set<unknown>(['regions', 'vn63', 'vn34'] satisfies ShapeKind[]);
  return {
    type: 'FeatureCollection',
    features: all.features.filter((f) => kinds.has(f.properties?.kind) && ids.has(String(f.properties?.id))),
  };
}

/**
 * Filter of the partner regions' layers: every region but those out of force on the day shown
 * (`addProvincesLayer`; at first, on the style's first day: `basemapStyle`).
 */
export function regionsFilter(gone: readonly string[]): ExpressionSpecification {
  return gone.length === 0
    ? shapesOf('regions')
    : ['all', shapesOf('regions'), ['!', ['in', ['get', 'id'], ['literal', [...gone]]]]];
}

/** Filter of the province labels for one geography: the units in force on a day of it. */
export function provinceLabelFilter(day: string): ExpressionSpecification {
  return [
    'all',
    ['==', ['get', 'level'], 'province'],
    ['any', ['==', ['get', 'from'], ''], ['<=', ['get', 'from'], day]],
    ['any', ['==', ['get', 'to'], ''], ['>=', ['get', 'to'], day]],
  ];
}

/** Label points of places as a GeoJSON source (names in the reader's language). */
export function labelPoints(places: readonly AtlasPlace[], lang: 'vi' | 'fr' | 'en'): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      id: undefined,
      properties: {
        id: p.id,
        name: p.names[lang],
        level: p.level,
        from: p.validFrom ?? '',
        to: p.validTo ?? '',
      },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    })),
  };
}

type Paint = Record<string, Parameters<MlMap['setPaintProperty']>[2]>;

/** Label sizes in CSS pixels at scale 1, by layer id. */
const LABEL_SIZES: Record<string, number> = {
  'archipelago-labels': 11,
  'province-labels': 10,
  'country-labels': 11,
};

/**
 * The archipelagos' names' positions (`ARCHIPELAGO_POSITIONS`) as MapLibre's anchors and offsets: the one
 * the map gave a name (its feature's `at`: `archipelagoPins`), else all of them in order.
 */
const archipelagoAnchors = (mode: keyof typeof ARCHIPELAGO_POSITIONS): ExpressionSpecification => {
  const positions = ARCHIPELAGO_POSITIONS[mode];
  const literal = (ps: readonly (typeof positions)[number][]) =>
    [
      'literal',
      ps.flatMap(([anchor, offset]) => [anchor, [...offset]]),
    ] as unknown as ExpressionSpecification;
  return [
    'match',
    ['get', 'at'],
    ...positions.flatMap((p) => [p[0], literal([p])]),
    literal(positions),
  ] as unknown as ExpressionSpecification;
};

/** Zoom from which the archipelagos' names are centred on them (below it, beside them: see the layer). */
const ARCHIPELAGO_CENTRED_FROM = MAP_SIZES.archipelagoCentredFrom;
/**
 * Country names for orientation (`countryNames`, shared with the pictures) as a GeoJSON source: the
 * countries the data names and Vietnam's neighbours.
 *
 * @example countryLabels(topo, [{cc: 'CN', name: 'Chine'}]).features[0].geometry // a point in China
 */
export function countryLabels(
  topo: Topology,
  names: readonly { cc: string; name: string }[],
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: countryNames(topo, names).map(({ cc, name, lon, lat }) => ({
      type: 'Feature' as const,
      properties: { cc, name },
      geometry: { type: 'Point' as const, coordinates: [lon, lat] },
    })),
  };
}

/**
 * Which countries the basemap names (`country-labels`). At world scale the names of Vietnam's
 * neighbours sit where every line leaves Vietnam, and read as the lines' origin ("LAOS", then
 * "THAÏLANDE", at the hub of the flows): they are named from zoom 3, and in the close-up; Vietnam's own
 * name may then take the hub. None of `namedByFlows`, the countries whose flow's name the map shows
 * ("Inde · 3" beside "INDE", "Russie · 10" beside "RUSSIE": every partner country twice at world
 * scale, the grey name crossed by its own flow). With a partner country selected (`selected`), that
 * country and Vietnam only: France's fourteen partners at world scale are a clump of dots, and
 * "NETHERLANDS" and "HUNGARY" written over it read as the country selected (a reader's review).
 *
 * @example countryLabelFilter(['IN']) // every country but India, Vietnam's neighbours from zoom 3
 */
export function countryLabelFilter(
  namedByFlows: readonly string[] = [],
  selected: string | null = null,
): ExpressionSpecification {
  return [
    'all',
    [
      'any',
      ['>=', ['zoom'], NEIGHBOURS_NAMED_FROM],
      ['!', ['in', ['get', 'cc'], ['literal', [...NEAR_HOME]]]],
    ],
    ['!', ['in', ['get', 'cc'], ['literal', [...namedByFlows]]]],
    ...(selected ? [['in', ['get', 'cc'], ['literal', [selected, 'VN']]] as ExpressionSpecification] : []),
  ];
}

/**
 * The paint of the basemap's layers in one scheme, by layer id, with line and halo widths multiplied by
 * `scale` (presentation on large screens): the style is made with them, and a change of scheme or scale
 * sets them again (`applyBasemapLook`) without touching sources or feature-state.
 */
export function basemapPaint(theme: Theme, scale = 1): Record<string, Paint> {
  const t = MAP_THEMES[theme];
  const k = scale;
  const active: ExpressionSpecification = ['boolean', ['feature-state', 'active'], false];
  const unitColor: ExpressionSpecification = ['case', active, t.activeFill, t.vnFill];
  // Active units are told apart by an outline drawn above every unit line (the fills are too close).
  const outline: Paint = {
    'line-color': t.activeLine,
    'line-width': MAP_SIZES.activeLineWidth * k,
    'line-opacity': ['case', active, 1, 0],
  };
  const label = (halo: number): Paint => ({
    'text-color': t.label,
    'text-halo-color': t.halo,
    'text-halo-width': halo * k,
  });
  return {
    background: { 'background-color': t.background },
    land: { 'fill-color': t.land },
    // (Never drawn: a click inside a region picks it, `mapPointer`. The highlight is `regions-highlight`.)
    'regions-fill': { 'fill-color': t.land, 'fill-opacity': 0 },
    'regions-highlight': { 'fill-color': t.activeFill, 'fill-opacity': ['case', active, 1, 0] },
    'regions-line': { 'line-color': t.regionLine, 'line-width': 0.5 * k },
    'vn63-fill': { 'fill-color': unitColor },
    'vn34-fill': { 'fill-color': unitColor },
    'vn63-line': { 'line-color': t.vnLine, 'line-width': 0.6 * k },
    'vn34-line': { 'line-color': t.vnLine, 'line-width': 0.6 * k },
    // (Wider in a close-up of home: `borderWidthAt`.)
    borders: {
      'line-color': t.border,
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        MAP_SIZES.borderNearFrom,
        MAP_SIZES.borderWidth * k,
        MAP_SIZES.borderNearAt,
        MAP_SIZES.borderWidthNear * k,
      ],
    },
    'regions-active': outline,
    'vn63-active': outline,
    'vn34-active': outline,
    'archipelago-marks': {
      'circle-radius': MAP_SIZES.islandsMark * k,
      'circle-color': t.vnFill,
      'circle-stroke-color': t.seaLabel,
      'circle-stroke-width': MAP_SIZES.islandsMarkStroke * k,
    },
    'archipelago-labels': { ...label(1.2), 'text-color': t.seaLabel },
    'province-labels': label(1),
    'country-labels': { ...label(1.2), 'text-color': t.countryLabel },
  };
}

/** Sets another scheme or scale on a map made with `basemapStyle`. */
export function applyBasemapLook(map: MlMap, theme: Theme, scale: number): void {
  for (const [id, paint] of Object.entries(basemapPaint(theme, scale)))
    for (const [k, v] of Object.entries(paint))
      map.setPaintProperty(id, k as Parameters<MlMap['setPaintProperty']>[1], v);
  for (const [id, size] of Object.entries(LABEL_SIZES)) map.setLayoutProperty(id, 'text-size', size * scale);
}

/**
 * The self-hosted style: no tiles, no glyph server (labels use the self-hosted Be Vietnam Pro through
 * MapLibre's local-font rendering), no request that leaves the site. The shapes' source promotes
 * their `id` so the page can highlight with feature-state instead of re-tiling.
 */
export function basemapStyle(
  topo: Topology,
  labels: FeatureCollection,
  theme: Theme,
  countries: FeatureCollection,
  /** The page's language, of the archipelagos' names (`archipelagoName`). */
  lang: Lang,
  /** The places the map can highlight (the atlas's): their shapes are drawn again for it. */
  highlightable: ReadonlySet<string> = new Set(),
  /**
   * What the map draws first: Vietnam's units of its geography, the names in force on its day and the
   * partner regions out of force then (`addProvincesLayer` sets the same). MapLibre lays a source out
   * again on its worker whenever a layer of it is shown, hidden or filtered: a map made for 1 July 2025
   * or later and switched to its 34 units once loaded laid out every shape of the world twice.
   */
  first: { geography: Geography; day: string; regionsGone: readonly string[] } = {
    geography: 'vn63',
    day: '',
    regionsGone: [],
  },
): StyleSpecification {
  const paint = basemapPaint(theme);
  const hidden = { visibility: 'none' } as const;
  const shownIn = (g: Geography) => (first.geography === g ? {} : { layout: hidden });
  const all = shapes(topo);
  const font = [MAP_SIZES.font];
  const archLabels: FeatureCollection = {
    type: 'FeatureCollection',
    features: geo(topo, 'archipelagos').features.map((f) => ({
      type: 'Feature',
      properties: { ...f.properties, name: archipelagoName(f.properties, lang) },
      geometry: { type: 'Point', coordinates: [Number(f.properties?.lon), Number(f.properties?.lat)] },
    })),
  };
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background' },
    { id: 'land', type: 'fill', source: SHAPES, filter: shapesOf('countries') },
    { id: 'regions-fill', type: 'fill', source: SHAPES, filter: regionsFilter(first.regionsGone) },
    { id: 'regions-line', type: 'line', source: SHAPES, filter: regionsFilter(first.regionsGone) },
    { id: 'vn63-fill', type: 'fill', source: SHAPES, filter: shapesOf('vn63'), ...shownIn('vn63') },
    { id: 'vn34-fill', type: 'fill', source: SHAPES, filter: shapesOf('vn34'), ...shownIn('vn34') },
    { id: 'vn63-line', type: 'line', source: SHAPES, filter: shapesOf('vn63'), ...shownIn('vn63') },
    { id: 'vn34-line', type: 'line', source: SHAPES, filter: shapesOf('vn34'), ...shownIn('vn34') },
    // The highlight, from the highlightable places' shapes alone: the partner regions' fill (Vietnam's
    // units are filled by their own layers), then every active place's outline, above every unit line.
    { id: 'regions-highlight', type: 'fill', source: PLACE_SHAPES, filter: regionsFilter(first.regionsGone) },
    { id: 'regions-active', type: 'line', source: PLACE_SHAPES, filter: regionsFilter(first.regionsGone) },
    { id: 'vn63-active', type: 'line', source: PLACE_SHAPES, filter: shapesOf('vn63'), ...shownIn('vn63') },
    { id: 'vn34-active', type: 'line', source: PLACE_SHAPES, filter: shapesOf('vn34'), ...shownIn('vn34') },
    { id: 'borders', type: 'line', source: SHAPES, filter: shapesOf('borders') },
    {
      id: 'province-labels',
      type: 'symbol',
      source: 'labels',
      filter: first.day
        ? provinceLabelFilter(first.day)
        : ['all', ['==', ['get', 'level'], 'province'], ['==', ['get', 'from'], '']],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': font,
        'text-size': LABEL_SIZES['province-labels'],
        'text-optional': true,
      },
      minzoom: MAP_SIZES.provinceNamesFrom,
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'countryLabels',
      filter: countryLabelFilter(),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': font,
        'text-size': LABEL_SIZES['country-labels'],
        'text-letter-spacing': 0.12,
        'text-max-width': 6,
        'text-optional': true,
      },
    },
    // Where the islands are a speck, a mark (`islandsMark`), under the arcs and names as their shapes.
    {
      id: 'archipelago-marks',
      type: 'circle',
      source: 'archipelagos',
      maxzoom: MAP_SIZES.islandsMarkTill,
    },
    {
      id: 'archipelago-labels',
      type: 'symbol',
      source: 'archipelagos',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': font,
        'text-size': LABEL_SIZES['archipelago-labels'],
        // (In two lines, or one where two would be cut by the map's edge: its feature's `maxEms`, as
        // `archipelagoPins` places it.)
        'text-max-width': ['number', ['get', 'maxEms'], MAX_NAME_LINE_EMS],
        // At world scale the islands are a few pixels from where every flow leaves home: their names
        // go east of them, over the sea, so that they do not read as the flows' origin; where that
        // covers the other's name or the close-up, below or above them (`ARCHIPELAGO_POSITIONS`, as
        // the pictures place them; each kept to the position the map gave it, `archipelagoPins`).
        // Both are always named (by Vietnam's names: `archipelagoName`): where every position is taken, at the first.
        'text-variable-anchor-offset': [
          'step',
          ['zoom'],
          archipelagoAnchors('beside'),
          ARCHIPELAGO_CENTRED_FROM,
          archipelagoAnchors('centred'),
        ],
        'text-allow-overlap': true,
      },
    },
  ].map((l) => ({ ...l, paint: paint[l.id] }) as LayerSpecification);
  return {
    version: 8,
    sources: {
      [SHAPES]: { type: 'geojson', data: all, promoteId: 'id', tolerance: SIMPLIFY },
      [PLACE_SHAPES]: {
        type: 'geojson',
        data: placeShapes(all, highlightable),
        promoteId: 'id',
        tolerance: SIMPLIFY,
      },
      archipelagos: { type: 'geojson', data: archLabels },
      labels: { type: 'geojson', data: labels, promoteId: 'id' },
      countryLabels: { type: 'geojson', data: countries },
    },
    layers,
  };
}
