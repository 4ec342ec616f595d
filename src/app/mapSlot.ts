import type { Topology } from 'topojson-specification';
import type { Atlas } from '../core/atlas';
import type { Theme } from '../core/draw/theme';
import type { MapRender, MapView, MapViewOptions } from '../map/mapViewTypes';
import type { Boundary } from './boundary';
import { firstPicture } from './firstPicture';
import type { ScreenArcs } from '../core/draw/pickable';

/** Where the map is: a static picture, loading, interactive, or unavailable (no WebGL2, or it failed). */
export type MapStatus = 'static' | 'loading' | 'interactive' | 'unavailable';

export interface MapSlot {
  status(): MapStatus;
  /** The interactive map, once it exists. */
  view(): MapView | null;
  /**
   * Loads MapLibre and creates the map (once). Resolves with the map, drawn as last asked, or null
   * when it cannot be made: the picture then stays, redrawn for each date, with a short notice.
   */
  load(): Promise<MapView | null>;
  /**
   * Fetches and evaluates the map's code (MapLibre), and fetches the basemap, without making a map:
   * called in idle time once the page has settled, so that the map starts without waiting for the
   * network when the reader asks.
   */
  warm(): void;
  render(r: MapRender): void;
  /** Another colour scheme: the map's, or the redrawn picture's. */
  setTheme(theme: Theme): void;
  /** Label and line scale of the map (presentation on large screens). */
  setScale(scale: number): void;
  /** Without a map (no WebGL), the lines its picture shows, as the map's `arcsOnScreen` (else null). */
  pictureArcs(): ScreenArcs['arcs'] | null;
}

/** The map's code (MapLibre and our layers): a chunk of its own, not part of the first view. */
const mapCode = () => import('../map/mapView');

/**
 * The map's place on the page. It starts with the static picture the build drew (`img.first-view`,
 * chosen by public/theme.js before the first paint), redrawn when the state asked is another, and
 * swaps in MapLibre when asked to load it. The picture and the map share colours, and the picture
 * sits under the map's canvas until the map has drawn.
 */
