import type { Atlas } from '../core/atlas';
import { decodeState, encodeState } from '../core/view/urlState';
import { geographyAt, reformDay, timelineEnd, visibleArcs, type VisibleArc } from '../core/view/visibleArcs';
import { playbackDay } from '../core/view/playback';
import { eventDays } from '../core/view/timelineEvents';
import { mountDetails } from '../ui/details';
import { mountTimeline } from '../ui/timeline';
import { toPublicArcs, type AtlasApi, type PublicState } from './api';
import { loadAtlas, loadBasemap } from './loadAtlas';
import { mountMapSlot } from './mapSlot';
import { listenToHost, onFirstInteraction, postHeight } from './embed';
import type { PresentationState } from './present';
import { mountSharing } from './share';
import { renderList } from './list';
import { createStore } from './store';
import { askedTheme, currentTheme, onThemeChange } from './theme';
import { chooseLang, formatDay } from '../core/i18n';
import { translator } from '../ui/messages';
import { mountLanguageSwitch } from '../ui/langSwitch';
import { placeName, detailsFor, filterOptions, hoverText, searchResults } from './selection';
import { mountFilters } from '../ui/filters';
import { mountPlaceSearch } from '../ui/placeSearch';
import { mountTooltip } from '../ui/tooltip';
import { mountAnnouncer, mountVisibleList } from '../ui/visibleList';

declare global {
  interface Window {
    atlas?: AtlasApi;
  }
}

const clamp = (d: string, a: Atlas) =>
  d < a.dateRange.start ? a.dateRange.start : d > timelineEnd(a) ? timelineEnd(a) : d;
const DAY_MS = 86_400_000;

