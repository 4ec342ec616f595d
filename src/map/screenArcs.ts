import type { Map as MlMap } from 'maplibre-gl';
import type { LonLat } from '../core/draw/arc';
import type { ScreenArc } from './mapViewTypes';

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
  return [...lines].flatMap(([id, line]): ScreenArc[] => {
    if (!line) return [];
    const points = line.map((c): [number, number] => {
      const p = map.project(c);
      return [p.x, p.y];
    });
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
