import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import type { Atlas } from '../atlas';
import {
  arcLook,
  closeUpAreaRing,
  ISLANDS_MARK_REACH,
  flowLook,
  MAP_SIZES,
  MAP_THEMES,
  openingBounds,
  borderWidthAt,
  type Theme,
} from './theme';
import { archipelagoName } from './archipelagoNames';
import { layer } from './topo';
import { indexOf } from '../atlasIndex';
import type { Lang } from '../i18n';
import { possibleArcs } from '../view/possibleArcs';
import type { LonLat } from './arc';
import {
  FLOW_DEFAULTS,
  flowCounts,
  hubCounts,
  inside,
  nextDoor,
  possibleFlows,
  showsFlows,
} from './countryFlows';
import { flowCurve } from './flowCurve';
import { pickedMark } from './drawPlan';
import { placeLon, WORLD_MIDDLE_LON } from './mercator';
import { captionPlate } from './pictureCloseUp';
import { escapeXml } from './xml';
import { isValidAt, regionsOutOfForce } from '../validity';
import { NARROW_PICTURE_WIDTH } from './boxLayout';
import {
  awayFrom,
  blockLabel,
  blockSvg,
  capitalsWidth,
  fitBlocks,
  edgeOf,
  FLOW_MAX_EMS,
  lineWidth,
  LIVE_EDGE_PX,
  liveTileOrder,
  nameReach,
  PLACE_MAX_EMS,
  placeLabel,
  placeLabels,
  firstPositions,
  roomyCallouts,
  archipelagoBlocks,
  SELECTED_FIRST,
  nameRoom,
  dotBoxes,
  grown,
  placedBox,
  placedSvg,
  type Advance,
  type LabelAsk,
  type Rect,
} from './pictureLabels';
import { countryNames, NEAR_HOME, namedCountries, NEIGHBOURS_NAMED_FROM } from './countryNames';
import { geographyAt, visibleArcs, type Filters, type VisibleArc } from '../view/visibleArcs';
import { lineCrossings } from './segments';

/** Size of the picture's coordinate system (viewBox units); the picture scales to its box. */
const WIDTH = 1000;
/** Size of the place names, viewBox units. */
export const LABEL_SIZE = 13;
/** The archipelagos' names' size, to the places' (the live map's 11 px to 12). */
const ARCHIPELAGO_NAME = 11 / 12;
/** The countries' names as the live map's: 11 px to its places' 12, spaced 0.12 em (basemapStyle). */
const COUNTRY_NAME = 11 / 12;
/** A province's name on the basemap, to a place's (the live map's 10 px to 12: src/map/basemapStyle.ts). */
const PROVINCE_NAME = 10 / 12;
const COUNTRY_SPACING = 0.12;
/**
 * Classes of the picture's box width (CSS px) and the width each one's words and dots are sized for
 * (at that width they are `LABEL_SIZE` px): phones, narrow embeds and tablets, desktops, wall screens.
 * The last is the default.
 */
const SIZE_CLASSES = [
  { id: 'narrow', maxWidth: NARROW_PICTURE_WIDTH, drawnFor: 400 },
  { id: 'medium', maxWidth: 1100, drawnFor: 700 },
  // Desktops: 12.8 px in a 1,280-px box, as the live map's 12-px names (at 1,000 it was 16.6 px, and the
  // names shrank when the map took over).
  { id: 'wide', maxWidth: 1800, drawnFor: 1300 },
  // Wall screens: the page's type is 150 % from 2,000 px, and the live map's names with it (18 px); at
  // 1,000 units the names of a 3,840-px box would be 50 px. Here they are 11 px at 1,800 and 23 at 3,840.
  { id: 'wall', maxWidth: Infinity, drawnFor: 2200 },
] as const;
/** (public/theme.js gives a viewport this narrow the build's narrow picture: see `boxLayout`.) */
export { NARROW_PICTURE_WIDTH };
/** The width (CSS px) the narrow class's words and dots are drawn for (`LABEL_SIZE` px there). */
export const NARROW_DRAWN_FOR = SIZE_CLASSES[0].drawnFor;

/**
 * The media queries that show one class of words and dots (the widest without them). The picture is
 * fitted into its box (`meet`), so its scale is set by the box's width or, in a box flatter than the
 * picture, by its height: a class applies when either is small. Later rules win: the narrowest last.
 */
function sizeClassCss(height: number): string {
  const rules = [
    `${SIZE_CLASSES.slice(0, -1)
      .map((c) => `.${c.id}`)
      .join(',')}{display:none}`,
  ];
  for (const c of [...SIZE_CLASSES].reverse().slice(1)) {
    const others = [...SIZE_CLASSES.filter((o) => o.id !== c.id).map((o) => `.${o.id}`)].join(',');
    const h = Math.round((c.maxWidth * height) / WIDTH);
    rules.push(
      `@media (max-width:${c.maxWidth}px),(max-height:${h}px){${others}{display:none}.${c.id}{display:inline}}`,
    );
  }
  return rules.join('');
}
/** Where a close-up's caption covers its own picture (its units), for names of `label` size. */
function captionBox(title: string, label: number) {
  const { width, height } = captionPlate(title, label);
  return { x0: 0, y0: 0, x1: width, y1: height };
}
/** Visvalingam area threshold, in square viewBox pixels. */
const SIMPLIFY_PX2 = 2;

