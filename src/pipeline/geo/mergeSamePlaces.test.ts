import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../core/types';
import { seatNamesToUnits } from './mergeSamePlaces';

const place = (
  id: string,
  level: GazetteerPlace['level'],
  en: string,
  extra: Partial<GazetteerPlace> = {},
) => ({
  id,
  level,
  country: 'KH',
  lon: 0,
  lat: 0,
  names: { vi: en, fr: en, en },
  admin1: 'KH.03',
  ...extra,
});

describe('seatNamesToUnits', () => {
  it("gives a unit named after its seat the seat's other spellings, as second-tier names", () => {
    const unit: GazetteerPlace = place('KH-4', 'region', 'Kampong Chhnang');
    const seat = place('gn:1', 'city', 'Kampong Chhnang', { feature: 'PPLA', alt2: ['Kompong Chhnang'] });
    expect(seatNamesToUnits([unit], [seat])).toBe(1);
    expect(unit.alt2).toEqual(['Kompong Chhnang']);
  });

  it('gives nothing where the seat bears another name, or is no seat', () => {
    const unit: GazetteerPlace = place('JP-17', 'region', 'Ishikawa');
    const seat = place('gn:2', 'city', 'Kanazawa', { feature: 'PPLA', alt2: ['Kanasawa'] });
    const town = place('gn:3', 'city', 'Ishikawa', { feature: 'PPL', alt2: ['Isikawa'] });
    expect(seatNamesToUnits([unit], [seat, town])).toBe(0);
    expect(unit.alt2).toBeUndefined();
  });
});
