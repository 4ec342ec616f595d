import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { LonLat } from '../core/draw/arc';
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
const HUBS = 'hub-ends';
export const HUB_LABELS = 'hub-labels';
/** A hub's dot (CSS px at scale 1): the flows' dots', 3.5 px with a halo of 1.5. */
const HUB_DOT = { r: 3.5, halo: 1.5 };

/**
 * A hub's dot as an image of the scheme's colours (at twice the CSS px, for sharp dots on a dense
 * screen): drawn by the symbol that names it, so that the dot shows only where its name does.
 */
function hubDotImage(theme: Theme): { width: number; height: number; data: Uint8Array } {
  const k = 2;
  const outer = (HUB_DOT.r + HUB_DOT.halo) * k;
  const size = Math.ceil(outer * 2);
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const t = MAP_THEMES[theme];
  const [fill, halo] = [rgb(t.label), rgb(t.halo)];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2);
      // (Edges a pixel wide, as a circle layer's.)
      const cover = Math.max(0, Math.min(1, outer - d + 0.5));
      const inner = Math.max(0, Math.min(1, HUB_DOT.r * k - d + 0.5));
      const c = fill!.map((f, i) => f * inner + halo![i]! * (1 - inner));
      data.set([...c, 255 * cover], (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}
const hubImage = (theme: Theme) => `hub-dot-${theme}`;

/**
 * Country flows on a crowded world map: one line per partner country (width by the partnerships it
 * stands for), with a dot where it ends and the country's name and count ("France · 9"), above the
 * lines with a halo. Lines show and hide by feature-state like arcs; the ends are a source of at most
 * one point per country, rewritten only when a count changes. Beside them, the Vietnamese hubs of the
 * close-up of home ("Hanoï · 41", `hubCounts`), each a dot and a name that show together.
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
    /** Where a hub is drawn (a Vietnamese place: see `hubCounts`), if known. */
    at(id: string): LonLat | undefined;
  },
): {
  /**
   * Shows these flows with their counts (none: an empty map): `strong` ones stronger and the others
   * faint, or all faint ('dim', behind a selection); with their labels or without.
   */
  show(
    counts: ReadonlyMap<string, number>,
    strong: ReadonlySet<string> | 'dim',
    labels: boolean,
    /** The hubs marked and named with their counts beside the flows, placed before their names. */
    hubs?: ReadonlyMap<string, number>,
  ): void;
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
  // The hubs: a dot and a name that show together, above the flows' names (placed before them).
  map.addSource(HUBS, { type: 'geojson', data: empty });
  for (const th of ['light', 'dark'] as const)
    if (!map.hasImage(hubImage(th))) map.addImage(hubImage(th), hubDotImage(th), { pixelRatio: 2 });
  const hubLayer = endLabels(HUB_LABELS, HUBS, 'text', FLOW_MAX_EMS, o.theme);
  map.addLayer(
    {
      ...hubLayer,
      layout: {
        ...hubLayer.layout,
        'icon-image': hubImage(o.theme),
        'icon-padding': 0,
        'text-optional': false,
        'icon-optional': false,
      },
    },
    o.labelBefore,
  );
  const byId = new Map(flows.map((f) => [f.id, f]));
  let written = '';
  return {
    show(counts, strong, labels, hubs = new Map()) {
      // No flow has an empty id: selecting it dims them all.
      lines.show(counts, strong === 'dim' ? new Set(['']) : strong);
      // (The sides of the names follow the map's size: `edge`.) The hubs' ends are their places.
      // (A flow's start too: in a close-up its name goes away from it first, `awayFrom`.)
      const ends = (
        xs: ReadonlyMap<string, number>,
        at: (id: string) => { to: LonLat; from?: LonLat } | undefined,
      ) =>
        [...xs].flatMap(([id, n]) => {
          const end = at(id);
          return end ? [{ id, n, to: end.to, from: end.from, text: `${o.name(id)} · ${n}` }] : [];
        });
      const flowEnds = ends(counts, (id) => byId.get(id));
      const hubEnds = ends(hubs, (id) => {
        const to = o.at(id);
        return to && { to };
      });
      const side = (e: (typeof flowEnds)[number]) =>
        o.edge ? o.edge(e.to[0], e.to[1], e.text, e.from) : edgeOf(e.to[0]);
      const key = `${labels}|${[...flowEnds, ...hubEnds].map((e) => `${e.id}:${e.n}:${side(e)}`).join()}`;
      if (key === written) return;
      written = key;
      // Without labels (behind a selection) the ends go too: the selection's own ends are named.
      const features = (xs: typeof flowEnds): FeatureCollection => ({
        type: 'FeatureCollection',
        features: (labels ? xs : []).map((e) => ({
          type: 'Feature' as const,
          properties: { id: e.id, text: e.text, rank: -e.n, edge: side(e) },
          geometry: { type: 'Point' as const, coordinates: e.to },
        })),
      });
      (map.getSource(ENDS) as GeoJSONSource | undefined)?.setData(features(flowEnds));
      (map.getSource(HUBS) as GeoJSONSource | undefined)?.setData(features(hubEnds));
    },
    blockDots: (beforeId) => addDotBlocks(map, FLOW_BLOCKS, ENDS, beforeId),
    line: (id) => lines.line(id),
    setProjection: (p) => lines.setProjection(p),
    setLook(theme, scale) {
      lines.setLook(theme, scale);
      const k = MAP_THEMES[theme];
      map.setPaintProperty(FLOW_DOTS, 'circle-color', k.label);
      map.setPaintProperty(FLOW_DOTS, 'circle-stroke-color', k.halo);
      map.setPaintProperty(FLOW_DOTS, 'circle-radius', 3.5 * scale);
      map.setPaintProperty(FLOW_DOTS, 'circle-stroke-width', 1.5 * scale);
      restyleEndLabels(map, FLOW_LABELS, theme, scale);
      restyleEndLabels(map, HUB_LABELS, theme, scale);
      map.setLayoutProperty(HUB_LABELS, 'icon-image', hubImage(theme));
      map.setLayoutProperty(HUB_LABELS, 'icon-size', scale);
      if (map.getLayer(FLOW_BLOCKS)) rescaleDotBlocks(map, FLOW_BLOCKS, scale);
    },
    reset() {
      lines.reset();
      written = '';
    },
    destroy() {
      lines.destroy();
      for (const id of [FLOW_BLOCKS, HUB_LABELS, FLOW_LABELS, FLOW_DOTS])
        if (map.getLayer(id)) map.removeLayer(id);
      for (const id of [ENDS, HUBS]) if (map.getSource(id)) map.removeSource(id);
    },
  };
}
