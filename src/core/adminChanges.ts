import type { AdminChange } from './atlas';

/** A dated change of a Vietnamese unit: `from` ceased the day before `date`; its territory went to `to`. */
export type { AdminChange };

/** Details of a unit created by changes: its names and the day it began. */
export interface NewUnit {
  id: string;
  from: string;
  names: { vi: string; fr: string; en: string };
  predecessors: string[];
}

/** The day before an ISO day (UTC calendar arithmetic). */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Which unit(s) held a place's territory on `day`, both ways:
 * - old → successor: a unit that had ceased by `day` answers its successor (following chains:
 *   Thừa Thiên Huế → Huế).
 * - new → predecessors: a unit that did not exist yet on `day` answers the units it was made of.
 * - otherwise the unit itself.
 *
 * @example holdersAt('VN-03', '2025-08-01', changes) → ['VN25-TUYEN-QUANG']
 * @example holdersAt('VN25-TUYEN-QUANG', '2024-01-01', changes) → ['VN-07', 'VN-03']
 */
export function holdersAt(id: string, day: string, changes: readonly AdminChange[]): string[] {
  const forward = changes.find((c) => c.from === id && c.date <= day);
  if (forward) return holdersAt(forward.to, day, changes);
  const backward = changes.filter((c) => c.to === id && day < c.date);
  if (backward.length > 0) return [...new Set(backward.flatMap((c) => holdersAt(c.from, day, changes)))];
  return [id];
}

/** The unit that holds `id`'s territory on `day` when that is a single unit (old → successor). */
export function successorAt(id: string, day: string, changes: readonly AdminChange[]): string {
  const forward = changes.find((c) => c.from === id && c.date <= day);
  return forward ? successorAt(forward.to, day, changes) : id;
}

/** Units created by the changes, each with the day it began and the units it was made of. */
export function newUnits(changes: readonly (AdminChange & { names: NewUnit['names'] })[]): NewUnit[] {
  const units = new Map<string, NewUnit>();
  for (const c of changes) {
    const u = units.get(c.to);
    if (u) u.predecessors.push(c.from);
    else units.set(c.to, { id: c.to, from: c.date, names: c.names, predecessors: [c.from] });
  }
  return [...units.values()];
}
