import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import type { LonLat } from '../core/draw/arc';
import { archipelagoName } from '../core/draw/archipelagoNames';
import { archipelagoBlocks, dotBoxes, nameRoom } from '../core/draw/pictureLabels';
import { ISLANDS_MARK_REACH, MAP_SIZES } from '../core/draw/theme';
import { layer } from '../core/draw/topo';
import type { Crossings } from '../core/draw/segments';
import type { Lang } from '../core/i18n';
import { loadedAdvance } from './fontAdvance';
import { seenAt } from './namePlan';
import { worldEdgesPx } from './worldEdges';
import type { KeepOutRect } from './keepOut';

/** The archipelagos' names' size on the live map (CSS px at scale 1: `LABEL_SIZES`). */
const ARCHIPELAGO_PX = 11;
/** The places' names' size on the live map, of which the dots' sizes are reckoned (CSS px at scale 1). */
const NAME_PX = 12;
/** The basemap's source of the archipelagos' points (src/map/basemapStyle.ts). */
const SOURCE = 'archipelagos';

/**
 * Where the archipelagos' names go on the live map as it is framed now (`archipelagoBlocks`, as the
 * build's pictures place them: chosen together, clear of each other and of the close-up), and
 * the layer kept to those positions (`pin`: each feature's `at`, read by its `text-variable-anchor-offset`).
 * Given its positions in order, MapLibre first tries the position a name had in the frames before: the
 * Spratlys' name, below the islands on a phone's world, stayed there zoomed in, where the pictures and
 * the name planner centre it. `place` gives the names' boxes (CSS px), for the name planner. They keep
 * clear of the dots drawn (`dots`) where they can (drawn over everything, a name hid the dot under it),
 * of the map's edges, and of the room of a selection's ends' names (`rooms`).
 */
export function archipelagoPins(
  map: MlMap,
  topo: Topology,
  /** The page's language, of the names (`archipelagoName`). */
  lang: Lang,
  scale: () => number,
  keepOut: () => KeepOutRect | null,
  /** Where the map draws dots now, or is about to (its layers' plans are made with these). */
  dots: () => readonly LonLat[],
  /** The names of a selection's ends the map draws now: kept clear of where they can be (`nameRoom`). */
  rooms: () => readonly { at: LonLat; text: string }[] = () => [],
  /** How many of the lines the map draws now a box meets (CSS px, `lineCrossings`): kept off them. */
  lines: () => Crossings = () => () => 0,
): { place(): ReturnType<typeof archipelagoBlocks>; pin(): void } {
  const features = layer(topo, 'archipelagos').features;
  const points = features.map((f) => ({
    text: archipelagoName(f.properties, lang),
    at: [Number(f.properties?.lon), Number(f.properties?.lat)] as LonLat,
  }));
  const place = () => {
    const kept = keepOut();
    // (Where the reader sees them: not on the globe's far side, `seenAt`.)
    const seen = dots().flatMap((at) => seenAt(map, at) ?? []);
    const [west, east] = worldEdgesPx(map);
    return archipelagoBlocks(
      points.map((a) => {
        const p = map.project(a.at as [number, number]);
        return { text: a.text, x: p.x, y: p.y };
      }),
      ARCHIPELAGO_PX * scale(),
      map.getZoom() < MAP_SIZES.archipelagoCentredFrom,
      {
        advance: loadedAdvance(points.map((a) => a.text).join('')),
        taken: kept ? [kept] : [],
        // (MapLibre's `text-padding`: 2 CSS px whatever the names' scale.)
        pad: 2,
        dots: dotBoxes(seen, NAME_PX * scale()),
        rooms: rooms().flatMap(({ at, text }) => {
          const p = seenAt(map, at);
          return p
            ? [
                nameRoom(
                  { ...p, text },
                  NAME_PX * scale(),
                  { x: west, width: east - west },
                  loadedAdvance(text),
                ),
              ]
            : [];
        }),
        // (Inside the map, within the one world: past it the sea bands cover the map, `addWorldEdges`.)
        within: { x: west, y: 0, width: east - west, height: map.getContainer().clientHeight },
        // (Off the islands' marks where the basemap draws them: `archipelago-marks`.)
        marks: map.getZoom() < MAP_SIZES.islandsMarkTill ? ISLANDS_MARK_REACH * scale() : 0,
        lines: lines(),
      },
    );
  };
  let written = '';
  return {
    place,
    pin() {
      // (Not while the map moves: `moveend` pins them again. Nor before the style has its source.)
      const source = map.getSource(SOURCE) as GeoJSONSource | undefined;
      if (map.isMoving() || !source) return;
      const blocks = place();
      const key = blocks.map((b) => `${b.at}:${b.maxEms}`).join();
      if (key === written) return;
      written = key;
      source.setData({
        type: 'FeatureCollection',
        features: features.map((f, i) => ({
          type: 'Feature',
          properties: {
            ...f.properties,
            name: points[i]!.text,
            at: blocks[i]!.at,
            maxEms: blocks[i]!.maxEms,
          },
          geometry: { type: 'Point', coordinates: points[i]!.at },
        })),
      });
    },
  };
}
