import type { AtlasPlace } from '../atlas';
import { fold } from '../normalize';

export interface PlaceHit {
  place: AtlasPlace;
  /** The name that matched, as written in the atlas (any language). */
  matched: string;
}

/**
 * Place search for the page: case-, accent- and punctuation-insensitive ("quang ninh", "Quảng Ninh",
 * "QUANG-NINH" all match), on every language's name. Whole-name matches come first, then names that
 * start with the query, then names with a word that starts with it. Countries are left out (the
 * country filter covers them). At most `limit` hits, stable for equal ranks (atlas order).
 */
export function searchPlaces(places: readonly AtlasPlace[], query: string, limit = 8): PlaceHit[] {
  const q = fold(query);
  if (!q) return [];
  const ranked: { hit: PlaceHit; rank: number; order: number }[] = [];
  places.forEach((place, order) => {
    if (place.level === 'country') return;
    let best: { rank: number; matched: string } | null = null;
    for (const name of new Set([place.names.vi, place.names.fr, place.names.en])) {
      const f = fold(name);
      const rank = f === q ? 0 : f.startsWith(q) ? 1 : ` ${f}`.includes(` ${q}`) ? 2 : -1;
      if (rank >= 0 && (!best || rank < best.rank)) best = { rank, matched: name };
    }
    if (best) ranked.push({ hit: { place, matched: best.matched }, rank: best.rank, order });
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((r) => r.hit);
}
