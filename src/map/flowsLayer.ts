import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { LonLat } from '../core/draw/arc';
import type { CountryFlow } from '../core/draw/countryFlows';
import { MAP_THEMES, type Theme } from '../core/draw/theme';
import { FLOW_MAX_EMS, LEFT_OUT } from '../core/draw/pictureLabels';
import { ALL_FAINT } from '../core/draw/drawPlan';
import { holding, type LiveName } from './namePlan';
import { addArcsLayer, type Projection } from './arcsLayer';
import {
  addDotBlocks,
  addLeaderImages,
  edgeOf,
  endLabels,
  rescaleDotBlocks,
  pinned,
  restyleEndLabels,
  type Pin,
  type Side,
  type SideRule,
} from './endsLayer';

/** A flow's or a hub's name as the planner reads it (`LiveName`), in its layer's order of placement. */
const liveName = (
  id: string,
  e: { n: number; to: LonLat; text: string; side: Side },
  layer: number,
): LiveName => ({
  id,
  text: e.text,
  at: e.to,
  priority: e.n,
  maxEms: FLOW_MAX_EMS,
  side: e.side,
  layer,
});

/** How long after the last change of counts alone (playing, scrubbing) the names are planned again. */
const RECOUNTED_MS = 300;

const ENDS = 'flow-ends';
export const FLOW_DOTS = 'flow-dots';
export const FLOW_LABELS = 'flow-labels';
const FLOW_BLOCKS = 'flow-blocks';
const HUBS = 'hub-ends';
export const HUB_DOTS = 'hub-dots';
export const HUB_LABELS = 'hub-labels';
const HUB_BLOCKS = 'hub-blocks';

