import type { Atlas } from '../core/atlas';
import { decodeState, encodeState } from '../core/urlState';
import { geographyAt, visibleArcs, type VisibleArc } from '../core/visibleArcs';
import { mountDetails } from '../ui/details';
import { mountTimeline } from '../ui/timeline';
import { toPublicArcs, type AtlasApi, type PublicState } from './api';
import { loadAtlas, loadBasemap } from './loadAtlas';
import { createMapView, type MapView } from './mapView';
import { renderList } from './list';
import { createStore } from './store';
import { chooseLang, formatDay, LANGS, type Lang } from '../core/i18n';
import { translator, type Translate } from '../ui/messages';
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

/**
 * The timeline runs from the first event to today (or the last event, if later): the geography keeps
 * changing after the last event (1 July 2025), and a reader looks at "now".
 */
const timelineEnd = (a: Atlas) => {
  const today = new Date().toISOString().slice(0, 10);
  return today > a.dateRange.end ? today : a.dateRange.end;
};
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
    footer.textContent = `${atlas.attribution.join(' · ')} · ${tr('dataVersion', { version: atlas.dataVersion })}`;
    renderList(doc, atlas, list, lang, tr);
    const url = decodeState(doc.defaultView?.location.hash ?? '');
    const store = createStore({
      day: clamp(url.date ?? timelineEnd(atlas), atlas),
      playing: false,
      selection: url.selection,
      filters: url.filters,
    });
    const reducedMotion = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
    // MapLibre draws labels with the page's own font (no glyph server): load it first.
    await Promise.race([
      doc.fonts.load('12px "Be Vietnam Pro"', 'Hà Giang Quần đảo Hoàng Sa'),
      new Promise((r) => setTimeout(r, 3000)),
    ]);
    let view: MapView | null = null;
    const tooltip = mountTooltip(mapEl);
    try {
      view = createMapView(mapEl, atlas, topo, {
        lang,
        reducedMotion,
        onPick: (id) => store.set({ selection: id }),
        onHover: (id, x, y) => {
          const text = id && hoverText(atlas, arcs, id, store.get().day, lang, tr);
          if (text) tooltip.show(text, x, y);
          else tooltip.hide();
        },
      });
    } catch (e) {
      // No WebGL2: the list of events stays as the readable fallback.
      mapEl.hidden = true;
      // Anything but a missing WebGL2 is our bug: keep it visible to developers.
      if (!(e instanceof Error && e.name === 'GPUInitializationError')) console.error(e);
      const notice = doc.createElement('p');
      notice.className = 'notice';
      notice.setAttribute('role', 'status');
      notice.textContent = tr('noMap', { error: e instanceof Error ? e.name : 'WebGL' });
      mapEl.before(notice);
    }
    if (view && url.view) {
      view.unframe();
      view.map.jumpTo({ center: [url.view.lon, url.view.lat], zoom: url.view.zoom });
    }
    const details = mountDetails(stage, lang, tr);
    const visibleList = mountVisibleList(visibleEl, visibleTitle, (id) => store.set({ selection: id }));
    const announcer = mountAnnouncer(announcerEl);
    let announcedArcs: Set<string> | null = null;

    mountPlaceSearch(tools, {
      search: (q) => searchResults(atlas, q, store.get().day, lang, tr),
      tr,
      onPick: (id) => store.set({ selection: id }),
    });
    const filters = mountFilters(tools, {
      ...filterOptions(atlas, lang),
      tr,
      filters: store.get().filters,
      onChange: (f) => store.set({ filters: f }),
    });
    let arcs: VisibleArc[] = [];
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
      };
    };
    const listeners = new Set<(s: PublicState) => void>();
    const update = () => {
      const s = store.get();
      const geography = geographyAt(s.day, atlas.adminChanges);
      if (geography !== s.geography) return store.set({ geography });
      arcs = visibleArcs(atlas, s.day, s.filters);
      const sel = detailsFor(atlas, arcs, s.selection, s.day, lang, tr);
      view?.render(arcs, geography, s.day, sel.arcs, new Set(arcs.flatMap((a) => [a.vn, a.partner])));
      details.update(sel.panel ? { ...sel.panel, onClose: () => store.set({ selection: null }) } : null);
      timeline.update({ day: s.day, playing: s.playing });
      filters.update(s.filters);
      status.textContent = tr('status', { n: arcs.length, date: formatDay(lang, s.day) });
      const label = (a: VisibleArc) =>
        tr('tipArc', {
          a: placeName(atlas, a.vn, lang),
          b: placeName(atlas, a.partner, lang),
          n: a.events.length,
        });
      let byId: Map<string, VisibleArc> | null = null; // built only when an item needs a label
      visibleList.update(
        tr('visibleTitle', { date: formatDay(lang, s.day) }),
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
    const writeUrl = (push: boolean) => {
      const s = store.get();
      const c = view?.map.getCenter();
      const hash = encodeState({
        date: s.day,
        selection: s.selection,
        filters: s.filters,
        // The view goes into the URL once the reader has moved the map; until then every screen frames
        // the partners its own way.
        view: c && view && !view.isFramed() ? { lon: c.lng, lat: c.lat, zoom: view.map.getZoom() } : null,
        lang,
      });
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
    view?.map.on('moveend', writeSoon);
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
        // Speed 1 plays the whole span in about 20 s.
        const span = (Date.parse(timelineEnd(atlas)) - Date.parse(atlas.dateRange.start)) / DAY_MS;
        let last = performance.now();
        const step = (now: number) => {
          if (!store.get().playing) return;
          const days = Math.max(1, Math.round(((now - last) / 1000) * (span / 20) * speed));
          last = now;
          const next = new Date(Date.parse(store.get().day) + days * DAY_MS).toISOString().slice(0, 10);
          if (next >= timelineEnd(atlas)) return store.set({ day: timelineEnd(atlas), playing: false });
          store.set({ day: next });
          raf = requestAnimationFrame(step);
        };
        raf = requestAnimationFrame(step);
      },
      pause: () => store.set({ playing: false }),
      select: (id) => store.set({ selection: id }),
      idle: () => view?.idle() ?? Promise.resolve(),
      setFilters: (partial) => store.set({ filters: { ...store.get().filters, ...partial } }),
      on(_event, fn) {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
    };
    if (doc.defaultView) doc.defaultView.atlas = api;
    update();
    await view?.ready;
    store.set({ ready: true });
  } catch (e) {
    // Contained: the host article must never see an exception from us.
    status.textContent = tr('loadFailed', { error: e instanceof Error ? e.message : String(e) });
    status.setAttribute('role', 'alert');
  }
}

const LANG_NAMES: Record<Lang, string> = { fr: 'Français', vi: 'Tiếng Việt', en: 'English' };

/** The language switcher: each language named in itself; a change reloads the page in that language. */
function mountLanguageSwitch(el: HTMLElement, lang: Lang, tr: Translate, onChange: (l: Lang) => void) {
  const doc = el.ownerDocument;
  const select = doc.createElement('select');
  select.className = 'lang';
  select.setAttribute('aria-label', tr('language'));
  for (const l of LANGS) {
    const o = doc.createElement('option');
    o.value = l;
    o.lang = l;
    o.textContent = LANG_NAMES[l];
    o.selected = l === lang;
    select.append(o);
  }
  select.addEventListener('change', () => onChange(select.value as Lang));
  el.append(select);
}
