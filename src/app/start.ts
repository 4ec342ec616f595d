import { formatDay } from '../core/i18n';
import { axisTickFormat, startLabelFormat } from '../core/view/timeLocale';
import { timelineEnd } from '../core/view/visibleArcs';
import { decodeState } from '../core/view/urlState';
import { createApi, type AtlasApi } from './api';
import { createBoundary } from './boundary';
import { applyPublication, findSlots, mountChrome } from './chrome';
import { hostChannel, listenToHost, onFirstInteraction, postHeight } from './embed';
import { renderList, whenOffScreen } from './list';
import { loadAtlas, basemapLoader } from './loadAtlas';
import { bringIntoView, mapLoader } from './mapLoader';
import { createPlayer } from './player';
import type { PresentationState } from './present';
import { createRenderer } from './render';
import { mountSharing } from './share';
import { mountWidgets } from './widgets';
import { prepareSearchWords } from './searchWords';
import { nextTask } from './nextTask';
import { createStore } from './store';
import { clampDay, embedAddress, mountUrlSync } from './urlSync';
import { videoExporter } from './videoExport';

/** How long after the page is ready the map's code is fetched (`MapSlot.warm`). */
const WARM_MAP_AFTER_MS = 2000;
/**
 * From how many pairs (possible arcs) the page's start is split into tasks: at 300 events (220 pairs)
 * one task took 80–150 ms; the seed data's (7 pairs) is short.
 */
