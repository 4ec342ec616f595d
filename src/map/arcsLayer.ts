import type { ExpressionSpecification, GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { greatCircle, type LonLat } from '../core/draw/arc';
import { flowCurve } from '../core/draw/flowCurve';
import { arcLineLayer } from './lineLayer';
import { addDrawIn, DRAW_IN } from './drawIn';
import { arcLook, flowLook, MAP_SIZES, MAP_THEMES, type Theme } from '../core/draw/theme';
import type { ArcEnds } from '../core/view/possibleArcs';

/** What a layer draws: single arcs (a Vietnamese unit and a partner), or country flows. */
export type LineKind = 'arcs' | 'flows';
/** The layers that catch pointers and fingers around each kind's lines. */
export const HIT_LAYERS: Record<LineKind, string> = { arcs: 'arcs-hit', flows: 'flows-hit' };
/** Width (CSS px) of the invisible line that catches pointers and fingers around each arc. */
export const ARC_HIT_WIDTH = 22;

/** The map's projection: the flat map draws flow curves, the globe great circles. */
export type Projection = 'flat' | 'globe';

/** An arc's (or a flow's) line as drawn on a projection. */
export const arcLine = (
  a: Pick<ArcEnds, 'from' | 'to' | 'side'> & { flat?: LonLat[] },
  p: Projection,
): LonLat[] => (p === 'globe' ? greatCircle(a.from, a.to) : (a.flat ?? flowCurve(a.from, a.to, a.side)));

/**
 * Adds every arc (or country flow) that can appear once, under the map's labels (`beforeId`);
 * showing, weighting and highlighting them later is feature-state only (no re-tiling on the worker
 * while scrubbing). Returns the updater, the lines drawn (for picking) and the teardown.
 */
export function addArcsLayer(
  map: MlMap,
  arcs: readonly (Pick<ArcEnds, 'id' | 'from' | 'to' | 'side'> & { flat?: LonLat[] })[],
  theme: Theme,
  beforeId?: string,
  o: {
    kind?: LineKind;
    /** Arcs that appear draw themselves in from their Vietnamese end (not with reduced motion). */
    animate?: boolean;
  } = {},
): {
  /** Shows these lines, each with its weight (an arc's events, a flow's partnerships). */
  show(visible: ReadonlyMap<string, number>, selected: ReadonlySet<string>): void;
  /** The line of an arc as drawn now. */
  line(id: string): LonLat[] | undefined;
  /** Redraws the lines for a projection (once per switch: a `setData`). */
  setProjection(p: Projection): void;
  /** Draws the arcs in another colour scheme, their widths multiplied by `scale`. */
  setLook(theme: Theme, scale: number): void;
  /** The arcs drawing themselves in now, with the share drawn so far. */
  drawing(): ReadonlyMap<string, number>;
  /** Forgets what was shown (feature-state is lost with a WebGL context): the next `show` sets all. */
  reset(): void;
  destroy(): void;
} {
  const kind = o.kind ?? 'arcs';
  const SOURCE = kind;
  const LAYER = kind;
  const HIT = HIT_LAYERS[kind];
  let lines = new Map<string, LonLat[]>();
  const data = (p: Projection): FeatureCollection => {
    lines = new Map(arcs.map((a) => [a.id, arcLine(a, p)]));
    return {
      type: 'FeatureCollection',
      features: arcs.map((a) => ({
        type: 'Feature',
        properties: { id: a.id },
        geometry: { type: 'LineString', coordinates: lines.get(a.id) ?? [] },
      })),
    };
  };
  map.addSource(SOURCE, { type: 'geojson', data: data('flat'), promoteId: 'id' });
  // Width grows with the events of the pair (the legend says how); the selection's arcs are drawn a
  // little wider, the others faint. Many arcs on the map are thinner and translucent (`arcLook`): each
  // arc's width and opacity are its feature-state, so that a new look changes state only (changing a
  // paint expression would re-tile the source on the worker, mid-scrub).
  let look = arcLook(0);
  const width = (scale: number): ExpressionSpecification => [
    '*',
    scale,
    [
      '+',
      ['number', ['feature-state', 'width'], MAP_SIZES.arcBase + MAP_SIZES.arcPerEvent],
      ['case', ['boolean', ['feature-state', 'strong'], false], 1, 0],
    ],
  ];
  const visible: ExpressionSpecification = ['boolean', ['feature-state', 'visible'], false];
  const opacity: ExpressionSpecification = [
    'case',
    visible,
    [
      'case',
      ['boolean', ['feature-state', 'dim'], false],
      MAP_SIZES.dimOpacity,
      ['number', ['feature-state', 'opacity'], MAP_SIZES.arcOpacity],
    ],
    0,
  ];
  const layer = arcLineLayer(LAYER, SOURCE, theme, { width: width(1), opacity });
  map.addLayer(
    { ...layer, paint: { ...layer.paint, 'line-opacity-transition': { duration: 400 } } },
    beforeId,
  );
  // A wide invisible line catches pointers and fingers (hits on hidden arcs are ignored by the caller;
  // no filter here, since changing a filter re-tiles the source at every scrub step).
  map.addLayer(
    { id: HIT, type: 'line', source: SOURCE, paint: { 'line-width': ARC_HIT_WIDTH, 'line-opacity': 0 } },
    beforeId,
  );
  const drawIn = o.animate ? addDrawIn(map, theme, beforeId) : null;
  /** Arcs drawing themselves in: shown once drawn. */
  const growing = new Set<string>();
  let shown = new Map<string, number>();
  let sel = new Set<string>();
  return {
    show(next, selected) {
      // Arcs that appear draw in (a few at a time; not on the first picture, nor after a jump).
      const fresh = drawIn && shown.size > 0 ? [...next.keys()].filter((id) => !shown.has(id)) : [];
      const grow = new Set(fresh.length <= DRAW_IN.max ? fresh : []);
      // Touch only the arcs whose state changes (all of them when the look does).
      const any = selected.size > 0;
      const nextLook = arcLook(next.size);
      const restyled = nextLook.opacity !== look.opacity;
      look = nextLook;
      const drawn = (n: number) =>
        kind === 'flows'
          ? flowLook(n)
          : { width: look.base + look.perEvent * Math.min(4, n), opacity: look.opacity };
      for (const [id, n] of next) {
        const starts = grow.has(id);
        if (
          starts ||
          restyled ||
          shown.get(id) !== n ||
          sel.has(id) !== selected.has(id) ||
          sel.size > 0 !== any
        ) {
          const on = selected.has(id);
          const look = drawn(n);
          const dim = any && !on;
          if (starts) growing.add(id);
          map.setFeatureState(
            { source: SOURCE, id },
            { visible: !growing.has(id), ...look, dim, strong: on },
          );
          const line = lines.get(id);
          if (starts && line && drawIn)
            drawIn.start(
              id,
              line,
              look.width + (on ? 1 : 0),
              dim ? MAP_SIZES.dimOpacity : look.opacity,
              () => {
                growing.delete(id);
                if (shown.has(id)) map.setFeatureState({ source: SOURCE, id }, { visible: true });
              },
            );
        }
      }
      for (const id of shown.keys()) {
        if (next.has(id)) continue;
        map.setFeatureState({ source: SOURCE, id }, { visible: false });
        if (growing.delete(id)) drawIn?.cancel(id);
      }
      shown = new Map(next);
      sel = new Set(selected);
    },
    line: (id) => lines.get(id),
    drawing: () => drawIn?.drawing() ?? new Map(),
    setProjection(p) {
      (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(data(p));
    },
    setLook(t, scale) {
      map.setPaintProperty(LAYER, 'line-color', MAP_THEMES[t].arc);
      map.setPaintProperty(LAYER, 'line-width', width(scale));
      drawIn?.setLook(t, scale);
    },
    reset() {
      growing.clear();
      shown = new Map();
      sel = new Set();
    },
    destroy() {
      drawIn?.destroy();
      for (const id of [HIT, LAYER]) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    },
  };
}
