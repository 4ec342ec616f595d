import type { ShareContext } from './pageContext';
import type { Chapter } from '../core/view/chapters';
import { namer } from './names';
import { mountPresentation, type PresentationState } from './present';
import { frameChapter } from './presentFrame';

/**
 * Starts presentation mode (full screen, the chapters, each framed and labelled) once the map is
 * there, and brings back on leaving what the reader had before: date, selection, filters, camera.
 */
export function presenter(
  o: ShareContext & { reducedMotion: boolean; onPresentation(s: PresentationState | null): void },
): { present(autoplay: boolean): Promise<void>; isPresenting(): boolean } {
  const { doc, atlas, lang, tr, store, slot } = o;
  const names = namer(atlas, lang, tr);
  let unlabel: (() => void) | null = null;
  const show = (c: Chapter) => {
    store.set({ day: c.day, selection: c.selection, playing: false });
    const view = slot.view();
    unlabel?.();
    unlabel = null;
    if (!view) return;
    view.unframe();
    unlabel = frameChapter(view.map, atlas, c, (id) => names.asOf(id, c.day), o.reducedMotion);
  };
  let presenting: ReturnType<typeof mountPresentation> | null = null;
  let starting = false;
  const present = async (autoplay: boolean) => {
    if (presenting || starting) return;
    // Full screen needs the reader's gesture: ask before waiting for the map (the menu gives one;
    // `?present=1` fills the window).
    if (!doc.fullscreenElement) void doc.documentElement.requestFullscreen?.().catch(() => {});
    starting = true;
    await o.loadMap().finally(() => (starting = false));
    // What Escape brings back: the date, the selection and the view from before presenting.
    const before = store.get();
    const map = slot.view()?.map;
    const camera = map && {
      center: map.getCenter(),
      zoom: map.getZoom(),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
    };
    slot.view()?.map.keyboard.disable();
    presenting = mountPresentation(doc, {
      atlas,
      lang,
      tr,
      reducedMotion: o.reducedMotion,
      autoplay,
      show,
      onChange: o.onPresentation,
      onScale: (k) => slot.setScale(k),
      onLeave: () => {
        presenting = null;
        unlabel?.();
        unlabel = null;
        store.set({ day: before.day, selection: before.selection, filters: before.filters, playing: false });
        const m = slot.view()?.map;
        if (m) {
          m.keyboard.enable();
          // The caption is gone: the map takes its old box back before its old camera.
          m.resize();
          if (camera) {
            // That camera is the reader's: no framing of the selection may move it, on a resize or when
            // the close-up, planned again as the camera lands, asks for room (released first: that
            // request comes within the jump).
            slot.view()?.unframe();
            m.jumpTo(camera);
          }
        }
      },
    });
  };

  return { present, isPresenting: () => presenting !== null };
}