export interface StaticMapOptions {
  /** The day shown: its arcs and its geography (63 or 34 Vietnamese units). */
  day: string;
  /**
   * How much larger than they are (a share) names are measured when they are moved to make room for
   * others (`firstPositions`): the build's pictures of a class of boxes, shown in boxes narrower than
   * the one they are drawn for, `PICTURE_ROOM`; none (default) for a picture of its box.
   */
  nameRoom?: number;
  filters?: Filters;
  /** Selected arc ids: drawn strong, the others dimmed (as on the interactive map). */
  selected?: ReadonlySet<string>;
  /** The place the reader selected: its dot ringed, where it is drawn (as on the interactive map). */
  picked?: string | null;
  /** The arcs to draw, when the caller has them (default: every arc visible on the day). */
  visible?: readonly VisibleArc[];
  /** Text of the `<title>` (the picture's accessible name when used inline). */
  title?: string;
  /** Colour scheme (default light). */
  theme?: Theme;
  /** Language of the place names (default French). */
  lang?: Lang;
  /** Visible arcs from which country flows are drawn (default `FLOW_DEFAULTS.fromArcs`, as the map). */
  flowsFrom?: number;
  /** Links from which a Vietnamese place is a hub of the close-up of home (default `FLOW_DEFAULTS.hubLinks`, as the map). */
  hubsFrom?: number;
  /**
   * The bounds its close-up frames (west, south, east, north), if it has one: the places inside are
   * named there, and here drawn as dots only, as the live map's (`namePlanner`'s `dotOnly`).
   */
  namedElsewhere?: [number, number, number, number];
  /** What its close-up shows (west, south, east, north), outlined as the live map's (`addCloseUpArea`). */
  closeUpShows?: [number, number, number, number];
  /** Frame these bounds (west, south, east, north) instead (the close-up's own picture). */
  bounds?: [number, number, number, number];
  /** Share of the box's width the picture is shown at (the close-up inside the picture: its words stay readable). */
  share?: number;
  /** The caption the picture around it draws over this close-up's top-left corner: names keep clear of it. */
  caption?: string;
  /** The names' characters' advances (ems), where the font is at hand (the build's); else estimates. */
  advance?: Advance;
  /**
   * A crowded picture's country flows: those ending inside `box` only (its close-up of home), or the
   * others only (the picture beside it), as on the live map (see `planDraw`).
   */
  near?: { box: [number, number, number, number]; inside: boolean };
  /**
   * Only the words and dots of a narrow box (a phone's or a narrow embed's picture): the others, even
   * hidden by the picture's media queries, cost a phone's main thread about as much as the rest of the
   * page's start (issue 16). Default: every class, chosen by the picture's media queries.
   */
  narrowOnly?: boolean;
  /**
   * With `narrowOnly`: sets of words and dots to draw instead of the narrow class's, each sized for a
   * width of its own (`drawnFor`, CSS px) and shown by the caller's media queries (the narrow picture's
   * sets for tall and short phone maps).
   */
  sets?: readonly {
    id: string;
    drawnFor: number;
    px?: number;
    /** A box (picture units) over the picture in the set's boxes that no name may cover: its close-up. */
    keepOut?: Rect;
    /** The boxes (picture units) of the map's controls in the set's boxes (`controlsPx`). */
    controls?: readonly Rect[];
    /**
     * The room (picture units) around the frame where names may go in the set's boxes (`labelRoom`'s):
     * a close-up's, whose box has the set's shape, not the nominal one's.
     */
    labelRoom?: { top: number; right: number; bottom: number; left: number };
  }[];
  /**
   * The viewBox is what is framed, with no margin: the caller places the picture in a box of its own
   * (`layoutPictureSvg` keeps the live map's margins in shares of the box), and the land goes on well
   * past it on every side (that box can be much taller than the frame).
   */
  exact?: boolean;
  /**
   * Room (picture units) around the frame where names may go too: the margins of the box the caller
   * places an `exact` picture in (the live map names its places there). Default none.
   */
  labelRoom?: { top: number; right: number; bottom: number; left: number };
  /**
   * With `exact`: the room (picture units) around the frame that the caller's box can show, where the
   * land is drawn (a little beyond it); default twice the frame and more below.
   */
  drawnRoom?: { top: number; right: number; bottom: number; left: number };
}

/** Longitudes (degrees) from which a frame is at world scale (the one world is shown whole). */
const WORLD_SCALE_SPAN = 270;

/**
 * The opening view of the map as a standalone SVG: same geodata, colours, framing and arcs as the
 * interactive map, drawn without WebGL (d3-geo, Web Mercator like MapLibre). The build writes it for the
 * first paint; the page redraws it for the scrubbed date when there is no WebGL.
 *
 * The root has a viewBox framing the opening bounds and `xMidYMid meet`, so in a box of any shape the
 * bounds are fitted and centred (as `fitBounds` does); land is drawn well beyond them so that wide or
 * tall boxes show no empty margins. Strokes keep their width in screen pixels at any scale.
 *
 * @example staticMapSvg(atlas, topo, { day: '2025-08-01' }) // '<svg xmlns=… viewBox="0 0 1000 731" …'
 */
