import type { Map as MlMap } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { chooserLabel } from '../core/arcId';
import type { Atlas } from '../core/atlas';
import { indexOf } from '../core/atlasIndex';
import type { LonLat } from '../core/draw/arc';
import { inside, possibleFlows } from '../core/draw/countryFlows';
import { planDraw, type DrawPlan } from '../core/draw/drawPlan';
import { placeLon, WORLD_MIDDLE_LON } from '../core/draw/mercator';
import { openingBounds } from '../core/draw/theme';
import { possibleArcs } from '../core/view/possibleArcs';
import { addArcsLayer } from './arcsLayer';
import { applyBasemapLook, countryLabelFilter } from './basemapStyle';
import { createMap } from './createMap';
import { addEndsLayer, nameReach, type SideRule } from './endsLayer';
import { awayFrom, LIVE_EDGE_PX, placeLabel } from '../core/draw/pictureLabels';
import { addFlowsLayer } from './flowsLayer';
import { loadedAdvance } from './fontAdvance';
import { closeUpCaption, namePlanner } from './namePlan';
import { archipelagoPins } from './archipelagoPins';
import { addCloseUpArea } from './closeUpArea';
import { mainMapNames } from './namesOnScreen';
import { addEdgeKeepOut, addKeepOut, type KeepOutRect } from './keepOut';
import { createFraming, type Bounds } from './framing';
import { WORLD_PX } from '../core/draw/mercator';
import { addWorldEdges, worldEdgesPx } from './worldEdges';
import { attachPointer, WORLD_SHIFTS } from './mapPointer';
import { mountCloseUp } from './closeUpView';
import { planLayout, selectionBounds, selectionContext, type LayoutPlan } from '../core/draw/layoutPlan';
import { controlsPx, type BoxLayout } from '../core/draw/boxLayout';
import type { MapRender, MapView, MapViewOptions } from './mapViewTypes';
import { addProvincesLayer } from './provincesLayer';
import { offsetArcs, offsetHover, screenArcs } from './screenArcs';
import { lineCrossings, type Crossings } from '../core/draw/segments';

/** Room (CSS px) a name keeps from the one world's edge. */
const EDGE_ROOM = 6;
/** Which third of the bounds a longitude is in, as the side a name beside it keeps to. */
const thirdOf = (lon: number, [w, , e]: Bounds) =>
  lon < w + (e - w) / 3 ? 'west' : lon > e - (e - w) / 3 ? 'east' : 'middle';

/**
 * The atlas's MapLibre map: the basemap, Vietnam's units of the day, the arcs (or, crowded, the
 * country flows), their ends and names, pointer picking, framing, and a close-up of a dense area.
 * What it draws for a state is decided by `planDraw` (pure); this module applies it to the layers.
 * Throws (GPUInitializationError) when WebGL2 is missing, for the caller's fallback.
 */
