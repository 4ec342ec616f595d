import { VIDEO_FPS, VIDEO_SIZES, type VideoOptions } from './videoOptions';

/** Timing of a clip, seconds. */
export const VIDEO_TIMING = {
  /** The first day is held this long before time runs (the viewer finds the title and the map). */
  holdStart: 0.5,
  /** The last day is held this long at the end (the final state is what a slide leaves on screen). */
  holdEnd: 1.5,
  /** At most this share of the clip is held (short clips still move). */
  maxHoldShare: 0.25,
  /** A chapter's caption stays at least this long, unless a later chapter replaces it. */
  caption: 2.5,
} as const;

/** One frame of the clip: when it is shown, the day it shows, and the chapter caption over it. */
export interface VideoFrame {
  index: number;
  /** Presentation time, seconds from the clip's start (index / fps: frame-exact, whatever the speed). */
  time: number;
  day: string;
  /** Id of the chapter (event) whose caption is drawn, or null. */
  caption: string | null;
}

export interface VideoPlan {
  width: number;
  height: number;
  fps: number;
  /** Number of frames (seconds × fps). */
  count: number;
  frame(index: number): VideoFrame;
}

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * The frames of a clip: time runs linearly in days from `start` to `end`, after a short hold on the
 * first day and before a longer one on the last. With captions, each chapter (`{ id, day }`, in time
 * order) is captioned from the first frame that reaches its day, for `VIDEO_TIMING.caption` seconds
 * or until the next chapter's caption.
 *
 * @example planVideo({ start: '2020-01-01', end: '2020-01-31', seconds: 10, size: '720p', … }, []).count === 300
 */
export function planVideo(o: VideoOptions, chapters: readonly { id: string; day: string }[]): VideoPlan {
  const { width, height } = VIDEO_SIZES[o.size];
  const fps = VIDEO_FPS;
  const count = Math.max(1, Math.round(o.seconds * fps));
  const holdShare = Math.min(
    VIDEO_TIMING.maxHoldShare,
    (VIDEO_TIMING.holdStart + VIDEO_TIMING.holdEnd) / o.seconds,
  );
  const holdStart =
    (o.seconds * holdShare * VIDEO_TIMING.holdStart) / (VIDEO_TIMING.holdStart + VIDEO_TIMING.holdEnd);
  const running = o.seconds * (1 - holdShare);
  const spanDays = Math.round((Date.parse(o.end) - Date.parse(o.start)) / DAY_MS);
  const dayAt = (time: number) => {
    const p = Math.min(1, Math.max(0, (time - holdStart) / running));
    return addDays(o.start, Math.round(p * spanDays));
  };
  // The first frame that shows each chapter's day (chapters outside the clip have none).
  const shown = o.captions
    ? chapters
        .filter((c) => c.day >= o.start && c.day <= o.end)
        .map((c) => {
          let i = 0;
          while (i < count - 1 && dayAt(i / fps) < c.day) i++;
          return { id: c.id, from: i };
        })
    : [];
  const captionFrames = Math.round(VIDEO_TIMING.caption * fps);
  return {
    width,
    height,
    fps,
    count,
    frame(index) {
      const time = index / fps;
      let caption: string | null = null;
      for (const c of shown) if (c.from <= index && index < c.from + captionFrames) caption = c.id;
      return { index, time, day: dayAt(time), caption };
    },
  };
}
