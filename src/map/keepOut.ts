import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { LIVE_EDGE_PX, type Rect } from '../core/draw/pictureLabels';
import { WORLD_PX } from '../core/draw/mercator';

/** A box of the map (CSS px from its top left). */
export type KeepOutRect = Rect;

/** A box's image's id: its size (an empty image: its collision box is all it is for). */
const IMAGE_ID = /^keep-out-(\d+)x(\d+)$/;

/**
 * The map's resolver of a box's image asked for and not there: an empty image of the size its id says.
 * MapLibre's worker may lay out a tile of the data set before, whose image is gone (`IMAGES_KEPT`):
 * as a selection reframed the map and its close-up, MapLibre warned `Image "keep-out-201x268" could
 * not be loaded` (a reader's review; four such per selection on the 300 events' laptop map), and that
 * tile's names were placed without the box.
 */
const blankOfItsSize = (map: MlMap) => (image: string) => {
  const m = IMAGE_ID.exec(image);
  if (!m || map.hasImage(image)) return;
  const [w, h] = [Number(m[1]), Number(m[2])];
  map.addImage(image, { width: w, height: h, data: new Uint8Array(w * h * 4) });
};

/** Images kept of the boxes' sizes: the one shown and the one before it (its data may be in flight). */
const IMAGES_KEPT = 2;

/**
 * A box of the map that no name may cover: the close-up, drawn over the main map in a box of the page;
 * the map's buttons (`controlsPx`); the bands past a close-up's edges (`addEdgeKeepOut`).
 * MapLibre's collisions know symbols only, and a name beside a dot near the close-up (New Zealand's on a
 * laptop, at the 300 events' opening view) went on under it, cut. An empty image of the box's size,
 * centred on it, in a symbol layer above every other (placed first), never hidden and never covered,
 * keeps them out, as `addDotBlocks` keeps names off dots; the name planner keeps clear of the same box
 * (`namePlanner`), and the build's picture of its close-up (`layoutPictureSvg`).
 *
 * Its centre is a point of the map, set again (`set`) once the map has moved; while it moves, the icon
 * is translated to stay under the box (`follow`, on each frame: a paint property, no new data). `set`
 * says whether what it keeps out changed; `key` is that, for the names' plans.
 */
