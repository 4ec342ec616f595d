import type { Topology } from 'topojson-specification';
import type { Atlas } from '../core/atlas';
import type { Advance } from '../core/draw/pictureLabels';
import type { Theme } from '../core/draw/theme';
import type { Lang } from '../core/i18n';
import { settledFrom, timelineEnd, visibleArcs } from '../core/view/visibleArcs';
import type { MapRender } from '../map/mapViewTypes';
import { rememberPicture } from './pictureText';
import type { ScreenArcs } from '../core/draw/pickable';

/** How long a picture waits for the map's font before it places its names with estimated widths. */
const FONT_WAIT_MS = 1000;

export interface FirstPicture {
  /** Draws the state asked (soon, once asked states settle), unless the picture shows it already. */
  draw(r: MapRender, theme: Theme): void;
  /** Forgets what it shows, so that the next draw redraws (the map lost its context). */
  forget(): void;
  /**
   * The lines the picture shows now (`pictureLines`), in CSS px of its box: of the state it shows
   * (the build's picture, or the last it drew; not a state asked and still being drawn), what a
   * reader's click picks among where there is no map. Null before it shows one.
   */
  lines(): Promise<ScreenArcs | null>;
  /** The lines `lines` worked out for what the picture shows now (not yet: null). */
  linesNow(): ScreenArcs | null;
}

/**
 * The static picture in the map's place (`img.first-view`, chosen by public/theme.js before the first
 * paint): until the map has drawn, and without one, it shows the state asked, redrawn when the date,
 * filters, selection, scheme or language differ from what it shows (a blob: image: the SVG is never
 * parsed as part of the page). The build's picture shows the opening view, nothing selected or
 * filtered, on every day from `settledFrom`, in the language public/theme.js chose for it
 * (`data-lang`): a page opened as it is, or at such a day, keeps it and draws nothing; for any other
 * state public/theme.js shows none (the sea) until this draws it.
 */
