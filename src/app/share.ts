import type { Atlas } from '../core/atlas';
import type { Chapter } from '../core/view/chapters';
import { embedSnippet } from '../core/view/embedSnippet';
import { formatDay, type Lang } from '../core/i18n';
import { timelineEnd, type VisibleArc } from '../core/view/visibleArcs';
import type { Translate } from '../ui/messages';
import { mountShareMenu } from '../ui/shareMenu';
import { composePng, download } from './exporters';
import { countWords } from './countWords';
import { countsOf } from '../core/view/counts';
import type { MapSlot } from './mapSlot';
import { mountPresentation, type PresentationState } from './present';
import { askedTheme } from './theme';
import { detailsFor } from './selection';
import { namer } from './names';
import { frameChapter } from './presentFrame';
import type { Store } from './store';
import type { Boundary } from './boundary';

/** Height (CSS px) the embed snippet starts with, before the atlas reports its own. */
const SNIPPET_HEIGHT = 620;

/**
 * The full page's Share menu and what it does: the embed code, presentation mode, and the PNG, CSV and
 * GeoJSON exports of what is shown, and the video of the timeline. `?present=1` opens the presentation at once.
 */
export function mountSharing(o: {
  doc: Document;
  tools: HTMLElement;
  mapEl: HTMLElement;
  atlas: Atlas;
  lang: Lang;
  tr: Translate;
  store: Store;
  slot: MapSlot;
  /** Starts the interactive map if it has not started (it comes with the first interaction). */
  loadMap(): Promise<void>;
  reducedMotion: boolean;
  arcs(): VisibleArc[];
  /** The current state as a URL hash. */
  hash(): string;
  /** Opens the video export's dialog. */
  exportVideo(): void;
  onPresentation(s: PresentationState | null): void;
  /** Exports that fail end here (a contained message), never as an unhandled rejection. */
  boundary: Pick<Boundary, 'settle'>;
}) {
  const { doc, atlas, lang, tr, store, slot } = o;
  const fileName = (ext: string) => `partnership-atlas-${store.get().day}.${ext}`;
  const exportData = async (kind: 'csv' | 'geojson') => {
    const { exportRows, toCsv, toGeoJson } = await import('../core/view/exportRows');
    const blob =
      kind === 'csv'
        ? new Blob([toCsv(exportRows(atlas, o.arcs(), lang, timelineEnd(atlas)))], {
            type: 'text/csv;charset=utf-8',
          })
        : new Blob([JSON.stringify(toGeoJson(atlas, o.arcs(), lang, timelineEnd(atlas)))], {
            type: 'application/geo+json',
          });
    download(doc, fileName(kind), blob);
  };
  // One PNG at a time; while the WebGL context is lost the export waits for the map, and says so.
  let exporting = false;
  const mapBack = () =>
    new Promise<void>((resolve) => {
      const off = store.on((st) => {
        if (st.map !== 'interactive') return;
        off();
        resolve();
      });
    });
  const exportPng = async () => {
    if (exporting) return;
    exporting = true;
    const note = doc.createElement('p');
    note.className = 'export-note';
    note.setAttribute('role', 'status');
    try {
      // The map draws the export when there is one; the picture only without WebGL.
      await o.loadMap();
      if (slot.view() && store.get().map !== 'interactive') {
        note.textContent = tr('pngWaiting');
        o.tools.querySelector('.share-panel')?.append(note);
        await mapBack();
      }
      const view = slot.view();
      const picture = o.mapEl.querySelector<HTMLImageElement>('img.first-view');
      const source = view?.map ?? picture;
      if (!source) return;
      const s = store.get();
      const arcs = o.arcs();
      const selected = detailsFor(atlas, arcs, s.selection, s.day, lang, tr).panel;
      const p = atlas.publication;
      const blob = await composePng(source, o.mapEl, {
        title: p.title[lang],
        date: tr('status', { counts: countWords(countsOf(atlas, arcs), tr), date: formatDay(lang, s.day) }),
        ...(selected ? { selection: tr('pngSelection', { name: selected.title }) } : {}),
        legendArc: tr('legendArc'),
        legendArea: tr('legendArea'),
        credit: `${p.sources[lang]} · ${p.credit[lang]}`,
      });
      download(doc, fileName('png'), blob);
    } finally {
      note.remove();
      exporting = false;
    }
  };

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
            m.jumpTo(camera);
            // That camera is the reader's: no framing of the selection may move it on a resize.
            slot.view()?.unframe();
          }
        }
      },
    });
  };

  mountShareMenu(o.tools, {
    tr,
    snippet: () =>
      embedSnippet({
        site: doc.baseURI,
        lang,
        theme: askedTheme(doc),
        hash: o.hash(),
        title: atlas.publication.title[lang],
        height: SNIPPET_HEIGHT,
      }),
    present: () => o.boundary.settle(present(false)),
    exportPng: () => o.boundary.settle(exportPng()),
    exportCsv: () => o.boundary.settle(exportData('csv')),
    exportGeoJson: () => o.boundary.settle(exportData('geojson')),
    exportVideo: o.exportVideo,
  });
  return {
    present: (autoplay: boolean) => o.boundary.settle(present(autoplay)),
    isPresenting: () => presenting !== null,
  };
}
