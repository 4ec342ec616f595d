import type { Topology } from 'topojson-specification';
import type { Atlas } from '../../core/atlas';
import type { Theme } from '../../core/draw/theme';
import type { Lang } from '../../core/i18n';
import type { Filters } from '../../core/view/visibleArcs';
import type { Translate } from '../../ui/messages';
import type { VideoTranslate } from '../../ui/videoMessages';

/** Everything a clip is made from: the data, the reader's language, scheme and filters. */
export interface VideoContext {
  doc: Document;
  atlas: Atlas;
  topo: Topology;
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
