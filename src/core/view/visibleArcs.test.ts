import { describe, expect, it } from 'vitest';
// The golden output of the pipeline: the five reports as the page receives them.
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { geographyAt, NO_FILTERS, settledFrom, visibleArcs } from './visibleArcs';

const ids = (day: string, f = NO_FILTERS) =>
  visibleArcs(atlas, day, f)
    .map((a) => a.id)
    .sort();

describe('visibleArcs (cumulative)', () => {
  it('shows only Hanoi–Astana on 2019-01-01', () => {
    expect(ids('2019-01-01')).toEqual(['VN-HN~KZ-AST']);
  });

  it('adds the four Guangxi pairs on 2023-03-01', () => {
    expect(ids('2023-03-01')).toEqual([
      'VN-03~CN-GX',
      'VN-04~CN-GX',
      'VN-09~CN-GX',
      'VN-13~CN-GX',
      'VN-HN~KZ-AST',
    ]);
  });

  it('adds Quang Ninh–Hokkaido on 2023-12-01 and Bac Ninh–East Kazakhstan on 2024-12-01', () => {
    expect(ids('2023-12-01')).toContain('VN-13~JP-01');
    expect(ids('2024-12-01')).toHaveLength(7);
    expect(ids('2024-12-01')).toContain('VN-56~KZ-VOS');
  });

  it('places a month-precision event at the start of its month', () => {
    expect(ids('2024-10-31')).not.toContain('VN-56~KZ-VOS');
    expect(ids('2024-11-01')).toContain('VN-56~KZ-VOS');
  });

  it('starts arcs from the successor units after 1 July 2025', () => {
    expect(geographyAt('2025-06-30', atlas.adminChanges)).toBe('vn63');
    expect(geographyAt('2025-08-01', atlas.adminChanges)).toBe('vn34');
    const after = ids('2025-08-01');
    expect(after).toContain('VN25-TUYEN-QUANG~CN-GX');
    expect(after).toContain('VN25-BAC-NINH~KZ-VOS');
    expect(after).toContain('VN-13~CN-GX'); // Quảng Ninh was not merged
    expect(after).not.toContain('VN-03~CN-GX');
    const tq = visibleArcs(atlas, '2025-08-01').find((a) => a.id === 'VN25-TUYEN-QUANG~CN-GX');
    expect(tq).toMatchObject({
      pairs: ['VN-03~CN-GX'],
      events: ['2023-02-guangxi-spring-meeting', '2025-02-guangxi-spring-meeting'],
    });
  });

  it('lists later events on the same pair once they have begun', () => {
    const qn = (day: string) => visibleArcs(atlas, day).find((a) => a.id === 'VN-13~CN-GX')?.events;
    expect(qn('2024-01-01')).toEqual(['2023-02-guangxi-spring-meeting']);
    expect(qn('2025-03-01')).toEqual(['2023-02-guangxi-spring-meeting', '2025-02-guangxi-spring-meeting']);
  });

  it('filters by partner country, kind and domain', () => {
    expect(ids('2025-03-01', { countries: ['JP'], kinds: [], domains: [] })).toEqual(['VN-13~JP-01']);
    expect(ids('2025-03-01', { countries: [], kinds: ['twinning'], domains: [] })).toEqual(['VN-56~KZ-VOS']);
    expect(ids('2025-03-01', { countries: [], kinds: [], domains: ['agriculture'] })).toHaveLength(4);
  });
});

describe('settledFrom', () => {
  const state = (day: string) => ({
    arcs: visibleArcs(atlas, day).map((a) => `${a.id}:${a.events.join('+')}`),
    geography: geographyAt(day, atlas.adminChanges),
  });
  it('is the first day from which the opening view stays as it is: the seed data’s 2025 reform', () => {
    const from = settledFrom(atlas);
    expect(from).toBe('2025-07-01');
    for (const day of ['2025-07-01', '2026-01-01', '2030-06-30'])
      expect(state(day)).toEqual(state('2099-01-01'));
    expect(state('2025-06-30')).not.toEqual(state('2099-01-01'));
  });
  it('is the last event’s start where nothing changes after it', () => {
    const last = atlas.events
      .map((e) => e.start)
      .sort()
      .at(-1)!;
    const places = atlas.places.map(({ validFrom: _f, validTo: _t, ...p }) => p);
    expect(settledFrom({ ...atlas, adminChanges: [], places })).toBe(last);
    // A unit's name goes the day after its last.
    const ended = [{ ...places[0]!, validTo: '2025-12-31' }, ...places.slice(1)];
    expect(settledFrom({ ...atlas, adminChanges: [], places: ended })).toBe('2026-01-01');
  });
});
