import { successorAt } from '../adminChanges';
import { arcId } from '../arcId';
import type { Atlas } from '../atlas';
import { indexOf } from '../atlasIndex';
import type { LonLat } from '../draw/arc';
import { placeLon } from '../draw/mercator';

/** An arc the map may show: its id and its two ends. */
export interface ArcEnds {
  id: string;
  vn: string;
  partner: string;
  from: LonLat;
  to: LonLat;
}

const cache = new WeakMap<Atlas, ArcEnds[]>();

/**
 * Every arc that can appear on some day: each pair from its Vietnamese unit and from that unit's
 * successors (Hà Giang's arcs start from Tuyên Quang after 1 July 2025), with the ends where the flat
 * map draws them (`placeLon`: the Americas east of the Pacific). Computed once per atlas.
 *
 * @example possibleArcs(atlas).map((a) => a.id) // ['VN-HN~KZ-AST', 'VN-03~CN-GX', 'VN25-TUYEN-QUANG~CN-GX', …]
 */
export function possibleArcs(atlas: Atlas): ArcEnds[] {
  const hit = cache.get(atlas);
  if (hit) return hit;
  const ix = indexOf(atlas);
  const at = (id: string): LonLat | undefined => {
    const p = ix.place(id);
    return p && [placeLon(p.lon), p.lat];
  };
  const days = [...new Set(atlas.adminChanges.map((c) => c.date))];
  const out = new Map<string, ArcEnds>();
  for (const pair of atlas.pairs) {
    const to = at(pair.partner);
    for (const vn of new Set([pair.vn, ...days.map((d) => successorAt(pair.vn, d, atlas.adminChanges))])) {
      const from = at(vn);
      const id = arcId(vn, pair.partner);
      if (from && to) out.set(id, { id, vn, partner: pair.partner, from, to });
    }
  }
  const arcs = [...out.values()];
  cache.set(atlas, arcs);
  return arcs;
}
