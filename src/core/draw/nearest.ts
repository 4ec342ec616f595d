/** A point in screen pixels. */
export type Px = readonly [number, number];

/**
 * Distance (px) from a point to a polyline in screen pixels.
 *
 * @example distanceToLine([5, 5], [[0, 0], [10, 0]]) === 5
 */
export function distanceToLine(p: Px, line: readonly Px[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1] as Px;
    const [bx, by] = line[i] as Px;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / len2));
    best = Math.min(best, Math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy)));
  }
  if (line.length === 1) best = Math.hypot(p[0] - (line[0] as Px)[0], p[1] - (line[0] as Px)[1]);
  return best;
}

/** Picking rules, in CSS pixels. */
export const PICK_DEFAULTS = {
  /** Farthest a pointer or finger may be from an arc and still pick it. */
  radius: 14,
  /** Arcs this close to the nearest one are as likely meant: the reader is asked to choose. */
  tie: 3,
};

/**
 * What a pointer at `p` picks among candidate lines (already in screen pixels): the nearest within the
 * radius, or every line about as near when the nearest is not clearly the one (a chooser). Stable:
 * equal distances are ordered by id, and a chooser's lines are listed by id wherever the finger lands.
 *
 * @example pickNearest([0, 1], [{ id: 'a', line: [[0, 0], [9, 0]] }]) → { kind: 'one', id: 'a' }
 */
export function pickNearest(
  p: Px,
  candidates: readonly { id: string; line: readonly Px[] }[],
  o = PICK_DEFAULTS,
): { kind: 'none' } | { kind: 'one'; id: string } | { kind: 'several'; ids: string[]; nearest: string } {
  const near = candidates
    .map((c) => ({ id: c.id, d: distanceToLine(p, c.line) }))
    .filter((c) => c.d <= o.radius)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  const first = near[0];
  if (!first) return { kind: 'none' };
  const tied = near.filter((c) => c.d - first.d <= o.tie);
  // (The chooser's list in one order wherever the finger lands among them: by id.)
  return tied.length > 1
    ? { kind: 'several', ids: tied.map((c) => c.id).sort(), nearest: first.id }
    : { kind: 'one', id: first.id };
}
