import { GlobeControl, Map as MlMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Topology } from 'topojson-specification';
import { parseArcId } from '../core/arcId';
import type { Atlas } from '../core/atlas';
import { indexOf } from '../core/atlasIndex';
import { flowCounts, possibleFlows, showsFlows } from '../core/draw/countryFlows';
import { openingBounds, type Theme } from '../core/draw/theme';
import type { Lang } from '../core/i18n';
import { possibleArcs } from '../core/view/possibleArcs';
import type { Geography, VisibleArc } from '../core/view/visibleArcs';
import type { Translate } from '../ui/messages';
import { addArcsLayer } from './arcsLayer';
import {
  applyBasemapLook,
  basemapStyle,
  countryLabels,
  labelPoints,
  provinceLabelFilter,
} from './basemapStyle';
import { addEndsLayer } from './endsLayer';
import { addFlowsLayer } from './flowsLayer';
import { createFraming, worldConstrain, type Bounds } from './framing';
import { attachPointer } from './mapPointer';
import { mountCloseUp } from './closeUpView';

// MapLibre v6 does not emit its worker in a Vite build unless its URL is given (see ENVIRONMENT.md).
setWorkerUrl(workerUrl);

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

/** An arc as drawn on the screen. */
export interface ScreenArc {
  id: string;
  where: 'map' | 'closeUp';
  points: [number, number][];
  /** While the arc draws itself in: the share of it drawn so far (0–1). */
  drawn?: number;
}

export interface MapView {
  map: MlMap;
  /** Resolves once the style and arcs are in and the first frame is drawn. */
  ready: Promise<void>;
  /** Stops keeping a framing on resize (a view was restored from the URL). */
  unframe(): void;
  /** True while a framing is kept (the reader has not moved the map since). */
  isFramed(): boolean;
  /** Frames these arcs (a selection), or the opening view (null), clear of the controls. */
  frameArcs(ids: readonly string[] | null): void;
  /** Frames these bounds (the close-up's). */
  frameBounds(b: Bounds): void;
  /** Resolves once the map has drawn everything asked of it so far. */
  idle(): Promise<void>;
  /** The visible arcs as drawn, in CSS px from the map's top left, on the map and in the close-up. */
  arcsOnScreen(): ScreenArc[];
  render(r: MapRender): void;
  /**
   * Previews these arcs as a selection would show them (a place or an arc under the pointer: its arcs
   * strong, the others faint), or ends the preview (null). Nothing while there is a selection.
   */
  preview(ids: ReadonlySet<string> | null): void;
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
  /** A close-up of these bounds: a small map without controls or gestures, in the main map's corner. */
  closeUp?: Bounds;
  /** False: never add a close-up map (a map drawn into a single canvas, as video frames are). */
  closeUps?: boolean;
  /** False: arcs that appear do not draw themselves in (video frames, whose clock is frozen). */
  drawIn?: boolean;
}

