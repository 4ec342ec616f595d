import type { Atlas } from '../atlas';
import { possibleArcs } from '../view/possibleArcs';
import type { LonLat } from './arc';
import { FLOW_DEFAULTS, possibleFlows } from './countryFlows';
import { flowCurve } from './flowCurve';

/** The page's colour schemes: `?theme=dark|light`, else the reader's `prefers-color-scheme`. */
export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];
export const isTheme = (v: unknown): v is Theme => v === 'light' || v === 'dark';

/** Colours of the map in one scheme (the MapLibre style, the static picture and the PNG legend). */
export interface MapTheme {
  /** Sea. */
  background: string;
  land: string;
  border: string;
  vnFill: string;
  vnLine: string;
  /** Provinces and regions that take part in a partnership: a fill and an outline. */
  activeFill: string;
  activeLine: string;
  regionLine: string;
  arc: string;
  label: string;
  /**
   * The foreign partners' names: the countries at the ends of the flows ("France · 14"), the regions
   * and cities at the ends of the arcs ("Guangxi", "Hokkaidō"). A burnt orange, of the lines' family,
   * apart from the Vietnamese places' names (`label`). In one colour, "Laos · 25" and "Cambodge · 20"
   * read as Vietnamese places beside "Hanoï · 41" in the close-up of home, and Guangxi as one more
   * border province beside Cao Bằng and Lạng Sơn (readers' reviews). Apart from `label` for every
   * colour-vision deficiency (`theme.test.ts`).
   */
  partnerLabel: string;
  /** Country names (orientation, quieter than place names). */
  countryLabel: string;
  /**
   * Names of what is in the sea, the archipelagos': a blue, as maps name seas and islands, apart from
   * the places' names. In the places' colour, beside a dot or under a place's name, "Quần đảo Trường Sa"
   * read as that dot's name, or as a second line of "Philippines · 1" (a reader's review).
   */
  seaLabel: string;
  /** Halo around map labels. */
  halo: string;
}

/**
 * Both schemes. Audited by `theme.test.ts` (WCAG contrast, also under simulated protanopia,
 * deuteranopia and tritanopia): arcs ≥ 3:1 against every fill they cross, the active outline ≥ 3:1
 * against the fills beside it, labels ≥ 4.5:1 against their halo; arcs (red) and active outlines
 * (blue, from the Okabe–Ito palette) stay apart in hue for every colour-vision deficiency.
 */
export const MAP_THEMES: Readonly<Record<Theme, Readonly<MapTheme>>> = {
  light: {
    background: '#dfe9f0',
    land: '#f7f5f0',
    border: '#8a867c',
    vnFill: '#fbeee0',
    vnLine: '#c8a27a',
    activeFill: '#f3c58f',
    activeLine: '#005a8c',
    regionLine: '#c9c4b8',
    arc: '#a82a25',
    label: '#3a362f',
    partnerLabel: '#a84800',
    countryLabel: '#6b665d',
    seaLabel: '#1f5f8f',
    halo: '#ffffff',
  },
  dark: {
    background: '#13202b',
    land: '#25272a',
    border: '#7d7a72',
    vnFill: '#2e2924',
    vnLine: '#6b5a45',
    activeFill: '#5a3c1a',
    activeLine: '#56b4e9',
    regionLine: '#45474b',
    arc: '#ff8a75',
    label: '#ece7df',
    partnerLabel: '#ff8f6b',
    countryLabel: '#a9a49b',
    seaLabel: '#8fc3e8',
    halo: '#13202b',
  },
};

