import type { ScreenArcs } from '../core/draw/pickable';

/**
 * What a reader can pick from, read in the page (`page.evaluate(readScreen)`): the arcs as drawn
 * (`window.atlas.arcsOnScreen()`), the map's box on the page and the close-up's box in the map's px.
 * Shared by the readability tests and the bench so that both measure the same thing. It runs in the
 * browser: it may use nothing from outside its own body.
 */
export function readScreen(): ScreenArcs & { map: { left: number; top: number } } {
  const map = document.getElementById('map')?.getBoundingClientRect();
  const c = document.querySelector('.close-up:not([hidden])')?.getBoundingClientRect();
  return {
    arcs: window.atlas?.arcsOnScreen() ?? [],
    map: { left: map?.left ?? 0, top: map?.top ?? 0, width: map?.width ?? 0, height: map?.height ?? 0 },
    closeUp:
      c && map
        ? {
            left: c.left - map.left,
            top: c.top - map.top,
            right: c.right - map.left,
            bottom: c.bottom - map.top,
          }
        : null,
  };
}
