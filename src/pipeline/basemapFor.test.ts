import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { basemapFor, readWorldRegions } from './basemapFor';
import { buildFrom, FIXTURES } from './testData';

const basemap = JSON.parse(readFileSync(join(FIXTURES.geo, 'basemap.topo.json'), 'utf8')) as Topology;
const world = readWorldRegions(FIXTURES.geo);
const seed = readFileSync(FIXTURES.seed, 'utf8');
const [header = '', first = ''] = seed.split('\n');
/** The seed's first row with another partner (and id), as a journalist would add one. */
const withPartner = (id: string, place: string, country: string) =>
  `${header}\n${first.replace('2018-11-hanoi-astana,', `${id},`).replace(',Astana,Kazakhstan,', `,${place},${country},`)}\n`;
const ids = (t: Topology) =>
  (t.objects.regions as { geometries: { properties?: { id?: string } }[] }).geometries.map(
    (g) => g.properties?.id,
  );

describe('basemapFor', () => {
  it('keeps the committed basemap as it is when it already holds every partner region', () => {
    const atlas = buildFrom(seed).atlas;
    if (!atlas) throw new Error('seed fixture does not build');
    const r = basemapFor(basemap, world, atlas);
    expect(r.topology).toBe(basemap);
    expect(r.missing).toEqual([]);
  });

  it('adds the shape of the region a partner’s arcs are drawn to after it ceased (Limousin → Nouvelle-Aquitaine)', () => {
    // (The seed's first row is of 21 November 2018: Limousin, which ceased in 2015, is named in 2010.)
    const row = withPartner('2010-hanoi-limousin', 'Limousin', 'France').replace(
      ',2018-11-21,',
      ',2010-05-12,',
    );
    const atlas = buildFrom(row).atlas;
    if (!atlas) throw new Error('row does not build');
    const r = basemapFor(basemap, world, atlas);
    expect(r.added).toEqual(expect.arrayContaining(['FR-L', 'FR-NAQ']));
    expect(r.missing).toEqual([]);
  });

  it('adds the shape of a partner region of a country the basemap never drew (Brittany), and only that', () => {
    const atlas = buildFrom(withPartner('2019-01-hanoi-bretagne', 'Bretagne', 'France')).atlas;
    if (!atlas) throw new Error('row does not build');
    expect(ids(basemap)).not.toContain('FR-BRE');
    const r = basemapFor(basemap, world, atlas);
    expect(r.added).toEqual(['FR-BRE']);
    expect(ids(r.topology).filter((id) => id?.startsWith('FR-'))).toEqual(['FR-BRE']);
    // A real shape, in the right place: its box is around Brittany (about 5° W – 1° W, 47° N – 49° N).
    const f = feature(r.topology, r.topology.objects.regions as never) as unknown as {
      features: { properties: { id: string }; geometry: { coordinates: number[][][][] | number[][][] } }[];
    };
    const bre = f.features.find((x) => x.properties.id === 'FR-BRE');
    const pts =
      JSON.stringify(bre?.geometry.coordinates)
        .match(/-?\d+\.?\d*/g)
        ?.map(Number) ?? [];
    const lons = pts.filter((_, i) => i % 2 === 0);
    const lats = pts.filter((_, i) => i % 2 === 1);
    expect(Math.min(...lons)).toBeGreaterThan(-6);
    expect(Math.max(...lons)).toBeLessThan(-0.9);
    expect(Math.min(...lats)).toBeGreaterThan(46.9);
    expect(Math.max(...lats)).toBeLessThan(49);
  });

  it('lists a partner region without any shape with the events that name it', () => {
    const atlas = buildFrom(
      withPartner('2024-01-hanoi-abai', 'Abai', 'Kazakhstan').replace('2018-11-21', '2024-01-10'),
    ).atlas;
    if (!atlas) throw new Error('row does not build');
    const r = basemapFor(basemap, world, atlas);
    expect(r.missing).toEqual([{ id: 'KZ-10', name: 'Abai', events: ['2024-01-hanoi-abai'] }]);
  });
});