export function firstPicture(
  picture: HTMLImageElement | null,
  o: {
    atlas: Atlas;
    /** The basemap, fetched when first asked (`basemapLoader`). */
    basemap(): Promise<Topology>;
    lang: Lang;
    /** Where a failure to fetch the basemap is reported. */
    fail(e: unknown): void;
    /** True once the map is drawn over the picture (a late redraw is then dropped). */
    mapShown(): boolean;
    /** The map's label and line scale (1.5 on a wall screen; see `mapScaleOf`). */
    scale(): number;
  },
): FirstPicture {
  /** The embed fits a frame that keeps its own height (src/app/embed.ts, `postHeight`). */
  const fitted = () => picture?.ownerDocument.documentElement.hasAttribute('data-fit') === true;
  // (A selection's picture, and a fitted embed's, are laid out for their box and their names' scale:
  // they are redrawn when they change.)
  const boxOf = (r: MapRender) =>
    (r.selected.size || fitted()) && picture
      ? `${picture.clientWidth}×${picture.clientHeight}×${o.scale()}`
      : '';
  // (Every day from the one the opening view is settled on draws the same picture of the same arcs:
  // `settledFrom`.)
  const settled = settledFrom(o.atlas);
  const dayOf = (day: string) => (day >= settled ? settled : day);
  const keyOf = (r: MapRender, th: Theme) =>
    `${th}|${o.lang}|${dayOf(r.day)}|${r.arcs.map((a) => a.id + a.events.length).join()}|${[...r.selected].join()}|${r.picked ?? ''}|${boxOf(r)}`;
  let drawn = '';
  let url = '';
  let timer = 0;
  let asked: { r: MapRender; theme: Theme } | null = null;
  let advance: Promise<Advance | undefined> | undefined;
  /** The basemap could not be fetched (final: `basemapLoader`): the picture stays as it is. */
  let broken = false;
  /** Whether the build's picture shows this state (asked once: a redraw replaces the build's). */
  let built: ((r: MapRender, theme: Theme) => boolean) | null = picture
    ? (r, theme) => {
        built = null;
        // (None, where public/theme.js found the address asking another state: `buildShowsAsked`.)
        if (!picture.getAttribute('src')) return false;
        // (Nor a place selected: one with no partnership is marked alone on the opening view, `pickedMark`.)
        if ((picture.dataset.lang ?? 'fr') !== o.lang || r.selected.size > 0 || r.picked || fitted())
          return false;
        // It shows every day from the one the opening view is settled on, as of the timeline's end.
        if (r.day < settled) return false;
        return keyOf(r, theme) === keyOf({ ...r, arcs: visibleArcs(o.atlas, timelineEnd(o.atlas)) }, theme);
      }
    : null;
  /** The state the picture shows now (the build's picture, or the last one drawn), and its key. */
  let shown: { r: MapRender; key: string; built: boolean } | null = null;
  /** The lines of the state shown, by its key and the box's size (`lines`). */
  let lined: { key: string; lines: Promise<ScreenArcs | null> } | null = null;
  let linesNow: { key: string; lines: ScreenArcs } | null = null;
  /** What the lines depend on: the state shown and the box. */
  const linesKey = () =>
    picture && shown ? `${shown.key}|${picture.clientWidth}×${picture.clientHeight}×${o.scale()}` : '';
  return {
    forget() {
      drawn = '';
    },
    linesNow: () => (linesNow && linesNow.key === linesKey() ? linesNow.lines : null),
    lines() {
      if (!picture || !shown) return Promise.resolve(null);
      // (The state shown now: another may be shown by the time the chunk has come.)
      const state = shown;
      const key = linesKey();
      if (lined?.key === key) return lined.lines;
      const lines = import('./pictureFraming').then(({ shownLines }) => {
        const out = shownLines(picture, state, { ...o, fitted });
        linesNow = { key, lines: out };
        return out;
      });
      // (A failure, the chunk not loaded, is not kept: the next call tries again.)
      lines.catch(() => {
        if (lined?.lines === lines) lined = null;
      });
      lined = { key, lines };
      return lines;
    },
    draw(r, theme) {
      clearTimeout(timer);
      if (!picture || broken) return;
      asked = { r, theme };
      if (built?.(r, theme)) {
        drawn = keyOf(r, theme);
        shown = { r, key: drawn, built: true };
      }
      if (keyOf(r, theme) === drawn) return;
      // (Its fetch starts now; the redraw waits for asked states to settle.)
      const basemap = o.basemap();
      basemap.catch(() => {});
      timer = window.setTimeout(async () => {
        if (!asked || o.mapShown()) return;
        const key = keyOf(asked.r, asked.theme);
        if (key === drawn) return;
        drawn = key;
        const state = asked.r;
        const { arcs, day, selected, picked = null } = state;
        // The opening view laid out as the live map will lay it out in this box (see `boxLayout`); a
        // selection framed as the map frames it when it takes over, with its close-up.
        const loaded = await Promise.all([
          basemap,
          import('../core/draw/layoutPicture'),
          import('./pictureFraming'),
          // (With the names' placing code, which the picture's first view does not need.)
          import('../map/fontAdvance'),
        ]).catch((e: unknown) => {
          // (Said once; no later state asks again.)
          broken = true;
          o.fail(e);
          return null;
        });
        if (!loaded) return;
        const [topo, { layoutPictureSvg }, { framingOf }, { fontAdvance }] = loaded;
        // (Names placed at the widths the live map will give them: `Advance`.)
        advance ??= fontAdvance(o.atlas.places.map((p) => p.names[o.lang]).join(''), FONT_WAIT_MS);
        const measured = await advance;
        // (Estimates this time, if the font has not come: the next picture asks again.)
        if (!measured) advance = undefined;
        const look = { day, visible: [...arcs], theme: asked.theme, lang: o.lang, advance: measured };
        // (A state asked meanwhile is drawn by its own turn.)
        if (o.mapShown() || !asked || keyOf(asked.r, asked.theme) !== key) {
          if (drawn === key) drawn = '';
          return;
        }
        const { layout, view } = framingOf(picture, selected, { ...o, fitted });
        const svg = view
          ? layoutPictureSvg(o.atlas, topo, layout, { ...look, selected, picked }, view)
          : // (A place selected with no arc: marked alone on the opening view, `pickedMark`.)
            layoutPictureSvg(o.atlas, topo, layout, { ...look, picked });
        URL.revokeObjectURL(url);
        // The build's pictures come through <picture>'s <source>s, which would win over a new src.
        for (const s of picture.parentElement?.querySelectorAll('source') ?? []) s.remove();
        url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        picture.src = url;
        shown = { r: state, key, built: false };
        rememberPicture(picture, url, svg);
      }, 120);
    },
  };
}