export function addKeepOut(
  map: MlMap,
  /** Its source's and layer's id (a map may keep out several boxes). */
  id = 'keep-out',
): {
  set(rect: KeepOutRect | null): boolean;
  /** Keeps the icon under the box while the map moves. */
  follow(): void;
  /** The box kept out now (null: none). */
  rect(): KeepOutRect | null;
  key(): string;
  destroy(): void;
} {
  map.setMissingStyleImageResolver?.(blankOfItsSize(map));
  map.addSource(id, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id,
    type: 'symbol',
    source: id,
    layout: {
      'icon-image': ['get', 'image'],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'icon-padding': 0,
    },
    paint: { 'icon-translate': [0, 0], 'icon-translate-anchor': 'viewport' },
  });
  let kept: KeepOutRect | null = null;
  let at: { lng: number; lat: number } | null = null;
  let written = '';
  let shift = '0,0';
  const images: string[] = [];
  const translate = (dx: number, dy: number) => {
    const next = `${Math.round(dx)},${Math.round(dy)}`;
    if (next === shift) return;
    shift = next;
    map.setPaintProperty(id, 'icon-translate', [Math.round(dx), Math.round(dy)]);
  };
  const follow = () => {
    if (!kept || !at) return translate(0, 0);
    const p = map.project([at.lng, at.lat]);
    translate((kept.x0 + kept.x1) / 2 - p.x, (kept.y0 + kept.y1) / 2 - p.y);
  };
  return {
    set(rect) {
      // (Rounded outwards: the box kept out holds the whole close-up.)
      const box = rect && {
        x0: Math.floor(rect.x0),
        y0: Math.floor(rect.y0),
        x1: Math.ceil(rect.x1),
        y1: Math.ceil(rect.y1),
      };
      const [w, h] = box ? [box.x1 - box.x0, box.y1 - box.y0] : [0, 0];
      const centre =
        box && w > 0 && h > 0 ? map.unproject([(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2]) : null;
      const image = `keep-out-${w}x${h}`;
      const next = centre ? `${image}@${centre.lng.toFixed(6)},${centre.lat.toFixed(6)}` : '';
      kept = centre ? box : null;
      at = centre;
      // (Where the point is not the box's centre once projected again, under it: on the globe a point
      // past its edge unprojects to the edge, and a button over space kept names out there.)
      follow();
      if (next === written) return false;
      written = next;
      if (centre && !images.includes(image)) {
        // (An icon's collision box is its image: an empty one of the box's size, at 1 image px per CSS px.)
        if (!map.hasImage(image))
          map.addImage(image, { width: w, height: h, data: new Uint8Array(w * h * 4) });
        images.push(image);
        // (A new size on each step of a window's resizing: the images of older sizes go.)
        for (const old of images.splice(0, Math.max(0, images.length - IMAGES_KEPT)))
          if (map.hasImage(old)) map.removeImage(old);
      }
      (map.getSource(id) as GeoJSONSource | undefined)?.setData({
        type: 'FeatureCollection',
        features: centre
          ? [
              {
                type: 'Feature',
                properties: { image },
                geometry: { type: 'Point', coordinates: [centre.lng, centre.lat] },
              },
            ]
          : [],
      });
      return true;
    },
    follow,
    rect: () => kept,
    key: () => (kept ? `${kept.x0},${kept.y0},${kept.x1},${kept.y1}` : ''),
    destroy() {
      if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(id)) map.removeSource(id);
      for (const image of images) if (map.hasImage(image)) map.removeImage(image);
    },
  };
}

/**
 * Bands just past a close-up's map, on each side, that no name may cover: MapLibre keeps a name that
 * reaches up to 100 px past its map (its collision grid's padding, `LIVE_EDGE_PX`), and the close-up's
 * edge then cut the basemap's names ("o Cai", "ơn La" in the seed data's close-up). With the bands, a
 * name is wholly inside the close-up or not drawn, as in its picture (`staticMapSvg`) and as the name
 * planner places the arcs' and flows' names there (`namePlanner`). `set` once the map has moved or
 * changed size; `follow` while it moves.
 */
export function addEdgeKeepOut(map: MlMap): { set(): void; follow(): void; destroy(): void } {
  const sides = (['left', 'right', 'top', 'bottom'] as const).map((side) => ({
    side,
    box: addKeepOut(map, `keep-out-${side}`),
  }));
  return {
    set() {
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const e = LIVE_EDGE_PX;
      // (None where the world is not wider than the map and its bands: MapLibre draws an icon on the
      // world's copies too, and a band's copy a world away lay inside the map, over the names of
      // half the world at the 300 events' opening view. At that scale the name planner keeps the
      // names inside the map, and the basemap names only countries, far from its edges.)
      const world = WORLD_PX * 2 ** map.getZoom();
      if (map.getProjection()?.type === 'globe' || world < w + 2 * e) {
        for (const { box } of sides) box.set(null);
        return;
      }
      const rects = {
        left: { x0: -e, y0: -e, x1: 0, y1: h + e },
        right: { x0: w, y0: -e, x1: w + e, y1: h + e },
        top: { x0: 0, y0: -e, x1: w, y1: 0 },
        bottom: { x0: 0, y0: h, x1: w, y1: h + e },
      };
      for (const { side, box } of sides) box.set(w > 0 && h > 0 ? rects[side] : null);
    },
    follow: () => sides.forEach(({ box }) => box.follow()),
    destroy: () => sides.forEach(({ box }) => box.destroy()),
  };
}
