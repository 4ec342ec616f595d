import type { Map as MlMap } from 'maplibre-gl';
import type { LonLat } from '../core/draw/arc';
import { flowBounds } from '../core/draw/theme';

/** West, south, east, north (degrees; east may pass 180° for partners across the Pacific). */
export type Bounds = [number, number, number, number];

/** Room kept around what is framed, in CSS px (labels beside the ends need some). */
const FRAME = {
  /** Share of the map's width kept free on each side, between `min` and `max` px. */
  share: 0.1,
  min: 28,
  max: 64,
  /** Extra room on the left and right for the names beside the ends' dots. */
  labels: 24,
  /** Extra room on the right, where the zoom and globe buttons are. */
  controls: 44,
  /** Largest zoom a selection is framed at (a short arc is not blown up to street level). */
  maxZoom: 7,
  /** Duration (ms) of the move to a new framing (none with reduced motion). */
  duration: 700,
};

/**
 * The map's framing: what it shows until the reader moves it — the opening view, or a selection's
 * arcs — fitted clear of the zoom buttons, and kept when the map changes size (the details panel
 * opening beside it, a phone turned, an iframe resized). Moving the map by hand releases it.
 */
export function createFraming(
  map: MlMap,
  opening: Bounds,
  reducedMotion: boolean,
  controls = FRAME.controls,
) {
  let target = opening;
  let framed = true;
  /** Room kept for the close-up (px), when it would otherwise hide arcs of the main map. */
  let reserved = { bottom: 0, left: 0 };
  const padding = (withReserve = true) => {
    const w = map.getContainer().clientWidth;
    const h = map.getContainer().clientHeight;
    const p = Math.round(Math.min(FRAME.max, Math.max(FRAME.min, w * FRAME.share)));
    // Never more padding than the box can give (fitBounds fails when nothing is left).
    const v = Math.min(p, Math.max(0, (h - 40) / 2));
    const side = Math.min(p + FRAME.labels, Math.max(0, (w - controls - 40) / 2));
    const r = withReserve ? reserved : { bottom: 0, left: 0 };
    const bottom = Math.min(v + r.bottom, Math.max(0, h - 2 * v - 60));
    const left = Math.min(side + r.left, Math.max(0, w - 2 * side - controls - 60));
    return { top: v, bottom, left, right: side + controls };
  };
  const fit = (animate: boolean) => {
    const [w, s, e, n] = target;
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      {
        padding: padding(),
        maxZoom: FRAME.maxZoom,
        animate: animate && !reducedMotion,
        duration: FRAME.duration,
      },
    );
  };
  fit(false);
  map.on('movestart', (e) => {
    if ('originalEvent' in e && e.originalEvent) framed = false;
  });
  map.on('resize', () => {
    if (framed) fit(false);
  });
  return {
    /** Frames these bounds now (animated), and keeps them framed. */
    frame(b: Bounds) {
      target = b;
      framed = true;
      fit(true);
    },
    /**
     * How much larger things would be drawn without the room kept for the close-up (1 when none is
     * kept, or when the reader moved the map): the close-up is planned at that scale, so that keeping
     * room for it never makes more arcs look short (no feedback).
     */
    unreservedScale() {
      if (!framed || (reserved.bottom === 0 && reserved.left === 0)) return 1;
      const [w, s, e, n] = target;
      const cam = map.cameraForBounds(
        [
          [w, s],
          [e, n],
        ],
        { padding: padding(false), maxZoom: FRAME.maxZoom },
      );
      return cam?.zoom === undefined ? 1 : 2 ** (cam.zoom - map.getZoom());
    },
    /** Keeps room for the close-up on one side (0: none), and refits if the framing is kept. */
    reserve(side: 'bottom' | 'left' | null, px: number) {
      const next = { bottom: side === 'bottom' ? px : 0, left: side === 'left' ? px : 0 };
      if (next.bottom === reserved.bottom && next.left === reserved.left) return;
      reserved = next;
      if (framed) fit(false);
    },
    release: () => {
      framed = false;
    },
    isFramed: () => framed,
    boundsOf: (lines: readonly (readonly LonLat[])[]) => flowBounds(lines, null) as Bounds,
  };
}
