import type { Geography, VisibleArc } from '../../core/view/visibleArcs';

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
