import { readFileSync } from 'node:fs';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { countryNames, namedCountries, withCountryPoints } from './countryNames';

const topo = JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as Topology;
const props = (t: Topology, cc: string) =>
  (t.objects.countries as GeometryCollection).geometries.find(
    (g) => (g.properties as { cc?: string } | undefined)?.cc === cc,
  )?.properties as { lp?: number[] } | undefined;

describe('country names (the live map’s and the pictures’)', () => {
  it('names Vietnam’s neighbours and every partner’s country, in the reader’s language', () => {
    expect(namedCountries(atlas, 'fr').map((c) => c.cc)).toEqual(
      expect.arrayContaining(['VN', 'CN', 'LA', 'KH', 'TH', 'KZ', 'JP']),
    );
    expect(namedCountries(atlas, 'vi').find((c) => c.cc === 'JP')?.name).toBe('Nhật Bản');
    expect(countryNames(topo, [{ cc: 'JP', name: 'Japon' }])[0]?.name).toBe('JAPON');
  });

  it('reads the label points the build writes into the basemap, the same as measured on the shapes', () => {
    const withPoints = withCountryPoints(topo, ['CN', 'US']);
    expect(props(withPoints, 'CN')?.lp).toHaveLength(2);
    expect(props(withPoints, 'FR')?.lp).toBeUndefined();
    const names = [
      { cc: 'CN', name: 'Chine' },
      { cc: 'US', name: 'États-Unis' },
    ];
    const measured = countryNames(topo, names);
    const written = countryNames(withPoints, names);
    for (const [i, m] of measured.entries()) {
      expect(written[i]!.lon).toBeCloseTo(m.lon, 1);
      expect(written[i]!.lat).toBeCloseTo(m.lat, 1);
    }
    // The United States' name goes east of the Pacific, as its places do (`placeLon`).
    expect(written[1]!.lon).toBeGreaterThan(180);
    // What is written is what is read (not measured again).
    props(withPoints, 'CN')!.lp = [100, 30];
    expect(countryNames(withPoints, names)[0]).toMatchObject({ lon: 100, lat: 30 });
  });
});