export function mountMapSlot(
  el: HTMLElement,
  opts: MapViewOptions & {
    atlas: Atlas;
    /** The basemap, fetched when first asked (`basemapLoader`). */
    basemap(): Promise<Topology>;
    onStatus(s: MapStatus): void;
    /** Where the map's own errors and failures of its event handlers go. */
    boundary: Pick<Boundary, 'guard' | 'fail'>;
  },
): MapSlot {
  const doc = el.ownerDocument;
  const picture = el.querySelector<HTMLImageElement>('img.first-view');
  let status: MapStatus = 'static';
  let view: MapView | null = null;
  let loading: Promise<MapView | null> | null = null;
  let last: MapRender | null = null;
  let theme = opts.theme;
  let scale = opts.scale ?? 1;
  // MapLibre's controls grow with the labels (style.css).
  const scaleControls = (k: number) => doc.documentElement.style.setProperty('--map-scale', String(k));
  scaleControls(scale);
  const setStatus = (s: MapStatus) => {
    status = s;
    el.dataset.map = s;
    opts.onStatus(s);
  };
  setStatus('static');

  const pictureSlot = firstPicture(picture, {
    ...opts,
    fail: opts.boundary.fail,
    mapShown: () => status === 'interactive',
    scale: () => scale,
  });
  const redrawPicture = () => {
    if (last) pictureSlot.draw(last, theme);
  };
  // A picture laid out for its box is drawn again when the box changes without the window (an embed
  // fitted to its frame, src/app/embed.ts); a no-op for the others, and for a box of the same size.
  new ResizeObserver(() => {
    if (status !== 'interactive') redrawPicture();
  }).observe(el);

  const create = async (): Promise<MapView | null> => {
    setStatus('loading');
    // (What the map's box holds before the map: the picture and the page's own, its hover tooltip.)
    const before = new Set(el.children);
    // The map's code, the basemap and the font come at once. MapLibre draws labels with the page's
    // own font (no glyph server): it is loaded first.
    const code = mapCode();
    code.catch(() => {});
    const font = Promise.race([
      doc.fonts.load(`12px "Be Vietnam Pro"`, 'Hà Giang Quần đảo Hoàng Sa'),
      new Promise((r) => setTimeout(r, 3000)),
    ]);
    let topo: Topology;
    try {
      topo = await opts.basemap();
    } catch (e) {
      // The data's fault, not the browser's: said as a load failure (final, as the atlas's is); the
      // picture stays.
      opts.boundary.fail(e);
      setStatus('static');
      return null;
    }
    try {
      await font;
      const { createMapView } = await code;
      view = createMapView(el, opts.atlas, topo, {
        ...opts,
        theme,
        scale,
        ...(last ? { first: { day: last.day, geography: last.geography } } : {}),
      });
      if (last) view.render(last);
      await view.ready;
      // The canvas now covers the picture; it stays (hidden) for a lost WebGL context.
      if (picture) picture.hidden = true;
      setStatus('interactive');
      // WebGL context loss (GPU reset, too many contexts, a phone's memory pressure): the picture comes
      // back, drawn for the current state, until MapLibre has restored its context and redrawn.
      const current = view;
      const { guard } = opts.boundary;
      // MapLibre's own errors (a failed source, a bad expression) go to the page's boundary.
      current.map.on('error', (e) => opts.boundary.fail(e.error));
      current.map.on(
        'webglcontextlost',
        guard(() => {
          if (picture) picture.hidden = false;
          pictureSlot.forget();
          setStatus('unavailable');
          redrawPicture();
        }),
      );
      current.map.on(
        'webglcontextrestored',
        guard(() => {
          // MapLibre reloads its style from a snapshot; feature-state and filters are set again once it
          // has, then the picture goes.
          current.map.once('idle', () => {
            current.reset();
            if (last) current.render(last);
            current.map.once('idle', () => {
              if (picture) picture.hidden = true;
              setStatus('interactive');
            });
            current.map.triggerRepaint();
          });
        }),
      );
      return view;
    } catch (e) {
      view = null;
      // Anything but a missing WebGL2 is our bug: keep it visible to developers.
      if (!(e instanceof Error && e.name === 'GPUInitializationError')) console.error(e);
      // What the map added goes; the picture and the hover tooltip stay (the picture's lines have it).
      for (const c of [...el.children]) if (!before.has(c)) c.remove();
      const notice = doc.createElement('p');
      notice.className = 'notice map-notice';
      notice.setAttribute('role', 'status');
      // Plain words for readers (no error name); the reason stays on the element for developers.
      notice.textContent = opts.tr('noMap');
      notice.dataset.error = e instanceof Error ? e.name : 'WebGL';
      // Beside the picture, never over it: in the header bar when there is one.
      const bar = el.closest('.app')?.querySelector('.bar');
      if (bar) bar.append(notice);
      else el.after(notice);
      setStatus('unavailable');
      redrawPicture();
      // The picture's lines are picked as the map's would be (`attachPicturePointer`: a chunk of its
      // own, as the map's pointer is, for the few browsers without WebGL).
      void import('./picturePointer')
        .then(({ attachPicturePointer }) =>
          attachPicturePointer(el, {
            atlas: opts.atlas,
            lang: opts.lang,
            tr: opts.tr,
            ...(opts.arcLabel ? { arcLabel: opts.arcLabel } : {}),
            ...(opts.onHover ? { onHover: opts.onHover } : {}),
            lines: () => pictureSlot.lines(),
            onPick: opts.boundary.guard(opts.onPick),
            fail: opts.boundary.fail,
          }),
        )
        .catch(opts.boundary.fail);
      return null;
    }
  };

  return {
    status: () => status,
    view: () => view,
    load: () => (loading ??= create()),
    warm() {
      // Only before the map is asked for. (A failure here is not the reader's until they ask for the
      // map: `load` imports the code again, and reports the basemap's.)
      if (status !== 'static') return;
      void mapCode().catch(() => {});
      void opts.basemap().catch(() => {});
    },
    setTheme(next) {
      theme = next;
      view?.setTheme(next);
      if (status !== 'interactive') redrawPicture();
    },
    setScale(next) {
      // Called on every window resize: a selection's picture is laid out for its box (a no-op for
      // the others, and for a box of the same size); nothing to restyle when the scale stays.
      if (status !== 'interactive') redrawPicture();
      if (next === scale) return;
      scale = next;
      scaleControls(next);
      view?.setScale(next);
    },
    pictureArcs() {
      if (status !== 'unavailable') return null;
      // (Worked out for the next call where the state or the box has changed since.)
      void pictureSlot.lines();
      return pictureSlot.linesNow()?.arcs ?? null;
    },
    render(r) {
      last = r;
      // A map still loading is drawn as asked when it is ready; one whose context is lost is not.
      if (status !== 'unavailable') view?.render(r);
      if (status !== 'interactive') redrawPicture();
    },
  };
}
