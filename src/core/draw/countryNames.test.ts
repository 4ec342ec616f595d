import { readFileSync } from 'node:fs';
import type { GeometryCollection, Topology } from 'topojson-specification';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { layer } from './topo';
import { WIDE_LAYOUT } from './boxLayout';
import { layoutPictureSvg } from './layoutPicture';
import { LANGS } from '../i18n';
import { timelineEnd } from '../view/visibleArcs';
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

  it('puts every country’s name on the country (Viet Nam’s centroid is in Laos, Haiti’s in its bay)', () => {
    const off = layer(topo, 'countries').features.flatMap((f) => {
      const cc = String(f.properties?.cc ?? '');
      // (Two countries a few pixels across at any of the map's zooms, whose simplified shapes miss
      // their own centroid: the Vatican, and Chagos' atoll.)
      if (!f.geometry || ['VA', 'IO'].includes(cc)) return [];
      const p = countryNames(topo, [{ cc, name: cc }])[0];
      if (!p) return [];
      const lon = p.lon > 180 ? p.lon - 360 : p.lon;
      return booleanPointInPolygon([lon, p.lat], f as Parameters<typeof booleanPointInPolygon>[1])
        ? []
        : [`${cc} ${lon.toFixed(1)} ${p.lat.toFixed(1)}`];
    });
    expect(off).toEqual([]);
    expect(layer(topo, 'countries').features.length).toBeGreaterThan(200);
  });

  it('names Viet Nam on the seed data’s wide picture in every class of box, in every language', () => {
    const day = timelineEnd(atlas);
    for (const lang of LANGS) {
      const name = namedCountries(atlas, lang)
        .find((c) => c.cc === 'VN')!
        .name.toLocaleUpperCase();
      const svg = layoutPictureSvg(atlas, topo, WIDE_LAYOUT, { lang, day });
      // (The main map's sets of words, before the close-up's.)
      const main = svg.slice(0, svg.indexOf('<svg class="close-up"'));
      const starts = [...main.matchAll(/<g class="([\w-]+)">/g)].map((m) => ({ at: m.index, id: m[1]! }));
      expect(starts.map((s) => s.id).sort()).toEqual(WIDE_LAYOUT.sets.map((s) => s.id).sort());
      const unnamed = starts
        .filter((s, i) => !main.slice(s.at, starts[i + 1]?.at ?? main.length).includes(name))
        .map((s) => s.id);
      expect(unnamed, `${lang}: the sets that leave out ${name}`).toEqual([]);
    }
  });
});
