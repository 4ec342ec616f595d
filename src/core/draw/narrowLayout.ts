/**
 * A narrow map's layout (a phone's, a narrow embed's), in shares of its box: the live map frames and
 * places its close-up by these shares, and the build's picture for a narrow box (`narrowPictureSvg`)
 * lays itself out by the same shares in percentages of its box, so that on any phone the picture and
 * the map that takes over from it frame the same places at the same spots (issue 14: nothing moves).
 * Shares of a box's width are for things across, shares of its height for things up and down: an SVG
 * places a nested picture by percentages of its box that way.
 */

/**
 * The widest box (CSS px) with a narrow layout: public/theme.js gives a viewport this narrow the
 * build's narrow picture.
 */
export const NARROW_PICTURE_WIDTH = 560;

export const isNarrow = (width: number) => width <= NARROW_PICTURE_WIDTH;

/** Padding kept around a frame, in shares of the box: `left`, `right` of its width, `top`, `bottom` of its height. */
export interface Shares {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NARROW_LAYOUT = {
  /** The box the build plans a narrow picture's choices for (CSS px): a 390 × 844 phone's map. */
  nominal: { width: 390, height: 522 },
  /**
   * Room kept around what the map frames: on a 390 × 522 map the 39 px, and the 24 px for names beside
   * the ends, of a wider map's rule (src/map/framing.ts), with the zoom buttons' 44 px on the right.
   */
  pad: { top: 0.075, bottom: 0.075, left: 0.16, right: 0.275 } satisfies Shares,
  /**
   * The close-up: its size, and its margin from the map's edges (8 px on a 390 × 522 map), in shares of
   * the map's width (across) and height (up and down).
   */
  closeUp: { width: 0.62, height: 0.45, marginX: 0.02, marginY: 0.015 },
  /** Room kept around what the close-up frames, in shares of the close-up's own box. */
  closeUpPad: { top: 0.12, bottom: 0.12, left: 0.215, right: 0.215 } satisfies Shares,
} as const;

/** Padding shares as CSS px for a box of `width` × `height`. */
export const inPx = (s: Shares, width: number, height: number): Shares => ({
  top: s.top * height,
  bottom: s.bottom * height,
  left: s.left * width,
  right: s.right * width,
});
