import type { Map as MlMap } from 'maplibre-gl';
import type { LonLat } from '../core/draw/arc';
import { WORLD_PX } from '../core/draw/mercator';
import type { Crossings } from '../core/draw/segments';
import {
  grown,
  dotBoxes,
  plannedBoxes,
  LEFT_OUT,
  liveTileOrder,
  type Around,
  type LabelAsk,
} from '../core/draw/pictureLabels';
import { loadedAdvance } from './fontAdvance';
import { worldEdgesPx } from './worldEdges';
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
  /**
   * The place the reader selected (ringed): where its name is not placed (its close-up names it,
   * `dotOnly`, or it finds no room), no other name goes beside its ring (`LabelAsk.ringed`).
   */
  picked?: boolean;
  /** The position it tries first: the one it had, while the date moves (`holding`). */
  first?: Around;
}

/**
 * Names that keep the positions they had (`pins`) where these are still free: a layer's names planned
 * again in the same frame because the places or flows shown changed (the date moved: playing,
 * scrubbing). Planned afresh, names jumped to another side of their dots as others came (Hà Nội's went
 * from left of its dot to above it, Laos's with it, in a laptop's close-up from 2016 to 2017); each
 * now starts from where it was, and moves only where the plan then places more (`firstPositions`).
 * A new frame, or a new selection, is planned afresh (as the build's picture of it is).
 */
export const holding = (names: readonly LiveName[], pins: ReadonlyMap<string, Pin>): LiveName[] =>
  names.map((n) => {
    const at = pins.get(n.id);
    return at && at !== LEFT_OUT ? { ...n, first: at } : n;
  });

/** The live map's places' names (CSS px at scale 1). */
const NAME_PX = 12;

/**
 * Where a layer's names go on this map as it is framed now (`plannedPlacement`, by name id): the build's
 * picture moves names among the positions around their dots so that more of them find room, measured
 * as the picture measures (the names' size and the font's advances once it is loaded, the dots'
 * squares, the archipelagos' names, the live map's order of placement: layer, priority, tile; the box
 * kept out, the close-up's: `addKeepOut`), each wholly inside the map. The layers keep each name to its
 * position (`pinKey`), and draw none the plan leaves out (`LEFT_OUT`). MapLibre keeps a name that
 * reaches past the map, cut by its edge: Cambodia's read "odge · 20" in an article's close-up,
 * Hokkaidō's "Ha" at the main map's right edge. A name whose place is out of sight (off the map, on the
 * globe's far side) is left out too. Null while the map moves: the layers keep the positions they have,
 * and plan again once it has moved.
 *
 * Names keep clear of the boxes `kept` gives too: the map's controls (`controlsPx`), a close-up's
 * caption (`closeUpCaption`).
 */