export function createMapView(
  container: HTMLElement,
  atlas: Atlas,
  topo: Topology,
  opts: MapViewOptions,
): MapView {
  const inset = opts.closeUp !== undefined;
  const ix = indexOf(atlas);
  /** A place's name as the map sets it (`placeLabel`: a Vietnamese name never broken inside). */
  const name = (id: string) => {
    const p = ix.place(id);
    return p ? placeLabel(p, opts.lang) : '';
  };
  const map = createMap(container, atlas, topo, opts, inset);
  const opening: Bounds = opts.closeUp ?? openingBounds(atlas);
  /** The bounds a close-up was last asked to frame (its arcs inside them are the neighbours'). */
  let framed: Bounds = opening;
  const framing = createFraming(map, opening, opts.reducedMotion, inset ? 0 : undefined, opts.closeUpRoom);
  const all = possibleArcs(atlas);
  let arcs: ReturnType<typeof addArcsLayer> | null = null;
  let ends: ReturnType<typeof addEndsLayer> | null = null;
  let flows: ReturnType<typeof addFlowsLayer> | null = null;
  let provinces: ReturnType<typeof addProvincesLayer> | null = null;
  /** What is drawn now: its arcs and its named flows are the pickable lines. */
  let plan: DrawPlan | null = null;
  /** The ends of the selection drawn now (none while nothing is selected, a hover's preview included). */
  let selectedEnds: ReadonlySet<string> = new Set();
  const drawnArc = (id: string) => plan?.arcs.has(id) ?? false;
  const drawnFlow = (id: string) => (plan?.flows.labels ?? false) && (plan?.flows.counts.has(id) ?? false);
  let theme = opts.theme;
  let scale = opts.scale ?? 1;
  /** Sets the current scheme and scale (once the style and arcs are in; `load` applies them then). */
  const restyle = () => {
    if (!arcs || !ends) return;
    applyBasemapLook(map, theme, scale);
    arcs.setLook(theme, scale);
    ends.setLook(theme, scale);
    flows?.setLook(theme, scale);
    area?.setLook(theme, scale);
  };
  /** The state last asked for (drawn once the style and arcs are in, if asked before). */
  let lastRender: MapRender | null = null;
  let closeUp: ReturnType<typeof mountCloseUp> | null = null;
  /** The outline of the close-up's area on the main map (`addCloseUpArea`). */
  let area: ReturnType<typeof addCloseUpArea> | null = null;
  /** The build's plans of the opening view (by layout, with arcs or with flows), made once each. */
  const plans = new Map<string, LayoutPlan>();
  const layoutPlans = (flows: boolean, layout: BoxLayout) => {
    const key = `${layout.id} ${flows}`;
    if (!plans.has(key)) plans.set(key, planLayout(atlas, flows, layout));
    return plans.get(key)!;
  };
  const linesOf = <T>(xs: readonly T[], line: (x: T) => LonLat[] | undefined): LonLat[][] =>
    xs.flatMap((x) => {
      const l = line(x);
      return l ? [l] : [];
    });
  /**
   * In a close-up, the side of its dot a name keeps to (its reach at the font's advances once the font
   * is loaded, as the picture's: `loadedAdvance`): either side where it fits inside the close-up
   * both ways (a flow's away from its start first, `awayFrom`), else the side where it does, else
   * inwards from the close-up's outer thirds.
   */
  const sideIn =
    (maxWidth: number): SideRule =>
    (lon, lat, text, from) => {
      const x = map.project([lon, lat]).x;
      const reach = nameReach(text, maxWidth, scale, loadedAdvance(text));
      const east = x + reach <= container.clientWidth;
      const west = x - reach >= 0;
      return east && west
        ? awayFrom('middle', lon, from)
        : east
          ? 'west'
          : west
            ? 'east'
            : thirdOf(lon, framed);
    };
  /**
   * On the main map's country flows (a crowded map's world view), the side of its dot a name keeps to:
   * inwards where it would reach past the one world's edge (cut there, and its copy one world over
   * showing the name's end at the other edge, or under the sea beside a short map's world), measured in
   * px of the smallest world the reader sees (the map's least zoom); either side elsewhere. (A fixed 90°
   * from the edges, a phone's need, kept every name from Europe to West Africa right of its dot on a
   * laptop too, where France's, the 300 events' largest European flow, then found no room.)
   */
  const sideInWorld =
    (maxWidth: number): SideRule =>
    (lon, _lat, text) => {
      const world = WORLD_PX * 2 ** map.getMinZoom();
      const x = ((lon - (WORLD_MIDDLE_LON - 180)) / 360) * world;
      const reach = nameReach(text, maxWidth, scale) + EDGE_ROOM;
      return x < reach ? 'west' : world - x < reach ? 'east' : 'middle';
    };
  // Where the names go, planned as the build's picture plans them (`namePlanner`) for the map as framed
  // when they are shown, and again once it has moved: each name keeps to where the plan puts it.
  // (Clear of the close-up: `addKeepOut`, its box kept out of MapLibre's collisions too.)
  let keepOut: ReturnType<typeof addKeepOut> | null = null;
  let edges: ReturnType<typeof addEdgeKeepOut> | null = null;
  // The main map's controls' boxes (`controlsPx`), kept out of its names as the close-up's.
  let controls: ReturnType<typeof addKeepOut>[] = [];
  // (Within the one world, as the close-up's: MapLibre draws a keep-out icon on the world's copies
  // too, and a button over the sea beside a short map's world kept Europe's names out, one world over;
  // under the sea bands no name is seen anyway, `addWorldEdges`.)
  const controlBoxes = (): (KeepOutRect | null)[] => {
    if (inset) return [];
    const [west, east] = worldEdgesPx(map);
    return controlsPx({ width: container.clientWidth, height: container.clientHeight }, scale).map((r) => {
      const [x0, x1] = [Math.max(r.x0, west), Math.min(r.x1, east)];
      return x1 > x0 ? { ...r, x0, x1 } : null;
    });
  };
  // (The archipelagos' names, placed first, kept to where the planner reckons them: `archipelagoPins`.)
  const flowEnds = new Map(possibleFlows(atlas).map((f) => [f.id, f.to]));
  const flowAt = (id: string): LonLat[] => {
    const to = flowEnds.get(id);
    return to ? [to] : [];
  };
  const placeAt = (id: string): LonLat[] => {
    const p = ix.place(id);
    return p ? [[placeLon(p.lon), p.lat]] : [];
  };
  /** What the shown close-up's map shows (the area outlined, `showArea`), once it has been framed. */
  let closeUpShows: Bounds | null = null;
  /** That area as a key, to a thousandth of a degree. */
  const showsKey = (b: Bounds | null) => b?.map((v) => v.toFixed(3)).join() ?? '';
  /**
   * Whether a place is inside what the shown close-up shows (the area outlined on this map), which
   * names it: inside its frame's bounds, or in the margin around them (Bắc Ninh, just south of the
   * border provinces' bounds, was named on the main map and in the close-up of an article's embed).
   */
  const closeUpFrames = (at: LonLat) => {
    const b = closeUp?.bounds();
    return !!b && inside(closeUpShows ?? b)(at);
  };
  /** The flows' and hubs' dots where they are named (`plan`, set before the layers plan their names). */
  const namedFlows = () =>
    plan?.flows.labels
      ? [
          ...[...plan.flows.counts.keys()].map((id) => ({ id, at: flowAt(id) })),
          ...[...plan.flows.hubs.keys()].map((id) => ({ id: `h:${id}`, at: placeAt(id) })),
        ]
      : [];
  // The lines drawn in the state being drawn (`plan`), where the reader sees them: the names keep off
  // them where they can. (Indexed once per lines drawn and camera, within the map and MapLibre's reach
  // past it: three layers of names and the archipelagos' plan with them, a dozen times as a selection
  // frames the map and its close-up comes.)
  let linesSeen: { key: string; crossings: Crossings } | null = null;
  const drawnLines = (): Crossings => {
    const ids = plan ? [...plan.arcs.keys(), ...plan.flows.counts.keys()] : [];
    const c = map.getCenter();
    const { clientWidth: w, clientHeight: h } = map.getContainer();
    const key = [
      ids.join(),
      w,
      h,
      map.getZoom().toFixed(3),
      c.lng.toFixed(4),
      c.lat.toFixed(4),
      map.getProjection()?.type ?? '',
      scale,
    ].join();
    if (linesSeen?.key === key) return linesSeen.crossings;
    // (Each line in the world where its middle is nearest the map's: where it is drawn, as
    // `screenArcs` finds by projecting it whole in each, at a third of the cost.)
    const lines = ids.flatMap((id) => {
      const line = arcs?.line(id) ?? flows?.line(id);
      const mid = line?.[line.length >> 1];
      if (!line || !mid) return [];
      const dx = WORLD_SHIFTS.map((d) => ({ d, x: map.project([mid[0] + d, mid[1]]).x })).reduce((a, b) =>
        Math.abs(b.x - w / 2) < Math.abs(a.x - w / 2) ? b : a,
      ).d;
      return [
        line.map(([lon, lat]): [number, number] => {
          const p = map.project([lon + dx, lat]);
          return [p.x, p.y];
        }),
      ];
    });
    const e = LIVE_EDGE_PX;
    // (Squares of two ems of the places' names, 12 px at scale 1.)
    const crossings = lineCrossings(lines, 24 * scale, { x0: -e, y0: -e, x1: w + e, y1: h + e });
    linesSeen = { key, crossings };
    return crossings;
  };
  const archipelagos = archipelagoPins(
    map,
    topo,
    opts.lang,
    () => scale,
    () => keepOut?.rect() ?? null,
    // The dots of the state being drawn (`plan`, set before its layers are shown and plan their names):
    // the places', and the flows' and hubs' where they are named.
    () => (plan ? [...[...plan.ends].flatMap(placeAt), ...namedFlows().flatMap(({ at }) => at)] : []),
    // The names of a selection's ends, named first (`SELECTED_FIRST`): the archipelagos' keep clear of
    // them where they can. (Not those its close-up names.)
    () =>
      [...selectedEnds].flatMap((id) =>
        placeAt(id).flatMap((at) => (closeUpFrames(at) ? [] : [{ at, text: name(id) }])),
      ),
    drawnLines,
  );
  // (Clear of the map's controls, whose collisions MapLibre does not know either: `addKeepOut`; in a
  // close-up, of its caption.)
  const kept = () =>
    inset ? [closeUpCaption(container)].filter((r) => r !== null) : controlBoxes().filter((r) => r !== null);
  const planNames = namePlanner(
    map,
    () => scale,
    () => keepOut?.rect() ?? null,
    archipelagos.place,
    {
      kept,
      // The places its shown close-up frames are named there, once: here their dots only (the knot of
      // border provinces repeated the close-up's names, and a reader tied "Quảng Ninh" to Lạng Sơn's dot).
      dotOnly: closeUpFrames,
      // (Off the named flows' and hubs' dots, planned after them: a place selected with no partnership
      // is named among them, `pickedMark`.)
      dots: () => namedFlows().flatMap(({ at }) => at),
      lines: drawnLines,
    },
  );
  // The flows' names, planned after the ends' (`draw`, `moveend`): clear of the names and dots those
  // placed, as the picture places the ends' first (a place selected with no partnership, named among
  // the flows: `pickedMark`).
  const planFlowNames = namePlanner(
    map,
    () => scale,
    () => keepOut?.rect() ?? null,
    archipelagos.place,
    {
      kept: () => [...kept(), ...planNames.placed()],
      dotOnly: closeUpFrames,
      lines: drawnLines,
    },
  );
  const planKey = () => {
    const c = map.getCenter();
    return [
      container.clientWidth,
      container.clientHeight,
      map.getZoom().toFixed(2),
      c.lng.toFixed(2),
      c.lat.toFixed(2),
      // (The size MapLibre projects with, which follows the container's once it is told, `resize`: a
      // plan made between the two, as the details opened below a phone's map, put the names where
      // the map's middle had been, 107 px lower, below its edge, and left them out; and once MapLibre
      // had the new size, the container's, in the key, had not changed.)
      `${map.getCanvas().width}x${map.getCanvas().height}`,
      scale,
      map.getProjection()?.type ?? '',
      keepOut?.key() ?? '',
      closeUp?.bounds()?.join() ?? '',
      // (And what it shows: the places there are its to name, `closeUpFrames`.)
      showsKey(closeUpShows),
      // (The font's advances, once it has loaded, are the names' widths.)
      typeof document === 'undefined' ? '' : document.fonts.status,
    ].join();
  };
  /** Which countries the basemap names (`countryLabelFilter`): set when they change. */
  const countryNames = { namedByFlows: [] as readonly string[], selected: null as string | null, set: '' };
  const nameCountries = () => {
    const key = `${countryNames.namedByFlows.join()}|${countryNames.selected ?? ''}`;
    if (key === countryNames.set || !map.getLayer('country-labels')) return;
    countryNames.set = key;
    map.setFilter('country-labels', countryLabelFilter(countryNames.namedByFlows, countryNames.selected));
  };
  const ready = new Promise<void>((resolve) => {
    map.once('load', () => {
      provinces = addProvincesLayer(map, atlas.places);
      // The area a shown close-up shows, outlined under everything the map draws for its data.
      if (!inset && opts.closeUps !== false) area = addCloseUpArea(map, theme, 'province-labels');
      // Arcs go under every label (names stay readable); the ends' dots and names on top.
      arcs = addArcsLayer(map, all, opts.theme, 'province-labels', {
        animate: !opts.reducedMotion && opts.drawIn !== false,
      });
      // A map with many arcs draws one flow per partner country instead (a close-up: those next door).
      flows = addFlowsLayer(map, possibleFlows(atlas), {
        theme: opts.theme,
        name,
        // (A country whose flow is named is not named again by the basemap: `countryLabelFilter`.)
        named: (countries) => {
          countryNames.namedByFlows = countries;
          nameCountries();
        },
        lineBefore: 'province-labels',
        labelBefore: 'archipelago-labels',
        // In a close-up, names go to a side of their dot where they fit, so that none is cut at its edge.
        edge: inset ? sideIn(10) : sideInWorld(10),
        at: (id) => placeAt(id)[0],
        plan: planFlowNames,
        // (Planned again when the ends' names move: clear of them.)
        planKey: () => `${planKey()}|${planNames.placedKey()}`,
      });
      ends = addEndsLayer(map, atlas, all, {
        lang: opts.lang,
        theme: opts.theme,
        beforeId: 'archipelago-labels',
        // (On the main map, inwards 90° from the world's edges, `edgeOf`: a selection's frame, narrowed
        // by the details panel, has its own edges near Europe's places, where a name to the left is cut.)
        ...(inset ? { edge: sideIn(8) } : {}),
        plan: planNames,
        // (Planned again when the named flows' and hubs' dots it keeps off change: during playback.)
        planKey: () =>
          `${planKey()}|${namedFlows()
            .map(({ id }) => id)
            .join()}`,
      });
      // No name covers a dot, whichever layer either is in.
      flows.blockDots('archipelago-labels');
      if (theme !== opts.theme || scale !== 1) restyle();
      if (opts.reducedMotion) map.setPaintProperty('arcs', 'line-opacity-transition', { duration: 0 });
      if (!inset && opts.closeUps !== false)
        closeUp = mountCloseUp(
          map,
          all,
          (id) => arcs?.line(id),
          (el, bounds, room) =>
            createMapView(el, atlas, topo, {
              ...opts,
              theme,
              scale,
              // (Made for the state the main map draws now.)
              ...(lastRender ? { first: { day: lastRender.day, geography: lastRender.geography } } : {}),
              closeUp: bounds,
              closeUpRoom: room,
              // The close-up's pointer positions are its own: the tooltip goes where the pointer is.
              ...(opts.onHover ? { onHover: offsetHover(opts.onHover, el, container) } : {}),
            }),
          opts.tr('closeUp'),
          () =>
            plan?.flowMode
              ? {
                  lines: linesOf(possibleFlows(atlas), (f) => flows?.line(f.id)),
                  // Named flows (none selected): the close-up draws those next door.
                  flows: plan.flows.labels,
                }
              : { lines: linesOf(all, (a) => arcs?.line(a.id)), flows: false },
          framing,
          // The main map leaves the countries next door to the close-up: drawn again once it is planned.
          () => {
            keepClear(true);
            // (Not while it is being made: the first render, next, draws with it.)
            if (closeUp && lastRender) draw(lastRender, lastRender.selected);
          },
          () => scale,
          layoutPlans,
        );
      if (closeUp) keepOut = addKeepOut(map);
      // (The map's names, the basemap's too, wholly inside it or not drawn: `addEdgeKeepOut`. A
      // province's name cut at the main map's edge read "Cai", "La" beside a phone's Guangxi.)
      edges = addEdgeKeepOut(map);
      if (!inset) controls = controlBoxes().map((_, i) => addKeepOut(map, `keep-out-control-${i}`));
      setKeptOut();
      keepClear(true);
      archipelagos.pin();
      // The state asked for before the style loaded is drawn now, so `ready` means "drawn as asked".
      if (lastRender) view.render(lastRender);
      map.once('idle', () => resolve());
    });
  });
  // The sea beside a world narrower than the map (the main map's; a close-up never shows the world).
  const removeEdges = inset ? null : addWorldEdges(map);
  // A new size is a new smallest world: the names' sides are chosen again for it (`sideInWorld`).
  const redraw = () => lastRender && draw(lastRender, lastRender.selected);
  if (!inset) map.on('resize', redraw);
  /** The bands past a close-up's edges, the controls' boxes: for the map's camera and size now. */
  const setKeptOut = () => {
    edges?.set();
    controlBoxes().forEach((r, i) => controls[i]?.set(r));
  };
  const replanNames = () => {
    setKeptOut();
    archipelagos.pin();
    ends?.replan();
    flows?.replan();
  };
  /**
   * Outlines what the shown close-up's map shows (its bounds, with the room around its frame; the
   * frame's bounds alone ran through Luzon, which the close-up shows whole), again each time it moves.
   */
  const followed = new WeakSet<MlMap>();
  const showArea = (shown: boolean) => {
    const inner = shown ? closeUp?.view()?.map : undefined;
    if (inner && !followed.has(inner)) {
      followed.add(inner);
      inner.on('moveend', () => showArea(!!closeUp?.box()));
    }
    const b = inner?.getBounds();
    const shows: Bounds | null = b ? [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] : null;
    area?.set(shows);
    // (The names it leaves to the close-up are those it shows: planned again where that changed.)
    const changed = showsKey(shows) !== showsKey(closeUpShows);
    closeUpShows = shows;
    if (changed) replanNames();
  };
  /** The close-up's box as it was planned (px in the map), measured the first time it is shown. */
  let closeUpRect: KeepOutRect | null = null;
  /**
   * Keeps the names out of the close-up's box while it is shown (`planned`: it has just been planned, and
   * may have moved), and plans them again where that changed. (Measured once per plan: a render on each
   * step of playback reads no layout.)
   */
  const keepClear = (planned = false) => {
    if (planned) closeUpRect = null;
    const el = closeUp?.box();
    if (el && !closeUpRect) {
      const c = container.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      // (Within the one world: MapLibre draws the icon on the world's copies too, where a close-up
      // reaching into the sea beside a short map's world would keep names out of the world's other
      // side; under the sea bands no name is seen anyway, `addWorldEdges`.)
      const [west, east] = worldEdgesPx(map);
      const x0 = Math.max(r.left - c.left, west);
      const x1 = Math.min(r.right - c.left, east);
      closeUpRect = x1 > x0 ? { x0, y0: r.top - c.top, x1, y1: r.bottom - c.top } : null;
    }
    showArea(!!el);
    if (keepOut?.set(el ? closeUpRect : null)) replanNames();
  };
  // (While the map moves the close-up stays where it is on the page.)
  const followKeepOut = () => {
    keepOut?.follow();
    edges?.follow();
    for (const c of controls) c.follow();
  };
  map.on('move', followKeepOut);
  map.on('moveend', replanNames);
  // (The names' widths once the font has loaded are not the estimates they were planned with.)
  const fonts = typeof document === 'undefined' ? null : document.fonts;
  fonts?.addEventListener('loadingdone', replanNames);
  map.on('projectiontransition', (e) => {
    const p = e.newProjection === 'globe' ? 'globe' : 'flat';
    arcs?.setProjection(p);
    flows?.setProjection(p);
    // (The globe puts the close-up's box, and every name, elsewhere on the earth: no `moveend` follows.)
    keepClear(true);
    replanNames();
  });
  /** Draws the arcs, the flows and the ends of a state, `focus` (a selection or a preview) strong. */
  const draw = (r: MapRender, focus: ReadonlySet<string>) => {
    if (!arcs || !ends) return;
    // (A partner country selected: the basemap names it and Vietnam only, `countryLabelFilter`.)
    countryNames.selected = r.picked && ix.place(r.picked)?.level === 'country' ? r.picked : null;
    nameCountries();
    const next = planDraw(atlas, ix, {
      ...r,
      focus,
      closeUp: inset ? framed : null,
      beside: closeUp?.bounds() ?? null,
      canFlow: flows !== null,
    });
    // The close-up is planned for the main map's mode: arcs, named flows, or a selection over flows.
    const mode = (p: DrawPlan | null) => (p?.flowMode ? (p.flows.labels ? 'flows' : 'selection') : 'arcs');
    const replan = mode(plan) !== mode(next);
    plan = next;
    arcs.show(next.arcs, next.arcFocus);
    // (A selection's ends named first; a hover's preview only strong: `show`.)
    // (And a place selected that no arc ends at, marked and named alone: `pickedMark`.)
    // (Named first, not a hover's preview beside it: a preview's names are not planned again.)
    selectedEnds = r.selected.size > 0 ? next.endFocus : next.lone ? new Set([next.lone]) : new Set();
    // (The place selected ringed where it is marked: a ceased unit at its successor, `pickedMark`.)
    ends.show(next.ends, next.endFocus, selectedEnds, next.ringed);
    flows?.show(next.flows.counts, next.flows.strong, next.flows.labels, next.flows.hubs);
    // (The archipelagos' names keep clear of the dots drawn now.)
    archipelagos.pin();
    if (replan) closeUp?.replan();
  };
  attachPointer(map, {
    line: (id) => (drawnArc(id) ? arcs?.line(id) : drawnFlow(id) ? flows?.line(id) : undefined),
    canPick: (id) => ix.place(id) !== undefined,
    label: (id) => chooserLabel(id, name, (arc) => opts.arcLabel?.(arc) ?? null),
    chooserTitle: opts.tr('chooseArc'),
    onPick: opts.onPick,
    ...(opts.onHover ? { onHover: opts.onHover } : {}),
  });
  /** The selection framed (`frameArcs`), and the room its frame keeps for the map's width then. */
  let framedArcs: { lines: LonLat[][]; context: number } | null = null;
  // A phone turned, a window resized across `SELECTION_CONTEXT_FROM`: the selection's room as for the
  // new width (framing refits what it has on `resize` first), where the frame is kept.
  map.on('resize', () => {
    const f = framedArcs;
    const context = selectionContext(map.getContainer().clientWidth);
    if (!f || f.context === context || !framing.isFramed()) return;
    framedArcs = { ...f, context };
    framing.frame(selectionBounds(f.lines, context) as Bounds);
  });
  const view: MapView = {
    map,
    ready,
    unframe: framing.release,
    isFramed: framing.isFramed,
    frameArcs(ids) {
      framedArcs = null;
      if (!ids) return framing.frame(opening);
      const lines = linesOf(ids, (id) => arcs?.line(id));
      if (!lines.length) return;
      // (With room around their ends, as their picture's: `selectionBounds`.)
      const context = selectionContext(map.getContainer().clientWidth);
      framedArcs = { lines, context };
      framing.frame(selectionBounds(lines, context) as Bounds);
    },
    frameBounds(b) {
      framedArcs = null;
      framed = b;
      framing.frame(b);
    },
    arcsOnScreen() {
      const drawing = arcs?.drawing() ?? new Map<string, number>();
      const arcIds = [...(plan?.arcs.keys() ?? [])];
      const flowIds = plan?.flows.labels ? [...plan.flows.counts.keys()] : [];
      const own = screenArcs(
        map,
        [
          ...arcIds.map((id): [string, LonLat[] | undefined] => [id, arcs?.line(id)]),
          ...flowIds.map((id): [string, LonLat[] | undefined] => [id, flows?.line(id)]),
        ],
        inset ? 'closeUp' : 'map',
        drawing,
      );
      const box = closeUp?.box();
      if (!box) return own;
      return [...own, ...offsetArcs(closeUp?.view()?.arcsOnScreen() ?? [], box, container)];
    },
    insets() {
      const box = closeUp?.box();
      const inner = box ? closeUp?.view() : null;
      return box && inner ? [{ map: inner.map, box }] : [];
    },
    namesOnScreen(where) {
      const box = closeUp?.box() ?? null;
      if (where === 'underCloseUp' || where === 'archipelagos' || where === 'countries')
        return mainMapNames(map, box, where);
      const own = where === 'closeUp' ? [] : mainMapNames(map, box, 'map');
      const inner = box && where !== 'map' ? (closeUp?.view()?.namesOnScreen() ?? []) : [];
      return [...new Set([...own, ...inner])];
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
      // The close-up first: whether it is shown decides which flows the main map leaves to it.
      closeUp?.render(r);
      keepClear();
      draw(r, r.selected);
      provinces?.show(r);
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
      // (Larger names take more room: where they go is planned again.)
      replanNames();
      closeUp?.view()?.setScale(next);
      // Larger names need longer arcs: the close-up is planned again for them.
      closeUp?.replan();
    },
    reset() {
      closeUp?.view()?.reset();
      arcs?.reset();
      flows?.reset();
      ends?.reset();
      provinces?.reset();
    },
    destroy() {
      map.off('resize', redraw);
      map.off('moveend', replanNames);
      map.off('move', followKeepOut);
      fonts?.removeEventListener('loadingdone', replanNames);
      removeEdges?.();
      closeUp?.destroy();
      area?.destroy();
      keepOut?.destroy();
      edges?.destroy();
      for (const c of controls) c.destroy();
      flows?.destroy();
      arcs?.destroy();
      ends?.destroy();
      provinces?.destroy();
      map.remove();
    },
  };
  return view;
}
