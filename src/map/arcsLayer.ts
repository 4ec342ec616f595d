import type { ExpressionSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { greatCircle, type LonLat } from '../core/draw/arc';
import { MAP_SIZES, MAP_THEMES, type Theme } from '../core/draw/theme';

/** An arc the map may show: its id and its two ends. */
export interface ArcEnds {
  id: string;
  from: LonLat;
  to: LonLat;
}

const SOURCE = 'arcs';
const LAYER = 'arcs';
const HIT = 'arcs-hit';

/**
 * Adds every arc that can appear once, densified in the browser from its endpoints; showing and
 * weighting them later is feature-state only (no re-tiling on the worker while scrubbing).
 * Returns the updater and the teardown.
 */
export function addArcsLayer(
  map: MlMap,
  arcs: readonly ArcEnds[],
  theme: Theme,
): {
  show(visible: ReadonlyMap<string, number>, selected: ReadonlySet<string>): void;
  /** Draws the arcs in another colour scheme, their widths multiplied by `scale`. */
  setLook(theme: Theme, scale: number): void;
  /** Forgets what was shown (feature-state is lost with a WebGL context): the next `show` sets all. */
  reset(): void;
  destroy(): void;
} {
  const data: FeatureCollection = {
    type: 'FeatureCollection',
    features: arcs.map((a) => ({
      type: 'Feature',
      properties: { id: a.id },
      geometry: { type: 'LineString', coordinates: greatCircle(a.from, a.to) },
    })),
  };
  map.addSource(SOURCE, { type: 'geojson', data, promoteId: 'id' });
  // Later events on the same pair make the arc stronger.
  const width = (scale: number): ExpressionSpecification => [
    '*',
    scale,
    ['+', MAP_SIZES.arcBase, ['*', MAP_SIZES.arcPerEvent, ['number', ['feature-state', 'events'], 1]]],
  ];
  const visible: ExpressionSpecification = ['boolean', ['feature-state', 'visible'], false];
  map.addLayer({
    id: LAYER,
    type: 'line',
    source: SOURCE,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': MAP_THEMES[theme].arc,
      'line-opacity': [
        'case',
        visible,
        ['case', ['boolean', ['feature-state', 'dim'], false], 0.25, MAP_SIZES.arcOpacity],
        0,
      ],
      'line-width': width(1),
      'line-opacity-transition': { duration: 400 },
    },
  });
  // A wide invisible line makes arcs easy to tap (hits on hidden arcs are ignored by the caller;
  // no filter here, since changing a filter re-tiles the source at every scrub step).
  map.addLayer({
    id: HIT,
    type: 'line',
    source: SOURCE,
    paint: { 'line-width': 14, 'line-opacity': 0 },
  });
  let shown = new Map<string, number>();
  let sel = new Set<string>();
  return {
    show(next, selected) {
      // Touch only the arcs whose state changes.
      for (const [id, n] of next) {
        const dim = selected.size > 0 && !selected.has(id);
        if (shown.get(id) !== n || sel.has(id) !== selected.has(id) || sel.size > 0 !== selected.size > 0) {
          map.setFeatureState({ source: SOURCE, id }, { visible: true, events: n, dim });
        }
      }
      for (const id of shown.keys()) {
        if (!next.has(id)) map.setFeatureState({ source: SOURCE, id }, { visible: false });
      }
      shown = new Map(next);
      sel = new Set(selected);
    },
    setLook(t, scale) {
      map.setPaintProperty(LAYER, 'line-color', MAP_THEMES[t].arc);
      map.setPaintProperty(LAYER, 'line-width', width(scale));
    },
    reset() {
      shown = new Map();
      sel = new Set();
    },
    destroy() {
      for (const id of [HIT, LAYER]) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    },
  };
}

export const ARC_HIT_LAYER = HIT;
