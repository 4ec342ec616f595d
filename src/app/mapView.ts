import { LngLatBounds, Map as MlMap, setWorkerUrl, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Topology } from 'topojson-specification';
import { successorAt } from '../core/adminChanges';
import type { LonLat } from '../core/arc';
import type { Atlas } from '../core/atlas';
import type { Geography, VisibleArc } from '../core/visibleArcs';
import { addArcsLayer, ARC_HIT_LAYER, type ArcEnds } from '../map/arcsLayer';
import { basemapStyle, labelPoints, provinceLabelFilter } from '../map/basemapStyle';

// MapLibre v6 does not emit its worker in a Vite build unless its URL is given (see ENVIRONMENT.md).
setWorkerUrl(workerUrl);

/** Every arc that can appear on some day: each pair from its Vietnamese unit and that unit's successors. */
export function possibleArcs(atlas: Atlas): ArcEnds[] {
  const at = new Map(atlas.places.map((p) => [p.id, [p.lon, p.lat] as LonLat]));
  const days = [...new Set(atlas.adminChanges.map((c) => c.date))];
  const out = new Map<string, ArcEnds>();
  for (const pair of atlas.pairs) {
    const to = at.get(pair.partner);
    for (const vn of new Set([pair.vn, ...days.map((d) => successorAt(pair.vn, d, atlas.adminChanges))])) {
      const from = at.get(vn);
      const id = `${vn}~${pair.partner}`;
      if (from && to) out.set(id, { id, from, to });
    }
  }
  return [...out.values()];
}

export interface MapView {
  map: MlMap;
  /** Resolves once the style and arcs are in and the first frame is drawn. */
  ready: Promise<void>;
  render(
    arcs: VisibleArc[],
    geography: Geography,
    day: string,
    selected: ReadonlySet<string>,
    active: ReadonlySet<string>,
  ): void;
  destroy(): void;
}

/** Creates the map; throws (GPUInitializationError) when WebGL2 is missing, for the caller's fallback. */
export function createMapView(
  container: HTMLElement,
  atlas: Atlas,
  topo: Topology,
  opts: { reducedMotion: boolean; onPick(id: string | null): void },
): MapView {
  const map = new MlMap({
    container,
    style: basemapStyle(topo, labelPoints(atlas.places, 'vi')),
    attributionControl: { compact: true, customAttribution: atlas.attribution.join(' · ') },
    renderWorldCopies: false,
    fadeDuration: opts.reducedMotion ? 0 : 300,
  });
  // A first view that frames Vietnam and every partner, on a phone as on a wall screen.
  const bounds = new LngLatBounds([102.1, 8.2], [109.5, 23.4]);
  for (const id of new Set(atlas.pairs.map((p) => p.partner))) {
    const p = atlas.places.find((q) => q.id === id);
    if (p) bounds.extend([p.lon, p.lat]);
  }
  map.fitBounds(bounds, { padding: Math.min(60, container.clientWidth / 10), animate: false });
  let arcs: ReturnType<typeof addArcsLayer> | null = null;
  let activeNow = new Set<string>();
  let labelsFor: Geography | null = null;
  const ready = new Promise<void>((resolve) => {
    map.once('load', () => {
      arcs = addArcsLayer(map, possibleArcs(atlas));
      if (opts.reducedMotion) map.setPaintProperty('arcs', 'line-opacity-transition', { duration: 0 });
      map.once('idle', () => resolve());
    });
  });
  const pickLayers = [ARC_HIT_LAYER, 'vn63-fill', 'vn34-fill', 'regions-fill'];
  map.on('click', (e) => {
    const hits: MapGeoJSONFeature[] = map.queryRenderedFeatures(e.point, {
      layers: pickLayers.filter((l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none'),
    });
    const arc = hits.find(
      (h) =>
        h.layer.id === ARC_HIT_LAYER &&
        map.getFeatureState({ source: 'arcs', id: String(h.properties.id) }).visible,
    );
    const area = hits.find((h) => h.layer.id !== ARC_HIT_LAYER);
    opts.onPick(String(arc?.properties.id ?? area?.properties.id ?? '') || null);
  });
  return {
    map,
    ready,
    render(visible, geography, day, selected, active) {
      if (!arcs) return;
      // Province labels follow the geography; the filter changes only when the geography does.
      if (geography !== labelsFor) {
        map.setFilter('province-labels', provinceLabelFilter(day));
        labelsFor = geography;
      }
      arcs.show(new Map(visible.map((a) => [a.id, a.events.length])), selected);
      const show = (g: Geography) => (geography === g ? 'visible' : 'none');
      for (const g of ['vn63', 'vn34'] as const) {
        for (const kind of ['fill', 'line']) {
          if (map.getLayoutProperty(`${g}-${kind}`, 'visibility') !== show(g))
            map.setLayoutProperty(`${g}-${kind}`, 'visibility', show(g));
        }
      }
      for (const id of activeNow) if (!active.has(id)) setActive(map, id, false);
      for (const id of active) if (!activeNow.has(id)) setActive(map, id, true);
      activeNow = new Set(active);
    },
    destroy() {
      arcs?.destroy();
      map.remove();
    },
  };
}

function setActive(map: MlMap, id: string, on: boolean): void {
  const source = id.startsWith('VN25-') ? 'vn34' : id.startsWith('VN-') ? 'vn63' : 'regions';
  map.setFeatureState({ source, id }, { active: on });
  // Unchanged units (VN-13…) are drawn in both eras.
  if (source === 'vn63') map.setFeatureState({ source: 'vn34', id }, { active: on });
}
