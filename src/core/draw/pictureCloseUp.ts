import type { Lang } from '../i18n';
import type { LonLat } from './arc';
import { closeUpArcs, closeUpSize, homeCloseUpSize, quietestCorner } from './closeUp';
import type { Px } from './nearest';
import { flowBounds, MAP_SIZES } from './theme';
import { escapeXml } from './xml';

/**
 * The CSS width (px) the picture's close-up is planned for: a 1000-unit picture shown 700 px wide (an
 * article's embed, a tablet). Narrower boxes show the same close-up, smaller; the live map plans its own
 * for its real size, so the two can differ a little.
 */
const PLANNED_FOR = 700;
/** The close-up's caption, on the picture and on the live map (src/ui/messages.ts). */
export const CLOSE_UP_TITLE: Readonly<Record<Lang, string>> = {
  fr: 'Gros plan',
  // "Phóng to" is the zoom button's "zoom in": a close-up is "cận cảnh".
  vi: 'Cận cảnh',
  en: 'Close-up',
};
/**
 * The close-up's caption plate (picture units) for names of `label` size: a little smaller type than
 * the names', on a plate of the page's colour at the close-up's top-left corner.
 */
export function captionPlate(title: string, label: number) {
  const size = +(label * 0.85).toFixed(1);
  return { size, width: size * (0.6 * title.length + 1), height: size * 1.7 };
}

/** Margin (picture units) between the close-up and the picture's edge, as the live map's 8 px. */
const MARGIN = 11;
/** Margin (degrees, share of the span) around the close-up's arcs. */
const PAD = 0.18;

/** An arc as the picture draws it: its line, and that line in picture units. */
export interface PictureArc {
  id: string;
  line: LonLat[];
  px: Px[];
}

/**
 * The picture's close-up (README, "Every arc long enough to read and to hit"): where some arcs are too
 * short to read at the picture's framing (the four border provinces and Guangxi), a second picture of
 * just them — drawn by `draw`, with its own names — in the quietest corner, framed and captioned like
 * the live map's, so that a reader who never starts the map (most of an article's readers) sees them
 * apart; with the room (picture units) the picture must add on its left or at its bottom to hold it
 * clear of every arc end. Empty when every arc is long enough.
 */
export function pictureCloseUp(
  arcs: readonly PictureArc[],
  box: { width: number; height: number },
  title: string,
  look: { border: string; label: string; halo: string; font: string },
  /** The picture's classes of box width, each with its type size (picture units): the caption follows them. */
  sizes: readonly { id: string; size: number }[],
  /** The close-up's picture of these bounds, shown at this share of the picture's width. */
  draw: (bounds: [number, number, number, number], share: number) => string,
  /**
   * A crowded picture's close-up of home, in home's upright box, whatever the lines' lengths (it draws
   * the flows next door, as the live map's does); `arcs` are then the picture's own lines, to keep clear of.
   */
  home?: [number, number, number, number],
): {
  svg: string;
  left: number;
  bottom: number;
  /** The close-up's box, picture units (the picture's names keep off it). */
  rect: { x0: number; y0: number; x1: number; y1: number } | null;
} {
  const k = PLANNED_FOR / box.width;
  const px = (p: Px): Px => [p[0] * k, p[1] * k];
  const ids = new Set(
    home
      ? []
      : closeUpArcs(arcs.map((a) => ({ id: a.id, from: px(a.px[0]!), to: px(a.px[a.px.length - 1]!) }))),
  );
  if (!home && !ids.size) return { svg: '', left: 0, bottom: 0, rect: null };
  const [w, s, e, n] =
    home ??
    flowBounds(
      arcs.filter((a) => ids.has(a.id)).map((a) => a.line),
      null,
    );
  const padX = home ? 0 : Math.max(0.5, (e - w) * PAD);
  const padY = home ? 0 : Math.max(0.5, (n - s) * PAD);
  const bounds: [number, number, number, number] = [w - padX, s - padY, e + padX, n + padY];
  // Home's upright box where the box is wide, as the live map's (a phone's close-up keeps its own).
  const size =
    home && box.width >= box.height
      ? homeCloseUpSize(PLANNED_FOR, box.height * k)
      : closeUpSize(PLANNED_FOR, box.height * k);
  const [cw, ch] = size.map((v) => v / k) as [number, number];
  const spot = quietestCorner(
    arcs.flatMap((a) => a.px).map(px),
    { width: box.width * k, height: box.height * k },
    [(cw + 2 * MARGIN) * k, (ch + 2 * MARGIN) * k],
    // The live map's rule, in its pixels (a 700-px box), so that both put the close-up in one place.
    arcs.flatMap((a) => [a.px[0]!, a.px[a.px.length - 1]!]).map(px),
  );
  // Where every place would hide an arc's end, the picture keeps room for the close-up beside the map
  // (a wide picture, on the left) or under it (a tall one), as the live map's two-level framing does.
  // (Not at world scale: the live map keeps its world's frame and puts its close-up of home over it,
  // where it hides the fewest ends; a picture of another shape than the live map's box can differ.)
  const reserve = spot.hidden > 0 && !home ? (box.width >= box.height ? 'left' : 'bottom') : null;
  const left = reserve === 'left' ? cw + 2 * MARGIN : 0;
  const bottom = reserve === 'bottom' ? ch + 2 * MARGIN : 0;
  const x =
    reserve === 'left'
      ? MARGIN - left
      : spot.corner === 'bottom-right'
        ? box.width - cw - MARGIN
        : spot.corner === 'bottom'
          ? spot.x / k + MARGIN
          : MARGIN;
  const y = spot.corner === 'top-left' && !reserve ? MARGIN : box.height + bottom - ch - MARGIN;
  const inner = draw(bounds, cw / box.width).replace(
    '<svg ',
    `<svg x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${cw.toFixed(1)}" height="${ch.toFixed(1)}" `,
  );
  // The caption, a little smaller than the names, in each class of box width.
  const caption = sizes.map(({ id, size: label }) => {
    const { size, width, height } = captionPlate(title, label);
    // On a plate of the page's colour, as the live map's caption (the close-up's names keep clear of it).
    const plate = `<rect class="${id}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}" fill="${look.halo}" stroke="none"/>`;
    return `${plate}<text class="${id}" x="${(x + size * 0.5).toFixed(1)}" y="${(y + size * 1.3).toFixed(1)}" font-size="${size}" stroke-width="${+(size / 4).toFixed(1)}">${escapeXml(title)}</text>`;
  });
  const svg = [
    `<g class="close-up">`,
    inner,
    `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${cw.toFixed(1)}" height="${ch.toFixed(1)}" fill="none" stroke="${look.border}" stroke-width="1" vector-effect="non-scaling-stroke"/>`,
    `<g font-family="${MAP_SIZES.pictureFonts}" fill="${look.label}" paint-order="stroke" stroke="${look.halo}">`,
    ...caption,
    '</g>',
    '</g>',
  ].join('');
  return { svg, left, bottom, rect: { x0: x, y0: y, x1: x + cw, y1: y + ch } };
}
