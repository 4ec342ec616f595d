import {
  GlobeControl,
  LngLatBounds,
  Map as MlMap,
  NavigationControl,
  setWorkerUrl,
  type MapGeoJSONFeature,
  type PointLike,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Topology } from 'topojson-specification';
import { successorAt } from '../core/adminChanges';
import type { LonLat } from '../core/draw/arc';
import { arcId } from '../core/arcId';
import type { Atlas } from '../core/atlas';
import { indexOf } from '../core/atlasIndex';
import type { Lang } from '../core/i18n';
import type { Geography, VisibleArc } from '../core/view/visibleArcs';
import { openingBounds, type Theme } from '../core/draw/theme';
import type { Translate } from '../ui/messages';
import { addArcsLayer, ARC_HIT_LAYER, type ArcEnds } from './arcsLayer';
import { applyBasemapLook, basemapStyle, labelPoints, provinceLabelFilter } from './basemapStyle';

// MapLibre v6 does not emit its worker in a Vite build unless its URL is given (see ENVIRONMENT.md).
setWorkerUrl(workerUrl);

/** Every arc that can appear on some day: each pair from its Vietnamese unit and that unit's successors. */
export function possibleArcs(atlas: Atlas): ArcEnds[] {
  const ix = indexOf(atlas);
  const at = (id: string): LonLat | undefined => {
    const p = ix.place(id);
    return p && [p.lon, p.lat];
  };
  const days = [...new Set(atlas.adminChanges.map((c) => c.date))];
  const out = new Map<string, ArcEnds>();
  for (const pair of atlas.pairs) {
    const to = at(pair.partner);
    for (const vn of new Set([pair.vn, ...days.map((d) => successorAt(pair.vn, d, atlas.adminChanges))])) {
      const from = at(vn);
      const id = arcId(vn, pair.partner);
      if (from && to) out.set(id, { id, from, to });
    }
  }
  return [...out.values()];
}

/** What the map draws for a state. */
export interface MapRender {
  /** The arcs visible on the day. */
  arcs: readonly VisibleArc[];
  geography: Geography;
  day: string;
  /** Arcs of the selection (the others are dimmed when there is one). */
  selected: ReadonlySet<string>;
  /** Places at either end of a visible arc (highlighted). */
  active: ReadonlySet<string>;
}

export interface MapView {
  map: MlMap;
  /** Resolves once the style and arcs are in and the first frame is drawn. */
  ready: Promise<void>;
  /** Stops keeping the first framing on resize (a view was restored from the URL). */
  unframe(): void;
  /** True while the first framing is kept (the reader has not moved the map). */
  isFramed(): boolean;
  /** Resolves once the map has drawn everything asked of it so far. */
  idle(): Promise<void>;
  render(r: MapRender): void;
  /** Draws the map in another colour scheme (sources and feature-state are kept). */
  setTheme(theme: Theme): void;
  /** Multiplies label sizes and line widths (presentation on a wall screen; 1 is normal). */
  setScale(scale: number): void;
  /** After a restored WebGL context: feature-state and filters are gone, so the next render sets all. */
  reset(): void;
  destroy(): void;
}

export interface MapViewOptions {
  lang: Lang;
  tr: Translate;
  reducedMotion: boolean;
  theme: Theme;
  /** Label and line scale (default 1). */
  scale?: number;
  /** Wheel and one-finger gestures scroll the host page; Ctrl/⌘ + wheel and two fingers move the map. */
  cooperativeGestures: boolean;
  onPick(id: string | null): void;
  onHover?(id: string | null, x: number, y: number): void;
}