/** Sizes of the map, the same in every scheme. */
export const MAP_SIZES = {
  font: 'Be Vietnam Pro',
  /**
   * The picture's fonts: an SVG shown in an `<img>` cannot load the page's web font, so its names fall
   * back, and a wide fallback (DejaVu Sans, some Linux `system-ui`) runs past the room they were measured
   * for (0.56 em a character, `labelWidth`); fonts with Arial's metrics, present almost everywhere and
   * with Vietnamese, are narrower than that.
   */
  pictureFonts: 'Be Vietnam Pro, Arial, Helvetica, Liberation Sans, system-ui, sans-serif',
  /** Arc width in CSS pixels: `arcBase + arcPerEvent × events` (later events make an arc stronger). */
  arcBase: 1.5,
  arcPerEvent: 1.2,
  arcOpacity: 0.9,
  /** Opacity of the arcs outside a selection (focus and context: faint, still there). */
  dimOpacity: 0.2,
  /**
   * The radius (CSS px at scale 1) of the ring, in the dots' colour and with their halo, round the dot
   * of the place the reader selected (its dot 5 px, halo 1.5: a target), above the other dots: among a
   * hub's neighbours, in the bundle of its arcs, its dot was the size of its partners' and could not be
   * found (a reader's review). In the arcs' colour it was lost among them; under the other dots it
   * merged with a neighbour's (Bắc Ninh's by Hà Nội's) into a blob.
   */
  pickedRing: 9,
  /**
   * The mark of each archipelago where its islands are a speck (below `islandsMarkTill`): a circle of
   * this radius (CSS px at scale 1) in Vietnam's fill, outlined in its name's colour (`seaLabel`). The
   * islands, sub-pixel at a world's or a close-up's scale, were not drawn at all: their name sat beside
   * nothing, and read as naming the sea by the coast ("in the Gulf of Tonkin": a reader's review).
   */
  islandsMark: 3,
  /** The width of the marks' outline (CSS px at scale 1), half of it past `islandsMark`. */
  islandsMarkStroke: 1.2,
  /** The map's zoom from which the archipelagos' own shapes show, and their mark is not drawn. */
  islandsMarkTill: 6,
  /**
   * The map's zoom from which the archipelagos' names are centred on them (below it, east of them:
   * src/map/basemapStyle.ts; the pictures follow it).
   */
  archipelagoCentredFrom: 3,
  /**
   * The map's zoom from which Vietnam's provinces are named on its basemap (their names 10/12 of the
   * places', after every other name: src/map/basemapStyle.ts; the pictures follow it).
   */
  provinceNamesFrom: 4.5,
  /** Outline of an active province or region, CSS pixels. */
  activeLineWidth: 1.5,
  /**
   * Countries' borders, CSS pixels: drawn above the active outlines, so that where partners face each
   * other across one (Cao Bằng, Lạng Sơn, Quảng Ninh and Guangxi) the border still reads as a border.
   */
  borderWidth: 1,
  /**
   * Countries' borders in a close-up of home (from the map's zoom `borderNearAt`; `borderWidth` up to
   * `borderNearFrom`, between them in proportion): at 1 px, grey over the partners' fills and between
   * their blue outlines, Vietnam's border with China read as one more province line (a reader's review).
   */
  borderWidthNear: 2.5,
  borderNearFrom: 3,
  borderNearAt: 5,
  /** The outline of a shown close-up's area on the main map, CSS pixels, and its dashes (in widths). */
  closeUpAreaWidth: 1,
  closeUpAreaDash: [4, 3] as const,
};

/**
 * The outline of a close-up's area (west, south, east, north), a point at every degree along its edges:
 * on the flat map its sides are parallels and meridians, as the pictures' paths draw them too (a path
 * between two points is a great circle there, which bowed the top side north).
 *
 * @example closeUpAreaRing([100, 10, 102, 11]) // → [[100, 10], [101, 10], [102, 10], [102, 11], …]
 */
export function closeUpAreaRing([w, s, e, n]: readonly [number, number, number, number]): [number, number][] {
  const along = (a: number, b: number) => {
    const steps = Math.max(1, Math.ceil(Math.abs(b - a)));
    return Array.from({ length: steps }, (_, i) => a + ((b - a) * i) / steps);
  };
  return [
    ...along(w, e).map((lon): [number, number] => [lon, s]),
    ...along(s, n).map((lat): [number, number] => [e, lat]),
    ...along(e, w).map((lon): [number, number] => [lon, n]),
    ...along(n, s).map((lat): [number, number] => [w, lat]),
    [w, s],
  ];
}

