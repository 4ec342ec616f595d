import type { ShareContext } from './pageContext';
import { showsFlows } from '../core/draw/countryFlows';
import { timelineEnd, type VisibleArc } from '../core/view/visibleArcs';
import { statusLine } from './countWords';
import { download } from './download';
import { composePng } from './exporters';
import { legendWords } from './legendKeys';
import { detailsFor } from './selection';

/**
 * The Share menu's exports of what is shown: a PNG of the map (or of its picture without WebGL) with
 * title, date, selection, legend and credits, and the CSV and GeoJSON of the visible events.
 */
export function exportActions(
  o: ShareContext & { tools: HTMLElement; mapEl: HTMLElement; arcs(): VisibleArc[] },
): { exportPng(): Promise<void>; exportData(kind: 'csv' | 'geojson'): Promise<void> } {
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
      const details = detailsFor(atlas, arcs, s.selection, s.day, lang, tr);
      const selected = details.panel;
      const p = atlas.publication;
      const blob = await composePng(
        source,
        o.mapEl,
        {
          title: p.title[lang],
          date: statusLine(atlas, arcs, s.day, lang, tr),
          ...(selected ? { selection: tr('pngSelection', { name: selected.title }) } : {}),
          // The key of what the map draws: arcs, or a line per country when crowded (a selection
          // draws its own arcs over them, and the page's key is then the arcs').
          legend: legendWords(tr, showsFlows(arcs.length) && details.arcs.size === 0),
          credit: `${p.sources[lang]} · ${p.credit[lang]}`,
        },
        view?.insets() ?? [],
      );
      download(doc, fileName('png'), blob);
    } finally {
      note.remove();
      exporting = false;
    }
  };

  return { exportPng, exportData };
}