/** Creates the map; throws (GPUInitializationError) when WebGL2 is missing, for the caller's fallback. */
export function createMapView(
  container: HTMLElement,
  atlas: Atlas,
  topo: Topology,
  opts: MapViewOptions,
): MapView {
  const map = new MlMap({
    container,
    style: basemapStyle(topo, labelPoints(atlas.places, opts.lang), opts.theme),
    attributionControl: { compact: true, customAttribution: atlas.attribution.join(' · ') },
    renderWorldCopies: false,
    fadeDuration: opts.reducedMotion ? 0 : 300,
    cooperativeGestures: opts.cooperativeGestures,
    locale: mapLocale(opts.tr),
  });
  // A first view that frames Vietnam with Hoàng Sa and Trường Sa, and every partner, on a phone as on a
  // wall screen.
  const [w, s, e, n] = openingBounds(atlas);
  const bounds = new LngLatBounds([w, s], [e, n]);
  // Zoom buttons (for those who cannot pinch or scroll) and the globe view (arcs are densified great
  // circles, so they follow the globe too).
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new GlobeControl(), 'top-right');
  const frame = () =>
    map.fitBounds(bounds, { padding: Math.min(60, container.clientWidth / 10), animate: false });
  frame();
  // Until the reader moves the map, keep that framing when the container changes size (the details
  // panel opening beside the map, a phone turned, an iframe resized).
  let framed = true;
  map.on('movestart', (e) => {
    if ('originalEvent' in e && e.originalEvent) framed = false;
  });
  map.on('resize', () => {
    if (framed) frame();
  });
  let arcs: ReturnType<typeof addArcsLayer> | null = null;
  let activeNow = new Set<string>();
  let labelsFor: Geography | null = null;
  let theme = opts.theme;
  let scale = opts.scale ?? 1;
  /** Sets the current scheme and scale (once the style and arcs are in; `load` applies them then). */
  const restyle = () => {
    if (!arcs) return;
    applyBasemapLook(map, theme, scale);
    arcs.setLook(theme, scale);
  };
  const ready = new Promise<void>((resolve) => {
    map.once('load', () => {
      // The full credits are in the page footer: start with the compact attribution closed.
      const attrib = container.querySelector('.maplibregl-ctrl-attrib');
      attrib?.classList.remove('maplibregl-compact-show');
      attrib?.removeAttribute('open');
      arcs = addArcsLayer(map, possibleArcs(atlas), opts.theme);
      // The style was made in the first scheme at scale 1; either may have changed while it loaded.
      if (theme !== opts.theme || scale !== 1) restyle();
      if (opts.reducedMotion) map.setPaintProperty('arcs', 'line-opacity-transition', { duration: 0 });
      // The state asked for before the style loaded is drawn now, so `ready` means "drawn as asked".
      if (pendingRender) view.render(pendingRender);
      map.once('idle', () => resolve());
    });
  });
  const pickLayers = [ARC_HIT_LAYER, 'vn63-fill', 'vn34-fill', 'regions-fill'];
  /** What is under a point: a visible arc first, else a province or partner region. */
  const hitAt = (point: PointLike): string | null => {
    const hits: MapGeoJSONFeature[] = map.queryRenderedFeatures(point, {
      layers: pickLayers.filter((l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none'),
    });
    const arc = hits.find(
      (h) =>
        h.layer.id === ARC_HIT_LAYER &&
        map.getFeatureState({ source: 'arcs', id: String(h.properties.id) }).visible,
    );
    const area = hits.find((h) => h.layer.id !== ARC_HIT_LAYER);
    return String(arc?.properties.id ?? area?.properties.id ?? '') || null;
  };
  map.on('click', (e) => opts.onPick(hitAt(e.point)));
  // Hover tooltips only where a pointer can hover (not on touch screens, where a tap selects).
  if (opts.onHover && container.ownerDocument.defaultView?.matchMedia('(hover: hover)').matches) {
    const onHover = opts.onHover;
    let last: string | null = null;
    map.on('mousemove', (e) => {
      const id = hitAt(e.point);
      map.getCanvas().style.cursor = id ? 'pointer' : '';
      if (id !== last || id) onHover(id, e.point.x, e.point.y);
      last = id;
    });
    map.on('mouseout', () => {
      last = null;
      onHover(null, 0, 0);
    });
  }
  let pendingRender: MapRender | null = null;
  const view: MapView = {
    map,
    ready,
    unframe: () => {
      framed = false;
    },
    isFramed: () => framed,
    idle: () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
    render(r) {
      const { arcs: visible, geography, day, selected, active } = r;
      if (!arcs) {
        pendingRender = r;
        return;
      }
      // Province labels follow the geography; the filter changes only when the geography does.
      if (geography !== labelsFor) {
        map.setFilter('province-labels', provinceLabelFilter(day));
        labelsFor = geography;
      }
      arcs.show(new Map(visible.map((a) => [a.id, a.events.length])), selected);
      const show = (g: Geography) => (geography === g ? 'visible' : 'none');
      for (const g of ['vn63', 'vn34'] as const) {
        for (const kind of ['fill', 'line', 'active']) {
          if (map.getLayoutProperty(`${g}-${kind}`, 'visibility') !== show(g))
            map.setLayoutProperty(`${g}-${kind}`, 'visibility', show(g));
        }
      }
      for (const id of activeNow) if (!active.has(id)) setActive(map, id, false);
      for (const id of active) if (!activeNow.has(id)) setActive(map, id, true);
      activeNow = new Set(active);
    },
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      restyle();
    },
    setScale(next) {
      if (next === scale) return;
      scale = next;
      restyle();
    },
    reset() {
      arcs?.reset();
      activeNow = new Set();
      labelsFor = null;
    },
    destroy() {
      arcs?.destroy();
      map.remove();
    },
  };
  return view;
}

/** MapLibre's own interface strings in the reader's language. */
const mapLocale = (tr: Translate): Record<string, string> => ({
  'NavigationControl.ZoomIn': tr('mlZoomIn'),
  'NavigationControl.ZoomOut': tr('mlZoomOut'),
  'GlobeControl.Enable': tr('mlGlobeOn'),
  'GlobeControl.Disable': tr('mlGlobeOff'),
  'AttributionControl.ToggleAttribution': tr('mlAttribution'),
  'Map.Title': tr('mapLabel'),
  'CooperativeGesturesHandler.WindowsHelpText': tr('mlCoopWin'),
  'CooperativeGesturesHandler.MacHelpText': tr('mlCoopMac'),
  'CooperativeGesturesHandler.MobileHelpText': tr('mlCoopMobile'),
});

function setActive(map: MlMap, id: string, on: boolean): void {
  const source = id.startsWith('VN25-') ? 'vn34' : id.startsWith('VN-') ? 'vn63' : 'regions';
  map.setFeatureState({ source, id }, { active: on });
  // Unchanged units (VN-13…) are drawn in both eras.
  if (source === 'vn63') map.setFeatureState({ source: 'vn34', id }, { active: on });
}
