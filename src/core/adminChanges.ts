import type { AdminChange } from './atlas';

/**
 * A dated change of a unit, Vietnamese or a partner: `from` ceased the day before `date`; its territory
 * went to `to`.
 */
export type { AdminChange };

/** Details of a unit created by changes: its names and the day it began. */
export interface NewUnit {
  id: string;
  from: string;
  names: { vi: string; fr: string; en: string };
  predecessors: string[];
}

/** The day after an ISO day (UTC calendar arithmetic). */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether a unit id is Vietnamese (ISO 3166-2 `VN-…`, or `VN25-…` for the units of the 2025 reform):
 * the atlas's changes are Vietnam's (data/admin-changes.csv) and the partners' (the gazetteer's).
 */
export function isVietnameseUnit(id: string): boolean {
  return /^VN(25)?-/.test(id);
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
export function holdersAt(
  id: string,
  day: string,
  changes: readonly AdminChange[],
  seen: ReadonlySet<string> = new Set(),
): string[] {
  // `seen` stops a cycle (refused by the build with its lines: `adminChangeCycles`) from recursing for ever.
  if (seen.has(id)) return [id];
  const path = new Set(seen).add(id);
  const forward = changes.find((c) => c.from === id && c.date <= day);
  if (forward) return holdersAt(forward.to, day, changes, path);
  const backward = changes.filter((c) => c.to === id && day < c.date);
  if (backward.length > 0) {
    return [...new Set(backward.flatMap((c) => holdersAt(c.from, day, changes, path)))];
  }
  return [id];
}

/** The unit that holds `id`'s territory on `day` when that is a single unit (old → successor). */
export function successorAt(id: string, day: string, changes: readonly AdminChange[]): string {
  const seen = new Set<string>();
  for (;;) {
    if (seen.has(id)) return id; // a cycle: see `adminChangeCycles`
    seen.add(id);
    const forward = changes.find((c) => c.from === id && c.date <= day);
    if (!forward) return id;
    id = forward.to;
  }
}

/**
 * Whether `later` is `unit` or a unit its territory went to by a chain of changes, on any day.
 *
 * @example becomes('VN-03', 'VN25-TUYEN-QUANG', changes) === true; becomes('VN25-TUYEN-QUANG', 'VN-03', changes) === false
 */
export function becomes(unit: string, later: string, changes: readonly AdminChange[]): boolean {
  const seen = new Set<string>();
  for (let at: string | undefined = unit; at !== undefined && !seen.has(at);) {
    if (at === later) return true;
    seen.add(at);
    at = changes.find((c) => c.from === at)?.to;
  }
  return false;
}

/**
 * The cycles of the changes (a unit that, by a chain of changes, becomes its own successor), each as
 * the changes that form it; a self-loop (`from` = `to`) is a cycle of one. Empty for sound data.
 *
 * @example adminChangeCycles([{from: 'A', to: 'B', …}, {from: 'B', to: 'A', …}]) → [[A→B, B→A]]
 */
export function adminChangeCycles<C extends AdminChange>(changes: readonly C[]): C[][] {
  const out = new Map<string, C[]>();
  for (const c of changes) out.set(c.from, [...(out.get(c.from) ?? []), c]);
  const finished = new Set<string>();
  const cycles: C[][] = [];
  for (const start of out.keys()) {
    if (finished.has(start)) continue;
    // Depth-first without recursion; `path` holds the changes from `start` to the unit on top.
    const path: C[] = [];
    const onPath = new Map<string, number>([[start, 0]]);
    const stack: { id: string; edges: C[]; next: number }[] = [
      { id: start, edges: out.get(start) ?? [], next: 0 },
    ];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const edge = top.edges[top.next++];
      if (!edge) {
        stack.pop();
        onPath.delete(top.id);
        finished.add(top.id);
        path.pop();
        continue;
      }
      const at = onPath.get(edge.to);
      if (at !== undefined) cycles.push([...path.slice(at), edge]);
      else if (!finished.has(edge.to)) {
        path.push(edge);
        onPath.set(edge.to, path.length);
        stack.push({ id: edge.to, edges: out.get(edge.to) ?? [], next: 0 });
      }
    }
  }
  return cycles;
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
