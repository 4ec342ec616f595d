import type { LonLat } from './arc';

/**
 * Web Mercator in world units (0–1 across the world, y down), as MapLibre's flat map draws it.
 * Longitudes are not wrapped: 200° is 20° past the antimeridian, one world to the right.
 *
 * @example toWorld([0, 0]) → [0.5, 0.5]
 */
export function toWorld([lon, lat]: LonLat): [number, number] {
  const s = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

/** The inverse of `toWorld`. */
export function fromWorld([x, y]: [number, number]): LonLat {
  return [x * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI];
}

/** West of this longitude (the mid-Atlantic), a partner is in the Americas. */
const AMERICAS_EAST = -30;

/**
 * The middle of the one world the atlas draws at world scale (from the mid-Atlantic to the
 * mid-Atlantic, Vietnam near the middle): both edges of the map cut only ocean.
 */
export const WORLD_MIDDLE_LON = AMERICAS_EAST + 180;

/**
 * Where the atlas draws a place's longitude on its Vietnam-centred flat map: the Americas east of the
 * Pacific (Havana, −82°, at 278°), so flows to them cross the Pacific whole instead of being split at
 * the map's edges or sent across Africa; every other place where it is.
 *
 * @example placeLon(-82.38) === 277.62; placeLon(2.35) === 2.35
 */
export const placeLon = (lon: number) => (lon < AMERICAS_EAST ? lon + 360 : lon);

/**
 * The longitude of `lon` written within 180° of `ref` (e.g. Havana, −82°, seen from Hanoi, 106°, is
 * 278°): the partner is reached across the Pacific, the short way, and the line is drawn whole.
 *
 * @example unwrapFrom(105.8, -82.4) === 277.6
 */
export function unwrapFrom(ref: number, lon: number): number {
  let x = lon;
  while (x - ref > 180) x -= 360;
  while (x - ref < -180) x += 360;
  return x;
}

/**
 * Width (CSS px) of the whole world at zoom 0 (MapLibre's 512 px tiles). Here, not beside the framing
 * that uses it: the page's first script imports it (exports), and a constant from a module importing
 * MapLibre made MapLibre's whole module a static import of that script, fetched and evaluated at every
 * page's start (issue 16).
 */
export const WORLD_PX = 512;

/** Map zoom that shows `span` world units in `px` screen pixels (MapLibre's 512 px tiles). */
export const zoomFor = (span: number, px: number) => Math.log2(px / WORLD_PX / Math.max(span, 1e-9));
