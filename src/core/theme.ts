import type { Atlas } from './atlas';

/** Colours and sizes of the map, in one place: the MapLibre style and the static picture share them. */
export const MAP_THEME = {
  /** Sea. */
  background: '#dfe9f0',
  land: '#f7f5f0',
  border: '#9a968c',
  vnFill: '#fbeee0',
  vnLine: '#c8a27a',
  /** Provinces and regions that take part in a partnership. */
  activeFill: '#f3c58f',
  regionLine: '#c9c4b8',
  arc: '#b8322c',
  label: '#3a362f',
  font: 'Be Vietnam Pro',
  /** Arc width in CSS pixels: `arcBase + arcPerEvent × events` (later events make an arc stronger). */
  arcBase: 1.5,
  arcPerEvent: 1.2,
  arcOpacity: 0.9,
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
