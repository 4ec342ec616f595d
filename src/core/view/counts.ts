import type { Atlas } from '../atlas';
import { indexOf } from '../atlasIndex';
import { signatories } from './history';
import type { VisibleArc } from './visibleArcs';

/**
 * What the map shows, counted in units a reader can check on it: events (one four-province meeting
 * is one event), of which agreements the data says were signed; links (a Vietnamese unit and a
 * partner: the four-province meeting makes four); the Vietnamese units that signed (as they were,
 * before any merger) and the partners.
 */
export interface Counts {
  events: number;
  signed: number;
  links: number;
  vn: number;
  partners: number;
}

/**
 * @example countsOf(atlas, visibleArcs(atlas, '2023-03-01')) → { events: 2, signed: 1, links: 5, vn: 5, partners: 2 }
 */
export function countsOf(atlas: Atlas, arcs: readonly VisibleArc[]): Counts {
  const ix = indexOf(atlas);
  const events = new Set(arcs.flatMap((a) => a.events));
  return {
    events: events.size,
    signed: [...events].filter((id) => ix.event(id)?.status === 'signed').length,
    links: new Set(arcs.flatMap((a) => a.pairs)).size,
    vn: new Set(arcs.flatMap((a) => signatories(a))).size,
    partners: new Set(arcs.map((a) => a.partner)).size,
  };
}
