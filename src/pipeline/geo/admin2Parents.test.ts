import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../core/types';
import { addAdmin2Parents, admin2Ids } from './admin2Parents';

const place = (id: string, level: GazetteerPlace['level'], country: string): GazetteerPlace => ({
  id,
  level,
  country,
  lon: 0,
  lat: 0,
  names: { vi: id, fr: id, en: id },
});
/** One cities500 line: id, name, …, country (8), admin1 (10), admin2 (11), …, population (14). */
const line = (id: string, country: string, admin2: string) =>
  [id, 'X', 'X', '', '0', '0', 'P', 'PPL', country, '', '11', admin2, '', '', '20000'].join('\t');

describe('addAdmin2Parents', () => {
  it('puts each city inside the unit its admin2 code names, where the codes are the units’ ids', () => {
    const units = [place('FR-93', 'region', 'FR'), place('FR-75', 'region', 'FR')];
    const cities = Array.from({ length: 20 }, (_, i) => place(`gn:${i}`, 'city', 'FR'));
    const codes = admin2Ids(cities.map((c, i) => line(c.id.slice(3), 'FR', i % 2 ? '93' : '75')).join('\n'));
    expect(addAdmin2Parents(cities, units, codes)).toEqual(['FR']);
    expect(cities[1]?.parents).toEqual(['FR-93']);
    expect(cities[2]?.parents).toEqual(['FR-75']);
  });

  it('leaves a country alone where the codes are other numbers that only match by chance', () => {
    const units = [place('PH-01', 'region', 'PH')];
    const cities = Array.from({ length: 40 }, (_, i) => place(`gn:${i}`, 'city', 'PH'));
    // One city in forty has a code that happens to be a unit's id.
    const codes = admin2Ids(
      cities.map((c, i) => line(c.id.slice(3), 'PH', i === 0 ? '01' : `9${i}`)).join('\n'),
    );
    expect(addAdmin2Parents(cities, units, codes)).toEqual([]);
    expect(cities[0]?.parents).toBeUndefined();
  });

  it('adds to the parents a city has, once', () => {
    const units = [place('IT-MI', 'region', 'IT')];
    const cities = Array.from({ length: 20 }, (_, i) => ({
      ...place(`gn:${i}`, 'city', 'IT'),
      parents: ['x'],
    }));
    const codes = admin2Ids(cities.map((c) => line(c.id.slice(3), 'IT', 'MI')).join('\n'));
    addAdmin2Parents(cities, units, codes);
    addAdmin2Parents(cities, units, codes);
    expect(cities[0]?.parents).toEqual(['x', 'IT-MI']);
  });
});
