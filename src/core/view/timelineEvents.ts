/**
 * What the timeline knows of the events: their days, sorted, for the previous/next-event steps, the
 * density histogram and playback across empty stretches. Days are ISO calendar days (YYYY-MM-DD),
 * which sort as text.
 */

/** Distinct event days, oldest first. */
export function eventDays(events: readonly { day: string }[]): string[] {
  return [...new Set(events.map((e) => e.day))].sort();
}

/** Index of the first day after `day` in sorted `days` (binary search: 2,000 events, every frame). */
function firstAfter(days: readonly string[], day: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as string) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first event day after `day`, however far (empty years are skipped), or null after the last.
 *
 * @example nextEventDay(['2018-11-21', '2023-02-22'], '2019-01-01') === '2023-02-22'
 */
export function nextEventDay(days: readonly string[], day: string): string | null {
  return days[firstAfter(days, day)] ?? null;
}

/**
 * The last event day before `day`, or null before the first.
 *
 * @example previousEventDay(['2018-11-21', '2023-02-22'], '2023-02-22') === '2018-11-21'
 */
export function previousEventDay(days: readonly string[], day: string): string | null {
  let i = firstAfter(days, day) - 1;
  if (days[i] === day) i--;
  return i >= 0 ? (days[i] as string) : null;
}

export interface Bin {
  /** First day of the bin (1 January or the first of the month). */
  start: string;
  /** First day of the next bin. */
  end: string;
  count: number;
}

const next = (start: string, unit: 'year' | 'month'): string => {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  if (unit === 'year') return `${y + 1}-01-01`;
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/**
 * Events per year (or month) from the bin holding `start` to the one holding `end`, empty bins
 * included: the density the timeline draws above its axis.
 *
 * @example eventHistogram(['2019-03-02', '2019-07-01', '2021-01-01'], '2019-01-01', '2021-12-31', 'year')
 *   → [{start:'2019-01-01', end:'2020-01-01', count:2}, {…2020…, count:0}, {…2021…, count:1}]
 */
export function eventHistogram(
  events: readonly { day: string }[],
  start: string,
  end: string,
  unit: 'year' | 'month',
): Bin[] {
  const key = (d: string) => (unit === 'year' ? `${d.slice(0, 4)}-01-01` : `${d.slice(0, 7)}-01`);
  const counts = new Map<string, number>();
  for (const e of events) counts.set(key(e.day), (counts.get(key(e.day)) ?? 0) + 1);
  const bins: Bin[] = [];
  for (let s = key(start); s <= end; s = next(s, unit)) {
    bins.push({ start: s, end: next(s, unit), count: counts.get(s) ?? 0 });
  }
  return bins;
}
