import type { Map as MlMap } from 'maplibre-gl';
import { WORLD_MIDDLE_LON } from '../core/draw/mercator';

/**
 * Where the one world's edges (the mid-Atlantic, −30° and 330°) are across the flat map now, CSS px
 * from its left: the world the map draws once. On the globe, or zoomed in past them, the map's own edges.
 */
export function worldEdgesPx(map: MlMap): [number, number] {
  const width = map.getContainer().clientWidth;
  if (map.getProjection()?.type === 'globe') return [0, width];
  const west = map.project([WORLD_MIDDLE_LON - 180, 0]).x;
  const east = map.project([WORLD_MIDDLE_LON + 180, 0]).x;
  return [Math.max(0, west), Math.min(width, east)];
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
