import type { MapSlot } from './mapSlot';

/**
 * MapLibre, once: every caller (first interaction, host command, presentation, export) waits for the
 * same load. The new map takes the camera of the address (`view=`) when it names one, else it frames
 * the selection, and reports each move (for the address).
 */
export function mapLoader(
  slot: MapSlot,
  o: {
    /** The camera the address asked for, if any. */
    camera: { lon: number; lat: number; zoom: number } | null;
    /** The selection's arcs at load time (none: the opening view). */
    selectionArcs(): string[];
    onMoveEnd(): void;
  },
): () => Promise<void> {
  let loaded: Promise<void> | null = null;
  return () =>
    (loaded ??= slot.load().then((view) => {
      if (!view) return;
      if (o.camera) {
        view.unframe();
        view.map.jumpTo({ center: [o.camera.lon, o.camera.lat], zoom: o.camera.zoom });
      } else {
        const arcs = o.selectionArcs();
        if (arcs.length) view.frameArcs(arcs);
      }
      view.map.on('moveend', o.onMoveEnd);
    }));
}

/** A choice made below the fold (the list) shows its map: scrolls it into view when it is out of it. */
export function bringIntoView(mapEl: HTMLElement, win: Window, reducedMotion: boolean): void {
  const box = mapEl.getBoundingClientRect();
  if (box.bottom < 40 || box.top > win.innerHeight - 40)
    mapEl.scrollIntoView({ block: 'nearest', behavior: reducedMotion ? 'auto' : 'smooth' });
}
