import { successorAt } from '../adminChanges';
import type { Atlas, AtlasEvent } from '../atlas';

/** One step of a presentation: an event, the day it shows, what it selects and frames. */
export interface Chapter {
  event: AtlasEvent;
  /** The day the map shows: the event's first day, when its arcs appear. */
  day: string;
  /** Selected on the map: the partner when there is one, else the first Vietnamese unit. */
  selection: string;
  /** Places to frame: the event's units as in force on the day, and its partners. */
  places: string[];
}

/**
 * The presentation's chapters: one per event, in time order (ties by id, as in atlas.json).
 *
 * @example chapters(atlas)[0] // { event: {id: 'hanoi-astana-2018', …}, day: '2018-11-21', selection: 'KZ-AST', … }
 */
export function chapters(atlas: Atlas): Chapter[] {
  return [...atlas.events]
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
    .map((event) => {
      const vn = [...new Set(event.vn.map((id) => successorAt(id, event.start, atlas.adminChanges)))];
      return {
        event,
        day: event.start,
        selection: event.partners.length === 1 ? (event.partners[0] as string) : (vn[0] as string),
        places: [...vn, ...event.partners],
      };
    });
}
