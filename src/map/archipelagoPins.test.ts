import { readFileSync } from 'node:fs';
import type { Map as MlMap } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { archipelagoPins } from './archipelagoPins';

const topo = JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as Topology;

/** A map 800 × 600 px at zoom 4 around the South China Sea, whose archipelagos' source records its data. */
function mapWithSource() {
  const written: { features: { properties: Record<string, unknown> }[] }[] = [];
  const map = {
    isMoving: () => false,
    getSource: () => ({ setData: (d: (typeof written)[number]) => written.push(d) }),
    project: ([lon, lat]: [number, number]) => ({ x: 400 + (lon - 110) * 20, y: 300 - (lat - 14) * 20 }),
    getZoom: () => 4,
    getProjection: () => ({ type: 'mercator' }),
    getCenter: () => ({ lng: 110, lat: 14 }),
    getContainer: () => ({ clientWidth: 800, clientHeight: 600 }),
  };
  return { map: map as unknown as MlMap, written };
}

describe('archipelagoPins', () => {
  it('pins each archipelago’s name to its position with the name in the page’s language', () => {
    const { map, written } = mapWithSource();
    archipelagoPins(
      map,
      topo,
      'en',
      () => 1,
      () => null,
      () => [],
    ).pin();
    // (Re-set, the layer's data keeps the name its `text-field` reads: without it, both names went.)
    expect(written).toHaveLength(1);
    const props = written[0]!.features.map((f) => f.properties);
    expect(props.map((p) => p.name)).toEqual(['Hoàng Sa (Paracels)', 'Trường Sa (Spratlys)']);
    expect(props.every((p) => typeof p.at === 'string')).toBe(true);
  });
});