export function namePlanner(
  map: MlMap,
  scale: () => number,
  /** The box kept out of the names (the close-up's, `addKeepOut`), if any. */
  keepOut: () => KeepOutRect | null,
  /** The archipelagos' names as the map places them now (`archipelagoPins`). */
  archipelagos: () => readonly {
    box: KeepOutRect;
    islands: readonly KeepOutRect[];
    /** Its mark, where it is drawn: names keep off it where they can. */
    mark: readonly KeepOutRect[];
  }[],
  o: {
    /** More boxes no name covers: a close-up's caption (`closeUpCaption`), the map's controls. */
    kept?(): readonly KeepOutRect[];
    /**
     * Whether a place's name is drawn elsewhere, its dot only here: on the main map, a place inside
     * the bounds of its shown close-up, which names it (`LabelAsk.unnamed`).
     */
    dotOnly?(at: LonLat): boolean;
    /**
     * Dots of another layer planned after this one, which its names keep off as off their own (the
     * flows' and hubs', for the ends' names: the picture places them all together).
     */
    dots?(): readonly LonLat[];
    /**
     * How many of the lines drawn (arcs, country flows) a box meets where the reader sees them (CSS
     * px, `lineCrossings`): names keep off them where they can (`KeepOff`), as the picture's.
     */
    lines?(): Crossings;
  } = {},
): NamePlanner {
  /** The boxes the last plan's names and dots take (`NamePlanner.placed`), and their key. */
  let taken: KeepOutRect[] = [];
  let takenKey = '';
  const take = (boxes: KeepOutRect[]) => {
    taken = boxes;
    takenKey = boxes.map((b) => [b.x0, b.y0, b.x1, b.y1].map(Math.round).join(' ')).join();
  };
  const plan = (names: readonly LiveName[]): Map<string, Pin> | null => {
    // (Not while the map moves: where the names are is not where they will be; `moveend` plans.)
    if (map.isMoving()) return null;
    const out = new Map<string, Pin>();
    // (One name is planned too: it must fit inside.)
    if (names.length === 0) {
      take([]);
      return out;
    }
    const k = scale();
    const zoom = map.getZoom();
    const { clientHeight: height } = map.getContainer();
    const shown = names.flatMap((n) => {
      const p = seenAt(map, n.at);
      return p ? [{ n, p }] : [];
    });
    const asks = shown.map(({ n, p }): LabelAsk => ({
      text: n.text,
      x: p.x,
      y: p.y,
      priority: n.priority,
      maxEms: n.maxEms,
      side: n.side,
      tile: liveTileOrder(n.at[0], n.at[1], zoom),
      layer: n.layer,
      ...(o.dotOnly?.(n.at) ? { unnamed: true } : {}),
      ...(n.picked ? { ringed: true } : {}),
      ...(n.first ? { first: n.first } : {}),
    }));
    // (As the picture's: `staticMapSvg`. Their boxes have MapLibre's default margin, 2 px. And their
    // islands, as a dot: `archipelagoBlocks`.)
    const arch = archipelagos();
    const blocked = arch.flatMap(({ box, islands }) => [grown(box, 2), ...islands]);
    const kept = keepOut();
    blocked.push(...(kept ? [kept] : []), ...(o.kept?.() ?? []));
    const others = (o.dots?.() ?? []).flatMap((at) => seenAt(map, at) ?? []);
    blocked.push(...dotBoxes(others, NAME_PX * k));
    // (Wholly inside the map: no edge given.)
    // (Wholly inside the one world too, where the map is wider than it: past its edges the sea bands
    // cover the map, `addWorldEdges`, and a name there was hidden under them.)
    const [west, east] = worldEdgesPx(map);
    const planned = plannedBoxes(
      asks,
      NAME_PX * k,
      { x: west, width: east - west, height },
      [],
      blocked,
      loadedAdvance(names.map((n) => n.text).join('')),
      // (Off the islands' marks and the lines drawn where they can be, as the picture's names.)
      {
        marks: arch.flatMap((a) => a.mark),
        ...(o.lines ? { lines: o.lines() } : {}),
      },
    );
    const where = planned.map((p) => p?.where ?? null);
    // (What a layer planned after this one keeps clear of: these names and their dots, `placed`.)
    take([...planned.flatMap((p) => p?.boxes ?? []), ...dotBoxes(asks, NAME_PX * k)]);
    // Every name is kept to where the plan puts it, and one it leaves out is not drawn: in its sides'
    // order MapLibre, which keeps a name reaching up to 100 px past the map (`LIVE_EDGE_PX`), would put
    // some there, cut, and a name whose dot is off the map too, where it took a planned name's room.
    // (While the map moves the layers keep these: a place that comes into sight is named once it stops.)
    const placed = new Map(shown.map(({ n }, i) => [n.id, where[i] ?? LEFT_OUT] as const));
    for (const n of names) out.set(n.id, placed.get(n.id) ?? LEFT_OUT);
    return out;
  };
  return Object.assign(plan, {
    placed: () => taken,
    placedKey: () => takenKey,
  });
}

/**
 * A layer's plan of its names (`namePlanner`), and the boxes its last plan's names and dots take: the
 * live map plans its layers one by one (the ends' names, then the flows'), and a layer planned after
 * another keeps clear of them, as the picture's one placement of all of them does (a place selected
 * with no partnership, named over the flows: `pickedMark`).
 */
export type NamePlanner = ((names: readonly LiveName[]) => Map<string, Pin> | null) & {
  placed(): readonly KeepOutRect[];
  placedKey(): string;
};

/**
 * Where the reader sees a place on the map now (CSS px), or null: on the flat map, the copy of the
 * world nearest the map's middle (once the reader has panned a world over, the one in sight, not the
 * atlas's own); on the globe, nowhere on its far side, which MapLibre projects inside its disc (where
 * its name took the room of names in sight): the point there is another place's, on the near side.
 */
export function seenAt(map: MlMap, at: LonLat): { x: number; y: number } | null {
  const p = map.project(at as [number, number]);
  if (map.getProjection()?.type === 'globe') {
    const back = map.unproject(p);
    const dLon = Math.abs(((back.lng - at[0] + 540) % 360) - 180);
    return dLon > 1 || Math.abs(back.lat - at[1]) > 1 ? null : p;
  }
  const world = WORLD_PX * 2 ** map.getZoom();
  return { x: p.x + Math.round((map.getContainer().clientWidth / 2 - p.x) / world) * world, y: p.y };
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
