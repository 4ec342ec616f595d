import { timelineEnd } from '../core/view/visibleArcs';
import { decodeState } from '../core/view/urlState';
import { createApi, type AtlasApi } from './api';
import { createBoundary } from './boundary';
import { applyPublication, findSlots, mountChrome } from './chrome';
import { hostChannel, listenToHost, onFirstInteraction, postHeight } from './embed';
import { renderList } from './list';
import { loadAtlas, loadBasemap } from './loadAtlas';
import { createPlayer } from './player';
import type { PresentationState } from './present';
import { createRenderer } from './render';
import { mountSharing } from './share';
import { mountWidgets } from './widgets';
import { createStore } from './store';
import { clampDay, mountUrlSync } from './urlSync';
import { videoExporter } from './videoExport';

declare global {
  interface Window {
    atlas?: AtlasApi;
  }
}

/**
 * Composition root: finds the page's slots, loads the data, mounts the widgets and wires them to one
 * store. It only composes; what it wires lives in its own module. Never throws into the host page:
 * every failure ends in the boundary's contained message.
 */
export async function start(doc: Document): Promise<void> {
  const slots = findSlots(doc);
  const win = doc.defaultView;
  if (!slots || !win) return;
  const params = new URLSearchParams(win.location.search);
  /** embed.html, in an article's iframe: compact chrome, the map on first interaction, no history. */
  const embed = doc.documentElement.classList.contains('embed');
  if (!embed && params.get('embed') === '1') {
    // `?embed=1` on the full page is the embed view's other address.
    params.delete('embed');
    const q = params.toString();
    return win.location.replace(`embed.html${q ? `?${q}` : ''}${win.location.hash}`);
  }
  const { lang, tr } = mountChrome(doc, slots, embed);
  const boundary = createBoundary(slots.status, tr);
  const { guard } = boundary;
  try {
    const base = new URL('./', doc.baseURI);
    const [atlas, topo] = await Promise.all([loadAtlas(base), loadBasemap(base)]);
    applyPublication(doc, slots, atlas, lang, tr, embed);
    renderList(doc, atlas, slots.events, lang, tr);
    const url = decodeState(win.location.hash);
    const store = createStore({
      day: clampDay(url.date ?? timelineEnd(atlas), atlas),
      playing: false,
      selection: url.selection,
      filters: url.filters,
    });
    const select = (id: string | null) => store.set({ selection: id });
    const reducedMotion = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const player = createPlayer(win, atlas, store, guard);
    const w = mountWidgets({
      doc,
      slots,
      atlas,
      topo,
      lang,
      tr,
      store,
      embed,
      reducedMotion,
      player,
      arcs: () => renderer.view().arcs,
      boundary,
    });
    const { slot } = w;
    const renderer = createRenderer({
      ...w,
      atlas,
      lang,
      tr,
      store,
      status: slots.status,
      failed: boundary.failed,
      picture: slots.map.querySelector('img.first-view'),
      onSelect: (arcs) => {
        // A presentation frames its own chapters.
        if (doc.documentElement.classList.contains('presenting')) return;
        slot.view()?.frameArcs(arcs.size ? [...arcs] : null);
        // A choice made below the fold (the list) shows its map.
        const box = slots.map.getBoundingClientRect();
        if (!embed && (box.bottom < 40 || box.top > win.innerHeight - 40))
          slots.map.scrollIntoView({ block: 'nearest', behavior: reducedMotion ? 'auto' : 'smooth' });
      },
    });
    let presentation: PresentationState | null = null;
    const video = videoExporter({ doc, atlas, topo, lang, tr, store, slot });
    const { api, notify } = createApi({
      atlas,
      store,
      arcs: () => renderer.view().arcs,
      presentation: () => presentation,
      player,
      idle: () => slot.view()?.idle() ?? Promise.resolve(),
      arcsOnScreen: () => slot.view()?.arcsOnScreen() ?? [],
      exportVideo: video.exportVideo,
    });
    store.on(
      guard((s, prev) => {
        renderer.render(s, prev);
        notify();
      }),
    );
    let sharing: ReturnType<typeof mountSharing> | null = null;
    const fullLink = embed ? doc.querySelector<HTMLAnchorElement>('a.full-map') : null;
    const urls = mountUrlSync({
      doc,
      atlas,
      store,
      slot,
      lang,
      embed,
      presenting: () => sharing?.isPresenting() ?? false,
      onWrite: (href) => {
        if (fullLink) fullLink.href = href;
      },
      guard,
    });
    doc.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && store.get().selection) select(null);
    });
    win.atlas = api;
    renderer.render(store.get());
    // MapLibre, once: every caller (interaction, host command, presentation, export) waits for the same.
    let mapLoaded: Promise<void> | null = null;
    const loadMap = () =>
      (mapLoaded ??= slot.load().then((view) => {
        if (!view) return;
        if (url.view) {
          view.unframe();
          view.map.jumpTo({ center: [url.view.lon, url.view.lat], zoom: url.view.zoom });
        } else if (store.get().selection) view.frameArcs([...renderer.view().selection.arcs]);
        view.map.on('moveend', urls.writeSoon);
      }));
    if (embed) {
      if (fullLink) {
        fullLink.textContent = `${tr('fullMap')} ↗`;
        fullLink.href = urls.fullMapUrl();
      }
    } else {
      sharing = mountSharing({
        doc,
        tools: slots.tools,
        mapEl: slots.map,
        atlas,
        lang,
        tr,
        store,
        slot,
        loadMap,
        reducedMotion,
        arcs: () => renderer.view().arcs,
        hash: urls.hash,
        exportVideo: video.openDialog,
        onPresentation: (p) => {
          presentation = p;
          notify();
        },
        boundary,
      });
    }
    // The picture of the asked state is the first view, and the interactive map comes with the first
    // interaction (README, "Static first paint"), unless the address asks for what only the map can show:
    // a camera (`view=`) or a presentation.
    const present = !embed && params.get('present') === '1';
    if (!embed && (url.view || present)) await loadMap();
    else onFirstInteraction(doc, () => boundary.settle(loadMap()), embed ? undefined : slots.map);
    store.set({ ready: true });
    if (present) sharing?.present(params.get('autoplay') === '1');
    const host = hostChannel(win);
    postHeight(win, host, !embed);
    listenToHost(win, host, api, () => boundary.settle(loadMap()));
  } catch (e) {
    boundary.fail(e);
  }
}
