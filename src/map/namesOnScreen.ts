import type { Map as MlMap } from 'maplibre-gl';
import type { LonLat } from '../core/draw/arc';
import { END_LABELS, END_TAGS } from './endsLayer';
import { FLOW_LABELS, HUB_LABELS } from './flowsLayer';
import { worldEdgesPx } from './worldEdges';

/** The ids (or another property) of the features a query found, once each. */
const idsOf = (features: readonly { properties: Record<string, unknown> }[], key = 'id') => [
  ...new Set(features.map((f) => String(f.properties[key]))),
];

/**
 * The names the main map shows now (`MapView.namesOnScreen`, without its close-up's own): a symbol
 * layer's rendered features are the names its collisions placed.
 * - `map`: the places' and flows' names a reader sees: not those of a place under the shown close-up
 *   (`closeUp`, its box), whose name, if any, is the close-up's, nor those in the sea beside a short map's
 *   world, over a copy of it (`addWorldEdges`).
 * - `underCloseUp`: those whose name the close-up covers, wholly or in part (a symbol's rendered feature
 *   is found by its collision box, its name's box), within the one world.
 * - `archipelagos`: Hoàng Sa's and Trường Sa's, where they are seen.
 * - `countries`: the countries the basemap names (`country-labels`: ISO codes), where they are seen.
 */
export function mainMapNames(
  map: MlMap,
  closeUp: HTMLElement | null,
  where: 'map' | 'underCloseUp' | 'archipelagos' | 'countries',
): string[] {
  const container = map.getContainer();
  const c = container.getBoundingClientRect();
  const r = closeUp?.getBoundingClientRect();
  const [west, east] = worldEdgesPx(map);
  const under = ({ x, y }: { x: number; y: number }) =>
    x < west ||
    x > east ||
    (!!r && x >= r.left - c.left && x <= r.right - c.left && y >= r.top - c.top && y <= r.bottom - c.top);
  if (where === 'archipelagos' || where === 'countries')
    return idsOf(
      map
        .queryRenderedFeatures({ layers: [`${where === 'countries' ? 'country' : 'archipelago'}-labels`] })
        .filter((f) => {
          if (f.geometry.type !== 'Point') return false;
          const { x, y } = map.project(f.geometry.coordinates as LonLat);
          return y >= 0 && y <= container.clientHeight && !under({ x, y });
        }),
      where === 'countries' ? 'cc' : 'id',
    );
  const layers = [END_LABELS, END_TAGS, FLOW_LABELS, HUB_LABELS].filter((l) => map.getLayer(l));
  if (!layers.length) return [];
  if (where === 'underCloseUp') {
    const x0 = r ? Math.max(r.left - c.left, west) : 0;
    const x1 = r ? Math.min(r.right - c.left, east) : 0;
    return r && x1 > x0
      ? idsOf(
          map.queryRenderedFeatures(
            [
              [x0, r.top - c.top],
              [x1, r.bottom - c.top],
            ],
            { layers },
          ),
        )
      : [];
  }
  return idsOf(
    map.queryRenderedFeatures({ layers }).filter((f) => {
      if (f.geometry.type !== 'Point') return true;
      // (Its longitude as the rendered features give it is within ±180°: the Americas, drawn east of the
      // Pacific, come back west of the map. The copy of it in the one world is seen. They do not say
      // which copy was placed: a name placed only on a copy beside a short map's world, under its sea
      // band, would be counted too.)
      const [lon, lat] = f.geometry.coordinates as LonLat;
      const seen = [-360, 0, 360]
        .map((k) => map.project([lon + k, lat]))
        .find(({ x }) => x >= west && x <= east);
      return !!seen && !under(seen);
    }),
  );
}
