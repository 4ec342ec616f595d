import type { Atlas } from '../atlas';

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
    halo: '#13202b',
  },
};

/** Sizes of the map, the same in every scheme. */
export const MAP_SIZES = {
  font: 'Be Vietnam Pro',
  /** Arc width in CSS pixels: `arcBase + arcPerEvent × events` (later events make an arc stronger). */
  arcBase: 1.5,
  arcPerEvent: 1.2,
  arcOpacity: 0.9,
  /** Outline of an active province or region, CSS pixels. */
  activeLineWidth: 1.5,
};

/** West, south, east, north (degrees) of the part of Vietnam every first view shows: the mainland with
 *  Hoàng Sa and Trường Sa. */
export const VIETNAM_BOUNDS: [number, number, number, number] = [102.1, 5.0, 114.6, 23.4];

/**
 * The bounds of the opening view: Vietnam with its archipelagos, extended to every partner.
 *
 * @example openingBounds(atlas) // → [71.4, 5, 142.8, 51.2] with Astana and Hokkaidō as partners
 */
export function openingBounds(atlas: Pick<Atlas, 'pairs' | 'places'>): [number, number, number, number] {
  const partners = new Set(atlas.pairs.map((p) => p.partner));
  let [w, s, e, n] = VIETNAM_BOUNDS;
  for (const p of atlas.places) {
    if (!partners.has(p.id)) continue;
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
  }
  return [w, s, e, n];
}
