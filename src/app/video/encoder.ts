import {
  BufferTarget,
  CanvasSource,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
  canEncodeVideo,
} from 'mediabunny';

/** The files a clip can be written to: MP4 with H.264 (slides, social), or WebM with VP9. */
export type Container = 'mp4' | 'webm';
const CODEC = { mp4: 'avc', webm: 'vp9' } as const;
export const MIME: Record<Container, string> = { mp4: 'video/mp4', webm: 'video/webm' };

/**
 * The containers this browser can encode at this size (asks WebCodecs; none without it). Chromium
 * without H.264 (some Linux builds) gets only WebM.
 */
export async function encodableContainers(width: number, height: number, fps: number): Promise<Container[]> {
  if (typeof VideoEncoder === 'undefined') return [];
  const out: Container[] = [];
  for (const c of ['mp4', 'webm'] as const) {
    try {
      if (await canEncodeVideo(CODEC[c], { width, height, frameRate: fps, quality: QUALITY_HIGH }))
        out.push(c);
    } catch {
      // An encoder that cannot even be asked is one we cannot use.
    }
  }
  return out;
}

export interface Encoder {
  /** Encodes the canvas as it is now as frame `index` (waits while the encoder is busy). */
  add(index: number): Promise<void>;
  /** Closes the file. */
  finish(): Promise<Blob>;
  cancel(): Promise<void>;
}

/**
 * Encodes a canvas frame by frame with WebCodecs' `VideoEncoder` and writes the file with mediabunny
 * (MP4 moved to fast start, so players start before the whole file is read; key frame every 2 s).
 * Timestamps are index / fps: the clip is frame-exact whatever the time each frame took to draw.
 */
export async function openEncoder(
  canvas: HTMLCanvasElement,
  container: Container,
  fps: number,
): Promise<Encoder> {
  const target = new BufferTarget();
  const output = new Output({
    format: container === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target,
  });
  const source = new CanvasSource(canvas, {
    codec: CODEC[container],
    quality: QUALITY_HIGH,
    keyFrameInterval: 2,
  });
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  return {
    add: (index) => source.add(index / fps, 1 / fps),
    async finish() {
      source.close();
      await output.finalize();
      if (!target.buffer) throw new Error('the encoder wrote nothing');
      return new Blob([target.buffer], { type: MIME[container] });
    },
    cancel: () => output.cancel(),
  };
}
