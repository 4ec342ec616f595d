import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { CountryFlow } from '../core/draw/countryFlows';
import { MAP_THEMES, type Theme } from '../core/draw/theme';
import { FLOW_MAX_EMS } from '../core/draw/pictureLabels';
import { addArcsLayer, type Projection } from './arcsLayer';
import {
  addDotBlocks,
  edgeOf,
  endLabels,
  rescaleDotBlocks,
  restyleEndLabels,
  type SideRule,
} from './endsLayer';

const ENDS = 'flow-ends';
export const FLOW_DOTS = 'flow-dots';
export const FLOW_LABELS = 'flow-labels';
const FLOW_BLOCKS = 'flow-blocks';

/**
 * Country flows on a crowded world map: one line per partner country (width by the partnerships it
 * stands for), with a dot where it ends and the country's name and count ("France · 9"), above the
 * lines with a halo. Lines show and hide by feature-state like arcs; the ends are a source of at most
 * one point per country, rewritten only when a count changes.
 */
export function addFlowsLayer(
  map: MlMap,
  flows: readonly CountryFlow[],
  o: {
    theme: Theme;
    name(id: string): string;
    lineBefore?: string;
    labelBefore?: string;
    /** Which side of its dot a flow's name keeps to (default: inwards at the world's edges). */
    edge?: SideRule;
  },
): {
  /**
   * Shows these flows with their counts (none: an empty map): `strong` ones stronger and the others
   * faint, or all faint ('dim', behind a selection); with their labels or without.
   */
  show(counts: ReadonlyMap<string, number>, strong: ReadonlySet<string> | 'dim', labels: boolean): void;
  /** Keeps every name off the flows' dots: call once, after the last layer of names is added. */
  blockDots(beforeId?: string): void;
  line(id: string): ReturnType<ReturnType<typeof addArcsLayer>['line']>;
  setProjection(p: Projection): void;
  setLook(theme: Theme, scale: number): void;
  reset(): void;
  destroy(): void;
} {
  const lines = addArcsLayer(map, flows, o.theme, o.lineBefore, { kind: 'flows' });
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
  map.addSource(ENDS, { type: 'geojson', data: empty });
  const t = MAP_THEMES[o.theme];
  map.addLayer(
    {
      id: FLOW_DOTS,
      type: 'circle',
      source: ENDS,
      paint: {
        'circle-radius': 3.5,
        'circle-color': t.label,
        'circle-stroke-color': t.halo,
        'circle-stroke-width': 1.5,
      },
    },
    o.labelBefore,
  );
  map.addLayer(endLabels(FLOW_LABELS, ENDS, 'text', FLOW_MAX_EMS, o.theme), o.labelBefore);
  const byId = new Map(flows.map((f) => [f.id, f]));
  let written = '';
  return {
    show(counts, strong, labels) {
      // No flow has an empty id: selecting it dims them all.
      lines.show(counts, strong === 'dim' ? new Set(['']) : strong);
      // (The sides of the names follow the map's size: `edge`.)
      const side = (id: string, n: number) => {
        const f = byId.get(id);
        return f ? (o.edge ? o.edge(f.to[0], f.to[1], `${o.name(id)} · ${n}`) : edgeOf(f.to[0])) : 'middle';
      };
      const key = `${labels}|${[...counts].map(([id, n]) => `${id}:${n}:${side(id, n)}`).join()}`;
      if (key === written) return;
      written = key;
      // Without labels (behind a selection) the ends go too: the selection's own ends are named.
      const features = [...(labels ? counts : [])].flatMap(([id, n]) => {
        const f = byId.get(id);
        if (!f) return [];
        return [
          {
            type: 'Feature' as const,
            properties: {
              id,
              text: `${o.name(id)} · ${n}`,
              rank: -n,
              edge: side(id, n),
            },
            geometry: { type: 'Point' as const, coordinates: f.to },
          },
        ];
      });
      (map.getSource(ENDS) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
    },
    blockDots: (beforeId) => addDotBlocks(map, FLOW_BLOCKS, ENDS, beforeId),
    line: (id) => lines.line(id),
    setProjection: (p) => lines.setProjection(p),
    setLook(theme, scale) {
      lines.setLook(theme, scale);
      const k = MAP_THEMES[theme];
      map.setPaintProperty(FLOW_DOTS, 'circle-color', k.label);
      map.setPaintProperty(FLOW_DOTS, 'circle-stroke-color', k.halo);
      restyleEndLabels(map, FLOW_LABELS, theme, scale);
      if (map.getLayer(FLOW_BLOCKS)) rescaleDotBlocks(map, FLOW_BLOCKS, scale);
    },
    reset() {
      lines.reset();
      written = '';
    },
    destroy() {
      lines.destroy();
      for (const id of [FLOW_BLOCKS, FLOW_LABELS, FLOW_DOTS]) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(ENDS)) map.removeSource(ENDS);
    },
  };
}
