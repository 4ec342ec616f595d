import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../core/types';
import { applyIsoRecodes, type CldrContainment } from './isoCodes';
import { ISO_RECODES } from './corrections';

const unit = (id: string): GazetteerPlace => ({
  id,
  level: 'region',
  country: id.slice(0, 2),
  lon: 0,
  lat: 0,
  names: { vi: id, fr: id, en: id },
});
const cldr = (codes: string[]): CldrContainment => ({
  supplemental: { subdivisionContainment: { KZ: { _contains: codes } } },
});
const allCurrent = Object.values(ISO_RECODES).map((c) => c.toLowerCase().replace('-', ''));

describe('applyIsoRecodes', () => {
  it('writes the current ISO code of each recoded unit and keeps its atlas id', () => {
    const places = [...Object.keys(ISO_RECODES).map(unit), unit('KZ-10')];
    const r = applyIsoRecodes(places, cldr([...allCurrent, 'kz10']));
    expect(r.recoded).toBe(Object.keys(ISO_RECODES).length);
    expect(places.find((p) => p.id === 'KZ-VOS')?.iso).toBe('KZ-63');
    expect(places.find((p) => p.id === 'KZ-10')?.iso).toBeUndefined();
  });

  it('stops the refresh when a current code is not in CLDR’s subdivision list', () => {
    const places = Object.keys(ISO_RECODES).map(unit);
    expect(() => applyIsoRecodes(places, cldr(allCurrent.filter((c) => c !== 'kz63')))).toThrow(/KZ-63/);
  });

  it('stops the refresh when a recoded id is not in the gazetteer', () => {
    const places = Object.keys(ISO_RECODES)
      .filter((id) => id !== 'KZ-KZY')
      .map(unit);
    expect(() => applyIsoRecodes(places, cldr(allCurrent))).toThrow(/KZ-KZY/);
  });

  it('lists the first-level ids CLDR does not know', () => {
    const places = [...Object.keys(ISO_RECODES).map(unit), unit('LV-084')];
    expect(applyIsoRecodes(places, cldr(allCurrent)).notInCldr).toEqual(['LV-084']);
  });
});
