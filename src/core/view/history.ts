import { becomes, successorAt } from '../adminChanges';
import { parseArcId } from '../arcId';
import type { Atlas, AtlasEvent, AtlasPlace } from '../atlas';
import { indexOf } from '../atlasIndex';
import type { VisibleArc } from './visibleArcs';

/**
 * How a unit stands on a day, so that every view names it as it was when it signed:
 * - `current`: it exists on the day;
 * - `merged`: it had ceased, and its territory is part of `into` (Hà Giang → Tuyên Quang, 1 July 2025);
 * - `renamed`: it had ceased, and `into` is the same territory under another status or name
 *   (Thừa Thiên Huế → Huế, 1 January 2025);
 * - `notYet`: it did not exist yet; it was made of `from` on `since`.
 */
export type Standing =
  | { kind: 'current' }
  | { kind: 'merged' | 'renamed'; into: string; since: string }
  | { kind: 'notYet'; since: string; from: string[] };

/**
 * @example standingAt(atlas, 'VN-03', '2025-08-01') → { kind: 'merged', into: 'VN25-TUYEN-QUANG', since: '2025-07-01' }
 */
export function standingAt(atlas: Atlas, id: string, day: string): Standing {
  const into = successorAt(id, day, atlas.adminChanges);
  if (into !== id) {
    const change = atlas.adminChanges.find((c) => c.from === id);
    const since = change?.date ?? day;
    return { kind: change?.kind === 'status' ? 'renamed' : 'merged', into, since };
  }
  const made = atlas.adminChanges.filter((c) => c.to === id && day < c.date);
  if (made.length > 0) return { kind: 'notYet', since: made[0]?.date ?? day, from: made.map((c) => c.from) };
  return { kind: 'current' };
}

/**
 * Whether a place's name is shared by another place of the atlas in the same country (the old and the
 * new Tuyên Quang): such a place needs its era next to its name, or two choices read the same.
 */
export function nameIsShared(atlas: Atlas, place: AtlasPlace): boolean {
  return atlas.places.some(
    (p) => p.id !== place.id && p.country === place.country && p.names.vi === place.names.vi,
  );
}

/**
 * The units that signed on an arc, on one side: the units of its pairs, as they were (oldest pair
 * first). Vietnam's by default (Hà Giang on the new Tuyên Quang's arc); `'partner'`: the partners
 * (Limousin on Nouvelle-Aquitaine's).
 */
export function signatories(arc: Pick<VisibleArc, 'pairs'>, side: 'vn' | 'partner' = 'vn'): string[] {
  return [...new Set(arc.pairs.map((p) => parseArcId(p)?.[side]).filter((x): x is string => !!x))];
}

/** What a selection shows: the arcs it highlights and the events it lists (oldest first). */
export interface Selected {
  /** `arc`: a Vietnam–partner pair; `place`: a province or a partner. */
  kind: 'arc' | 'place';
  arcs: Set<string>;
  events: AtlasEvent[];
  /** An arc id of another day: the pairs of the arcs drawn now that it names (none for an arc drawn). */
  pairs: Set<string>;
}

/**
 * The arcs and events of a selection among the arcs of a day. A unit lists only the events it took part in: after the
 * 2025 merger the old Tuyên Quang does not get Hà Giang's events, although both now draw from the new
 * Tuyên Quang; the new unit lists its predecessors' events (and so on the partners' side: Limousin and
 * Nouvelle-Aquitaine from 2016). An arc id of the old geography (a pair of
 * atlas.json, `VN-03~CN-GX`) selects the arc that draws it now, with that pair's events only. A
 * partner country (`FR`) selects the arcs to all its partners. An id the atlas does not know selects
 * nothing (null): the page never shows a reader a bare code.
 *
 * @example selectionAt(atlas, visibleArcs(atlas, '2025-08-01'), 'VN-07')?.events → [] (Hà Giang's are not its own)
 */
export function selectionAt(atlas: Atlas, arcs: readonly VisibleArc[], selection: string): Selected | null {
  const ix = indexOf(atlas);
  const ends = parseArcId(selection);
  if (!knownPlaceOrArc(atlas, selection)) return null;
  const hit = new Set<string>();
  const ids = new Set<string>();
  const pairs = new Set<string>();
  const take = (a: VisibleArc, only?: (eventId: string) => boolean) => {
    const mine = a.events.filter((e) => !only || only(e));
    if (mine.length === 0 && only) return;
    hit.add(a.id);
    for (const e of mine) ids.add(e);
  };
  const pairEvents = (pairId: string) => new Set(ix.pair(pairId)?.events ?? []);
  // A partner country (a flow on the world map) selects every arc to a partner of that country.
  const country = !ends && ix.place(selection)?.level === 'country' ? selection : null;
  for (const a of arcs) {
    if (country) {
      if (ix.place(a.partner)?.country === country) take(a);
      continue;
    }
    if (ends) {
      if (a.id === selection) take(a);
      else {
        // The pairs the id names on another day: a pair of atlas.json (`VN-03~CN-GX`), or an arc of
        // another era whose units these pairs' units became or were (`VN-03~FR-NAQ`, Hà Giang and
        // Nouvelle-Aquitaine from 2016 to 2025, is Hà Giang's pair with Limousin).
        const own = a.pairs.filter((p) => {
          const pair = ix.pair(p);
          return (
            p === selection ||
            (!!pair &&
              becomes(pair.vn, ends.vn, atlas.adminChanges) &&
              becomes(pair.partner, ends.partner, atlas.adminChanges))
          );
        });
        if (own.length === 0) continue;
        const evs = new Set(own.flatMap((p) => [...pairEvents(p)]));
        for (const p of own) pairs.add(p);
        take(a, (e) => evs.has(e));
      }
      continue;
    }
    if (a.partner === selection || a.vn === selection) take(a);
    else {
      // A unit that has ceased (Vietnamese or a partner): only the events of its own pairs on the arc
      // that draws them now.
      const own = a.pairs.filter((p) => {
        const signed = parseArcId(p);
        return signed?.vn === selection || signed?.partner === selection;
      });
      if (own.length === 0) continue;
      const evs = new Set(own.flatMap((p) => [...pairEvents(p)]));
      take(a, (e) => evs.has(e));
    }
  }
  const events = atlas.events.filter((e) => ids.has(e.id));
  return { kind: ends ? 'arc' : 'place', arcs: hit, events, pairs };
}

/** Whether the atlas can name a place id or both ends of an arc id (a click elsewhere selects nothing). */
export function knownPlaceOrArc(atlas: Atlas, id: string): boolean {
  const ix = indexOf(atlas);
  const ends = parseArcId(id);
  return ends ? !!ix.place(ends.vn) && !!ix.place(ends.partner) : !!ix.place(id);
}
