import type { Map as MlMap } from 'maplibre-gl';
import type { LonLat } from '../core/draw/arc';
import type { ScreenArc } from './mapViewTypes';
import { WORLD_SHIFTS } from './mapPointer';

/**
 * Lines as drawn on a map, in CSS px from its container's top left (the readability tests and the
 * bench measure what a reader can pick from these).
 */
export function screenArcs(
  map: MlMap,
  lines: Iterable<[string, LonLat[] | undefined]>,
  where: ScreenArc['where'],
  /** Arcs drawing themselves in, with the share drawn so far. */
  drawing: ReadonlyMap<string, number>,
): ScreenArc[] {
  const width = map.getContainer().clientWidth;
  const inside = (ps: [number, number][]) => ps.filter(([x]) => x >= 0 && x <= width).length;
  return [...lines].flatMap(([id, line]): ScreenArc[] => {
    if (!line) return [];
    // After a drag across the Pacific MapLibre keeps the centre within ±180°, and a line is drawn a world
    // west or east of where its coordinates project: measured where it is drawn (as `mapPointer` picks).
    const points = WORLD_SHIFTS.map((dx) =>
      line.map(([lon, lat]): [number, number] => {
        const p = map.project([lon + dx, lat]);
        return [p.x, p.y];
      }),
    ).reduce((a, b) => (inside(b) > inside(a) ? b : a));
    const drawn = drawing.get(id);
    return [{ id, where, points, ...(drawn === undefined ? {} : { drawn }) }];
  });
}

/** How far an inner element (the close-up) sits from an outer one's top left, in CSS px. */
function offset(inner: Element, outer: Element): [number, number] {
  const at = inner.getBoundingClientRect();
  const origin = outer.getBoundingClientRect();
  return [at.left - origin.left, at.top - origin.top];
}

/** Arcs measured in an inner element (the close-up), moved to an outer element's coordinates. */
export function offsetArcs(arcs: readonly ScreenArc[], inner: Element, outer: Element): ScreenArc[] {
  const [dx, dy] = offset(inner, outer);
  return arcs.map((a) => ({ ...a, points: a.points.map(([x, y]): [number, number] => [x + dx, y + dy]) }));
}

/** A hover handler of the outer element, given pointer positions in the inner one's coordinates. */
export function offsetHover(
  hover: (id: string | null, x: number, y: number) => void,
  inner: Element,
  outer: Element,
): (id: string | null, x: number, y: number) => void {
  return (id, x, y) => {
    const [dx, dy] = offset(inner, outer);
    hover(id, x + dx, y + dy);
  };
}
