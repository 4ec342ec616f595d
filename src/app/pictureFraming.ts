import type { Atlas } from '../core/atlas';
import {
  exactLayout,
  fittedLayout,
  layoutFor,
  NARROW_LAYOUT,
  WIDE_LAYOUT,
  type BoxLayout,
} from '../core/draw/boxLayout';
import { arcsBounds, type PlannedView } from '../core/draw/layoutPlan';
import { pictureLines } from '../core/draw/pictureLines';
import type { ScreenArcs } from '../core/draw/pickable';
import type { MapRender } from '../map/mapViewTypes';

/** What the picture's framing depends on beside its box (src/app/firstPicture.ts). */
export interface FramingContext {
  atlas: Atlas;
  /** The map's label and line scale (1.5 on a wall screen; see `mapScaleOf`). */
  scale(): number;
  /** Whether the picture is laid out for an embed fitted to its frame (src/app/embed.ts). */
  fitted(): boolean;
}

/**
 * How the picture of a state is laid out in its box, as `FirstPicture.draw` lays it out and the live
 * map will when it takes over: a selection framed as the map frames it, in the picture's own box at
 * its names' scale; else the opening view, for a fitted embed's box or the layout of the picture's
 * width. (A chunk of its own, with the picture's drawing: not part of the first view.)
 */
export function framingOf(
  picture: HTMLImageElement,
  selected: ReadonlySet<string>,
  o: FramingContext,
): { layout: BoxLayout; view: PlannedView | null } {
  const [w, h] = [picture.clientWidth, picture.clientHeight];
  const target = selected.size ? arcsBounds(o.atlas, selected, w) : null;
  // (The live map makes a selection's choices in its own box, at its names' scale.)
  const scale = o.scale();
  if (target)
    return {
      layout: exactLayout(w, h, scale),
      view: { target, opening: false, scale, selected: [...selected] },
    };
  return { layout: o.fitted() ? fittedLayout(w, h) : layoutFor(w), view: null };
}

/**
 * The lines the picture shows of a state (`pictureLines`), in CSS px of its box: of the build's
 * picture, laid out for the layout public/theme.js chose it for by the viewport's width (its file
 * says which), or of a picture drawn for the state (`framingOf`).
 */
export function shownLines(
  picture: HTMLImageElement,
  shown: { r: MapRender; built: boolean },
  o: FramingContext,
): ScreenArcs {
  const { r } = shown;
  const { layout, view } = shown.built
    ? {
        layout: /-narrow/.test(picture.currentSrc || picture.src) ? NARROW_LAYOUT : WIDE_LAYOUT,
        view: null,
      }
    : framingOf(picture, r.selected, o);
  const box = { width: picture.clientWidth, height: picture.clientHeight };
  return pictureLines(o.atlas, layout, box, {
    visible: [...r.arcs],
    selected: r.selected,
    ...(view ? { view } : {}),
  });
}
