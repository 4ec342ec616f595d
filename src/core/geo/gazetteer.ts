import { indexKeys } from './adminWords';
import { fold } from '../normalize';
import type { GazetteerPlace } from '../types';

/** An in-memory gazetteer: places plus an index from folded name keys to places. */
export interface Gazetteer {
  readonly places: readonly GazetteerPlace[];
  byId(id: string): GazetteerPlace | undefined;
  /** Places whose first-tier (1) or second-tier (2) names have this folded key. */
  lookup(key: string, tier: 1 | 2): readonly GazetteerPlace[];
  /** Every indexed key of the first tier, for suggestions. */
  keys(): IterableIterator<string>;
}

/** First-tier names of a place: its vi/fr/en names, its id, and its curated alternates. */
export function primaryNames(p: GazetteerPlace): string[] {
  return [p.names.vi, p.names.fr, p.names.en, ...(p.alt ?? [])];
}

/**
 * Builds the index. Every name is indexed under its folded form and its core without administrative
 * words, so "Thành phố Hồ Chí Minh" is found as "ho chi minh" too.
 *
 * @example createGazetteer([{id:'VN-13', names:{vi:'Quảng Ninh',…},…}]).lookup('quang ninh', 1)
 */
export function createGazetteer(places: readonly GazetteerPlace[]): Gazetteer {
  const tiers = [new Map<string, GazetteerPlace[]>(), new Map<string, GazetteerPlace[]>()] as const;
  const ids = new Map<string, GazetteerPlace>();
  const add = (map: Map<string, GazetteerPlace[]>, name: string, p: GazetteerPlace) => {
    for (const key of indexKeys(fold(name))) {
      const list = map.get(key);
      if (!list) map.set(key, [p]);
      else if (!list.includes(p)) list.push(p);
    }
  };
  for (const p of places) {
    if (ids.has(p.id)) throw new Error(`gazetteer: duplicate place id ${p.id}`);
    ids.set(p.id, p);
    for (const n of primaryNames(p)) add(tiers[0], n, p);
    for (const n of p.alt2 ?? []) add(tiers[1], n, p);
  }
  // A current ISO code (`iso`) finds its record too, unless it is another record's id.
  for (const p of places) if (p.iso && !ids.has(p.iso)) ids.set(p.iso, p);
  return {
    places,
    byId: (id) => ids.get(id),
    lookup: (key, tier) => (tier === 1 ? tiers[0] : tiers[1]).get(key) ?? [],
    keys: () => tiers[0].keys(),
  };
}
