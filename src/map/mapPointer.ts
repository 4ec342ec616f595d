import type { Map as MlMap, PointLike } from 'maplibre-gl';
import type { LonLat } from '../core/draw/arc';
import { distanceToLine, pickNearest, PICK_DEFAULTS, type Px } from '../core/draw/nearest';
import { mountChooser, type Choice } from '../ui/chooser';
import { HIT_LAYERS } from './arcsLayer';
import { END_DOTS, END_LABELS, END_TAGS } from './endsLayer';
import { FLOW_DOTS, FLOW_LABELS, HUB_DOTS, HUB_LABELS } from './flowsLayer';
import { worldEdgesPx } from './worldEdges';

/** What is under a point of the map. */
export type Hit =
  | { kind: 'none' }
  | { kind: 'place'; id: string }
  | { kind: 'arc'; id: string }
  /** Arcs about as near: listed by id (a chooser's order), and the nearest (a hover's preview). */
  | { kind: 'several'; ids: string[]; nearest: string };

/** Radius (CSS px) around a place's dot or label that picks the place. */
const PLACE_RADIUS = 10;
/** The layers of places' dots (the others of `hitAt`'s are their names). */
const DOT_LAYERS = new Set([END_DOTS, FLOW_DOTS, HUB_DOTS]);
/** A pointer this close (CSS px) to a place's dot is on the dot: the place, not an arc from it. */
const ON_DOT = 6;
/** A pointer this close (CSS px) to an arc's stroke is on the arc. */
const ON_LINE = 5;
/** A line as its coordinates say, and one world west and east of them (degrees). */
export const WORLD_SHIFTS = [0, -360, 360];

const box = (p: { x: number; y: number }, r: number): [PointLike, PointLike] => [
  [p.x - r, p.y - r],
  [p.x + r, p.y + r],
];
const px = (map: MlMap, c: LonLat): Px => {
  const p = map.project(c as [number, number]);
  return [p.x, p.y];
};

/**
 * Pointer and touch on the map: a tap or click picks the arc nearest the finger (within a generous
 * radius, measured on the drawn curve), a place when it lands on a place's dot or name, or a province
 * or partner region when it lands on one; when several arcs are about as near, a small chooser lists
 * them. Hovering (where a pointer can hover) reports what is under it for the tooltip.
 */
