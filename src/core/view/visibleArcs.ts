import { dayAfter, isVietnameseUnit, successorAt, type AdminChange } from '../adminChanges';
import { arcId } from '../arcId';
import type { Atlas, AtlasEvent } from '../atlas';
import { indexOf } from '../atlasIndex';

/** Which Vietnamese map is in force: the 63 units before the 2025 reform, the 34 from it. */
export type Geography = 'vn63' | 'vn34';

export interface Filters {
  /** Partner countries (ISO alpha-2); empty means all. */
  countries: string[];
  kinds: string[];
  domains: string[];
}
export const NO_FILTERS: Filters = { countries: [], kinds: [], domains: [] };

/** How many choices the filters hold (0: none, every event passes). */
export const filterCount = (f: Filters): number => f.countries.length + f.kinds.length + f.domains.length;

export interface VisibleArc {
  /** `<vn>~<partner>` with both the units in force on the day. */
  id: string;
  vn: string;
  partner: string;
  /** Events of the arc begun by the day that pass the filters, oldest first. */
  events: string[];
  /** The pairs of atlas.json drawn by this arc (two when a merger joined the units of one side). */
  pairs: string[];
}

/**
 * The first day of the 63 → 34 reform, from the atlas's admin changes: Vietnam's merges (a partner's,
 * France's régions of 2016, are not Vietnam's map).
 */
export function reformDay(changes: readonly AdminChange[]): string | null {
  const merges = changes.filter((c) => c.kind === 'merge' && isVietnameseUnit(c.from)).map((c) => c.date);
  return merges.length ? (merges.sort()[0] as string) : null;
}

/**
 * The last day of the timeline, and the day a reader lands on: today, or the last event if later.
 * The geography keeps changing after the last event (1 July 2025), and a reader looks at "now".
 *
 * @example timelineEnd(atlas, '2026-11-22') // '2026-11-22'
 */
export function timelineEnd(
  atlas: Pick<Atlas, 'dateRange'>,
  today = new Date().toISOString().slice(0, 10),
): string {
  return today > atlas.dateRange.end ? today : atlas.dateRange.end;
}

/**
 * The first day from which the opening view's state (no selection, no filter) stays as it is: the
 * last day an event starts or a unit changes. The build's picture, drawn for the timeline's end, shows
 * every day from it; an address asking an earlier day gets a picture of its own (public/theme.js reads
 * this day from the HTML, `data-from` on the picture, and shows the build's from it only).
 *
 * @example settledFrom(seedAtlas) // '2025-07-01' (the 2025 reform, after the last event)
 */
export function settledFrom(
  atlas: Pick<Atlas, 'events' | 'pairs' | 'adminChanges' | 'dateRange' | 'places'>,
): string {
  const end = timelineEnd(atlas);
  const days = [
    atlas.dateRange.start,
    ...atlas.events.map((e) => e.start),
    ...atlas.pairs.map((p) => p.start),
    ...atlas.adminChanges.map((c) => c.date),
    // (A unit's name is drawn from its first day to its last: `isValidAt`.)
    ...atlas.places.flatMap((p) => [p.validFrom ?? '', p.validTo ? dayAfter(p.validTo) : '']),
  ].filter((d) => d <= end);
  return days.reduce((a, b) => (b > a ? b : a));
}

export function geographyAt(day: string, changes: readonly AdminChange[]): Geography {
  const reform = reformDay(changes);
  return reform !== null && day >= reform ? 'vn34' : 'vn63';
}

export function passes(e: AtlasEvent, f: Filters): boolean {
  return (
    (f.countries.length === 0 || f.countries.includes(e.partnerCountry)) &&
    (f.kinds.length === 0 || f.kinds.includes(e.kind)) &&
    (f.domains.length === 0 || e.domains.some((d) => f.domains.includes(d)))
  );
}

/**
 * The arcs on the map on `day` in cumulative mode ("partnerships begun by this date"): a pair appears
 * with its first event that has started and passes the filters. Its ends are the units in force on
 * the day (Hà Giang's arcs start from Tuyên Quang from 1 July 2025; Limousin's partners are linked to
 * Nouvelle-Aquitaine from 1 January 2016); pairs that a merger brings onto one arc keep all their events.
 *
 * @example visibleArcs(atlas, '2019-01-01', NO_FILTERS) → [{id: 'VN-HN~KZ-AST', …}]
 */
export function visibleArcs(atlas: Atlas, day: string, filters: Filters = NO_FILTERS): VisibleArc[] {
  const events = indexOf(atlas);
  const arcs = new Map<string, VisibleArc>();
  for (const pair of atlas.pairs) {
    if (pair.start > day) continue;
    const begun = pair.events.filter((id) => {
      const e = events.event(id);
      return e !== undefined && e.start <= day && passes(e, filters);
    });
    if (begun.length === 0) continue;
    const vn = successorAt(pair.vn, day, atlas.adminChanges);
    const partner = successorAt(pair.partner, day, atlas.adminChanges);
    const id = arcId(vn, partner);
    const arc = arcs.get(id);
    if (arc) {
      arc.pairs.push(pair.id);
      arc.events = [...new Set([...arc.events, ...begun])].sort(
        (a, b) =>
          (events.event(a)?.start ?? '').localeCompare(events.event(b)?.start ?? '') || a.localeCompare(b),
      );
    } else arcs.set(id, { id, vn, partner, events: begun, pairs: [pair.id] });
  }
  return [...arcs.values()];
}
