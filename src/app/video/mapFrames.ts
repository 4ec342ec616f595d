import { now, restoreNow, setNow } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import type { Atlas } from '../../core/atlas';
import type { Lang } from '../../core/i18n';
import type { Theme } from '../../core/draw/theme';
import type { Translate } from '../../ui/messages';
import type { FrameSource } from './frameSource';

/** Render passes to wait for tiles (a geography switch lays out the other units) before drawing anyway. */
const MAX_PASSES = 600;

/**
 * Frames drawn by MapLibre: a map of its own, hidden off-screen at the band's size and the video's
 * pixel density (the page's map stays as the reader left it), rendered frame by frame with
 * MapLibre's clock frozen at each frame's time (`setNow`, MapLibre ≥ 5.10), so that fades and
 * label placement advance by exactly 1/30 s per frame however long a frame takes to draw. Each frame
 * is copied in the `render` event that drew it (no `preserveDrawingBuffer`).
 * Throws (GPUInitializationError) without WebGL2, for the caller to use `staticFrames`.
 */
export async function mapFrames(
  doc: Document,
  o: { atlas: Atlas; topo: Topology; lang: Lang; tr: Translate; theme: Theme },
  size: { w: number; h: number; ratio: number },
): Promise<FrameSource> {
  const { createMapView } = await import('../../map/mapView');
  const box = doc.createElement('div');
  box.className = 'video-map';
  box.setAttribute('aria-hidden', 'true');
  // Off-screen, not hidden: a map in a `display: none` box has no size and draws nothing.
  Object.assign(box.style, { position: 'fixed', left: '-20000px', top: '0', pointerEvents: 'none' });
  box.style.width = `${size.w}px`;
  box.style.height = `${size.h}px`;
  doc.body.append(box);
  let view: ReturnType<typeof createMapView> | null = null;
  try {
    view = createMapView(box, o.atlas, o.topo, {
      lang: o.lang,
      tr: o.tr,
      theme: o.theme,
      reducedMotion: false,
      cooperativeGestures: false,
      onPick: () => {},
      // A video frame is one canvas: no close-up map beside it; its clock is frozen, so arcs appear
      // by their fade (on MapLibre's clock), not by drawing in (on the page's).
      closeUps: false,
      drawIn: false,
    });
    view.map.setPixelRatio(size.ratio);
    await view.ready;
  } catch (e) {
    view?.destroy();
    box.remove();
    throw e;
  }
  const map = view.map;
  const t0 = now();
  return {
    kind: 'webgl',
    async draw(ctx, rect, s) {
      setNow(t0 + s.time * 1000);
      const active = new Set(s.arcs.flatMap((a) => [a.vn, a.partner]));
      view.render({ arcs: s.arcs, geography: s.geography, day: s.day, selected: new Set(), active });
      await new Promise<void>((resolve) => {
        let passes = 0;
        const onRender = () => {
          // Time is frozen, so waiting for tiles does not move the picture on.
          if (!map.areTilesLoaded() && ++passes < MAX_PASSES) return map.triggerRepaint();
          map.off('render', onRender);
          ctx.drawImage(map.getCanvas(), rect.x, rect.y, rect.w, rect.h);
          resolve();
        };
        map.on('render', onRender);
        map.triggerRepaint();
      });
    },
    destroy() {
      restoreNow();
      view.destroy();
      box.remove();
    },
  };
}
