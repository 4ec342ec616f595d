import { nextEventDay } from './timelineEvents';

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const between = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY_MS;

/** How playback crosses stretches without events (defaults, merged once). */
export const PLAYBACK = {
  /** Times faster across a stretch with no event ahead. */
  gapSpeedup: 6,
  /** Days before the next event at which playback is back to its normal pace, in days. */
  lead: 45,
};

/**
 * The day playback shows after `days` days of normal progress from `day`. Across a stretch with no
 * event ahead it moves `gapSpeedup` times faster and slows to the normal pace `lead` days before the
 * next event, so a reader does not watch empty years (the seed data: 2019–2023) at the pace of busy
 * ones. Never past `end`.
 *
 * @example playbackDay('2019-01-01', 10, ['2023-02-22'], '2026-12-01') === '2019-03-02' // 60 days
 */
export function playbackDay(
  day: string,
  days: number,
  eventDays: readonly string[],
  end: string,
  opts = PLAYBACK,
): string {
  const target = nextEventDay(eventDays, day) ?? end;
  const slowFrom = addDays(target, -opts.lead);
  let step = days;
  if (day < slowFrom) step = Math.max(days, Math.min(days * opts.gapSpeedup, between(day, slowFrom)));
  const next = addDays(day, Math.max(1, Math.round(step)));
  return next > end ? end : next;
}
