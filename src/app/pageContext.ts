import type { Topology } from 'topojson-specification';
import type { Atlas } from '../core/atlas';
import type { Lang } from '../core/i18n';
import type { Translate } from '../ui/messages';
import type { Boundary } from './boundary';
import type { MapSlot } from './mapSlot';
import type { Store } from './store';

/** What the composition root gives most of the page's parts: the data, the reader's page, the state. */
export interface PageContext {
  doc: Document;
  atlas: Atlas;
  /** The basemap, fetched when first asked (`basemapLoader`). */
  basemap(): Promise<Topology>;
  lang: Lang;
  tr: Translate;
  store: Store;
  /** embed.html in an article's iframe (compact chrome, no history). */
  embed: boolean;
  reducedMotion: boolean;
  boundary: Boundary;
}

/** What the Share menu's actions act on: the page, its map, and the map's loading. */
export interface ShareContext extends Pick<PageContext, 'doc' | 'atlas' | 'lang' | 'tr' | 'store'> {
  slot: MapSlot;
  /** Starts the interactive map if it has not started (it comes with the first interaction). */
  loadMap(): Promise<void>;
}