export function staticMapSvg(atlas: Atlas, topo: Topology, opts: StaticMapOptions): string {
  const t = { ...MAP_THEMES[opts.theme ?? 'light'], ...MAP_SIZES };
  const ends = new Map(possibleArcs(atlas).map((a) => [a.id, a]));
  const sel = opts.selected ?? new Set<string>();
  const asked = opts.bounds ?? openingBounds(atlas);
  // At world scale the picture shows what the live map does: the one world from the mid-Atlantic to
  // the mid-Atlantic, its top at the top of the box.
  const world = asked[2] - asked[0] > WORLD_SCALE_SPAN;
  const [w, s, e, n] = world ? [WORLD_MIDDLE_LON - 180, asked[1], WORLD_MIDDLE_LON + 180, asked[3]] : asked;
  const frame: Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [w, s],
        [e, n],
      ],
    },
  };
  // Centred on the frame's meridian: partners across the Pacific (east of 180°) stay on the picture.
  const projection = geoMercator()
    .rotate([-(w + e) / 2, 0])
    .fitWidth(WIDTH, frame);
  const [[, y0], [, y1]] = geoPath(projection).bounds(frame);
  // A margin like the map's fitBounds padding, then a clip region twice the frame each way. At world
  // scale none across (the world fills the width, as on the live map) and the height has room for
  // the margins, so the world is fitted by its width.
  const pad = opts.exact ? 0 : WIDTH * 0.04;
  const padX = world ? 0 : pad;
  const height = Math.ceil(y1 - y0 + (world ? 2 * pad : 0));
  projection
    .fitExtent(
      [
        [padX, pad],
        [WIDTH - padX, height - pad],
      ],
      frame,
    )
    .clipExtent(
      opts.exact && opts.drawnRoom
        ? [
            [-opts.drawnRoom.left - WIDTH * 0.03, -opts.drawnRoom.top - WIDTH * 0.03],
            [WIDTH + opts.drawnRoom.right + WIDTH * 0.03, height + opts.drawnRoom.bottom + WIDTH * 0.03],
          ]
        : opts.exact
          ? [
              [-WIDTH, -WIDTH - height],
              [2 * WIDTH, height + 2.5 * WIDTH],
            ]
          : opts.share === undefined
            ? [
                [-WIDTH / 2, -height / 2],
                [1.5 * WIDTH, 1.5 * height],
              ]
            : // A close-up is seen through its box: a quarter of its size around it is enough.
              [
                [-WIDTH / 4, -height / 4],
                [1.25 * WIDTH, 1.25 * height],
              ],
    );
  // At world scale a tall box shows the whole world down to Mercator's edge (85°), as MapLibre does.
  if (world)
    projection.clipExtent([
      [-WIDTH / 2, projection([WORLD_MIDDLE_LON, 85.05])?.[1] ?? -height],
      [1.5 * WIDTH, projection([WORLD_MIDDLE_LON, -85.05])?.[1] ?? 2 * height],
    ]);
  const path = geoPath(projection).digits(0);
  // Visvalingam simplification (topology-preserving: neighbours keep a shared border) down to what
  // shows at this scale: triangles under about a pixel of area go.
  // (A close-up is shown at `share` of the picture's width: a pixel of it is 1 / share of its units.
  // A narrow box's picture is shown at most `NARROW_PICTURE_WIDTH` px wide: a pixel of it is
  // WIDTH / NARROW_PICTURE_WIDTH units, and its paths need a third fewer points: a quarter fewer
  // bytes, its first paint on a phone at 4× CPU 0.1–0.3 s sooner, and no difference to be seen.)
  // (An `exact` frame of the narrow picture is shown about `share` × the narrow class's 400 px wide.)
  const degPerPx = opts.exact
    ? (e - w) / (NARROW_DRAWN_FOR * (opts.share ?? 1))
    : (e - w) / (opts.narrowOnly ? NARROW_PICTURE_WIDTH : WIDTH) / (opts.share ?? 1);
  // (The countries' names go where the live map's do: at the build's label points, else measured on
  // the shapes as given, not on their simplified copy.)
  const countryPoints = countryNames(topo, namedCountries(atlas, opts.lang ?? 'fr'));
  topo = simplified(topo, degPerPx * degPerPx * SIMPLIFY_PX2);
  const d = (g: Geometry | Feature | FeatureCollection) => compactPath(path(g) ?? '');

  const arcs = opts.visible ?? visibleArcs(atlas, opts.day, opts.filters);
  // Vietnam's provinces in force on the day, which the live map's basemap names from its zoom 4.5
  // (`provinceLabelFilter`), in its source's order.
  const provincePoints = atlas.places.filter((p) => p.level === 'province' && isValidAt(p, opts.day));
  const active = new Set(arcs.flatMap((a) => [a.vn, a.partner]));
  const geography = geographyAt(opts.day, atlas.adminChanges);
  const units = layer(topo, geography);
  // Partner regions as they were on the day (Limousin until 2015, Nouvelle-Aquitaine from 2016), as
  // the live map's (`addProvincesLayer`).
  const gone = new Set(regionsOutOfForce(atlas.places, opts.day));
  const allRegions = layer(topo, 'regions');
  const regions: FeatureCollection = {
    ...allRegions,
    features: allRegions.features.filter((f) => !gone.has(String(f.properties?.id))),
  };
  const byActive = (fc: FeatureCollection, on: boolean): FeatureCollection => ({
    type: 'FeatureCollection',
    features: fc.features.filter((f) => active.has(String(f.properties?.id)) === on),
  });
  // The same flow curves as the live map's flat view, drawn with the same look for as many arcs; on a
  // crowded map, the country flows, with a selection's arcs over them (see `countryFlows`).
  const ix = indexOf(atlas);
  const flows = showsFlows(arcs.length, { fromArcs: opts.flowsFrom ?? FLOW_DEFAULTS.fromArcs });
  // The place selected, marked as the live map's (`pickedMark`): ringed, a ceased unit at its
  // successor; alone where no arc ends at it, every arc and flow then faint, as under a selection.
  const { ringed, lone } = pickedMark(atlas, ix, opts.picked, { active, selected: sel, day: opts.day });
  const faint = sel.size > 0 || (!!opts.picked && !!ix.place(opts.picked));
  const pickedCountry = opts.picked && ix.place(opts.picked)?.level === 'country' ? opts.picked : null;
  const look = arcLook(arcs.length);
  const drawn = flows ? arcs.filter((a) => sel.has(a.id)) : arcs;
  // (A line wholly outside the frame, clipped away, is not written: a close-up's frame shows few of
  // a selection's long arcs, and an empty path is bytes of nothing.)
  const stroke = (line: LonLat[], width: number, opacity: number) => {
    const path = d({ type: 'LineString', coordinates: line });
    return path
      ? `<path vector-effect="non-scaling-stroke" d="${path}" stroke-width="${+width.toFixed(2)}" stroke-opacity="${opacity}"/>`
      : '';
  };
  const all = flows ? flowCounts(atlas, arcs) : new Map<string, number>();
  const split = opts.near ?? null;
  const near = split ? nextDoor(atlas, split.box) : null;
  const counts = near ? new Map([...all].filter(([cc]) => near.has(cc) === split!.inside)) : all;
  const shownFlows = possibleFlows(atlas).filter((f) => counts.get(f.id));
  const flowPaths = shownFlows.map((f) => {
    const l = flowLook(counts.get(f.id)!);
    return stroke(f.flat, l.width, faint ? t.dimOpacity : l.opacity);
  });
  // The drawn arcs' curves.
  const curves = drawn.flatMap((a) => {
    const end = ends.get(a.id);
    return end ? [{ a, line: end.flat ?? flowCurve(end.from, end.to, end.side) }] : [];
  });
  // The lines drawn, in the picture's units: names keep off them where they can (`KeepOff`), as the
  // live map's (`namePlanner`).
  const lines = [...shownFlows.map((f) => f.flat), ...curves.map(({ line }) => line)].map((line) =>
    line.flatMap((p) => {
      const xy = projection(p as [number, number]);
      return xy ? [xy] : [];
    }),
  );
  const arcPaths = curves.map(({ a, line }) => {
    const width = look.base + look.perEvent * Math.min(4, a.events.length) + (sel.has(a.id) ? 1 : 0);
    const opacity = faint && !sel.has(a.id) ? t.dimOpacity : look.opacity;
    return stroke(line, width, opacity);
  });
  // The ends of the arcs: a dot and a name, as on the live map (names placed without overlaps); the
  // flows' ends are named with their country and count. Their priority is the live map's
  // (`addEndsLayer`): a place's count of possible arcs, ties in that count's order.
  const drawnEnds = new Set(drawn.flatMap((a) => [a.vn, a.partner]));
  const degree = new Map<string, number>();
  for (const a of ends.values())
    for (const id of [a.vn, a.partner]) degree.set(id, (degree.get(id) ?? 0) + 1);
  // Dots as the live map's (`DOT` in src/map/endsLayer.ts): larger at a selection's ends, smaller
  // among 40 places or more.
  const strongEnds = new Set([
    ...drawn.filter((a) => sel.has(a.id)).flatMap((a) => [a.vn, a.partner]),
    ...(lone ? [lone] : []),
  ]);
  const radiusOf = (id: string | null) =>
    id && strongEnds.has(id) ? 5 : id && drawnEnds.size >= 40 ? 2.5 : 3.5;
  const dots: { xy: string; r: number; ring?: true }[] = [];
  /** A name to place, and where its side rule reads it: its longitude, and a flow's or a place's. */
  const asks: (LabelAsk & { lon: number; lat: number; flow: boolean; from?: LonLat })[] = [];
  const mark = (
    lon: number,
    lat: number,
    text: string,
    priority: number,
    flow = false,
    id: string | null = null,
    hub = false,
    from?: LonLat,
  ) => {
    const p = projection([lon, lat]);
    if (!p) return;
    const dot = {
      xy: `${p[0].toFixed(1)} ${p[1].toFixed(1)}`,
      r: radiusOf(id),
      ...(id && id === ringed ? { ring: true as const } : {}),
    };
    dots.push(dot);
    asks.push({
      ...(hub ? { layer: 0.5 } : {}),
      ...(opts.namedElsewhere && inside(opts.namedElsewhere)([lon, lat]) ? { unnamed: true } : {}),
      ...(dot.ring ? { ringed: true } : {}),
      text,
      x: p[0],
      y: p[1],
      priority,
      maxEms: flow ? FLOW_MAX_EMS : PLACE_MAX_EMS,
      lon,
      lat,
      flow,
      ...(from ? { from } : {}),
    });
  };
  /** The names of the foreign places drawn, and of the Vietnamese ones (`partnerLabel`, below). */
  const foreignNames = new Set<string>();
  const vnNames = new Set<string>();
  const lang = opts.lang ?? 'fr';
  const nameKind = (p: { country: string; names: Record<Lang, string> }) =>
    (p.country === 'VN' ? vnNames : foreignNames).add(placeLabel(p, lang));
  for (const [id, n] of degree) {
    const place = drawnEnds.has(id) ? ix.place(id) : undefined;
    if (place) nameKind(place);
    // (A selection's ends first: `SELECTED_FIRST`.)
    const priority = n + (strongEnds.has(id) ? SELECTED_FIRST : 0);
    if (place) mark(placeLon(place.lon), place.lat, placeLabel(place, lang), priority, false, id);
  }
  const lonely = lone ? ix.place(lone) : undefined;
  if (lonely) nameKind(lonely);
  if (lonely)
    mark(
      placeLon(lonely.lon),
      lonely.lat,
      placeLabel(lonely, lang),
      // (Ranked as the live map's: its count of possible arcs, first.)
      (degree.get(lonely.id) ?? 0) + SELECTED_FIRST,
      false,
      lonely.id,
    );
  // (In the live map's order of its flows' features: their counts', ties placed in that order.)
  const flowOf = new Map(possibleFlows(atlas).map((f) => [f.id, f]));
  /** The country each flow's name names, by the name ("Inde · 3": IN). */
  const flowCountry = new Map<string, string>();
  if (sel.size === 0)
    for (const [id, n] of counts) {
      const f = flowOf.get(id);
      const name = ix.place(id)?.names[opts.lang ?? 'fr'];
      if (!f || !n || !name) continue;
      flowCountry.set(`${name} · ${n}`, id);
      mark(f.to[0], f.to[1], `${name} · ${n}`, n, true, null, false, f.from);
    }
  // The close-up of home's hubs, named with their counts among the flows, as the live map's (`planDraw`).
  if (flows && split?.inside && sel.size === 0)
    for (const [id, n] of hubCounts(arcs, { hubLinks: opts.hubsFrom ?? FLOW_DEFAULTS.hubLinks })) {
      const place = ix.place(id);
      // (In a layer above the flows' names, placed before them, as the live map's.)
      if (place)
        mark(placeLon(place.lon), place.lat, `${placeLabel(place, lang)} · ${n}`, n, true, null, true);
    }
  const archipelagos = layer(topo, 'archipelagos').features.flatMap((f) => {
    const p = projection([Number(f.properties?.lon), Number(f.properties?.lat)]);
    return p ? [{ x: p[0], y: p[1], text: archipelagoName(f.properties, opts.lang ?? 'fr') }] : [];
  });
  // The classes of words and dots drawn (a narrow box's only: see `narrowOnly`).
  const classes: NonNullable<StaticMapOptions['sets']> = opts.narrowOnly
    ? (opts.sets ?? SIZE_CLASSES.filter((c) => c.id === 'narrow'))
    : SIZE_CLASSES;
  // Words and dots at a readable size in any box: one set per class of box width (`SIZE_CLASSES`),
  // chosen by the picture's own media queries (the picture's box is their viewport); the widest is
  // shown where media queries are not read (a picture drawn to a canvas).
  // (A layout's set has names of `px` CSS px, `LABEL_SIZE` units at `drawnFor` × `share`: its frame
  // is `px` / `LABEL_SIZE` of that wide on the live map.)
  /** The live map's zoom for this frame in a map `px` CSS px wide. */
  const zoomAt = (px: number) => Math.log2((px * (opts.share ?? 1) * 360) / (e - w) / 512);
  const zoomOf = (c: (typeof classes)[number]) => zoomAt(c.drawnFor * (c.px ? c.px / LABEL_SIZE : 1));
  // The archipelagos' marks, where the islands are a speck at a class's zoom (`islandsMarkTill`).
  const marked = Math.min(...classes.map(zoomOf)) < MAP_SIZES.islandsMarkTill;
  const marks = classes.map((c) => {
    const k = WIDTH / (c.drawnFor * (opts.share ?? 1));
    // The archipelagos' names as the live map's (11 px to its places' 12, in two lines): at a small
    // scale (the live map's zoom under 3) east of them, over the sea, so that they do not sit where
    // every flow leaves home; centred on them from there.
    const zoom = zoomOf(c);
    // (At the font's advances where they are at hand: the live map's boxes of these names are as wide
    // as their letters, and a flow's name beside them kept clear of a box 7 px too narrow, which the live
    // map's collisions then refused: the United States' on a phone.)
    const room = c.labelRoom ?? opts.labelRoom ?? { top: 0, right: 0, bottom: 0, left: 0 };
    const caption = opts.caption ? captionBox(opts.caption, LABEL_SIZE * k) : null;
    // (At world scale, within the world, which fills the picture's width: beside it the live map's
    // sea bands cover every name, `addWorldEdges`.)
    const labelBox = {
      x: world ? 0 : -room.left,
      y: -room.top,
      width: world ? WIDTH : WIDTH + room.left + room.right,
      height: height + room.top + room.bottom,
    };
    // (How many of the lines drawn a name's box meets: one index of them for the class's names, in
    // the box they are placed in.)
    const crossings = lineCrossings(lines, 2 * LABEL_SIZE * k, {
      x0: labelBox.x,
      y0: labelBox.y,
      x1: labelBox.x + labelBox.width,
      y1: labelBox.y + labelBox.height,
    });
    const arch = archipelagoBlocks(
      archipelagos,
      LABEL_SIZE * k * ARCHIPELAGO_NAME,
      zoom < MAP_SIZES.archipelagoCentredFrom,
      {
        advance: opts.advance,
        taken: c.keepOut ? [c.keepOut] : [],
        // (Clear of the dots where they can be, and inside, as the live map's: `archipelagoPins`.)
        dots: dotBoxes(asks, LABEL_SIZE * k),
        // (And of the names of a selection's ends, which are named first: `nameRoom`.)
        rooms: asks
          .filter((a) => a.priority >= SELECTED_FIRST && !a.unnamed)
          .map((a) => nameRoom(a, LABEL_SIZE * k, labelBox, opts.advance)),
        within: labelBox,
        // (Off the islands' marks, drawn where the picture's widest zoom is under `islandsMarkTill`,
        // a CSS px the class's `k` units.)
        marks: marked ? ISLANDS_MARK_REACH * k : 0,
        // (Off the lines drawn where they can be, as the live map's: `archipelagoPins`.)
        lines: crossings,
      },
    );
    // (The live map's boxes of the archipelagos' names have MapLibre's default margin, 2 px.)
    const margin = (2 * LABEL_SIZE * k) / 12;
    // (The places' and flows' names keep off their islands too, `archipelagoBlocks`' `islands`, as the
    // live planner's; the countries' names, which MapLibre's collisions place, do not.)
    const islands = arch.flatMap((a) => a.islands);
    const blocked = [
      ...arch.map(({ box }) => grown(box, margin)),
      ...(c.keepOut ? [c.keepOut] : []),
      // (The map's controls: the live map keeps every name out of them, `addKeepOut`.)
      ...(c.controls ?? []),
      // (At the top left of the room: the caption is on the box around it.)
      ...(caption
        ? [
            {
              x0: caption.x0 - room.left,
              y0: caption.y0 - room.top,
              x1: caption.x1 - room.left,
              y1: caption.y1 - room.top,
            },
          ]
        : []),
    ];
    // Each name keeps to the side of its dot the live map's rule gives it (src/map/mapView.ts): in a
    // close-up, a side where it fits inside it (`sideIn`); on the main map, inwards near the world's
    // edges (a place's by its longitude, `edgeOf`; a flow's where it would reach past them,
    // `sideInWorld`, with its room).
    const size = LABEL_SIZE * k;
    // (A CSS px of the live map, in the picture's units: its places' names are 12 px.)
    const px = size / 12;
    const sided = asks.map((a): LabelAsk => {
      // (In a close-up at the font's advances, where it has them, as the live map's; on the world map
      // at the estimates, as its edge rule, `sideInWorld`.)
      const reach = nameReach(
        a.text,
        a.maxEms ?? PLACE_MAX_EMS,
        size,
        opts.caption ? opts.advance : undefined,
      );
      let side: LabelAsk['side'];
      if (opts.caption) {
        const east = a.x + reach <= labelBox.x + labelBox.width;
        const west = a.x - reach >= labelBox.x;
        const third = a.x < WIDTH / 3 ? 'west' : a.x > (2 * WIDTH) / 3 ? 'east' : 'middle';
        side = east && west ? awayFrom('middle', a.lon, a.from) : east ? 'west' : west ? 'east' : third;
      } else if (!a.flow) side = edgeOf(a.lon);
      else if (world) {
        const x = ((a.lon - w) / 360) * WIDTH;
        const room = reach + size / 2; // (6 px at the live map's 12-px names)
        side = x < room ? 'west' : WIDTH - x < room ? 'east' : 'middle';
      }
      // (The live map's places' names are in a layer above its flows' names: placed first.)
      const tile = liveTileOrder(a.lon, a.lat, zoom);
      return {
        text: a.text,
        x: a.x,
        y: a.y,
        priority: a.priority,
        maxEms: a.maxEms,
        side,
        tile,
        layer: a.layer ?? (a.flow ? 1 : 0),
        ...(a.unnamed ? { unnamed: true } : {}),
        ...(a.ringed ? { ringed: true } : {}),
      };
    });
    // (Each name first where it lets the most names be placed, as the live map's: `firstPositions`; in
    // the build's pictures, moves that hold where the picture is shown a little smaller, `nameRoom`.
    // Each wholly inside the picture's box, or its close-up's, as the live map's plan keeps them:
    // `namePlanner`.)
    const firsts = firstPositions(
      sided,
      size,
      labelBox,
      [],
      [...blocked, ...islands],
      opts.advance,
      undefined,
      opts.nameRoom,
      // (Off the islands' marks and the lines drawn where they can be, as the live map's names:
      // `namePlanner`.)
      { marks: arch.flatMap((a) => a.mark), lines: crossings },
    );
    // (And their callouts where they hold with that room: `roomyCallouts`.)
    const called = roomyCallouts(
      sided,
      firsts,
      size,
      labelBox,
      [],
      [...blocked, ...islands],
      opts.advance,
      opts.nameRoom,
    );
    const placed = placeLabels(
      sided.map((a, i) => ({ ...a, first: called[i] })),
      size,
      labelBox,
      [],
      [...blocked, ...islands],
      opts.advance,
      // (Callouts where `roomyCallouts` found them: those hold on the live map of a box a little
      // smaller than the picture's.)
      'first',
    );
    // (The foreign partners' names in their own colour, as the live map's: `partnerLabel`. A name
    // two places share, one of them Vietnamese, stays in the places' ink.)
    const foreign = (text: string) => flowCountry.has(text) || (foreignNames.has(text) && !vnNames.has(text));
    const names = placed.map((l) =>
      placedSvg(l, LABEL_SIZE * k, foreign(l.text) ? t.partnerLabel : undefined),
    );
    // The countries' names as the live map's (`countryNames`): after the places' names, where they fit
    // clear of them, of the dots and of the close-up; those next to home from the live map's zoom 3;
    // none that a flow's name names.
    const countrySize = LABEL_SIZE * k * COUNTRY_NAME;
    const dot = LABEL_SIZE * k * 0.3;
    // (What the names placed so far cover: the close-up, the places' and flows' names, the dots.)
    const taken = [
      ...blocked,
      ...placed.map((l) => placedBox(l, LABEL_SIZE * k, opts.advance)),
      ...asks.map((a) => ({ x0: a.x - dot, y0: a.y - dot, x1: a.x + dot, y1: a.y + dot })),
    ];
    // (Not those a flow's name names, as the live map's: `countryLabelFilter`.)
    const namedByFlows = new Set(placed.flatMap((l) => flowCountry.get(l.text) ?? []));
    const countries = fitBlocks(
      countryPoints.flatMap((c) => {
        if (zoom < NEIGHBOURS_NAMED_FROM && (NEAR_HOME as readonly string[]).includes(c.cc)) return [];
        if (namedByFlows.has(c.cc)) return [];
        // (A partner country selected: it and Vietnam only, as the live map's.)
        if (pickedCountry && c.cc !== pickedCountry && c.cc !== 'VN') return [];
        const p = projection([c.lon, c.lat]);
        return p
          ? [
              blockLabel(c.name, p[0], p[1], countrySize, false, {
                maxEms: 6,
                widthOf: (l) => capitalsWidth(l, countrySize, COUNTRY_SPACING),
              }),
            ]
          : [];
      }),
      labelBox,
      taken,
      countrySize * 0.25,
    );
    // The provinces' names as the live map's basemap writes them (`province-labels`), from its zoom
    // 4.5 (a close-up of the border provinces): centred on their point, after every other name, where
    // they fit clear of them and of the dots with MapLibre's default margin of 2 px.
    const provinceSize = LABEL_SIZE * k * PROVINCE_NAME;
    const provinceWidth = (l: string) => lineWidth(l, provinceSize, opts.advance);
    const provinces =
      zoom >= MAP_SIZES.provinceNamesFrom
        ? fitBlocks(
            provincePoints
              .flatMap((p) => {
                const at = projection([p.lon, p.lat]);
                if (!at) return [];
                const tile = liveTileOrder(p.lon, p.lat, zoom);
                return [
                  {
                    tile,
                    ...blockLabel(p.names[opts.lang ?? 'fr'], at[0], at[1], provinceSize, false, {
                      maxEms: 10,
                      widthOf: provinceWidth,
                    }),
                  },
                ];
              })
              // (MapLibre places a layer's names tile by tile, southern rows and eastern tiles first.)
              .sort((a, b) => a.tile - b.tile),
            // (MapLibre places a name that reaches past the map's edge, up to 100 px past it, and the
            // edge cuts it; a close-up's live map keeps bands past its edges, `addEdgeKeepOut`: there,
            // wholly inside it, where "o Cai" and "ơn La" were cut.)
            opts.caption
              ? labelBox
              : {
                  x: labelBox.x - LIVE_EDGE_PX * px,
                  y: labelBox.y - LIVE_EDGE_PX * px,
                  width: labelBox.width + 2 * LIVE_EDGE_PX * px,
                  height: labelBox.height + 2 * LIVE_EDGE_PX * px,
                },
            [...taken, ...countries.map((c) => c.box)],
            (provinceSize * 2) / 10,
          )
        : [];
    // (Drawn where they show: those wholly past the edges were placed for their collisions only.)
    const shownProvinces = provinces.filter(
      ({ box: b }) =>
        b.x1 > labelBox.x &&
        b.x0 < labelBox.x + labelBox.width &&
        b.y1 > labelBox.y &&
        b.y0 < labelBox.y + labelBox.height,
    );
    const font = `font-family="${MAP_SIZES.pictureFonts}" font-size="${+(LABEL_SIZE * k).toFixed(1)}" fill="${t.label}" paint-order="stroke" stroke="${t.halo}" stroke-width="${+(3 * k).toFixed(1)}"`;
    return [
      `<g class="${c.id}">`,
      `<g fill="${t.label}" stroke="${t.halo}" stroke-width="${+(1.5 * k).toFixed(1)}">`,
      ...dots.map(({ xy, r }) => {
        const [cx, cy] = xy.split(' ');
        return `<circle cx="${cx}" cy="${cy}" r="${+(r * k).toFixed(1)}"/>`;
      }),
      // (The selected place's ring above the other dots, and its dot again above it: a target, as the
      // live map's, `pickedRing`.)
      ...dots.flatMap(({ xy, r, ring }) => {
        if (!ring) return [];
        const [cx, cy] = xy.split(' ');
        return [
          `<circle cx="${cx}" cy="${cy}" r="${+(MAP_SIZES.pickedRing * k).toFixed(1)}"/>`,
          `<circle cx="${cx}" cy="${cy}" r="${+(r * k).toFixed(1)}"/>`,
        ];
      }),
      // Callouts' leaders (`leaderOf`), above the dots and under the names, as the live map's (its names'
      // icons): a line with a halo. (In the dots' group: its names are the next.)
      ...[
        [t.halo, 3],
        [t.label, 1],
      ].flatMap(([colour, width]) =>
        placed.flatMap(({ leader: l }) =>
          l
            ? [
                `<line x1="${l.x0.toFixed(1)}" y1="${l.y0.toFixed(1)}" x2="${l.x1.toFixed(1)}" y2="${l.y1.toFixed(1)}" stroke="${colour}" stroke-width="${+(Number(width) * k).toFixed(1)}"/>`,
              ]
            : [],
        ),
      ),
      '</g>',
      `<g ${font}>`,
      ...names,
      '</g>',
      // (In the sea's names' colour, as the live map's: `seaLabel`.)
      `<g ${font
        .replace(/font-size="[^"]*"/, `font-size="${+(LABEL_SIZE * k * ARCHIPELAGO_NAME).toFixed(1)}"`)
        .replace(/fill="[^"]*"/, `fill="${t.seaLabel}"`)}>`,
      ...arch.map(blockSvg),
      '</g>',
      countries.length
        ? `<g ${font
            .replace(/font-size="[^"]*"/, `font-size="${+countrySize.toFixed(1)}"`)
            .replace(
              /fill="[^"]*"/,
              `fill="${t.countryLabel}"`,
            )} letter-spacing="${COUNTRY_SPACING}em">${countries.map(blockSvg).join('')}</g>`
        : '',
      shownProvinces.length
        ? `<g ${font
            .replace(/font-size="[^"]*"/, `font-size="${+provinceSize.toFixed(1)}"`)
            .replace(
              /stroke-width="[^"]*"/,
              `stroke-width="${+(2 * k).toFixed(1)}"`,
            )}>${shownProvinces.map(blockSvg).join('')}</g>`
        : '',
      '</g>',
    ].join('');
  });
  const line = (color: string, width: number) =>
    `fill="none" stroke="${color}" stroke-width="${width}" vector-effect="non-scaling-stroke"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" preserveAspectRatio="xMid${world ? 'YMin' : 'YMid'} meet">`,
    opts.title ? `<title>${escapeXml(opts.title)}</title>` : '',
    // The sea, under every box shape (a phone's tall box around a world-scale picture too).
    `<rect x="${-WIDTH}" y="${-3 * height}" width="${3 * WIDTH}" height="${7 * height}" fill="${t.background}"/>`,
    `<path d="${d(layer(topo, 'countries'))}" fill="${t.land}"/>`,
    `<path d="${d(byActive(regions, true))}" fill="${t.activeFill}"/>`,
    `<path d="${d(regions)}" ${line(t.regionLine, 0.5)}/>`,
    `<path d="${d(byActive(units, false))}" fill="${t.vnFill}"/>`,
    `<path d="${d(byActive(units, true))}" fill="${t.activeFill}"/>`,
    `<path d="${d(units)}" ${line(t.vnLine, 0.6)}/>`,
    `<path d="${d(byActive(regions, true))}${d(byActive(units, true))}" ${line(t.activeLine, t.activeLineWidth)}/>`,
    // (As the live map's: wider in a close-up of home, `borderWidthAt`, at the zoom of a map 1,000 px
    // wide, whatever classes of box the picture has words for.)
    `<path d="${d(layer(topo, 'borders'))}" ${line(t.border, +borderWidthAt(zoomAt(1000)).toFixed(1))}/>`,
    // The area its close-up shows, outlined as the live map's (`addCloseUpArea`).
    opts.closeUpShows
      ? `<path data-close-up-area="" d="${d({ type: 'LineString', coordinates: closeUpAreaRing(opts.closeUpShows) })}" ${line(t.countryLabel, MAP_SIZES.closeUpAreaWidth)} stroke-dasharray="${MAP_SIZES.closeUpAreaDash.map((x) => x * MAP_SIZES.closeUpAreaWidth).join(' ')}"/>`
      : '',
    // At world scale, sea beside the one world (a box wider than it: a laptop's short window), over the
    // outlines d3 traces along the world's cut edges, as the live map's bands (src/map/worldEdges.ts).
    world
      ? `<path d="M${-WIDTH} ${-3 * height}H1.5V${4 * height}H${-WIDTH}ZM${WIDTH - 1.5} ${-3 * height}H${2 * WIDTH}V${4 * height}H${WIDTH - 1.5}Z" fill="${t.background}"/>`
      : '',
    // Each archipelago's mark where its islands are a speck, under the arcs as the live map's
    // (`islandsMark`): a round cap of a stroke that keeps its width, in CSS px whatever the picture's
    // scale, its outline in the names' blue.
    marked
      ? `<g data-islands="" stroke-linecap="round">${(
          [
            [t.seaLabel, 2 * ISLANDS_MARK_REACH],
            [t.vnFill, 2 * (MAP_SIZES.islandsMark - MAP_SIZES.islandsMarkStroke / 2)],
          ] as const
        )
          .map(
            ([color, width]) =>
              `<path d="${archipelagos.map(({ x, y }) => `M${x.toFixed(1)} ${y.toFixed(1)}h0`).join('')}" ${line(color, width)}/>`,
          )
          .join('')}</g>`
      : '',
    `<g fill="none" stroke="${t.arc}" stroke-linecap="round">`,
    ...flowPaths,
    ...arcPaths,
    '</g>',
    // (A close-up's own picture, shown at `share` of a picture, follows the sets of the picture around it.)
    opts.share === undefined && !opts.narrowOnly ? `<style>${sizeClassCss(height)}</style>` : '',
    ...marks,
    '</svg>',
  ].join('');
}

