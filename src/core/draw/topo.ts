import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * One object of a TopoJSON topology as GeoJSON; empty when the topology lacks it.
 *
 * @example layer(basemap, 'vn34').features.length // 34
 */
export function layer(topo: Topology, name: string): FeatureCollection {
  const obj = topo.objects[name] as GeometryCollection | undefined;
  return obj
    ? (feature(topo, obj) as unknown as FeatureCollection)
    : { type: 'FeatureCollection', features: [] };
}