export function attachPointer(
  map: MlMap,
  o: {
    /** The drawn line of a visible arc (hidden arcs: undefined). */
    line(id: string): LonLat[] | undefined;
    /** Whether an area (province or region id) can be picked: a place the atlas can name. */
    canPick(id: string): boolean;
    /** The reader's label of an arc, for the chooser. */
    label(id: string): string;
    chooserTitle: string;
    onPick(id: string | null): void;
    onHover?(id: string | null, x: number, y: number): void;
  },
): () => void {
  const container = map.getContainer();
  const chooser = mountChooser(container, o.chooserTitle);
  const layers = (ids: string[]) =>
    ids.filter((l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none');
  /** The arcs near a point, as picked by `pickNearest`, and the nearest one's distance. */
  const arcsAt = (point: { x: number; y: number }) => {
    const r = PICK_DEFAULTS.radius;
    const ids = new Set(
      map
        .queryRenderedFeatures(box(point, r), { layers: layers([HIT_LAYERS.arcs, HIT_LAYERS.flows]) })
        .map((f) => String(f.properties.id)),
    );
    // Each line as drawn nearest the point: the map may show it one world over (MapLibre keeps the
    // centre's longitude within ±180°, so after a drag across the Pacific the flows seen are copies,
    // a world away from where their coordinates project).
    const candidates = [...ids].flatMap((id) => {
      const line = o.line(id);
      if (!line) return [];
      const near = WORLD_SHIFTS.map((dx) => line.map(([lon, lat]) => px(map, [lon + dx, lat]))).reduce(
        (a, b) => (distanceToLine([point.x, point.y], b) < distanceToLine([point.x, point.y], a) ? b : a),
      );
      return [{ id, line: near }];
    });
    const nearest = Math.min(...candidates.map((c) => distanceToLine([point.x, point.y], c.line)));
    return { pick: pickNearest([point.x, point.y], candidates), nearest };
  };
  const hitAt = (point: { x: number; y: number }): Hit => {
    // Beside the one world (a short map's sea, over MapLibre's copies of it: `addWorldEdges`) is nothing.
    const [west, east] = worldEdgesPx(map);
    if (point.x < west || point.x > east) return { kind: 'none' };
    // On the selected place's tag (its name over other dots, `TAGS`), that place: not a dot under it.
    const tag = map.queryRenderedFeatures([point.x, point.y], { layers: layers([END_TAGS]) })[0];
    if (tag) return { kind: 'place', id: String(tag.properties.id) };
    const arcs = arcsAt(point);
    const places = map
      .queryRenderedFeatures(box(point, PLACE_RADIUS), {
        layers: layers([END_DOTS, END_LABELS, FLOW_DOTS, FLOW_LABELS, HUB_DOTS, HUB_LABELS]),
      })
      .filter(
        (f) => f.layer.id !== END_DOTS || map.getFeatureState({ source: 'ends', id: String(f.id) }).visible,
      );
    // A dot near the finger first, the nearest: on Quảng Ninh's dot in a phone's close-up, a tap
    // picked Bắc Ninh, whose name, beside its own dot 47 px away, passed 6 px under it. Else a name.
    const dots = places.flatMap((f) => {
      if (!DOT_LAYERS.has(f.layer.id) || f.geometry.type !== 'Point') return [];
      const [x, y] = px(map, f.geometry.coordinates as LonLat);
      return [{ id: String(f.properties.id), d: Math.hypot(x - point.x, y - point.y) }];
    });
    const dot = dots.sort((a, b) => a.d - b.d)[0];
    // On a dot, its place, though its arcs start there (a tap on Bắc Ninh's dot picked its one arc).
    if (dot && dot.d <= ON_DOT) return { kind: 'place', id: dot.id };
    // On an arc's stroke, the arc wins over the names and dots it passes under.
    if (arcs.nearest <= ON_LINE && arcs.pick.kind === 'one') return { kind: 'arc', id: arcs.pick.id };
    // On the strokes of several arcs about as near, the chooser: a dot beside them is not what the
    // finger is on (on a phone's world map, where Japan's flow runs 2 px from Korea's, a tap on Japan's
    // picked Korea, whose dot was 11 px away).
    if (arcs.nearest <= ON_LINE && arcs.pick.kind === 'several') return arcs.pick;
    const place = dot?.id ?? (places[0] ? String(places[0].properties.id) : null);
    if (place) return { kind: 'place', id: place };
    if (arcs.pick.kind === 'one') return { kind: 'arc', id: arcs.pick.id };
    if (arcs.pick.kind === 'several') return arcs.pick;
    const area = map
      .queryRenderedFeatures([point.x, point.y], {
        layers: layers(['vn63-fill', 'vn34-fill', 'regions-fill']),
      })
      .map((f) => String(f.properties.id))
      .find((id) => o.canPick(id));
    return area ? { kind: 'place', id: area } : { kind: 'none' };
  };
  const onClick = (e: { point: { x: number; y: number } }) => {
    o.onHover?.(null, 0, 0);
    const hit = hitAt(e.point);
    if (hit.kind === 'several') {
      const choices: Choice[] = hit.ids.map((id) => ({ id, label: o.label(id) }));
      chooser.show(choices, e.point.x, e.point.y, (id) => o.onPick(id));
    } else {
      chooser.hide();
      o.onPick(hit.kind === 'none' ? null : hit.id);
    }
  };
  map.on('click', onClick);
  const onResize = () => {
    chooser.hide();
    o.onHover?.(null, 0, 0);
  };
  map.on('resize', onResize);
  // Hover tooltips only where a pointer can hover (not on touch screens, where a tap selects).
  const hover = o.onHover;
  const canHover = container.ownerDocument.defaultView?.matchMedia('(hover: hover)').matches;
  let last = '';
  const onMove = (e: { point: { x: number; y: number } }) => {
    const hit = hitAt(e.point);
    const id =
      hit.kind === 'arc' || hit.kind === 'place' ? hit.id : hit.kind === 'several' ? hit.nearest : null;
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    if (id !== last || id) hover?.(id, e.point.x, e.point.y);
    last = id ?? '';
  };
  const onOut = () => {
    last = '';
    hover?.(null, 0, 0);
  };
  if (hover && canHover) {
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
  }
  return () => {
    map.off('click', onClick);
    map.off('resize', onResize);
    map.off('mousemove', onMove);
    map.off('mouseout', onOut);
    chooser.destroy();
  };
}
