import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { closeUpAreaRing, MAP_SIZES, MAP_THEMES, type Theme } from '../core/draw/theme';
import type { Bounds } from './framing';

/** The layer (and source) of the close-up's area on the main map. */
export const CLOSE_UP_AREA = 'close-up-area';

/**
 * The area a shown close-up shows (the bounds it is set to: its map's), outlined on the main map, as
 * locator maps with insets mark theirs: a reader sees which part of the map the close-up enlarges (and
 * why its places have dots but no names there: `namePlanner`'s `dotOnly`). A thin dashed line in the
 * countries' names' colour, under the arcs, flows and names (`beforeId`: added before them, it stays
 * under them). The build's picture draws the same (`staticMapSvg`'s `closeUpShows`).
 */
export function addCloseUpArea(
  map: MlMap,
  theme: Theme,
  beforeId?: string,
): { set(bounds: Bounds | null): void; setLook(theme: Theme, scale: number): void; destroy(): void } {
  const data = (b: Bounds | null): FeatureCollection => ({
    type: 'FeatureCollection',
    features: b
      ? [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'LineString', coordinates: closeUpAreaRing(b) },
          },
        ]
      : [],
  });
  map.addSource(CLOSE_UP_AREA, { type: 'geojson', data: data(null) });
  map.addLayer(
    {
      id: CLOSE_UP_AREA,
      type: 'line',
      source: CLOSE_UP_AREA,
      paint: {
        'line-color': MAP_THEMES[theme].countryLabel,
        'line-width': MAP_SIZES.closeUpAreaWidth,
        'line-dasharray': [...MAP_SIZES.closeUpAreaDash],
      },
    },
    beforeId,
  );
  let shown = '';
  return {
    set(bounds) {
      const key = bounds?.join() ?? '';
      if (key === shown) return;
      shown = key;
      (map.getSource(CLOSE_UP_AREA) as GeoJSONSource | undefined)?.setData(data(bounds));
    },
    setLook(next, scale) {
      map.setPaintProperty(CLOSE_UP_AREA, 'line-color', MAP_THEMES[next].countryLabel);
      map.setPaintProperty(CLOSE_UP_AREA, 'line-width', MAP_SIZES.closeUpAreaWidth * scale);
    },
    destroy() {
      if (map.getLayer(CLOSE_UP_AREA)) map.removeLayer(CLOSE_UP_AREA);
      if (map.getSource(CLOSE_UP_AREA)) map.removeSource(CLOSE_UP_AREA);
    },
  };
}
