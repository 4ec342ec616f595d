import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { LonLat } from '../core/draw/arc';
import { partialLine } from '../core/draw/partialLine';
import { arcLineLayer } from './lineLayer';
import { MAP_THEMES, type Theme } from '../core/draw/theme';

const SOURCE = 'arcs-drawing';
const LAYER = 'arcs-drawing';

/** How arcs draw themselves in when they appear. */
export const DRAW_IN = {
  /** Duration of the drawing, ms. */
  ms: 700,
  /** The drawn line stays while the arc itself fades in (its opacity transition), ms. */
  hold: 400,
  /** More arcs appearing at once (a jump of the timeline) just appear: a burst of lines is noise. */
  max: 8,
};

interface Growing {
  line: LonLat[];
  width: number;
  opacity: number;
  start: number;
  done: () => void;
  finished: boolean;
}

/**
 * Arcs drawing themselves in from their Vietnamese end when their partnership begins: a small source
 * of the lines being drawn, rewritten at each animation frame while any is, styled as the arcs. The
 * arc itself is shown when its drawing ends (`done`). Not used with reduced motion, nor in video
 * frames (their clock is frozen).
 */
export function addDrawIn(
  map: MlMap,
  theme: Theme,
  beforeId?: string,
): {
  start(id: string, line: LonLat[], width: number, opacity: number, done: () => void): void;
  cancel(id: string): void;
  /** The share of each arc drawn so far (for `arcsOnScreen` and the tests). */
  drawing(): ReadonlyMap<string, number>;
  setLook(theme: Theme, scale: number): void;
  destroy(): void;
} {
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  let scale = 1;
  map.addLayer(
    arcLineLayer(LAYER, SOURCE, theme, {
      width: ['*', scale, ['get', 'width']],
      opacity: ['get', 'opacity'],
    }),
    beforeId,
  );
  const growing = new Map<string, Growing>();
  let frame = 0;
  const share = (g: Growing, t: number) => {
    const k = Math.min(1, (t - g.start) / DRAW_IN.ms);
    return 1 - (1 - k) * (1 - k); // ease out
  };
  const tick = () => {
    frame = 0;
    const t = performance.now();
    const features = [];
    for (const [id, g] of growing) {
      const k = share(g, t);
      if (k >= 1 && !g.finished) {
        g.finished = true;
        g.done();
      }
      if (t - g.start > DRAW_IN.ms + DRAW_IN.hold) {
        growing.delete(id);
        continue;
      }
      features.push({
        type: 'Feature' as const,
        properties: { width: g.width, opacity: g.opacity },
        geometry: { type: 'LineString' as const, coordinates: partialLine(g.line, k) },
      });
    }
    (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
    if (growing.size > 0) frame = requestAnimationFrame(tick);
  };
  return {
    start(id, line, width, opacity, done) {
      growing.set(id, { line, width, opacity, start: performance.now(), done, finished: false });
      if (!frame) frame = requestAnimationFrame(tick);
    },
    cancel(id) {
      growing.delete(id);
    },
    drawing() {
      const t = performance.now();
      return new Map([...growing].filter(([, g]) => !g.finished).map(([id, g]) => [id, share(g, t)]));
    },
    setLook(t, s) {
      scale = s;
      map.setPaintProperty(LAYER, 'line-color', MAP_THEMES[t].arc);
      map.setPaintProperty(LAYER, 'line-width', ['*', scale, ['get', 'width']]);
    },
    destroy() {
      cancelAnimationFrame(frame);
      growing.clear();
      if (map.getLayer(LAYER)) map.removeLayer(LAYER);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    },
  };
}
