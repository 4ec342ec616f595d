import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { AtlasPlace } from '../core/atlas';
import { MAP_THEME } from '../core/theme';
import { layer as geo } from '../core/topo';

/** Filter of the province labels for one geography: the units in force on a day of it. */
export function provinceLabelFilter(day: string): ExpressionSpecification {
  return [
    'all',
    ['==', ['get', 'level'], 'province'],
    ['any', ['==', ['get', 'from'], ''], ['<=', ['get', 'from'], day]],
    ['any', ['==', ['get', 'to'], ''], ['>=', ['get', 'to'], day]],
  ];
}

/** Label points of places as a GeoJSON source (names in the reader's language). */
export function labelPoints(places: readonly AtlasPlace[], lang: 'vi' | 'fr' | 'en'): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      id: undefined,
      properties: {
        id: p.id,
        name: p.names[lang],
        level: p.level,
        from: p.validFrom ?? '',
        to: p.validTo ?? '',
      },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    })),
  };
}

/**
 * The self-hosted style: no tiles, no glyph server (labels use the self-hosted Be Vietnam Pro through
 * MapLibre's local-font rendering), no request that leaves the site. Province and region sources
 * promote their `id` so the page can highlight with feature-state instead of re-tiling.
 */
export function basemapStyle(topo: Topology, labels: FeatureCollection): StyleSpecification {
  const t = MAP_THEME;
  const active: ExpressionSpecification = ['boolean', ['feature-state', 'active'], false];
  const unitColor: ExpressionSpecification = ['case', active, t.activeFill, t.vnFill];
  const archLabels: FeatureCollection = {
    type: 'FeatureCollection',
    features: geo(topo, 'archipelagos').features.map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: { type: 'Point', coordinates: [Number(f.properties?.lon), Number(f.properties?.lat)] },
    })),
  };
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: geo(topo, 'countries') },
      borders: { type: 'geojson', data: geo(topo, 'borders') },
      regions: { type: 'geojson', data: geo(topo, 'regions'), promoteId: 'id' },
      vn63: { type: 'geojson', data: geo(topo, 'vn63'), promoteId: 'id' },
      vn34: { type: 'geojson', data: geo(topo, 'vn34'), promoteId: 'id' },
      archipelagos: { type: 'geojson', data: archLabels },
      labels: { type: 'geojson', data: labels, promoteId: 'id' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': t.background } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': t.land } },
      {
        id: 'regions-fill',
        type: 'fill',
        source: 'regions',
        paint: { 'fill-color': ['case', active, t.activeFill, t.land] },
      },
      {
        id: 'regions-line',
        type: 'line',
        source: 'regions',
        paint: { 'line-color': t.regionLine, 'line-width': 0.5 },
      },
      { id: 'vn63-fill', type: 'fill', source: 'vn63', paint: { 'fill-color': unitColor } },
      {
        id: 'vn34-fill',
        type: 'fill',
        source: 'vn34',
        paint: { 'fill-color': unitColor },
        layout: { visibility: 'none' },
      },
      { id: 'vn63-line', type: 'line', source: 'vn63', paint: { 'line-color': t.vnLine, 'line-width': 0.6 } },
      {
        id: 'vn34-line',
        type: 'line',
        source: 'vn34',
        paint: { 'line-color': t.vnLine, 'line-width': 0.6 },
        layout: { visibility: 'none' },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': t.border, 'line-width': 0.8 },
      },
      {
        id: 'archipelago-labels',
        type: 'symbol',
        source: 'archipelagos',
        layout: {
          'text-field': ['get', 'vi'],
          'text-font': [t.font],
          'text-size': 11,
          'text-max-width': 7,
        },
        paint: { 'text-color': t.label, 'text-halo-color': t.background, 'text-halo-width': 1.2 },
      },
      {
        id: 'province-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['all', ['==', ['get', 'level'], 'province'], ['==', ['get', 'from'], '']],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [t.font],
          'text-size': 10,
          'text-optional': true,
        },
        paint: { 'text-color': t.label, 'text-halo-color': '#fff', 'text-halo-width': 1 },
        minzoom: 4.5,
      },
      {
        id: 'place-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'level'], 'region'],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [t.font],
          'text-size': 12,
          'text-optional': true,
        },
        paint: { 'text-color': t.label, 'text-halo-color': '#fff', 'text-halo-width': 1.2 },
      },
    ],
  };
}
