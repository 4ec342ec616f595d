import type { Map as MlMap } from 'maplibre-gl';
import type { LonLat } from '../core/draw/arc';
import { grown, plannedPlacement, LEFT_OUT, liveTileOrder, type LabelAsk } from '../core/draw/pictureLabels';
import { loadedAdvance } from './fontAdvance';
import type { KeepOutRect } from './keepOut';
import type { Pin } from './endsLayer';

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
 * Where a layer's names go on this map as it is framed now (`plannedPlacement`, by name id): the build's
 * picture moves names among the positions around their dots so that more of them find room, measured
 * as the picture measures (the names' size and the font's advances once it is loaded, the dots'
 * squares, the archipelagos' names, the live map's order of placement: layer, priority, tile; the box
 * kept out, the close-up's: `addKeepOut`), each wholly inside the map. The layers keep each name to its
 * position (`pinKey`), and draw none the plan leaves out (`LEFT_OUT`). MapLibre keeps a name that
 * reaches past the map, cut by its edge: Cambodia's read "odge · 20" in an article's close-up, Astana's
 * was cut at a phone's left edge. Null while the map moves: the layers keep the positions they have,
 * and plan again once it has moved.
 *
 * Names keep clear of the boxes `kept` gives too: the map's controls (`controlsPx`), a close-up's
 * caption (`inset`: a close-up's map, where a name whose dot is off it is left out too).
 */
export function namePlanner(
  map: MlMap,
  scale: () => number,
  /** The box kept out of the names (the close-up's, `addKeepOut`), if any. */
  keepOut: () => KeepOutRect | null,
  /** The archipelagos' names as the map places them now (`archipelagoPins`). */
  archipelagos: () => readonly { box: KeepOutRect }[],
  o: {
    /** A close-up's map (`inset`): a name whose dot is off it is left out too. */
    inset?: boolean;
    /** More boxes no name covers: a close-up's caption (`closeUpCaption`), the map's controls. */
    kept?(): readonly KeepOutRect[];
  } = {},
): (names: readonly LiveName[]) => Map<string, Pin> | null {
  return (names) => {
    // (Not while the map moves: where the names are is not where they will be; `moveend` plans.)
    if (map.isMoving()) return null;
    const out = new Map<string, Pin>();
    const inset = o.inset ?? false;
    // (One name is planned too: it must fit inside.)
    if (names.length === 0) return out;
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
    blocked.push(...(kept ? [kept] : []), ...(o.kept?.() ?? []));
    // (Wholly inside the map: no edge given.)
    const where = plannedPlacement(
      asks,
      NAME_PX * k,
      { width, height },
      [],
      blocked,
      loadedAdvance(names.map((n) => n.text).join('')),
    );
    // Every name is kept to where the plan puts it: in its sides' order MapLibre, which keeps a name
    // reaching up to 100 px past the map (`LIVE_EDGE_PX`), would put some there, cut. On the main map,
    // a name whose dot is off the map is left to MapLibre: the plan, which knows one copy of the world,
    // may have it on the wrong one once the reader has panned, and a name whose copy is in sight was
    // then left out; in a close-up, which never pans, it is left out.
    const inMap = (a: LabelAsk) => a.x >= 0 && a.x <= width && a.y >= 0 && a.y <= height;
    where.where.forEach((w, i) => {
      if (w) out.set(names[i]!.id, w);
      else if (inset || inMap(asks[i]!)) out.set(names[i]!.id, LEFT_OUT);
    });
    return out;
  };
}

/**
 * A close-up's caption (its `.close-up-title`, over the top left of its box) in its map (CSS px from
 * the map's top left), or null where there is none.
 */
export function closeUpCaption(container: HTMLElement): KeepOutRect | null {
  const el = container.parentElement?.querySelector('.close-up-title');
  if (!el) return null;
  const c = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return r.width > 0
    ? { x0: r.left - c.left, y0: r.top - c.top, x1: r.right - c.left, y1: r.bottom - c.top }
    : null;
}
