import type { Atlas, AtlasEvent, AtlasPair, AtlasPlace } from './atlas';

/** Lookups into one atlas: its places, events and pairs by id. */
export interface AtlasIndex {
  place(id: string): AtlasPlace | undefined;
  event(id: string): AtlasEvent | undefined;
  pair(id: string): AtlasPair | undefined;
}

const indexes = new WeakMap<Atlas, AtlasIndex>();

/**
 * The index of an atlas, built once (on first use) and kept as long as the atlas: the page asks for
 * names and events on every scrub step, and must not rebuild maps each time.
 *
 * @example indexOf(atlas).place('VN-13')?.names.vi === 'Quảng Ninh'
 */
export function indexOf(atlas: Atlas): AtlasIndex {
  let ix = indexes.get(atlas);
  if (!ix) {
    const places = new Map(atlas.places.map((p) => [p.id, p]));
    const events = new Map(atlas.events.map((e) => [e.id, e]));
    const pairs = new Map(atlas.pairs.map((p) => [p.id, p]));
    ix = { place: (id) => places.get(id), event: (id) => events.get(id), pair: (id) => pairs.get(id) };
    indexes.set(atlas, ix);
  }
  return ix;
}
