import { describe, expect, it } from 'vitest';
import { playbackDay } from './playback';

const DAYS = ['2018-11-21', '2023-02-22', '2023-11-17', '2024-11-01', '2025-02-14'];
const END = '2026-12-01';

describe('playback', () => {
  it('moves six times faster across a stretch with no event ahead', () => {
    expect(playbackDay('2019-01-01', 10, DAYS, END)).toBe('2019-03-02');
  });

  it('slows to the normal pace before the next event, so the event is not skipped', () => {
    // 45 days before 22 February 2023 is 8 January 2023.
    expect(playbackDay('2022-12-20', 10, DAYS, END)).toBe('2023-01-08');
    expect(playbackDay('2023-01-10', 10, DAYS, END)).toBe('2023-01-20');
    expect(playbackDay('2023-02-20', 10, DAYS, END)).toBe('2023-03-02');
  });

  it('spends far less of a 20-second play on the empty years of the seed data', () => {
    const span = (Date.parse(END) - Date.parse(DAYS[0] as string)) / 86_400_000;
    const perFrame = span / 20 / 60; // ×1: the whole span in 20 s at 60 frames a second
    let day = DAYS[0] as string;
    let frames = 0;
    let empty = 0;
    while (day < END) {
      if (day > '2019-01-01' && day < '2023-01-01') empty++;
      day = playbackDay(day, perFrame, DAYS, END);
      frames++;
    }
    expect(empty / 60).toBeLessThan(2.5); // was 10 s of the 20
    expect(frames / 60).toBeLessThan(12);
  });

  it('never passes the end, and always moves at least a day', () => {
    expect(playbackDay('2026-11-30', 500, DAYS, END)).toBe(END);
    expect(playbackDay('2023-02-22', 0.1, DAYS, END)).toBe('2023-02-23');
  });
});
