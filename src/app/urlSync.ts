import type { Atlas } from '../core/atlas';
import type { Lang } from '../core/i18n';
import { decodeState, encodeState } from '../core/view/urlState';
import { timelineEnd } from '../core/view/visibleArcs';
import type { Guard } from './boundary';
import type { MapSlot } from './mapSlot';
import type { Store } from './store';
import { askedTheme } from './theme';

/** How long scrubbing must pause before the URL follows (ms). */
const WRITE_DELAY = 300;

/** A day clamped to the atlas's timeline. */
export const clampDay = (d: string, a: Atlas) =>
  d < a.dateRange.start ? a.dateRange.start : d > timelineEnd(a) ? timelineEnd(a) : d;

/**
 * Keeps the URL hash and the state in step: a new selection or filter adds a history entry (Back undoes
 * it); scrubbing, playing and moving the map replace the entry, debounced (browsers limit history
 * writes: Safari throws past 100 in 30 s). Back and Forward restore the state. In an iframe or while
 * presenting, nothing adds history entries (they would be steps of the host page's Back button).
 */
export function mountUrlSync(o: {
  doc: Document;
  atlas: Atlas;
  store: Store;
  slot: MapSlot;
  lang: Lang;
  embed: boolean;
  presenting(): boolean;
  /** Called with the full map's address after each write (the embed's link out). */
  onWrite?(fullMapUrl: string): void;
  guard: Guard;
}) {
  const { doc, store, slot } = o;
  const win = doc.defaultView;
  const hash = () => {
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
      lang: o.lang,
    });
  };
  /** The full page at the current state (the embed's link out). */
  const fullMapUrl = (h = hash()) => {
    const u = new URL('./', doc.baseURI);
    const theme = askedTheme(doc);
    if (theme) u.searchParams.set('theme', theme);
    u.hash = h;
    return u.toString();
  };
  const write = (push: boolean) => {
    const h = hash();
    o.onWrite?.(fullMapUrl(h));
    if (o.embed || o.presenting()) push = false;
    if (win && win.location.hash !== h)
      win.history[push ? 'pushState' : 'replaceState'](null, '', h || win.location.pathname);
  };
  let pending = 0;
  const writeSoon = () => {
    clearTimeout(pending);
    pending = window.setTimeout(
      o.guard(() => write(false)),
      WRITE_DELAY,
    );
  };
  store.on(
    o.guard((s, prev) => {
      if (s.selection !== prev.selection || s.filters !== prev.filters) write(true);
      else if (s.day !== prev.day) writeSoon();
    }),
  );
  win?.addEventListener(
    'popstate',
    o.guard(() => {
      const u = decodeState(win.location.hash);
      store.set({
        day: clampDay(u.date ?? timelineEnd(o.atlas), o.atlas),
        selection: u.selection,
        filters: u.filters,
        playing: false,
      });
    }),
  );
  return { hash, fullMapUrl, writeSoon };
}

/**
 * `?embed=1` on the full page is the embed view's other address: where to go instead (the query
 * without `embed`, and the hash), or null when the address is the full page's own.
 */
export function embedAddress(params: URLSearchParams, hash: string): string | null {
  if (params.get('embed') !== '1') return null;
  const rest = new URLSearchParams(params);
  rest.delete('embed');
  const q = rest.toString();
  return `embed.html${q ? `?${q}` : ''}${hash}`;
}
