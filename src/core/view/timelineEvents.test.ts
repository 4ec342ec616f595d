import { describe, expect, it } from 'vitest';
import { eventDays, eventHistogram, nextEventDay, previousEventDay } from './timelineEvents';

// The seed data's days: one in 2018, then nothing for four years.
const DAYS = eventDays(
  ['2018-11-21', '2023-02-22', '2023-11-17', '2024-11-01', '2025-02-14', '2023-02-22'].map((day) => ({
    day,
  })),
);

describe('event days', () => {
  it('are distinct and oldest first', () => {
    expect(DAYS).toEqual(['2018-11-21', '2023-02-22', '2023-11-17', '2024-11-01', '2025-02-14']);
  });

  it('step to the next event across empty years, and to none after the last', () => {
    expect(nextEventDay(DAYS, '2018-11-21')).toBe('2023-02-22');
    expect(nextEventDay(DAYS, '2019-06-01')).toBe('2023-02-22');
    expect(nextEventDay(DAYS, '2000-01-01')).toBe('2018-11-21');
    expect(nextEventDay(DAYS, '2025-02-14')).toBeNull();
  });

  it('step to the previous event, never to the current day, and to none before the first', () => {
    expect(previousEventDay(DAYS, '2023-02-22')).toBe('2018-11-21');
    expect(previousEventDay(DAYS, '2023-02-23')).toBe('2023-02-22');
    expect(previousEventDay(DAYS, '2026-12-01')).toBe('2025-02-14');
    expect(previousEventDay(DAYS, '2018-11-21')).toBeNull();
    expect(previousEventDay([], '2020-01-01')).toBeNull();
  });
});

describe('the event histogram', () => {
  it('counts events per year from the first bin to the last, empty years included', () => {
    const bins = eventHistogram(
      DAYS.map((day) => ({ day })),
      '2018-11-21',
      '2026-12-01',
      'year',
    );
    expect(bins.map((b) => [b.start.slice(0, 4), b.count])).toEqual([
      ['2018', 1],
      ['2019', 0],
      ['2020', 0],
      ['2021', 0],
      ['2022', 0],
      ['2023', 2],
      ['2024', 1],
      ['2025', 1],
      ['2026', 0],
    ]);
    expect(bins[0]).toEqual({ start: '2018-01-01', end: '2019-01-01', count: 1 });
  });

  it('counts events per month across a year end, and every event of 2,000 lands in a bin', () => {
    const bins = eventHistogram(
      [{ day: '2024-12-31' }, { day: '2025-01-01' }, { day: '2025-01-31' }],
      '2024-11-15',
      '2025-02-01',
      'month',
    );
    expect(bins.map((b) => `${b.start}:${b.count}`)).toEqual([
      '2024-11-01:0',
      '2024-12-01:1',
      '2025-01-01:2',
      '2025-02-01:0',
    ]);
    const many = Array.from({ length: 2_000 }, (_, i) => ({
      day: new Date(Date.UTC(1990, 0, 1 + i * 6)).toISOString().slice(0, 10),
    }));
    const total = eventHistogram(many, '1990-01-01', '2026-12-31', 'year').reduce((s, b) => s + b.count, 0);
    expect(total).toBe(2_000);
  });
});
