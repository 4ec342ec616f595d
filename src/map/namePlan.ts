import type { Map as MlMap } from 'maplibre-gl';
import type { LonLat } from '../core/draw/arc';
import {
  grown,
  plannedPositions,
  LIVE_EDGE_PX,
  liveTileOrder,
  type Around,
  type LabelAsk,
} from '../core/draw/pictureLabels';
import { loadedAdvance } from './fontAdvance';
import type { KeepOutRect } from './keepOut';

/** A name a layer of the live map is about to show, as its features say it. */
export interface LiveName {
  id: string;
  text: string;
  at: LonLat;
  /** Its `symbol-sort-key`'s opposite: higher first. */
  priority: number;
  maxEms: number;
  side: NonNullable<LabelAsk['side']>;
  /** The layer's place in the order MapLibre places them (`LabelAsk.layer`). */
  layer: number;
  /** Drawn with its dot (a hub's icon). */
  withName?: boolean;
}

/** The live map's places' names (CSS px at scale 1). */
const NAME_PX = 12;

/**
 * Where a layer's names go on this map as it is framed now, for those the plan moves (`plannedPositions`,
 * by name id): the build's picture moves names among the positions around their dots so that more of
 * them find room, measured as the picture measures (the names' size and the font's advances once it is
 * loaded, the dots' squares, the archipelagos' names, MapLibre's 100 px past the edges, the live map's
 * order of placement: layer, priority, tile; the box kept out, the close-up's: `addKeepOut`). The
 * layers keep each of these to its position (`pinKey`); the others keep their sides' order, as
 * MapLibre places them. Null while the map moves: the layers keep the positions they have, and plan
 * again once it has moved.
 */
export function namePlanner(
  map: MlMap,
  scale: () => number,
  /** The box kept out of the names (the close-up's, `addKeepOut`), if any. */
  keepOut: () => KeepOutRect | null,
  /** The archipelagos' names as the map places them now (`archipelagoPins`). */
  archipelagos: () => readonly { box: KeepOutRect }[],
): (names: readonly LiveName[]) => Map<string, Around> | null {
  return (names) => {
    // (Not while the map moves: where the names are is not where they will be; `moveend` plans.)
    if (map.isMoving()) return null;
    const out = new Map<string, Around>();
    if (names.length < 2) return out;
    const k = scale();
    const zoom = map.getZoom();
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const asks = names.map((n): LabelAsk => {
      const p = map.project(n.at as [number, number]);
      return {
        text: n.text,
        x: p.x,
        y: p.y,
        priority: n.priority,
        maxEms: n.maxEms,
        side: n.side,
        tile: liveTileOrder(n.at[0], n.at[1], zoom),
        layer: n.layer,
        ...(n.withName ? { withName: true } : {}),
      };
    });
    // (As the picture's: `staticMapSvg`. Their boxes have MapLibre's default margin, 2 px.)
    const blocked = archipelagos().map(({ box }) => grown(box, 2));
    const kept = keepOut();
    if (kept) blocked.push(kept);
    const where = plannedPositions(
      asks,
      NAME_PX * k,
      { width, height },
      [],
      blocked,
      loadedAdvance(names.map((n) => n.text).join('')),
      // (MapLibre's collision grid reaches 100 px past the map whatever the names' size.)
      LIVE_EDGE_PX,
    );
    where.forEach((w, i) => w && out.set(names[i]!.id, w));
    return out;
  };
}
