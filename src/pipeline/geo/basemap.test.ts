import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildFrom } from '../testData';

/** Checks on the committed output of `npm run geo:refresh` (data/geo/basemap.topo.json). */
const topo = JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as Topology;
type Area = Feature<Polygon | MultiPolygon, { id?: string; cc?: string; lon?: number; lat?: number }>;
const layer = (name: string) =>
  (feature(topo, topo.objects[name] as GeometryCollection) as unknown as { features: Area[] }).features;
const byId = (name: string, id: string) =>
  layer(name).find((f) => (f.properties.id ?? f.properties.cc) === id);
const atlas = buildFrom(readFileSync('src/pipeline/fixtures/in/five-reports.csv', 'utf8')).atlas;
const places = atlas?.places ?? [];
const inside = (name: string, id: string, lonlat: [number, number]) => {
  const f = byId(name, id);
  return f !== undefined && booleanPointInPolygon(lonlat, f);
};

describe('basemap', () => {
  it('has every object the page draws', () => {
    expect(Object.keys(topo.objects).sort()).toEqual([
      'archipelagos',
      'borders',
      'countries',
      'regions',
      'vn34',
      'vn63',
    ]);
  });

  it('draws the 63 units before 1 July 2025 and the 34 after, with the ids of the atlas', () => {
    const ids = (name: string) =>
      layer(name)
        .map((f) => f.properties.id)
        .sort();
    const vn = places.filter((p) => p.country === 'VN' && p.level === 'province');
    expect(ids('vn63')).toEqual(
      vn
        .filter((p) => !p.validFrom || p.validFrom <= '2024-06-01')
        .filter((p) => !p.validTo || p.validTo >= '2024-06-01')
        .map((p) => p.id)
        .sort(),
    );
    expect(ids('vn34')).toHaveLength(34);
    expect(ids('vn34')).toEqual(
      vn
        .filter((p) => !p.validTo)
        .map((p) => p.id)
        .sort(),
    );
  });

  it("puts every Vietnamese unit's label point inside its own shape, in both eras", () => {
    const outside: string[] = [];
    for (const p of places.filter((q) => q.country === 'VN' && q.level === 'province')) {
      const era = p.validTo || p.id === 'VN-26' ? 'vn63' : p.validFrom ? 'vn34' : 'vn63';
      // VN-26 (Thừa Thiên Huế) and VN25-HUE share one territory; the 34-unit layer holds the latter.
      const shape = p.id === 'VN25-HUE' ? 'vn34' : era;
      if (!inside(shape, p.id, [p.lon, p.lat])) outside.push(p.id);
    }
    expect(outside).toEqual([]);
  });

  it("puts the partner regions' label points inside their shapes", () => {
    for (const id of ['CN-GX', 'JP-01', 'KZ-VOS', 'KZ-AST']) {
      const p = places.find((q) => q.id === id);
      expect(p && inside('regions', id, [p.lon, p.lat]), id).toBe(true);
    }
  });

  it('shows Hoàng Sa as part of Đà Nẵng and Trường Sa as part of Khánh Hòa, in Vietnam', () => {
    const arch = layer('archipelagos');
    const hs = arch.find((f) => f.properties.id === 'hoang-sa');
    const ts = arch.find((f) => f.properties.id === 'truong-sa');
    expect(hs?.properties).toMatchObject({ vi: 'Quần đảo Hoàng Sa', province63: 'VN-DN' });
    expect(ts?.properties).toMatchObject({ vi: 'Quần đảo Trường Sa', province63: 'VN-34' });
    // A vertex of each archipelago's own outline (its label point lies at sea between the islands).
    const vertex = (f: Area | undefined) => {
      const g = f?.geometry;
      const ring = g?.type === 'Polygon' ? g.coordinates[0] : g?.coordinates[0]?.[0];
      return (ring?.[0] ?? [0, 0]) as [number, number];
    };
    const paracel = vertex(hs);
    const spratly = vertex(ts);
    expect(paracel[0]).toBeGreaterThan(110);
    expect(spratly[1]).toBeLessThan(12);
    expect(inside('vn63', 'VN-DN', paracel)).toBe(true);
    expect(inside('vn34', 'VN25-DA-NANG', paracel)).toBe(true);
    expect(inside('vn63', 'VN-34', spratly)).toBe(true);
    expect(inside('vn34', 'VN25-KHANH-HOA', spratly)).toBe(true);
    expect(inside('countries', 'VN', paracel)).toBe(true);
    expect(inside('countries', 'CN', paracel)).toBe(false);
  });
});
