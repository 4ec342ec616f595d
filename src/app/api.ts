import type { Atlas } from '../core/atlas';
import type { VideoOptions } from '../core/view/videoOptions';
import { parseHostMessage, type HostCommand } from '../core/view/hostProtocol';
import { geographyAt, type Filters, type Geography, type VisibleArc } from '../core/view/visibleArcs';
import type { MapStatus } from './mapSlot';
import type { NamesWhere, ScreenArc } from '../map/mapViewTypes';
import type { PresentationState } from './present';
import type { Store } from './store';
import { clampDay } from './urlSync';

/** The state a host page or a test reads with `window.atlas.state()`. */
export interface PublicState {
  ready: boolean;
  date: string;
  geography: Geography;
  visibleArcs: { id: string; vn: string; partner: string; events: string[] }[];
  selection: string | null;
  filters: Filters;
  playing: boolean;
  /** `static` (the picture: embedded, before the first interaction), `loading`, `interactive`, or
   *  `unavailable` (no WebGL2: the picture is redrawn for each date). */
  map: MapStatus;
  /** In presentation mode: the chapter shown (0-based), their number, and whether it plays itself. */
  presentation: PresentationState | null;
}

/** `window.atlas`: the documented API for host pages and tests (README, "Public API"). */
export interface AtlasApi {
  state(): PublicState;
  setDate(iso: string): void;
  play(speed?: number): void;
  pause(): void;
  select(placeOrArcId: string | null): void;
  setFilters(partial: Partial<Filters>): void;
  /** Resolves once the map has drawn the current state (at once when there is no map). */
  idle(): Promise<void>;
  /** The visible arcs as drawn: CSS px from the map's top left, on the map and in its close-up (for
   *  host pages that annotate the map, and for tests). Without WebGL, the lines its picture shows (a
   *  crowded map's: its country flows, by ISO code), worked out on the first call after each change:
   *  empty until then. Empty while the picture waits for the interactive map. */
  arcsOnScreen(): ScreenArc[];
  /** The ids of the places whose names the map shows now, on the map (not under its close-up) and in its
   *  shown close-up (a name its collisions left out is not there), and of the countries whose flows it
   *  names (a crowded map's: ISO codes). Empty without the interactive map. `where`: on the map only
   *  (not under its close-up), or in its close-up only; `'underCloseUp'`: the main map's names that its
   *  close-up covers, wholly or in part (none: the map keeps its names clear of it); `'archipelagos'`:
   *  the archipelagos the main map names (`hoang-sa`, `truong-sa`: each, wherever its islands are on the map);
   *  `'countries'`: the countries whose names the main map's basemap writes (ISO codes). */
  namesOnScreen(where?: NamesWhere): string[];
  on(event: 'change', fn: (s: PublicState) => void): () => void;
  /** Records the timeline as a video (README, "Exporting"); the progress shows in the page. */
  exportVideo(request?: VideoRequest): Promise<VideoResult>;
}

/** What `exportVideo` takes: the options (all optional), a way to cancel, and progress reports. */
export type VideoRequest = Partial<VideoOptions> & {
  signal?: AbortSignal;
  onProgress?(frame: number, frames: number): void;
};

/** How a video export ended. `unsupported` names the files this browser can make instead. */
export type VideoResult =
  | {
      kind: 'done';
      blob: Blob;
      fileName: string;
      format: 'mp4' | 'webm';
      mimeType: string;
      width: number;
      height: number;
      fps: number;
      frames: number;
      seconds: number;
      /** `webgl`: MapLibre, frame by frame; `static`: the static map (no WebGL2). */
      renderer: 'webgl' | 'static';
      /** Where the time went, ms: making the map and encoder, drawing the frames, encoding them. */
      timing: { setupMs: number; drawMs: number; encodeMs: number };
    }
  | { kind: 'cancelled' }
  | { kind: 'unsupported'; error: string; formats: ('mp4' | 'webm')[] }
  | { kind: 'invalid'; error: string }
  | { kind: 'failed'; error: string };
/**
 * The arguments of a call, read by the host protocol's own checks (the API and `postMessage` accept
 * exactly the same values); a wrong one throws a `TypeError` naming it, and changes nothing.
 */
function checked<T extends HostCommand['type']>(message: { type: T } & Record<string, unknown>) {
  const m = parseHostMessage(message);
  if (m.kind !== 'command') throw new TypeError(`atlas: ${m.kind === 'invalid' ? m.error : 'bad call'}`);
  return m.command as Extract<HostCommand, { type: T }>;
}

export const toPublicArcs = (arcs: VisibleArc[]) =>
  arcs.map(({ id, vn, partner, events }) => ({ id, vn, partner, events }));

/**
 * `window.atlas` over the store: the state as the public sees it (the geography derived from the day)
 * and the commands, each a store change. `notify` tells the `change` listeners, after a render.
 */
export function createApi(o: {
  atlas: Atlas;
  store: Store;
  arcs(): VisibleArc[];
  presentation(): PresentationState | null;
  player: { play(speed?: number): void; pause(): void };
  idle(): Promise<void>;
  arcsOnScreen(): ScreenArc[];
  namesOnScreen(where?: NamesWhere): string[];
  exportVideo(request?: VideoRequest): Promise<VideoResult>;
}): { api: AtlasApi; notify(): void } {
  const { store } = o;
  const listeners = new Set<(s: PublicState) => void>();
  const state = (): PublicState => {
    const s = store.get();
    return {
      ready: s.ready,
      date: s.day,
      geography: geographyAt(s.day, o.atlas.adminChanges),
      visibleArcs: toPublicArcs(o.arcs()),
      selection: s.selection,
      filters: s.filters,
      playing: s.playing,
      map: s.map,
      presentation: o.presentation(),
    };
  };
  const api: AtlasApi = {
    state,
    setDate(iso) {
      const { date } = checked({ type: 'atlas:setDate', date: iso });
      store.set({ day: clampDay(date, o.atlas), playing: false });
    },
    play: (speed) => o.player.play(checked({ type: 'atlas:play', speed }).speed),
    pause: () => o.player.pause(),
    select: (id) => store.set({ selection: checked({ type: 'atlas:select', id }).id }),
    idle: o.idle,
    arcsOnScreen: o.arcsOnScreen,
    namesOnScreen: o.namesOnScreen,
    exportVideo: o.exportVideo,
    setFilters(partial) {
      const { filters } = checked({ type: 'atlas:setFilters', filters: partial });
      store.set({ filters: { ...store.get().filters, ...filters } });
    },
    on(_event, fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
  return {
    api,
    notify: () => {
      if (listeners.size === 0) return;
      const s = state();
      for (const l of listeners) l(s);
    },
  };
}