/** Per topology: its presimplified copy (Visvalingam weights), and the simplified copies by threshold. */
const simplifiedCache = new WeakMap<Topology, { weighted: Topology; byWeight: Map<number, Topology> }>();
/**
 * The simplified topology, kept for the next picture (the page redraws one per date; a picture with a
 * close-up draws two frames, each at its own threshold).
 */
function simplified(topo: Topology, minWeight: number): Topology {
  let hit = simplifiedCache.get(topo);
  if (!hit) {
    hit = {
      weighted: presimplify(topo as Parameters<typeof presimplify>[0]) as Topology,
      byWeight: new Map(),
    };
    simplifiedCache.set(topo, hit);
  }
  let out = hit.byWeight.get(minWeight);
  if (!out) {
    out = simplify(hit.weighted as Parameters<typeof simplify>[0], minWeight) as Topology;
    // A few thresholds at most (one per frame drawn): the oldest goes first.
    if (hit.byWeight.size >= 4) hit.byWeight.delete(hit.byWeight.keys().next().value!);
    hit.byWeight.set(minWeight, out);
  }
  return out;
}

/**
 * Rewrites an absolute integer path from d3 (`M10,20L12,20L12,23Z`) with relative moves and no
 * repeated points (`M10 20l2 0 0 3Z`): about half the bytes before compression.
 */
export function compactPath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let inLine = false;
  const num = (v: number) => (v < 0 || out.endsWith('l') || out.endsWith('M') ? '' : ' ') + v;
  for (const [, cmd, xs, ys] of d.matchAll(/([MLZ])(?:(-?\d+),(-?\d+))?/g)) {
    if (cmd === 'Z') {
      out += 'Z';
      inLine = false;
      continue;
    }
    const nx = Number(xs);
    const ny = Number(ys);
    if (cmd === 'M') {
      out += 'M';
      out += num(nx);
      out += num(ny);
      inLine = false;
    } else {
      if (nx === x && ny === y) continue;
      if (!inLine) out += 'l';
      out += num(nx - x);
      out += num(ny - y);
      inLine = true;
    }
    x = nx;
    y = ny;
  }
  return out;
}
