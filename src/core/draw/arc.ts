import { geoDistance, geoInterpolate } from 'd3-geo';

export type LonLat = [number, number];

/** Default number of segments of an arc; short arcs get fewer (see `segmentsFor`). */
export const ARC_SEGMENTS = 64;

/** Segments for an arc of this angular length (radians): about one per 1.5°, between 2 and 64. */
export function segmentsFor(a: LonLat, b: LonLat, max = ARC_SEGMENTS): number {
  const degrees = (geoDistance(a, b) * 180) / Math.PI;
  return Math.max(2, Math.min(max, Math.ceil(degrees / 1.5)));
}

/**
 * The great circle from `a` to `b` as `segments + 1` points, continuous across the antimeridian:
 * longitudes are unwrapped (they may pass ±180°, e.g. 179 → 181), which MapLibre draws as one line —
 * unlike @turf/great-circle, which splits there and leaves a gap (Turfjs/turf#3030).
 *
 * Identical endpoints give a degenerate two-point line. Exactly antipodal endpoints have no unique
 * great circle; d3's interpolation then picks one, and the result is still continuous and finite.
 *
 * @example greatCircle([105.85, 21.03], [71.45, 51.17]) // Hanoi → Astana, 34 points
 */
export function greatCircle(a: LonLat, b: LonLat, segments = segmentsFor(a, b)): LonLat[] {
  if (a[0] === b[0] && a[1] === b[1]) return [a, [b[0], b[1]]];
  const at = geoInterpolate(a, b);
  const out: LonLat[] = [];
  let prev = a[0];
  for (let i = 0; i <= segments; i++) {
    const [lon, lat] = i === 0 ? a : i === segments ? b : at(i / segments);
    let x = lon;
    // Unwrap: keep each step within 180° of the previous longitude.
    while (x - prev > 180) x -= 360;
    while (x - prev < -180) x += 360;
    out.push([x, lat]);
    prev = x;
  }
  return out;
}