const START_SPLIT_PAIRS = 50;
/** How long a laptop's list of events waits for the page's web font before it is filled anyway (ms). */
const LIST_FONT_WAIT_MS = 5000;

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
  const moved = embed ? null : embedAddress(params, win.location.hash);
  if (moved) return win.location.replace(moved);
  const { lang, tr, legend } = mountChrome(doc, slots, embed);
  const boundary = createBoundary(slots.status, tr);
  const { guard } = boundary;
  // The reader's first interaction starts the map (README, "Static first paint"), watched from now:
  // one while the data still loads is kept, and starts the map once the page is ready (issue 16:
  // whatever is still loading, the first input is not lost).
  let interacted = false;
  let onInteraction: (() => void) | null = null;
  onFirstInteraction(
    doc,
    () => {
      interacted = true;
      onInteraction?.();
    },
    embed ? undefined : slots.map,
  );
  try {
    const base = new URL('./', doc.baseURI);
    const loading = loadAtlas(base);
    // The basemap when first asked (`basemapLoader`): at once only when the address asks for a state
    // the build's picture may not show (a date, a selection, filters, a camera), which is redrawn.
    const basemap = basemapLoader(base);
    const url = decodeState(win.location.hash);
    const filtered = Object.values(url.filters).some((f) => f.length > 0);
    if (url.date || url.selection || url.view || filtered) basemap().catch(() => {});
    // While the data is on its way (the main thread waits for the network), the page makes the Intl
    // objects it will need, each in a task of its own: the first date formatter (the first
    // Intl.DateTimeFormat loads its locale's data: 28 ms on a laptop, which lengthened the task that
    // draws the page once the data came, where a reader's first tap or wheel turn waited for it), then
    // the timeline's formats and the search's names and collator (10–20 ms of the task that mounts the
    // widgets at 300 events). Issue 16.
    const prepare = [
      () => formatDay(lang, '2000-01-01'),
      () => [axisTickFormat(lang), startLabelFormat(lang)],
      () => prepareSearchWords(lang),
    ];
    for (const make of prepare)
      win.setTimeout(
        guard(() => void make()),
        0,
      );
    const atlas = await loading;
    applyPublication(doc, slots, atlas, lang, tr, embed);
    const store = createStore({
      day: clampDay(url.date ?? timelineEnd(atlas), atlas),
      playing: false,
      selection: url.selection,
      filters: url.filters,
    });
    const reducedMotion = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
    /** What most parts are given. */
    const ctx = { doc, atlas, basemap, lang, tr, store, embed, reducedMotion, boundary };
    const arcs = () => renderer.view().arcs;
    const player = createPlayer(win, atlas, store, guard);
    const w = mountWidgets({ ...ctx, slots, player, arcs });
    const { slot } = w;
    const renderer = createRenderer({
      ...w,
      ...ctx,
      status: slots.status,
      failed: boundary.failed,
      picture: slots.map.querySelector('img.first-view'),
      legend,
      onSelect: (arcs) => {
        // A presentation frames its own chapters.
        if (doc.documentElement.classList.contains('presenting')) return;
        slot.view()?.frameArcs(arcs.size ? [...arcs] : null);
        if (!embed) bringIntoView(slots.map, win, reducedMotion);
      },
    });
    let presentation: PresentationState | null = null;
    const video = videoExporter({ doc, atlas, basemap, lang, tr, store, slot });
    const { api, notify } = createApi({
      atlas,
      store,
      arcs,
      presentation: () => presentation,
      player,
      idle: () => slot.view()?.idle() ?? Promise.resolve(),
      // (Without a map, the picture's lines: `MapSlot.pictureArcs`.)
      arcsOnScreen: () =>
        slot.view()?.arcsOnScreen() ??
        (slot.pictureArcs() ?? []).map((a) => ({
          ...a,
          points: a.points.map(([x, y]) => [x, y] as [number, number]),
        })),
      namesOnScreen: (where) => slot.view()?.namesOnScreen(where) ?? [],
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
      ...ctx,
      slot,
      presenting: () => sharing?.isPresenting() ?? false,
      onWrite: (href) => {
        if (fullLink) fullLink.href = href;
      },
      guard,
    });
    doc.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && store.get().selection) store.set({ selection: null });
    });
    const loadMap = mapLoader(slot, {
      camera: url.view,
      selectionArcs: () => (store.get().selection ? [...renderer.view().selection.arcs] : []),
      onMoveEnd: urls.writeSoon,
    });
    if (embed) {
      if (fullLink) {
        fullLink.textContent = `${tr('fullMap')} ↗`;
        fullLink.href = urls.fullMapUrl();
      }
    } else {
      sharing = mountSharing({
        ...ctx,
        tools: slots.tools,
        mapEl: slots.map,
        slot,
        loadMap,
        arcs,
        hash: urls.hash,
        exportVideo: video.openDialog,
        onPresentation: (p) => {
          presentation = p;
          notify();
        },
      });
      // The language switch, there before the data, stays where it stood: the header's controls come
      // before it, at its left (after it, on a laptop's header they pushed it 400 px to the left; a
      // reader may have it focused by then, so it is the others that move in the document).
      const language = slots.tools.querySelector(':scope > .lang');
      language?.before(...[...slots.tools.children].filter((c) => c !== language));
    }
    // A heavy start is three tasks, not one (issue 16; `START_SPLIT_PAIRS`): mounting the widgets and
    // every control, drawing the state into them, wiring the rest. A reader's key or tap waiting in
    // between is handled first (`nextTask`). A light one stays one task: split, the seed data's start
    // drew two or three frames more, and a first wheel turn, which waits for the page's next frame,
    // waited longer (median 28 → 61 ms). Each step is marked (`atlas:mounted`, `atlas:drawn`,
    // `atlas:ready`) for a developer's performance panel and the tests. What changes the page's layout
    // comes in the first task, so that no frame shows it half done: every control of the header (the
    // Share menu, mounted in the last task, pushed the others aside a frame after they came), and a
    // selection asked by the address (its details panel narrows the map).
    const pause = atlas.pairs.length > START_SPLIT_PAIRS ? () => nextTask(win) : () => Promise.resolve();
    const draw = () => {
      renderer.render(store.get());
      win.atlas = api;
    };
    if (url.selection) draw();
    win.performance.mark('atlas:mounted');
    await pause();
    if (!url.selection) draw();
    win.performance.mark('atlas:drawn');
    await pause();
    // The list of every event, once the browser has seen it off screen (see `whenOffScreen`), in slices,
    // each laid out as it comes where a keyboard is likely (a fine pointer: a laptop's or a desktop's),
    // so that the reader's first Tab does not lay out the whole list; a phone's main thread is spared
    // laying out a list its reader may never scroll to (`renderList`). Where it is laid out, the list
    // waits for the page's web font (at most `LIST_FONT_WAIT_MS`): a font arriving after the slices were
    // laid out lays out the whole list's text again, in one go at the first Tab (3,900 layout objects:
    // seen in a full test run on a loaded machine, and whenever the font is slow to come).
    // (Not in an embed, whose list is not shown.)
    const keyboardLikely = !embed && win.matchMedia('(any-pointer: fine)').matches;
    const fill = () =>
      renderList(doc, atlas, slots.events, lang, tr, (next) => win.setTimeout(next, 0), keyboardLikely);
    whenOffScreen(slots.events, win, () => {
      if (!keyboardLikely) return fill();
      void Promise.race([doc.fonts.ready, new Promise((r) => win.setTimeout(r, LIST_FONT_WAIT_MS))]).then(
        guard(fill),
      );
    });
    // The picture of the asked state is the first view, and the interactive map comes with the first
    // interaction (README, "Static first paint"), unless the address asks for what only the map can show:
    // a camera (`view=`) or a presentation.
    const present = !embed && params.get('present') === '1';
    if (!embed && (url.view || present)) await loadMap();
    else {
      onInteraction = () => boundary.settle(loadMap());
      if (interacted) onInteraction();
    }
    store.set({ ready: true });
    win.performance.mark('atlas:ready');
    // MapLibre is not part of the first view (issue 16). On the full page its code is fetched once the
    // page has settled, in idle time, so that the map starts at once on the reader's first interaction
    // on a slow network too (not at once: a first input made just as the page is ready would wait for
    // its evaluation). Not in an article's embed, which pays for the picture only until a reader uses
    // the map, nor for a reader who asks to save data.
    const saveData = (win.navigator as Navigator & { connection?: { saveData?: boolean } }).connection
      ?.saveData;
    if (!embed && !saveData)
      win.setTimeout(() => {
        if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => slot.warm());
        else slot.warm();
      }, WARM_MAP_AFTER_MS);
    if (present) sharing?.present(params.get('autoplay') === '1');
    const host = hostChannel(win);
    postHeight(win, host, !embed, embed ? slots : null);
    listenToHost(win, host, api, () => boundary.settle(loadMap()));
  } catch (e) {
    boundary.fail(e);
  }
}
