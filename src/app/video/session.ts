import { chapters } from '../../core/view/chapters';
import {
  readVideoOptions,
  resolveVideoOptions,
  VIDEO_DEFAULTS,
  VIDEO_FPS,
  VIDEO_SIZES,
  type VideoOptions,
} from '../../core/view/videoOptions';
import { planVideo } from '../../core/view/videoPlan';
import { timelineEnd } from '../../core/view/visibleArcs';
import { mountVideoDialog } from '../../ui/videoDialog';
import type { VideoRequest, VideoResult } from '../api';
import { download } from '../download';
import type { VideoDeps } from '../videoExport';
import { encodableContainers, MIME, openEncoder } from './encoder';
import { openFrameSource, type FrameSource } from './frameSource';
import { frameLayout, record } from './record';
import { videoContextOf } from './videoContext';

/** One clip at a time: encoders and a second map are heavy. */
let running = false;
let dialog: ReturnType<typeof mountVideoDialog> | null = null;

const span = (d: VideoDeps) => ({ start: d.atlas.dateRange.start, end: timelineEnd(d.atlas) });
const megabytes = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

/** `window.atlas.exportVideo(request)`: reads the options, then makes the clip. */
export async function exportVideo(d: VideoDeps, request: VideoRequest = {}): Promise<VideoResult> {
  const { signal, onProgress, ...asked } = request;
  const read = readVideoOptions(asked);
  if (read.kind === 'invalid') return read;
  const r = resolveVideoOptions(read.options, span(d));
  if (r.kind === 'invalid') return r;
  return make(d, r.options, signal, onProgress);
}

/** The Share menu's item: the choices (with what this browser cannot do said first), then a download. */
export async function openVideoDialog(d: VideoDeps): Promise<void> {
  const c = videoContextOf(d);
  const ui = (dialog ??= mountVideoDialog(d.doc, c.vtr));
  if (running) return ui.finish(c.vtr('videoBusy'), false);
  const { width, height } = VIDEO_SIZES[VIDEO_DEFAULTS.size];
  const files = await encodableContainers(width, height, VIDEO_FPS);
  const notices = [
    ...(files.includes('mp4') ? [] : [c.vtr(files.length ? 'videoNoH264' : 'videoNoCodec')]),
    ...(c.webgl ? [] : [c.vtr('videoStatic')]),
  ];
  const s = span(d);
  const asked = await ui.ask({ defaults: { ...VIDEO_DEFAULTS, ...s }, span: s, files, notices });
  if (!asked) return;
  const r = resolveVideoOptions(asked, s);
  if (r.kind === 'invalid') return ui.finish(c.vtr('videoFailed', { error: r.error }), true);
  const result = await make(d, r.options);
  if (result.kind === 'done') download(d.doc, result.fileName, result.blob);
}

/**
 * Makes one clip: picks the file (MP4 where H.264 can be encoded; else says so), a frame source
 * (MapLibre, or the static map without WebGL2), and records the plan's frames with the progress and
 * a cancel button in the dialog. Every outcome is said in the dialog and returned.
 */
async function make(
  d: VideoDeps,
  options: VideoOptions,
  signal?: AbortSignal,
  onProgress?: (frame: number, frames: number) => void,
): Promise<VideoResult> {
  const c = videoContextOf(d);
  const ui = (dialog ??= mountVideoDialog(d.doc, c.vtr));
  if (running) return { kind: 'failed', error: c.vtr('videoBusy') };
  running = true;
  const cancel = new AbortController();
  const onAbort = () => cancel.abort();
  if (signal?.aborted) cancel.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let source: FrameSource | null = null;
  try {
    const plan = planVideo(
      options,
      chapters(d.atlas).map((ch) => ({ id: ch.event.id, day: ch.day })),
    );
    const files = await encodableContainers(plan.width, plan.height, plan.fps);
    const file = options.format === 'auto' ? files[0] : files.find((f) => f === options.format);
    if (!file) {
      const error = c.vtr(files.length ? 'videoNoH264' : 'videoNoCodec');
      ui.finish(error, true);
      return { kind: 'unsupported', error, formats: files };
    }
    const progress = (i: number) => {
      ui.progress(i, plan.count, onAbort);
      onProgress?.(i, plan.count);
    };
    progress(0);
    const t0 = performance.now();
    const layout = frameLayout(plan, c, d.doc.createElement('canvas').getContext('2d'));
    source = await openFrameSource(c, layout);
    const canvas = d.doc.createElement('canvas');
    canvas.width = plan.width;
    canvas.height = plan.height;
    const encoder = await openEncoder(canvas, file, plan.fps);
    const setupMs = performance.now() - t0;
    let timing;
    try {
      timing = await record(c, plan, layout, canvas, source, encoder, progress, cancel.signal);
    } catch (e) {
      await encoder.cancel();
      throw e;
    }
    const t1 = performance.now();
    const blob = await encoder.finish();
    timing.encodeMs += performance.now() - t1;
    const fileName = `partnership-atlas-${options.start}-${options.end}.${file}`;
    ui.finish(c.vtr('videoDone', { file: fileName, size: megabytes(blob.size) }), false);
    return {
      kind: 'done',
      blob,
      fileName,
      format: file,
      mimeType: MIME[file],
      width: plan.width,
      height: plan.height,
      fps: plan.fps,
      frames: plan.count,
      seconds: options.seconds,
      renderer: source.kind,
      timing: { setupMs, ...timing },
    };
  } catch (e) {
    if (cancel.signal.aborted) {
      ui.finish(c.vtr('videoCancelled'), false);
      return { kind: 'cancelled' };
    }
    const error = e instanceof Error ? e.message : String(e);
    ui.finish(c.vtr('videoFailed', { error }), true);
    return { kind: 'failed', error };
  } finally {
    source?.destroy();
    signal?.removeEventListener('abort', onAbort);
    running = false;
  }
}
