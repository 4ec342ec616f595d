import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { countsOf, reachOf } from './counts';
import { NO_FILTERS, visibleArcs } from './visibleArcs';

const at = (day: string, f = NO_FILTERS) => countsOf(atlas, visibleArcs(atlas, day, f));

describe('countsOf', () => {
  it('counts the four-province Guangxi meeting as one event and four links', () => {
    expect(at('2023-03-01')).toEqual({
      events: 2,
      signed: 1,
      links: 5,
      vn: 5,
      partners: 2,
      vnDrawn: 5,
      partnersDrawn: 2,
    });
  });

  it('counts as signed only what the data says was signed (Hanoi–Astana: no agreement)', () => {
    expect(at('2019-01-01')).toMatchObject({ events: 1, signed: 0 });
  });

  it('counts Hà Giang as the unit that signed after the merger, and the events once', () => {
    // (Drawn as six units too: Hà Giang as the new Tuyên Quang, the old Bắc Ninh as the new one.)
    expect(at('2025-08-01')).toEqual({
      events: 5,
      signed: 3,
      links: 7,
      vn: 6,
      partners: 4,
      vnDrawn: 6,
      partnersDrawn: 4,
    });
  });

  it('counts only the events that pass the filters', () => {
    expect(at('2025-08-01', { ...NO_FILTERS, countries: ['JP'] })).toMatchObject({
      events: 1,
      signed: 1,
      links: 1,
      vn: 1,
      partners: 1,
    });
  });
});

describe('reachOf', () => {
  const reach = (day: string, id: string) => reachOf(atlas, visibleArcs(atlas, day), id);

  it('counts a Vietnamese unit’s partners and their countries on the day', () => {
    expect(reach('2023-03-01', 'VN-13')).toEqual({ kind: 'vn', partners: 1, countries: 1 });
    expect(reach('2025-08-01', 'VN-13')).toEqual({ kind: 'vn', partners: 2, countries: 2 });
  });

  it('counts a partner country’s partners and the Vietnamese units they are linked to', () => {
    expect(reach('2025-08-01', 'KZ')).toEqual({ kind: 'country', links: 2, partners: 2, units: 2 });
    expect(reach('2019-01-01', 'KZ')).toEqual({ kind: 'country', links: 1, partners: 1, units: 1 });
    expect(reach('2019-01-01', 'JP')).toBeNull();
    // China: four links (its flow's count, "Chine · 4") to one partner, Guangxi, from four provinces.
    expect(reach('2023-03-01', 'CN')).toEqual({ kind: 'country', links: 4, partners: 1, units: 4 });
  });

  it('counts a partner’s Vietnamese units, and nothing for a place without arcs', () => {
    expect(reach('2023-03-01', 'CN-GX')).toEqual({ kind: 'partner', units: 4 });
    expect(reach('2019-01-01', 'CN-GX')).toBeNull();
    expect(reach('2025-08-01', 'XX-NOPE')).toBeNull();
  });

  it('counts the partners of a unit that has ceased through its own pairs (Hà Giang after 2025)', () => {
    expect(reach('2025-08-01', 'VN-03')).toEqual({ kind: 'vn', partners: 1, countries: 1 });
  });
});
