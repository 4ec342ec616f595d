import type { Map as MlMap } from 'maplibre-gl';
import { WORLD_MIDDLE_LON, WORLD_PX } from '../core/draw/mercator';

/**
 * Where the edges (the mid-Atlantic) of the one world around the map's centre are across the flat
 * map now, CSS px from its left, where that world is narrower than the map; else (a world as wide as
 * the map or wider, zoomed in, the globe) the map's own edges: MapLibre's copies then continue the
 * world, as a map does (Brazil across the mid-Atlantic from Africa). The world around the centre:
 * MapLibre keeps the centre's longitude within ±180° (a drag past the antimeridian wraps it), so the
 * copy of −30°…330° that holds it is found from it, not assumed.
 */
export function worldEdgesPx(map: MlMap): [number, number] {
  const width = map.getContainer().clientWidth;
  if (map.getProjection()?.type === 'globe' || WORLD_PX * 2 ** map.getZoom() >= width - 1) return [0, width];
  const west0 = WORLD_MIDDLE_LON - 180;
  const west = west0 + 360 * Math.floor((map.getCenter().lng - west0) / 360);
  return [Math.max(0, map.project([west, 0]).x), Math.min(width, map.project([west + 360, 0]).x)];
}

/**
 * The sea beside the one world, where a map is wider than its world (a laptop's short window frames
 * the world by its height: `worldWidth`): MapLibre draws copies of the world there, with every flow,
 * place and name again; two bands of the map's sea colour (`--sea`) cover them, under the close-up and
 * the controls, as the build's picture has only sea beside its world. Pointer picking ignores them
 * (`worldEdgesPx`).
 */
export function addWorldEdges(map: MlMap): () => void {
  const doc = map.getContainer().ownerDocument;
  const band = (side: 'west' | 'east') => {
    const el = doc.createElement('div');
    el.className = `world-edge ${side}`;
    el.setAttribute('aria-hidden', 'true');
    return el;
  };
  const west = band('west');
  const east = band('east');
  // After the canvas, before the controls (the close-up, later in the map's box, goes above them).
  map.getCanvasContainer().after(west, east);
  const update = () => {
    const [x0, x1] = worldEdgesPx(map);
    const width = map.getContainer().clientWidth;
    west.style.width = `${Math.max(0, Math.floor(x0))}px`;
    east.style.width = `${Math.max(0, Math.floor(width - x1))}px`;
  };
  update();
  map.on('move', update);
  map.on('resize', update);
  map.on('projectiontransition', update);
  return () => {
    map.off('move', update);
    map.off('resize', update);
    map.off('projectiontransition', update);
    west.remove();
    east.remove();
  };
}