/** Creates the map; throws (GPUInitializationError) when WebGL2 is missing, for the caller's fallback. */
export function createMapView(
  container: HTMLElement,
  atlas: Atlas,
  topo: Topology,
  opts: MapViewOptions,
): MapView {
  const inset = opts.closeUp !== undefined;
  const ix = indexOf(atlas);
  const name = (id: string) => ix.place(id)?.names[opts.lang] ?? '';
  const countries = [
    ...new Set(['VN', 'CN', 'LA', 'KH', 'TH', ...atlas.events.map((e) => e.partnerCountry)]),
  ];
  // eslint-disable-next-line prefer-const -- read by the constrain callback, which the map calls as it is made
  let made: MlMap | undefined;
  const map = new MlMap({
    container,
    transformConstrain: worldConstrain(() => made),
    style: basemapStyle(
      topo,
      labelPoints(atlas.places, opts.lang),
      opts.theme,
      countryLabels(
        topo,
        countries.map((cc) => ({
          cc,
          name: new Intl.DisplayNames([opts.lang], { type: 'region' }).of(cc) ?? cc,
        })),
      ),
    ),
    attributionControl: inset ? false : { compact: true, customAttribution: atlas.attribution.join(' · ') },
    fadeDuration: opts.reducedMotion ? 0 : 300,
    cooperativeGestures: opts.cooperativeGestures,
    locale: mapLocale(opts.tr),
    // The close-up only picks: the main map is the one to move.
    ...(inset
      ? { dragPan: false, scrollZoom: false, boxZoom: false, doubleClickZoom: false, touchZoomRotate: false }
      : {}),
    ...(inset ? { dragRotate: false, keyboard: false, touchPitch: false } : {}),
  });
  made = map;
  if (!inset) {
    // Zoom buttons (for those who cannot pinch or scroll) and the globe view (great circles there).
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new GlobeControl(), 'top-right');
  }
  const opening = opts.closeUp ?? (openingBounds(atlas) as Bounds);
  /** The bounds a close-up was last asked to frame (its arcs inside them are the neighbours'). */
  let framed: Bounds = opening;
  const inside = ([lon, lat]: readonly number[]) =>
    lon! >= framed[0] && lon! <= framed[2] && lat! >= framed[1] && lat! <= framed[3];
  const framing = createFraming(map, opening, opts.reducedMotion, inset ? 0 : undefined);
  const all = possibleArcs(atlas);
  const arcEnds = new Map(all.map((a) => [a.id, a]));
  let arcs: ReturnType<typeof addArcsLayer> | null = null;
  let ends: ReturnType<typeof addEndsLayer> | null = null;
  let flows: ReturnType<typeof addFlowsLayer> | null = null;
  /** The arcs and the country flows drawn now (and pickable). */
  let visibleNow = new Set<string>();
  let flowsNow = new Set<string>();
  /** Whether the main map draws country flows (its close-up is placed clear of them). */
  let flowMode = false;
  let activeNow = new Set<string>();
  let labelsFor: Geography | null = null;
  let theme = opts.theme;
  let scale = opts.scale ?? 1;
  /** Sets the current scheme and scale (once the style and arcs are in; `load` applies them then). */
  const restyle = () => {
    if (!arcs || !ends) return;
    applyBasemapLook(map, theme, scale);
    arcs.setLook(theme, scale);
    ends.setLook(theme, scale);
    flows?.setLook(theme, scale);
  };
  /** The state last asked for (drawn once the style and arcs are in, if asked before). */
  let lastRender: MapRender | null = null;
  let closeUp: ReturnType<typeof mountCloseUp> | null = null;
  const ready = new Promise<void>((resolve) => {
    map.once('load', () => {
      // The full credits are in the page footer: start with the compact attribution closed.
      const attrib = container.querySelector('.maplibregl-ctrl-attrib');
      attrib?.classList.remove('maplibregl-compact-show');
      attrib?.removeAttribute('open');
      // Arcs go under every label (names stay readable); the ends' dots and names on top.
      arcs = addArcsLayer(map, all, opts.theme, 'province-labels', {
        animate: !opts.reducedMotion && opts.drawIn !== false,
      });
      // A world map with many arcs draws one flow per partner country instead (not a close-up).
      if (!inset)
        flows = addFlowsLayer(map, possibleFlows(atlas), {
          theme: opts.theme,
          name,
          lineBefore: 'province-labels',
          labelBefore: 'archipelago-labels',
        });
      ends = addEndsLayer(map, atlas, all, {
        lang: opts.lang,
        theme: opts.theme,
        beforeId: 'archipelago-labels',
      });
      if (theme !== opts.theme || scale !== 1) restyle();
      if (opts.reducedMotion) map.setPaintProperty('arcs', 'line-opacity-transition', { duration: 0 });
      // The state asked for before the style loaded is drawn now, so `ready` means "drawn as asked".
      if (!inset && opts.closeUps !== false)
        closeUp = mountCloseUp(
          map,
          all,
          (id) => arcs?.line(id),
          (el, bounds) => {
            // The close-up's pointer positions are its own: the tooltip goes where the pointer is.
            const hover = opts.onHover;
            const onHover = hover
              ? (id: string | null, x: number, y: number) => {
                  const at = el.getBoundingClientRect();
                  const origin = container.getBoundingClientRect();
                  hover(id, x + at.left - origin.left, y + at.top - origin.top);
                }
              : undefined;
            return createMapView(el, atlas, topo, {
              ...opts,
              theme,
              scale,
              closeUp: bounds,
              ...(onHover ? { onHover } : {}),
            });
          },
          opts.tr('closeUp'),
          () =>
            flowMode
              ? possibleFlows(atlas).flatMap((f) => {
                  const l = flows?.line(f.id);
                  return l ? [l] : [];
                })
              : all.flatMap((a) => {
                  const l = arcs?.line(a.id);
                  return l ? [l] : [];
                }),
          framing,
        );
      if (lastRender) view.render(lastRender);
      map.once('idle', () => resolve());
    });
  });
  map.on('projectiontransition', (e) => {
    const p = e.newProjection === 'globe' ? 'globe' : 'flat';
    arcs?.setProjection(p);
    flows?.setProjection(p);
  });
  /** Draws the arcs, the flows and the ends of a state, `focus` (a selection or a preview) strong. */
  const draw = (r: MapRender, focus: ReadonlySet<string>) => {
    if (!arcs || !ends) return;
    const weight = (a: VisibleArc) => [a.id, a.events.length] as const;
    const endsOf = (xs: readonly VisibleArc[]) => new Set(xs.flatMap((a) => [a.vn, a.partner]));
    const focused = r.arcs.filter((a) => focus.has(a.id));
    if (inset && showsFlows(r.arcs.length, false)) {
      // The close-up of a crowded map: the arcs next door (both ends inside it) and those in focus,
      // with their ends; the others are the main map's flows.
      const next = (a: VisibleArc) => {
        const e = arcEnds.get(a.id);
        return !!e && inside(e.from) && inside(e.to);
      };
      const shown = r.arcs.filter((a) => focus.has(a.id) || next(a));
      arcs.show(new Map(shown.map(weight)), focus);
      ends.show(endsOf(shown), endsOf(focused));
      visibleNow = new Set(shown.map((a) => a.id));
      return;
    }
    const crowded = !!flows && showsFlows(r.arcs.length, inset);
    if (crowded !== flowMode) {
      flowMode = crowded;
      closeUp?.replan();
    }
    if (!flows || !crowded) {
      arcs.show(new Map(r.arcs.map(weight)), focus);
      ends.show(r.active, endsOf(focused));
      flows?.show(new Map(), new Set(), false);
      visibleNow = new Set(r.arcs.map((a) => a.id));
      flowsNow = new Set();
      return;
    }
    const counts = flowCounts(atlas, r.arcs);
    if (r.selected.size > 0) {
      // A selection on a crowded map: its arcs one by one, at full strength, over faint flows.
      arcs.show(new Map(focused.map(weight)), focus);
      ends.show(endsOf(focused), endsOf(focused));
      flows.show(counts, 'dim', false);
      visibleNow = new Set(focused.map((a) => a.id));
      flowsNow = new Set();
      return;
    }
    // The flows, named with their counts; a preview strengthens the flows of its arcs.
    arcs.show(new Map(), new Set());
    ends.show(new Set(), new Set());
    const strong = new Set(focused.flatMap((a) => ix.place(a.partner)?.country ?? []));
    flows.show(counts, strong, true);
    visibleNow = new Set();
    flowsNow = new Set(counts.keys());
  };
  attachPointer(map, {
    line: (id) => (visibleNow.has(id) ? arcs?.line(id) : flowsNow.has(id) ? flows?.line(id) : undefined),
    canPick: (id) => ix.place(id) !== undefined,
    label: (id) => {
      const e = parseArcId(id);
      return e ? `${name(e.vn)} ↔ ${name(e.partner)}` : name(id);
    },
    chooserTitle: opts.tr('chooseArc'),
    onPick: opts.onPick,
    ...(opts.onHover ? { onHover: opts.onHover } : {}),
  });
  const view: MapView = {
    map,
    ready,
    unframe: framing.release,
    isFramed: framing.isFramed,
    frameArcs(ids) {
      if (!ids) return framing.frame(opening);
      const lines = ids.flatMap((id) => {
        const line = arcs?.line(id);
        return line ? [line] : [];
      });
      if (lines.length) framing.frame(framing.boundsOf(lines));
    },
    frameBounds(b) {
      framed = b;
      framing.frame(b);
    },
    arcsOnScreen() {
      const drawing = arcs?.drawing() ?? new Map<string, number>();
      const own = [...visibleNow, ...flowsNow].flatMap((id): ScreenArc[] => {
        const line = visibleNow.has(id) ? arcs?.line(id) : flows?.line(id);
        if (!line) return [];
        const points = line.map((c): [number, number] => {
          const p = map.project(c as [number, number]);
          return [p.x, p.y];
        });
        const drawn = drawing.get(id);
        return [{ id, where: inset ? 'closeUp' : 'map', points, ...(drawn === undefined ? {} : { drawn }) }];
      });
      const box = closeUp?.box();
      if (!box) return own;
      const at = box.getBoundingClientRect();
      const origin = container.getBoundingClientRect();
      const inner = (closeUp?.view()?.arcsOnScreen() ?? []).map((a) => ({
        ...a,
        points: a.points.map(([x, y]): [number, number] => [
          x + at.left - origin.left,
          y + at.top - origin.top,
        ]),
      }));
      return [...own, ...inner];
    },
    async idle() {
      await new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
      // The close-up too, when it is shown (it is made and framed after the main map moves).
      const inner = closeUp?.box() ? closeUp.view() : null;
      if (inner) {
        await inner.ready;
        await inner.idle();
      }
    },
    preview(ids) {
      const r = lastRender;
      if (!arcs || !ends || !r || r.selected.size > 0) return;
      draw(r, ids ?? r.selected);
      closeUp?.view()?.preview(ids);
    },
    render(r) {
      lastRender = r;
      if (!arcs || !ends) return;
      // Province labels follow the geography; the filter changes only when the geography does.
      if (r.geography !== labelsFor) {
        map.setFilter('province-labels', provinceLabelFilter(r.day));
        labelsFor = r.geography;
      }
      draw(r, r.selected);
      const show = (g: Geography) => (r.geography === g ? 'visible' : 'none');
      for (const g of ['vn63', 'vn34'] as const)
        for (const kind of ['fill', 'line', 'active'])
          if (map.getLayoutProperty(`${g}-${kind}`, 'visibility') !== show(g))
            map.setLayoutProperty(`${g}-${kind}`, 'visibility', show(g));
      for (const id of activeNow) if (!r.active.has(id)) setActive(map, id, false);
      for (const id of r.active) if (!activeNow.has(id)) setActive(map, id, true);
      activeNow = new Set(r.active);
      closeUp?.render(r);
    },
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      restyle();
      closeUp?.view()?.setTheme(next);
    },
    setScale(next) {
      if (next === scale) return;
      scale = next;
      restyle();
      closeUp?.view()?.setScale(next);
    },
    reset() {
      closeUp?.view()?.reset();
      arcs?.reset();
      flows?.reset();
      ends?.reset();
      activeNow = new Set();
      labelsFor = null;
    },
    destroy() {
      closeUp?.destroy();
      flows?.destroy();
      arcs?.destroy();
      ends?.destroy();
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
