import type { ArcEnds } from '../view/possibleArcs';
import type { LonLat } from './arc';
import type { Px } from './nearest';
import { CLOSE_UP_DEFAULTS, closeUpArcs, magnification, type Box } from './closeUp';
import { flowBounds } from './theme';

/**
 * The heaps of places at the ends of a selection's arcs, most crowded first (see `crowdedGroup`):
 * groups of places each within `groupLink` px of another of its group, of at least `groupMin` dots
 * (a unit and its successor at one dot count once), with some places closer than `namesApart` to
 * another; ranked by how many such places each has, then by its dots.
 */
export function crowdedGroups(places: readonly { id: string; px: Px }[], o = CLOSE_UP_DEFAULTS): string[][] {
  const n = places.length;
  const d = (i: number, j: number) =>
    Math.hypot(places[i]!.px[0] - places[j]!.px[0], places[i]!.px[1] - places[j]!.px[1]);
  // Single-linkage groups, by union–find with path halving (every pair is looked at once: a few
  // hundred places are a few tens of thousands of pairs).
  const parent = places.map((_, i) => i);
  const root = (i: number) => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (d(i, j) < o.groupLink) parent[root(i)] = root(j);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) groups.set(root(i), [...(groups.get(root(i)) ?? []), i]);
  // (Two places at one dot, a unit and its successor, are named as one: not crowded, one dot.)
  const ranked = [...groups.values()].map((g) => ({
    ids: g.map((i) => places[i]!.id),
    crowded: g.filter((i) => g.some((j) => j !== i && d(i, j) >= 0.5 && d(i, j) < o.namesApart)).length,
    dots: g.filter((i, k) => !g.slice(0, k).some((j) => d(i, j) < 0.5)).length,
  }));
  return ranked
    .filter((g) => g.dots >= o.groupMin && g.crowded > 0)
    .sort((a, b) => b.crowded - a.crowded || b.dots - a.dots)
    .map((g) => g.ids);
}

/**
 * The places of a selection that pile up at the ends of its arcs, too close to be named apart though
 * the arcs are long (France selected at world scale: fourteen partners in a heap of dots, four of them
 * named): the most crowded heap (`crowdedGroups`). Its places' ids (none: no such heap).
 *
 * @example crowdedGroup([{ id: 'a', px: [0, 0] }, { id: 'b', px: [9, 0] }, { id: 'c', px: [0, 9] },
 *   { id: 'd', px: [30, 0] }, { id: 'e', px: [400, 0] }]) → ['a', 'b', 'c', 'd']
 */
export const crowdedGroup = (places: readonly { id: string; px: Px }[], o = CLOSE_UP_DEFAULTS): string[] =>
  crowdedGroups(places, o)[0] ?? [];

/**
 * The close-up of a selection whose arcs are all long enough, but whose places pile up at one end
 * (France selected at world scale: fourteen partners in a heap of dots, four of them named, while the
 * close-up of home it had, for other arcs' sake, named Vietnam's ten): the most crowded heap that a
 * close-up of `size` px shows at least `homeMinMagnification` times larger than the main map does,
 * with the selection's arcs that end there; null where there is none (the close-up is then planned as
 * before). `px`: where a place is on the main map framed without the close-up's room, in units of the
 * names (as `closeUpArcs`'s). The live map (`mountCloseUp`) and the pictures' plan (`planLayout`) both
 * ask it, so that a picture and the map that takes over from it agree.
 *
 * @example selectionCloseUp(franceArcs, px, [380, 268]) → { ids: [its fourteen arcs], bounds: [-1.7, 43.3, 7.3, 49.4] }
 */
export function selectionCloseUp(
  selected: readonly ArcEnds[],
  px: (at: LonLat) => Px,
  size: Px,
  o = CLOSE_UP_DEFAULTS,
): { ids: string[]; bounds: Box } | null {
  const onMap = selected.map((a) => ({ id: a.id, from: px(a.from), to: px(a.to) }));
  if (selected.length === 0 || closeUpArcs(onMap, false, o).length > 0) return null;
  const where = new Map<string, LonLat>();
  for (const a of selected) where.set(a.vn, a.from).set(a.partner, a.to);
  for (const ids of crowdedGroups(
    [...where].map(([id, at]) => ({ id, px: px(at) })),
    o,
  )) {
    const bounds: Box = flowBounds([ids.map((id) => where.get(id)!)], null);
    const [x0, y0] = px([bounds[0], bounds[3]]);
    const [x1, y1] = px([bounds[2], bounds[1]]);
    // (A long chain of places, each near the next, may be too large to show larger: the next heap.)
    if (magnification([x1 - x0, y1 - y0], size) < o.homeMinMagnification) continue;
    const group = new Set(ids);
    return { ids: selected.filter((a) => group.has(a.vn) || group.has(a.partner)).map((a) => a.id), bounds };
  }
  return null;
}