/** From how many visible arcs the map is crowded (thinner, translucent arcs), and fully so. */
const CROWD = { from: 24, full: 120 };

/**
 * How arcs are drawn when `visible` of them are on the map. A few arcs are strong lines; at a
 * newsroom's scale (a hub of 40 partners, 200 arcs) they get thinner and translucent, so that a
 * hub's fan reads as a fan, deeper where arcs overlap, instead of one solid bundle hiding the map and
 * each other. Stepped by quarters, so scrubbing changes the look only a few times.
 *
 * @example arcLook(7) → { base: 1.5, perEvent: 1.2, opacity: 0.9 }; arcLook(200).opacity === 0.55
 */
export function arcLook(visible: number): { base: number; perEvent: number; opacity: number } {
  const crowd =
    Math.round(4 * Math.min(1, Math.max(0, (visible - CROWD.from) / (CROWD.full - CROWD.from)))) / 4;
  return {
    base: MAP_SIZES.arcBase - 0.7 * crowd,
    perEvent: MAP_SIZES.arcPerEvent - 0.7 * crowd,
    opacity: MAP_SIZES.arcOpacity - 0.35 * crowd,
  };
}

/**
 * How a country flow is drawn (see `countryFlows`): its width grows with the square root of the
 * partnerships it stands for (so a 40-partner flow is wide, not a wall; its label gives the count).
 *
 * @example flowLook(1).width === 2.6; flowLook(9).width === 5.4
 */
export function flowLook(partnerships: number): { width: number; opacity: number } {
  return { width: Math.min(10, 1.2 + 1.4 * Math.sqrt(partnerships)), opacity: 0.8 };
}

/** West, south, east, north (degrees) of the part of Vietnam every first view shows: the mainland with
 *  Hoàng Sa and Trường Sa. */
export const VIETNAM_BOUNDS: [number, number, number, number] = [102.1, 5.0, 114.6, 23.4];

/**
 * The bounds of the opening view: Vietnam with its archipelagos and every flow line the atlas can
 * draw, whole (curves included, partners across the Pacific east of 180°). The same at every date, so
 * scrubbing never reframes the map.
 *
 * @example openingBounds(atlas) // → [70.9, 5, 143.9, 52.4] with Astana and Hokkaidō as partners
 */
export function openingBounds(atlas: Atlas): [number, number, number, number] {
  const arcs = possibleArcs(atlas);
  // The country flows too, when the atlas holds enough arcs to show them.
  const flows = arcs.length >= FLOW_DEFAULTS.fromArcs ? possibleFlows(atlas) : [];
  return flowBounds([...arcs.map((a) => flowCurve(a.from, a.to, a.side)), ...flows.map((f) => f.flat)]);
}

/** The bounds of some flow lines (and of Vietnam), longitudes unwrapped as the lines are. */
export function flowBounds(
  lines: readonly (readonly LonLat[])[],
  include: [number, number, number, number] | null = VIETNAM_BOUNDS,
): [number, number, number, number] {
  let [w, s, e, n] = include ?? [Infinity, Infinity, -Infinity, -Infinity];
  for (const line of lines)
    for (const [lon, lat] of line) {
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
  return [w, s, e, n];
}

/** How far an archipelago's mark reaches from its point, outline included (CSS px at scale 1). */
export const ISLANDS_MARK_REACH = MAP_SIZES.islandsMark + MAP_SIZES.islandsMarkStroke / 2;

/**
 * Countries' borders' width (CSS px at scale 1) at a map's zoom (`MAP_SIZES.borderWidthNear`): the live
 * map's `line-width` interpolates it so, and the pictures draw it at their zoom.
 *
 * @example borderWidthAt(2) === 1; borderWidthAt(6) === 2.5
 */
export function borderWidthAt(zoom: number): number {
  const { borderWidth: far, borderWidthNear: near, borderNearFrom: z0, borderNearAt: z1 } = MAP_SIZES;
  const t = Math.max(0, Math.min(1, (zoom - z0) / (z1 - z0)));
  return far + (near - far) * t;
}
