/**
 * The map's scale for the page's type (labels, dots, lines and controls): the root font size over
 * 16 px — 150 % on wall screens (style.css), larger in presentation — between 1 and 3, in steps of 0.05
 * so that small resizes restyle nothing. A 4K screen at device pixel ratio 1 would otherwise show the
 * map's 12-px names beside 24-px text.
 */
export function mapScaleOf(doc: Document): number {
  const px = parseFloat(doc.defaultView?.getComputedStyle(doc.documentElement).fontSize ?? '') || 16;
  return Math.round(Math.min(3, Math.max(1, px / 16)) * 20) / 20;
}
