import type { Map as MlMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LIVE_EDGE_PX } from '../core/draw/pictureLabels';
import { addEdgeKeepOut, addKeepOut } from './keepOut';

type Image = { width: number; height: number };

/**
 * A map of `w` × `h` CSS px whose points are px from its top left (what its layers are given), its
 * images in `images`, its sources' data in `data`, and its missing-image resolver given to `resolver`.
 */
const mapOf = (
  [w, h]: [number, number],
  images: Map<string, Image>,
  data = new Map<string, unknown>(),
  resolver: (f: (id: string) => void) => void = () => {},
  zoom = 3,
) =>
  ({
    getZoom: () => zoom,
    getProjection: () => ({ type: 'mercator' }),
    getContainer: () => ({ clientWidth: w, clientHeight: h }),
    addSource: () => {},
    addLayer: () => {},
    getSource: (id: string) => ({ setData: (d: unknown) => void data.set(id, d) }),
    hasImage: (id: string) => images.has(id),
    addImage: (id: string, img: Image) => void images.set(id, img),
    removeImage: (id: string) => void images.delete(id),
    setPaintProperty: () => {},
    unproject: ([x, y]: [number, number]) => ({ lng: x, lat: y }),
    project: ([x, y]: [number, number]) => ({ x, y }),
    setMissingStyleImageResolver: resolver,
  }) as unknown as MlMap;

describe('addEdgeKeepOut', () => {
  it('keeps out a band past each edge of the map, as wide as MapLibre keeps names past it, centred on it', () => {
    // A map of 300 × 200 CSS px whose points are px from its top left: what its layers are given.
    const [w, h] = [300, 200];
    const images = new Map<string, Image>();
    const data = new Map<
      string,
      { features: { properties: { image: string }; geometry: { coordinates: number[] } }[] }
    >();
    const map = mapOf([w, h], images, data);
    const edges = addEdgeKeepOut(map);
    edges.set();
    const e = LIVE_EDGE_PX;
    // Each band: its image's size and where its centre is.
    const band = (side: string) => {
      const f = data.get(`keep-out-${side}`)!.features[0]!;
      const { width, height } = images.get(f.properties.image)!;
      const [x, y] = f.geometry.coordinates as [number, number];
      return { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
    };
    expect(band('left')).toEqual({ x0: -e, y0: -e, x1: 0, y1: h + e });
    expect(band('right')).toEqual({ x0: w, y0: -e, x1: w + e, y1: h + e });
    expect(band('top')).toEqual({ x0: 0, y0: -e, x1: w, y1: 0 });
    expect(band('bottom')).toEqual({ x0: 0, y0: h, x1: w, y1: h + e });
  });

  it('keeps out none where the world is not wider than the map and its bands (their copies a world away)', () => {
    // A laptop's world view: 1280 px of map, a world of 512 × 2^1.3 ≈ 1260 px. MapLibre draws each band
    // on the world's copies too: the left band's copy lay inside the map.
    const data = new Map<string, { features: unknown[] }>();
    const edges = addEdgeKeepOut(mapOf([1280, 600], new Map(), data, undefined, 1.3));
    edges.set();
    for (const side of ['left', 'right', 'top', 'bottom'])
      expect(data.get(`keep-out-${side}`)?.features ?? []).toEqual([]);
  });
});

describe('addKeepOut', () => {
  it('gives MapLibre the empty image of a box of an older size where a tile still asks for it', () => {
    // The worker lays out the data set before, with its image, after the next `setData` has removed
    // it: MapLibre warned "Image "keep-out-201x268" could not be loaded" as a selection reframed the map.
    const images = new Map<string, Image>();
    let resolve: ((id: string) => void) | null = null;
    const map = mapOf([400, 300], images, undefined, (f) => void (resolve = f));
    const box = addKeepOut(map);
    for (const w of [100, 110, 120]) box.set({ x0: 0, y0: 0, x1: w, y1: 50 });
    expect(images.has('keep-out-100x50')).toBe(false);
    resolve!('keep-out-100x50');
    expect(images.get('keep-out-100x50')).toMatchObject({ width: 100, height: 50 });
    // (Not another's image.)
    resolve!('sprite-x');
    expect(images.has('sprite-x')).toBe(false);
  });
});
