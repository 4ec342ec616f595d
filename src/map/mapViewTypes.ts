import type { PlannedRoom } from '../core/draw/boxLayout';
import type { Map as MlMap } from 'maplibre-gl';
import type { Theme } from '../core/draw/theme';
import type { Lang } from '../core/i18n';
import type { Geography, VisibleArc } from '../core/view/visibleArcs';
import type { Translate } from '../ui/messages';
import type { Bounds } from './framing';

/** What the map draws for a state. */
export interface MapRender {
  /** The arcs visible on the day. */
  arcs: readonly VisibleArc[];
  geography: Geography;
  day: string;
  /** Arcs of the selection (the others are dimmed when there is one). */
  selected: ReadonlySet<string>;
  /** Places at either end of a visible arc (highlighted). */
  active: ReadonlySet<string>;
  /** The place the reader selected (not an arc, not a country): its dot ringed where it is drawn. */
  picked?: string | null;
}

/** An arc as drawn on the screen. */
export interface ScreenArc {
  id: string;
  where: 'map' | 'closeUp';
  points: [number, number][];
  /** While the arc draws itself in: the share of it drawn so far (0–1). */
  drawn?: number;
}

/** Which names `namesOnScreen` gives: see there. */
export type NamesWhere = 'map' | 'closeUp' | 'underCloseUp' | 'archipelagos' | 'countries';

export interface MapView {
  map: MlMap;
  /** Resolves once the style and arcs are in and the first frame is drawn. */
  ready: Promise<void>;
  /** Stops keeping a framing on resize (a view was restored from the URL). */
  unframe(): void;
  /** True while a framing is kept (the reader has not moved the map since). */
  isFramed(): boolean;
  /** Frames these arcs (a selection), or the opening view (null), clear of the controls. */
  frameArcs(ids: readonly string[] | null): void;
  /** Frames these bounds (the close-up's). */
  frameBounds(b: Bounds): void;
  /** Resolves once the map has drawn everything asked of it so far. */
  idle(): Promise<void>;
  /** The visible arcs as drawn, in CSS px from the map's top left, on the map and in the close-up. */
  arcsOnScreen(): ScreenArc[];
  /**
   * The places whose names the map shows now (placed by its collisions), and the countries whose flows
   * it names (a crowded map's), on the map and in the close-up (`where`: on one of them only; or the
   * main map's names that its close-up covers, wholly or in part: none, as the reader sees them; or the
   * archipelagos the main map names, by id: each, wherever its islands are on the map).
   */
  namesOnScreen(where?: NamesWhere): string[];
  /**
   * The maps drawn over this one, each with its box (its border and caption inside): the close-up
   * while it is shown. An export draws them where they are (`composePng`).
   */
  insets(): readonly { map: MlMap; box: HTMLElement }[];
  render(r: MapRender): void;
  /**
   * Previews these arcs as a selection would show them (a place or an arc under the pointer: its arcs
   * strong, the others faint), or ends the preview (null). Nothing while there is a selection.
   */
  preview(ids: ReadonlySet<string> | null): void;
  /** Draws the map in another colour scheme (sources and feature-state are kept). */
  setTheme(theme: Theme): void;
  /** Multiplies label sizes and line widths (presentation on a wall screen; 1 is normal). */
  setScale(scale: number): void;
  /** After a restored WebGL context: feature-state and filters are gone, so the next render sets all. */
  reset(): void;
  destroy(): void;
}

export interface MapViewOptions {
  lang: Lang;
  tr: Translate;
  reducedMotion: boolean;
  theme: Theme;
  /** Label and line scale (default 1). */
  scale?: number;
  /** Wheel and one-finger gestures scroll the host page; Ctrl/⌘ + wheel and two fingers move the map. */
  cooperativeGestures: boolean;
  onPick(id: string | null): void;
  onHover?(id: string | null, x: number, y: number): void;
  /**
   * An arc shown, in the reader's words, for the chooser of arcs about as near (as its tooltip and
   * panel say it: "Hà Giang (now part of Tuyên Quang) ↔ Guangxi"); none: its ends' names.
   */
  arcLabel?(id: string): string | null;
  /** A close-up of these bounds: a small map without controls or gestures, in the main map's corner. */
  closeUp?: Bounds;
  /**
   * A close-up's: the room it keeps in shares of its box now, and the box its plan was made for, or
   * null (see `createFraming`).
   */
  closeUpRoom?: () => PlannedRoom | null;
  /** False: never add a close-up map (a map drawn into a single canvas, as video frames are). */
  closeUps?: boolean;
  /** False: arcs that appear do not draw themselves in (video frames, whose clock is frozen). */
  drawIn?: boolean;
  /**
   * The day and geography of the state the map will draw first: its style is made with their units,
   * names and regions shown (`basemapStyle`'s `first`), not changed to them once it has loaded.
   */
  first?: { day: string; geography: Geography };
}
