import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../core/types';
import { dropGroupNames } from './groups';

const place = (id: string, en: string, alt: string[], parents?: string[]): GazetteerPlace => ({
  id,
  level: 'region',
  country: 'ES',
  lon: 2,
  lat: 41.6,
  names: { vi: en, fr: en, en },
  alt,
  ...(parents ? { parents } : {}),
});

describe('dropGroupNames', () => {
  it('takes a group’s names from the other names of its units, not a unit’s own', () => {
    const catalonia = place('ES-CT', 'Catalonia', ['Catalunya', 'Cataluña']);
    const barcelona = place('ES-B', 'Barcelona', ['Provincia de Barcelona', 'Cataluna'], ['ES-CT']);
    // A unit that bears its group's name itself keeps it (a guard: a one-province community is no
    // group record, `extraNames`, so today's data has none).
    const same = place('ES-S', 'Cantabria', ['Cantabria', 'Santander'], ['ES-CB']);
    const cantabria = place('ES-CB', 'Cantabria', []);
    // Not a group of its: kept.
    const other = place('ES-GI', 'Girona', ['Provincia de Girona', 'Cataluña']);
    const units = [barcelona, same, other];
    expect(dropGroupNames(units, [catalonia, cantabria])).toBe(1);
    expect(barcelona.alt).toEqual(['Provincia de Barcelona']);
    expect(same.alt).toEqual(['Cantabria', 'Santander']);
    expect(other.alt).toEqual(['Provincia de Girona', 'Cataluña']);
  });
});
