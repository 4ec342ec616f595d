import type { Atlas } from '../atlas';
import { indexOf } from '../atlasIndex';
import { signatories } from './history';
import type { VisibleArc } from './visibleArcs';

/**
 * What the map shows, counted in units a reader can check on it: events (one four-province meeting
 * is one event), of which agreements the data says were signed; links (a Vietnamese unit and a
 * partner: the four-province meeting makes four); the Vietnamese units that signed (as they were,
 * before any merger) and the partners (as they were too); and the units the map draws them as on the
 * day, where mergers or renames made those fewer (the 300 events' 47 provinces that signed are 31 units in 2026:
 * "47 provinces" alone read as a count of Vietnam's 34, a reader's review).
 */
export interface Counts {
  events: number;
  signed: number;
  links: number;
  vn: number;
  partners: number;
  /** The Vietnamese units the map draws on the day (the arcs' ends). */
  vnDrawn: number;
  /** The partners the map draws on the day. */
  partnersDrawn: number;
}

/**
 * @example countsOf(atlas, visibleArcs(atlas, '2023-03-01')) → { events: 2, signed: 1, links: 5, vn: 5, partners: 2, vnDrawn: 5, partnersDrawn: 2 }
 */
export function countsOf(atlas: Atlas, arcs: readonly VisibleArc[]): Counts {
  const ix = indexOf(atlas);
  const events = new Set(arcs.flatMap((a) => a.events));
  return {
    events: events.size,
    signed: [...events].filter((id) => ix.event(id)?.status === 'signed').length,
    links: new Set(arcs.flatMap((a) => a.pairs)).size,
    vn: new Set(arcs.flatMap((a) => signatories(a))).size,
    partners: new Set(arcs.flatMap((a) => signatories(a, 'partner'))).size,
    vnDrawn: new Set(arcs.map((a) => a.vn)).size,
    partnersDrawn: new Set(arcs.map((a) => a.partner)).size,
  };
}

/** Whom a place is linked to on the map. */
export type Reach =
  /** A Vietnamese unit: its foreign partners, in how many countries. */
  | { kind: 'vn'; partners: number; countries: number }
  /** A foreign partner: the Vietnamese units it is linked to. */
  | { kind: 'partner'; units: number }
  /**
   * A partner country (a flow of the world map): its links (unit–partner pairs, the count its flow is
   * named with), its partners, and the Vietnamese units they are linked to.
   */
  | { kind: 'country'; links: number; partners: number; units: number };

/**
 * Whom a place is linked to among the arcs shown: a reader's way in to a hub ("Hà Nội — 34 partners
 * in 14 countries"). A Vietnamese unit that has ceased counts the partners of its own pairs. Null
 * when the place has no arc on the map.
 *
 * @example reachOf(atlas, visibleArcs(atlas, '2026-01-01'), 'VN-13') → { kind: 'vn', partners: 2, countries: 2 }
 */
export function reachOf(atlas: Atlas, arcs: readonly VisibleArc[], id: string): Reach | null {
  const ix = indexOf(atlas);
  const place = ix.place(id);
  if (!place) return null;
  if (place.level === 'country' && place.country !== 'VN') {
    const own = arcs.filter((a) => ix.place(a.partner)?.country === id);
    const units = new Set(own.map((a) => a.vn));
    return own.length
      ? {
          kind: 'country',
          links: own.length,
          partners: new Set(own.map((a) => a.partner)).size,
          units: units.size,
        }
      : null;
  }
  if (place.country !== 'VN') {
    // (A partner that has ceased: the arcs that draw its own pairs now.)
    const own = arcs.filter((a) => a.partner === id || a.pairs.some((p) => ix.pair(p)?.partner === id));
    const units = new Set(own.map((a) => a.vn));
    return units.size ? { kind: 'partner', units: units.size } : null;
  }
  const own = arcs.filter((a) => a.vn === id || a.pairs.some((p) => ix.pair(p)?.vn === id));
  // (Its partners as they signed, as the page's counts: Limousin and Nouvelle-Aquitaine are two.)
  const partners = new Set(
    own.flatMap((a) =>
      a.pairs.filter((p) => a.vn === id || ix.pair(p)?.vn === id).map((p) => ix.pair(p)?.partner ?? p),
    ),
  );
  if (partners.size === 0) return null;
  const countries = new Set([...partners].map((p) => ix.place(p)?.country ?? p));
  return { kind: 'vn', partners: partners.size, countries: countries.size };
}
