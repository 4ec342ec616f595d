import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { countsOf } from './counts';
import { NO_FILTERS, visibleArcs } from './visibleArcs';

const at = (day: string, f = NO_FILTERS) => countsOf(atlas, visibleArcs(atlas, day, f));

describe('countsOf', () => {
  it('counts the four-province Guangxi meeting as one event and four links', () => {
    expect(at('2023-03-01')).toEqual({ events: 2, signed: 1, links: 5, vn: 5, partners: 2 });
  });

  it('counts as signed only what the data says was signed (Hanoi–Astana: no agreement)', () => {
    expect(at('2019-01-01')).toMatchObject({ events: 1, signed: 0 });
  });

  it('counts Hà Giang as the unit that signed after the merger, and the events once', () => {
    expect(at('2025-08-01')).toEqual({ events: 5, signed: 3, links: 7, vn: 6, partners: 4 });
  });

  it('counts only the events that pass the filters', () => {
    expect(at('2025-08-01', { ...NO_FILTERS, countries: ['JP'] })).toEqual({
      events: 1,
      signed: 1,
      links: 1,
      vn: 1,
      partners: 1,
    });
  });
});
