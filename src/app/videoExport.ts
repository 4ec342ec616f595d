import type { Topology } from 'topojson-specification';
import type { Atlas } from '../core/atlas';
import type { Lang } from '../core/i18n';
import type { Translate } from '../ui/messages';
import type { VideoRequest, VideoResult } from './api';
import type { MapSlot } from './mapSlot';
import type { Store } from './store';

/** What the video export reads from the page, when it is asked for. */
export interface VideoDeps {
  doc: Document;
  atlas: Atlas;
  /** The basemap, fetched when first asked (`basemapLoader`). */
  basemap(): Promise<Topology>;
  lang: Lang;
  tr: Translate;
  /** The filters shown now. */
  store: Pick<Store, 'get'>;
  /** Whether the page has found WebGL2 missing. */
  slot: Pick<MapSlot, 'status'>;
}

/**
 * The video export's door in the first view: two functions that load the export's code (encoder,
 * muxer, dialog: `./video/session`) only when called, so the first view does not carry it.
 */
export function videoExporter(d: VideoDeps) {
  const load = () => import('./video/session');
  return {
    /** `window.atlas.exportVideo`: never throws; a failure is a result. */
    exportVideo: (request?: VideoRequest): Promise<VideoResult> =>
      load()
        .then((m) => m.exportVideo(d, request))
        .catch((e: unknown) => ({ kind: 'failed', error: e instanceof Error ? e.message : String(e) })),
    /** The Share menu's item: the choices, then the clip as a download. */
    openDialog: () => void load().then((m) => m.openVideoDialog(d), console.error),
  };
}