/**
 * Country flows on a crowded world map: one line per partner country (width by the partnerships it
 * stands for), with a dot where it ends and the country's name and count ("France · 9"), above the
 * lines with a halo. Lines show and hide by feature-state like arcs; the ends are a source of at most
 * one point per country, rewritten only when a count changes. Beside them, the Vietnamese hubs of the
 * close-up of home ("Hanoï · 41", `hubCounts`), each a dot, always drawn, and a name where it fits.
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
    /**
     * The positions of names about to be shown, by id (`namePlanner`; none: their sides' order), or
     * null if they cannot be planned now (the map moves): their positions are kept until `replan`.
     */
    plan?(names: readonly LiveName[]): ReadonlyMap<string, Pin> | null;
    /** What the plan depends on besides the names: the map's size and camera. */
    planKey?(): string;
    /** Told the countries whose flows' names are shown, whenever they change (none: no names). */
    named?(countries: readonly string[]): void;
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
  /** Plans the names shown again, for the map as it is framed now (after it moved). */
  replan(): void;
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
  const dots = (id: string, source: string, before = o.labelBefore) =>
    map.addLayer(
      {
        id,
        type: 'circle',
        source,
        paint: {
          'circle-radius': 3.5,
          'circle-color': t.label,
          'circle-stroke-color': t.halo,
          'circle-stroke-width': 1.5,
        },
      },
      before,
    );
  dots(FLOW_DOTS, ENDS);
  addLeaderImages(map);
  // (The countries' names in their own colour, apart from the places' and the hubs': `partnerLabel`.)
  map.addLayer(endLabels(FLOW_LABELS, ENDS, 'text', FLOW_MAX_EMS, o.theme, 'partnerLabel'), o.labelBefore);
  // The hubs: a dot each, always drawn (an arc's end is marked, named or not: Đà Nẵng's, in a
  // close-up too small for its name), and a name above the flows' names (placed before them).
  map.addSource(HUBS, { type: 'geojson', data: empty });
  dots(HUB_DOTS, HUBS, FLOW_LABELS);
  map.addLayer(endLabels(HUB_LABELS, HUBS, 'text', FLOW_MAX_EMS, o.theme), o.labelBefore);
  const byId = new Map(flows.map((f) => [f.id, f]));
  let written = '';
  /** The names last asked for, and what their plan was made for and gave. */
  let asked: { flowEnds: End[]; hubEnds: End[]; labels: boolean } | null = null;
  let planned = '';
  /** The frame (`planKey`) the names' plan was made in. */
  let plannedFrame: string | null = null;
  let pins: ReadonlyMap<string, Pin> = new Map();
  type End = { id: string; n: number; to: LonLat; from?: LonLat; text: string; side: Side };
  /** Writes the names asked for (with their positions, planned again if the map moved). */
  let later = 0;
  const write = (now = false) => {
    if (!asked) return;
    const { flowEnds, hubEnds, labels } = asked;
    const names = labels
      ? [
          ...hubEnds.map((e) => liveName(`h:${e.id}`, e, 0.5)),
          ...flowEnds.map((e) => liveName(`f:${e.id}`, e, 1)),
        ]
      : [];
    // Planned again when the names shown, their sides or the map change; when only their counts do
    // (playing, scrubbing: every step), a moment after the last change, keeping their positions till then.
    const where = `${o.planKey?.() ?? ''}|${names.map((n) => `${n.id}:${n.side}`).join()}`;
    const planKey = `${where}|${names.map((n) => n.text).join()}`;
    window.clearTimeout(later);
    if (o.plan && planKey !== planned) {
      if (!now && where === planned.slice(0, where.length) && planned[where.length] === '|')
        later = window.setTimeout(() => write(true), RECOUNTED_MS);
      else {
        // (Other flows, or other counts, in the same frame: the names shown keep their positions where
        // they can, `holding`.)
        const frame = o.planKey?.() ?? '';
        const next = o.plan(frame === plannedFrame ? holding(names, pins) : names);
        if (next) [pins, planned, plannedFrame] = [next, planKey, frame];
      }
    }
    const edge = (key: string, e: End) => pinned(key, e.side, pins);
    const key = `${labels}|${[...flowEnds.map((e) => `${e.id}:${e.n}:${edge(`f:${e.id}`, e)}`), ...hubEnds.map((e) => `${e.id}:${e.n}:${edge(`h:${e.id}`, e)}`)].join()}`;
    if (key === written) return;
    written = key;
    o.named?.(labels ? flowEnds.filter((e) => edge(`f:${e.id}`, e) !== LEFT_OUT).map((e) => e.id) : []);
    // Without labels (behind a selection) the ends go too: the selection's own ends are named.
    const features = (xs: readonly End[], prefix: string): FeatureCollection => ({
      type: 'FeatureCollection',
      features: (labels ? xs : []).map((e) => ({
        type: 'Feature' as const,
        properties: { id: e.id, text: e.text, rank: -e.n, edge: edge(`${prefix}:${e.id}`, e) },
        geometry: { type: 'Point' as const, coordinates: e.to },
      })),
    });
    (map.getSource(ENDS) as GeoJSONSource | undefined)?.setData(features(flowEnds, 'f'));
    (map.getSource(HUBS) as GeoJSONSource | undefined)?.setData(features(hubEnds, 'h'));
  };
  return {
    show(counts, strong, labels, hubs = new Map()) {
      // (All faint: no flow has an empty id, `ALL_FAINT`.)
      lines.show(counts, strong === 'dim' ? ALL_FAINT : strong);
      // (The sides of the names follow the map's size: `edge`.) The hubs' ends are their places.
      // (A flow's start too: in a close-up its name goes away from it first, `awayFrom`.)
      const ends = (
        xs: ReadonlyMap<string, number>,
        at: (id: string) => { to: LonLat; from?: LonLat } | undefined,
      ) =>
        [...xs].flatMap(([id, n]): End[] => {
          const end = at(id);
          if (!end) return [];
          const text = `${o.name(id)} · ${n}`;
          const side = o.edge ? o.edge(end.to[0], end.to[1], text, end.from) : edgeOf(end.to[0]);
          return [{ id, n, to: end.to, ...(end.from ? { from: end.from } : {}), text, side }];
        });
      asked = {
        flowEnds: ends(counts, (id) => byId.get(id)),
        hubEnds: ends(hubs, (id) => {
          const to = o.at(id);
          return to && { to };
        }),
        labels,
      };
      write();
    },
    replan: () => write(true),
    blockDots(beforeId) {
      addDotBlocks(map, FLOW_BLOCKS, ENDS, beforeId);
      addDotBlocks(map, HUB_BLOCKS, HUBS, beforeId);
    },
    line: (id) => lines.line(id),
    setProjection: (p) => lines.setProjection(p),
    setLook(theme, scale) {
      lines.setLook(theme, scale);
      const k = MAP_THEMES[theme];
      for (const id of [FLOW_DOTS, HUB_DOTS]) {
        map.setPaintProperty(id, 'circle-color', k.label);
        map.setPaintProperty(id, 'circle-stroke-color', k.halo);
        map.setPaintProperty(id, 'circle-radius', 3.5 * scale);
        map.setPaintProperty(id, 'circle-stroke-width', 1.5 * scale);
      }
      restyleEndLabels(map, FLOW_LABELS, theme, scale, 'partnerLabel');
      restyleEndLabels(map, HUB_LABELS, theme, scale);
      for (const id of [FLOW_BLOCKS, HUB_BLOCKS]) if (map.getLayer(id)) rescaleDotBlocks(map, id, scale);
    },
    reset() {
      lines.reset();
      written = '';
      planned = '';
    },
    destroy() {
      window.clearTimeout(later);
      lines.destroy();
      for (const id of [FLOW_BLOCKS, HUB_BLOCKS, HUB_LABELS, HUB_DOTS, FLOW_LABELS, FLOW_DOTS])
        if (map.getLayer(id)) map.removeLayer(id);
      for (const id of [ENDS, HUBS]) if (map.getSource(id)) map.removeSource(id);
    },
  };
}
