/**
 * What a video export may be asked for (Share menu, `window.atlas.exportVideo`, the `atlas:exportVideo`
 * message), read field by field as the host protocol reads its messages: unknown fields and bad values
 * are named in an error, never ignored.
 */

/** Frame sizes offered: slides and screens (16:9) and square social posts. */
export const VIDEO_SIZES = {
  '1080p': { width: 1920, height: 1080 },
  '720p': { width: 1280, height: 720 },
  square: { width: 1080, height: 1080 },
} as const;
export type VideoSize = keyof typeof VIDEO_SIZES;
/** `auto`: MP4 (H.264) where the browser can encode it, else WebM (VP9). */
export type VideoFormat = 'auto' | 'mp4' | 'webm';

export interface VideoOptions {
  /** First day shown (YYYY-MM-DD; default: the timeline's start). */
  start: string;
  /** Last day shown (default: the timeline's end). */
  end: string;
  /** Length of the clip, seconds. */
  seconds: number;
  size: VideoSize;
  format: VideoFormat;
  /** Draw each event's title when its arcs appear (the presentation's chapters). */
  captions: boolean;
}

/** Frames per second of every clip (social platforms and slide software all play 30 fps). */
export const VIDEO_FPS = 30;

/** Defaults, merged once by `resolveVideoOptions`. */
export const VIDEO_DEFAULTS = {
  /** Seconds: long enough to read the dates, short enough for a social post. */
  seconds: 20,
  /** 1920×1080: full-HD slides and screens. */
  size: '1080p',
  format: 'auto',
  captions: true,
} as const satisfies Omit<VideoOptions, 'start' | 'end'>;

/** Lengths allowed, seconds. The menu offers 10 to 60; the API also takes short clips (previews, tests). */
export const VIDEO_SECONDS = { min: 1, max: 60, menu: [10, 20, 30, 60] } as const;

export type VideoOptionsRead =
  { kind: 'ok'; options: Partial<VideoOptions> } | { kind: 'invalid'; error: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (d: unknown): d is string =>
  typeof d === 'string' && DAY.test(d) && new Date(d).toISOString().startsWith(d);
const got = (v: unknown) => JSON.stringify(v)?.slice(0, 40) ?? String(v);

/**
 * Reads asked options (any value: it comes from a host page). Missing fields stay missing.
 *
 * @example readVideoOptions({ seconds: 3, size: '720p' }) // { kind: 'ok', options: { seconds: 3, size: '720p' } }
 * @example readVideoOptions({ size: '4k' }).kind === 'invalid'
 */
export function readVideoOptions(input: unknown): VideoOptionsRead {
  if (input === undefined || input === null) return { kind: 'ok', options: {} };
  if (typeof input !== 'object' || Array.isArray(input))
    return { kind: 'invalid', error: `options must be an object (got ${got(input)})` };
  const out: Partial<VideoOptions> = {};
  for (const [k, v] of Object.entries(input)) {
    const invalid = (want: string) =>
      ({ kind: 'invalid', error: `${k} must be ${want} (got ${got(v)})` }) as const;
    switch (k) {
      case 'start':
      case 'end':
        if (!isDay(v)) return invalid('a day, YYYY-MM-DD');
        out[k] = v;
        break;
      case 'seconds':
        if (typeof v !== 'number' || !(v >= VIDEO_SECONDS.min && v <= VIDEO_SECONDS.max))
          return invalid(`a number from ${VIDEO_SECONDS.min} to ${VIDEO_SECONDS.max}`);
        out.seconds = v;
        break;
      case 'size':
        if (typeof v !== 'string' || !(v in VIDEO_SIZES))
          return invalid(`one of ${Object.keys(VIDEO_SIZES).join(', ')}`);
        out.size = v as VideoSize;
        break;
      case 'format':
        if (v !== 'auto' && v !== 'mp4' && v !== 'webm') return invalid('auto, mp4 or webm');
        out.format = v;
        break;
      case 'captions':
        if (typeof v !== 'boolean') return invalid('true or false');
        out.captions = v;
        break;
      default:
        return {
          kind: 'invalid',
          error: `unknown option ${got(k)} (expected start, end, seconds, size, format, captions)`,
        };
    }
  }
  return { kind: 'ok', options: out };
}

/**
 * Asked options over the defaults, the days kept inside the timeline's span.
 *
 * @example resolveVideoOptions({ seconds: 3 }, { start: '2018-01-01', end: '2026-06-30' })
 *   // { kind: 'ok', options: { start: '2018-01-01', end: '2026-06-30', seconds: 3, size: '1080p', … } }
 */
export function resolveVideoOptions(
  asked: Partial<VideoOptions>,
  span: { start: string; end: string },
): { kind: 'ok'; options: VideoOptions } | { kind: 'invalid'; error: string } {
  const clamp = (d: string) => (d < span.start ? span.start : d > span.end ? span.end : d);
  const start = clamp(asked.start ?? span.start);
  const end = clamp(asked.end ?? span.end);
  if (start >= end) return { kind: 'invalid', error: `start (${start}) must come before end (${end})` };
  return { kind: 'ok', options: { ...VIDEO_DEFAULTS, ...asked, start, end } };
}