/** Composition root. Never throws into the host page: failures end in a visible, contained message. */
export async function start(doc: Document): Promise<void> {
  const status = doc.getElementById('status');
  const mapEl = doc.getElementById('map');
  const timelineEl = doc.getElementById('timeline');
  const list = doc.getElementById('events');
  const footer = doc.getElementById('attribution');
  const stage = doc.getElementById('stage');
  const visibleEl = doc.getElementById('visible');
  const visibleTitle = doc.getElementById('visible-title');
  const announcerEl = doc.getElementById('announcer');
  const tools = doc.getElementById('tools');
  if (!status || !mapEl || !timelineEl || !list || !footer || !stage || !tools) return;
  if (!visibleEl || !visibleTitle || !announcerEl) return;
  const win = doc.defaultView;
  const params = new URLSearchParams(win?.location.search ?? '');
  /** embed.html, inside an article's iframe: compact chrome, the map loads on first interaction, no
   *  history entries. */
  const embed = doc.documentElement.classList.contains('embed');
  if (!embed && params.get('embed') === '1' && win) {
    // `?embed=1` on the full page is the embed view's other address.
    params.delete('embed');
    const q = params.toString();
    win.location.replace(`embed.html${q ? `?${q}` : ''}${win.location.hash}`);
    return;
  }
  // Language: ?lang= (or lang= in the hash), then the browser's, then French.
  const asked =
    new URLSearchParams(win?.location.search ?? '').get('lang') ?? decodeState(win?.location.hash ?? '').lang;
  const lang = chooseLang(asked, win?.navigator.languages ?? []);
  const tr = translator(lang);
  doc.documentElement.lang = lang;
  doc.title = tr('title');
  status.textContent = tr('loading');
  mapEl.setAttribute('aria-label', tr('mapLabel'));
  const heading = doc.querySelector('.list h2');
  if (heading) heading.textContent = tr('allEvents');
  translateLegend(doc, tr);
  if (!embed)
    mountLanguageSwitch(tools, lang, tr, (next) => {
      if (!win) return;
      const hash = encodeState({ ...decodeState(win.location.hash), lang: next });
      const url = new URL(win.location.href);
      url.searchParams.delete('lang');
      url.hash = hash;
      // replaceState fires no popstate, so the page does not write its own language back first.
      win.history.replaceState(null, '', url.toString());
      win.location.reload();
    });
  try {
    const base = new URL('./', doc.baseURI);
    const [atlas, topo] = await Promise.all([loadAtlas(base), loadBasemap(base)]);
    footer.textContent = `${atlas.attribution.join(' · ')} · Partnership Atlas ${__APP_VERSION__} · ${tr('dataVersion', { version: atlas.dataVersion })}`;
    renderList(doc, atlas, list, lang, tr);
    const url = decodeState(doc.defaultView?.location.hash ?? '');
    const store = createStore({
      day: clamp(url.date ?? timelineEnd(atlas), atlas),
      playing: false,
      selection: url.selection,
      filters: url.filters,
    });
    const reducedMotion = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
    const tooltip = mountTooltip(mapEl);
    const slot = mountMapSlot(mapEl, {
      atlas,
      topo,
      lang,
      tr,
      reducedMotion,
      theme: currentTheme(doc),
      cooperativeGestures: embed,
      onPick: (id) => store.set({ selection: id }),
      onHover: (id, x, y) => {
        const text = id && hoverText(atlas, arcs, id, store.get().day, lang, tr);
        if (text) tooltip.show(text, x, y);
        else tooltip.hide();
      },
      onStatus: (map) => store.set({ map }),
    });
    onThemeChange(doc, (theme) => slot.setTheme(theme));
    const details = mountDetails(stage, lang, tr);
    const visibleList = mountVisibleList(visibleEl, visibleTitle, (id) => store.set({ selection: id }));
    const announcer = mountAnnouncer(announcerEl);
    let announcedArcs: Set<string> | null = null;

    // Embedded: compact chrome (title, date, legend, link to the full map); search and filters are on the
    // full map, and the host page can still set filters through the protocol.
    if (!embed)
      mountPlaceSearch(tools, {
        search: (q) => searchResults(atlas, q, store.get().day, lang, tr),
        tr,
        onPick: (id) => store.set({ selection: id }),
      });
    const filters = embed
      ? null
      : mountFilters(tools, {
          ...filterOptions(atlas, lang),
          tr,
          filters: store.get().filters,
          onChange: (f) => store.set({ filters: f }),
        });
    let arcs: VisibleArc[] = [];
    const picture = mapEl.querySelector('img.first-view');
    let fullLink: HTMLAnchorElement | null = null;
    let presentation: PresentationState | null = null;
    let raf = 0;
    const timeline = mountTimeline(timelineEl, {
      start: atlas.dateRange.start,
      end: timelineEnd(atlas),
      events: atlas.events.map((e) => ({ day: e.start, precision: e.precision })),
      day: store.get().day,
      playing: false,
      onDay: (day) => store.set({ day, playing: false }),
      onPlay: (speed) => api.play(speed),
      onPause: () => api.pause(),
      tr,
      formatDay: (d) => formatDay(lang, d),
      lang,
      reformDay: reformDay(atlas.adminChanges),
    });
    const publicState = (): PublicState => {
      const s = store.get();
      return {
        ready: s.ready,
        date: s.day,
        geography: s.geography,
        visibleArcs: toPublicArcs(arcs),
        selection: s.selection,
        filters: s.filters,
        playing: s.playing,
        map: s.map,
        presentation,
      };
    };
    const listeners = new Set<(s: PublicState) => void>();
    const update = () => {
      const s = store.get();
      const geography = geographyAt(s.day, atlas.adminChanges);
      if (geography !== s.geography) return store.set({ geography });
      arcs = visibleArcs(atlas, s.day, s.filters);
      const sel = detailsFor(atlas, arcs, s.selection, s.day, lang, tr);
      slot.render(arcs, geography, s.day, sel.arcs, new Set(arcs.flatMap((a) => [a.vn, a.partner])));
      details.update(sel.panel ? { ...sel.panel, onClose: () => store.set({ selection: null }) } : null);
      timeline.update({ day: s.day, playing: s.playing });
      filters?.update(s.filters);
      const shownDay = formatDay(lang, s.day);
      status.textContent = tr('status', { n: arcs.length, date: shownDay });
      // The picture's text matters while it is shown (before the map, or instead of it).
      if (s.map !== 'interactive')
        picture?.setAttribute('alt', tr('pictureAlt', { n: arcs.length, date: shownDay }));
      const label = (a: VisibleArc) =>
        tr('tipArc', {
          a: placeName(atlas, a.vn, lang),
          b: placeName(atlas, a.partner, lang),
          n: a.events.length,
        });
      let byId: Map<string, VisibleArc> | null = null; // built only when an item needs a label
      visibleList.update(
        tr('visibleTitle', { date: shownDay }),
        arcs.map((a) => ({ id: a.id, version: a.events.length })),
        sel.arcs,
        (id) => label((byId ??= new Map(arcs.map((a) => [a.id, a]))).get(id) as VisibleArc),
      );
      // Say the date and the arcs that appeared since the last announcement (not on every frame).
      const now = arcs;
      const day = s.day;
      if (announcedArcs)
        announcer.announce(() => {
          const added = now.filter((a) => !announcedArcs?.has(a.id));
          announcedArcs = new Set(now.map((a) => a.id));
          return [
            tr('announce', { date: formatDay(lang, day), n: now.length }),
            ...(added.length ? [tr('announceNew', { list: added.map(label).join(' ; ') })] : []),
          ].join(' ');
        }, s.playing);
      else announcedArcs = new Set(arcs.map((a) => a.id));
      for (const l of listeners) l(publicState());
    };
    // URL: scrubbing replaces the entry, a new selection or filter adds one (the back button undoes it).
    const stateHash = () => {
      const s = store.get();
      const view = slot.view();
      const c = view?.map.getCenter();
      return encodeState({
        date: s.day,
        selection: s.selection,
        filters: s.filters,
        // The view goes into the URL once the reader has moved the map; until then every screen frames
        // the partners its own way.
        view: c && view && !view.isFramed() ? { lon: c.lng, lat: c.lat, zoom: view.map.getZoom() } : null,
        lang,
      });
    };
    /** The full page at the current state (the embed's link out). */
    const fullMapUrl = (hash = stateHash()) => {
      const u = new URL('./', doc.baseURI);
      const theme = askedTheme(doc);
      if (theme) u.searchParams.set('theme', theme);
      u.hash = hash;
      return u.toString();
    };
    const writeUrl = (push: boolean) => {
      const hash = stateHash();
      // In an iframe, a history entry would be one more step for the host page's Back button.
      if (embed || presentation) push = false;
      if (fullLink) fullLink.href = fullMapUrl(hash);
      const win = doc.defaultView;
      if (win && win.location.hash !== hash)
        win.history[push ? 'pushState' : 'replaceState'](null, '', hash || win.location.pathname);
    };
    // Scrubbing and playing change the day every frame; browsers limit history writes (Safari throws
    // past 100 in 30 s), so those are debounced. Selections and filters are written at once.
    let pending = 0;
    const writeSoon = () => {
      clearTimeout(pending);
      pending = window.setTimeout(() => writeUrl(false), 300);
    };
    store.on((s, prev) => {
      update();
      if (s.selection !== prev.selection || s.filters !== prev.filters) writeUrl(true);
      else if (s.day !== prev.day) writeSoon();
    });
    doc.defaultView?.addEventListener('popstate', () => {
      const u = decodeState(doc.defaultView?.location.hash ?? '');
      store.set({
        day: clamp(u.date ?? timelineEnd(atlas), atlas),
        selection: u.selection,
        filters: u.filters,
        playing: false,
      });
    });
    doc.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && store.get().selection) store.set({ selection: null });
    });
    const api: AtlasApi = {
      state: publicState,
      setDate: (iso) => store.set({ day: clamp(iso, atlas), playing: false }),
      play(speed = 1) {
        cancelAnimationFrame(raf);
        if (store.get().day >= timelineEnd(atlas)) store.set({ day: atlas.dateRange.start });
        store.set({ playing: true });
        // Speed 1 plays the whole span in at most 20 s: stretches with no event ahead go faster
        // (playbackDay), so the busy years get the time.
        const span = (Date.parse(timelineEnd(atlas)) - Date.parse(atlas.dateRange.start)) / DAY_MS;
        const days = eventDays(atlas.events.map((e) => ({ day: e.start })));
        let last = performance.now();
        const step = (now: number) => {
          if (!store.get().playing) return;
          const base = Math.max(1, ((now - last) / 1000) * (span / 20) * speed);
          last = now;
          const next = playbackDay(store.get().day, base, days, timelineEnd(atlas));
          if (next >= timelineEnd(atlas)) return store.set({ day: timelineEnd(atlas), playing: false });
          store.set({ day: next });
          raf = requestAnimationFrame(step);
        };
        raf = requestAnimationFrame(step);
      },
      pause: () => store.set({ playing: false }),
      select: (id) => store.set({ selection: id }),
      idle: () => slot.view()?.idle() ?? Promise.resolve(),
      setFilters: (partial) => store.set({ filters: { ...store.get().filters, ...partial } }),
      on(_event, fn) {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
    };
    if (doc.defaultView) doc.defaultView.atlas = api;
    update();
    const loadMap = () =>
      slot.load().then((view) => {
        if (!view) return;
        if (url.view) {
          view.unframe();
          view.map.jumpTo({ center: [url.view.lon, url.view.lat], zoom: url.view.zoom });
        }
        view.map.on('moveend', writeSoon);
      });
    if (embed) {
      // The picture is the first view; the interactive map comes with the first interaction.
      onFirstInteraction(doc, () => void loadMap());
      fullLink = doc.querySelector('a.full-map');
      if (fullLink) {
        fullLink.textContent = `${tr('fullMap')} ↗`;
        fullLink.href = fullMapUrl();
      }
    }
    const sharing = embed
      ? null
      : mountSharing({
          doc,
          tools,
          mapEl,
          atlas,
          lang,
          tr,
          store,
          slot,
          reducedMotion,
          arcs: () => arcs,
          hash: stateHash,
          onPresentation: (p) => {
            presentation = p;
            for (const l of listeners) l(publicState());
          },
        });
    if (!embed) await loadMap();
    store.set({ ready: true });
    if (params.get('present') === '1') sharing?.present(params.get('autoplay') === '1');
    if (win) {
      postHeight(win);
      listenToHost(win, api, () => void loadMap());
    }
  } catch (e) {
    // Contained: the host article must never see an exception from us.
    status.textContent = tr('loadFailed', { error: e instanceof Error ? e.message : String(e) });
    status.setAttribute('role', 'alert');
  }
}

/** The legend is in the HTML (shown before any script); its words follow the language. */
function translateLegend(doc: Document, tr: ReturnType<typeof translator>) {
  const arc = doc.querySelector('.legend .arc-key');
  const area = doc.querySelector('.legend .area-key');
  if (arc) arc.textContent = tr('legendArc');
  if (area) area.textContent = tr('legendArea');
}
