import type { Topology } from 'topojson-specification';
import type { Atlas } from '../../core/atlas';
import type { Theme } from '../../core/draw/theme';
import type { Lang } from '../../core/i18n';
import type { Filters } from '../../core/view/visibleArcs';
import type { Translate } from '../../ui/messages';
import { videoTranslator, type VideoTranslate } from '../../ui/videoMessages';
import { currentTheme } from '../theme';
import type { VideoDeps } from '../videoExport';

/** Everything a clip is made from: the data, the reader's language, scheme and filters. */
export interface VideoContext {
  doc: Document;
  atlas: Atlas;
  basemap(): Promise<Topology>;
  lang: Lang;
  tr: Translate;
  vtr: VideoTranslate;
  filters: Filters;
  theme: Theme;
  /** The page's address without state, for the source line. */
  site: string;
  /** False when the page already knows WebGL2 is missing: frames come from the static map. */
  webgl: boolean;
}

/** The page as it is now: language, scheme, filters, whether it has WebGL. */
export function videoContextOf(d: VideoDeps): VideoContext {
  const site = new URL('./', d.doc.baseURI).toString();
  return {
    doc: d.doc,
    atlas: d.atlas,
    basemap: d.basemap,
    lang: d.lang,
    tr: d.tr,
    vtr: videoTranslator(d.lang),
    filters: d.store.get().filters,
    theme: currentTheme(d.doc),
    site,
    webgl: d.slot.status() !== 'unavailable',
  };
}
