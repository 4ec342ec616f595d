import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';

/** A box of the map (CSS px from its top left). */
export interface KeepOutRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const SOURCE = 'keep-out';
const LAYER = 'keep-out';

/**
 * A box of the map that no name may cover: the close-up, drawn over the main map in a box of the page.
 * MapLibre's collisions know symbols only, and a name beside a dot near the close-up (New Zealand's on a
 * laptop, at the 300 events' opening view) went on under it, cut. An empty image of the box's size,
 * centred on it, in a symbol layer above every other (placed first), never hidden and never covered,
 * keeps them out, as `addDotBlocks` keeps names off dots; the name planner keeps clear of the same box
 * (`namePlanner`), and the build's picture of its close-up (`layoutPictureSvg`).
 *
 * Its centre is a point of the map: `set` it again once the map has moved (the close-up stays where it is
 * on the page). Returns whether what it keeps out changed, and a key of it for the names' plans.
 */
export function addKeepOut(map: MlMap): {
  set(rect: KeepOutRect | null): boolean;
  /** The box kept out now (null: none). */
  rect(): KeepOutRect | null;
  key(): string;
  destroy(): void;
} {
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: LAYER,
    type: 'symbol',
    source: SOURCE,
    layout: {
      'icon-image': ['get', 'image'],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'icon-padding': 0,
    },
  });
  let kept: KeepOutRect | null = null;
  let written = '';
  const images = new Set<string>();
  return {
    set(rect) {
      const box = rect && {
        x0: Math.round(rect.x0),
        y0: Math.round(rect.y0),
        x1: Math.round(rect.x1),
        y1: Math.round(rect.y1),
      };
      const [w, h] = box ? [box.x1 - box.x0, box.y1 - box.y0] : [0, 0];
      const at = box && w > 0 && h > 0 ? map.unproject([(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2]) : null;
      const image = `keep-out-${w}x${h}`;
      const next = at ? `${image}@${at.lng.toFixed(6)},${at.lat.toFixed(6)}` : '';
      kept = at ? box : null;
      if (next === written) return false;
      written = next;
      if (at && !images.has(image)) {
        // (An icon's collision box is its image: an empty one of the box's size, at 1 image px per CSS px.)
        if (!map.hasImage(image))
          map.addImage(image, { width: w, height: h, data: new Uint8Array(w * h * 4) });
        images.add(image);
      }
      (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData({
        type: 'FeatureCollection',
        features: at
          ? [
              {
                type: 'Feature',
                properties: { image },
                geometry: { type: 'Point', coordinates: [at.lng, at.lat] },
              },
            ]
          : [],
      });
      return true;
    },
    rect: () => kept,
    key: () => (kept ? `${kept.x0},${kept.y0},${kept.x1},${kept.y1}` : ''),
    destroy() {
      if (map.getLayer(LAYER)) map.removeLayer(LAYER);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
      for (const image of images) if (map.hasImage(image)) map.removeImage(image);
    },
  };
}
