import type { Geography, VisibleArc } from '../../core/view/visibleArcs';
import { mapFrames } from './mapFrames';
import type { frameLayout } from './record';
import { staticFrames } from './staticFrames';
import type { VideoContext } from './videoContext';

/** What the map shows in one frame. */
export interface FrameState {
  day: string;
  /** Presentation time of the frame, seconds from the clip's start. */
  time: number;
  arcs: VisibleArc[];
  geography: Geography;
}

/** A rectangle of the frame, CSS px of the composed picture. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Draws the map of each frame: MapLibre with a frozen clock (`mapFrames`) or, without WebGL, the
 * static renderer (`staticFrames`). `destroy` removes whatever it made (a hidden map, object URLs).
 */
export interface FrameSource {
  kind: 'webgl' | 'static';
  draw(ctx: CanvasRenderingContext2D, rect: Rect, state: FrameState): Promise<void>;
  destroy(): void;
}

/** MapLibre when the page may have WebGL2 (it is tried), else the static map. */
export async function openFrameSource(
  c: VideoContext,
  layout: ReturnType<typeof frameLayout>,
): Promise<FrameSource> {
  const size = { w: layout.map.w, h: layout.map.h };
  const topo = await c.basemap();
  if (c.webgl) {
    try {
      return await mapFrames(c.doc, { ...c, topo }, { ...size, ratio: layout.ratio });
    } catch (e) {
      // A missing WebGL2 is expected (the static map takes over); anything else is our bug.
      if (!(e instanceof Error && e.name === 'GPUInitializationError')) console.error(e);
    }
  }
  return staticFrames(c.doc, c.atlas, topo, c.theme, size, c.lang);
}
