import type { Page } from '@playwright/test';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import type { VideoRequest } from '../src/app/api';

/** What a test reads of an exported clip. */
export interface Clip {
  result: { kind: string; format?: string; renderer?: string; error?: string; formats?: string[] };
  bytes: Buffer | null;
  /** Progress reports seen (frame numbers). */
  progress: number[];
}

/** Calls `window.atlas.exportVideo` in the page and brings the file back. */
export async function exportClip(
  page: Page,
  request: Omit<VideoRequest, 'signal' | 'onProgress'>,
): Promise<Clip> {
  const r = await page.evaluate(async (request) => {
    const progress: number[] = [];
    const result = await window.atlas!.exportVideo({ ...request, onProgress: (i) => progress.push(i) });
    if (result.kind !== 'done') return { result, b64: null, progress };
    const bytes = new Uint8Array(await result.blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const { blob: _, ...rest } = result;
    return { result: rest, b64: btoa(s), progress };
  }, request);
  return { result: r.result, bytes: r.b64 ? Buffer.from(r.b64, 'base64') : null, progress: r.progress };
}

/** Reads the container with mediabunny's demuxer (no decoding): what a player would see. */
export async function probe(bytes: Buffer) {
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('no video track');
  const stats = await track.computePacketStats();
  return {
    mimeType: await input.getMimeType(),
    codec: track.codec,
    width: track.displayWidth,
    height: track.displayHeight,
    duration: await input.computeDuration(),
    frames: stats.packetCount,
    fps: stats.averagePacketRate,
  };
}

/**
 * Decodes frames of the clip in the page (its <video>) at the given times and measures each: pixels
 * near `arc` in the map's band, and a fingerprint of the date line (the head's second row of text).
 * The frame is 540 CSS px high: head 64, map, foot 52 (see src/app/video/record.ts).
 */
export async function frames(page: Page, bytes: Buffer, mime: string, times: number[], arc: string) {
  return page.evaluate(
    async ({ b64, mime, times, arc }) => {
      const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const v = document.createElement('video');
      v.muted = true;
      v.src = URL.createObjectURL(new Blob([raw], { type: mime }));
      await new Promise((resolve, reject) => {
        v.onloadeddata = resolve;
        v.onerror = () => reject(new Error(`the browser cannot play it: ${v.error?.message}`));
      });
      const c = document.createElement('canvas');
      c.width = v.videoWidth;
      c.height = v.videoHeight;
      const ctx = c.getContext('2d', { willReadFrequently: true })!;
      const k = c.height / 540;
      const rgb = [1, 3, 5].map((i) => parseInt(arc.slice(i, i + 2), 16));
      const out = [];
      const sample = () => {
        ctx.drawImage(v, 0, 0);
        const all = ctx.getImageData(0, 0, c.width, c.height).data;
        let h = 0;
        for (let i = 0; i < all.length; i += 97) h = (h * 31 + all[i]!) % 1_000_003;
        return h;
      };
      // The frame shown on load (time 0) is not one asked for either.
      let before = sample();
      for (const t of times) {
        v.currentTime = t;
        await new Promise((r) => (v.onseeked = r));
        // On a busy machine Chromium can fire 'seeked' while the element still shows the frame it
        // left: the frames asked for all differ from each other and from the first (their dates do), so an unchanged picture is that
        // stale one. Wait for the new frame (a clip whose frames are truly the same fails the same way).
        let seen = sample();
        for (let waited = 0; seen === before && waited < 5000; waited += 50) {
          await new Promise((r) => setTimeout(r, 50));
          seen = sample();
        }
        before = seen;
        const band = ctx.getImageData(0, Math.round(64 * k), c.width, Math.round((540 - 116) * k)).data;
        let arcs = 0;
        for (let i = 0; i < band.length; i += 4)
          if (rgb.every((x, ch) => Math.abs(band[i + ch]! - x) <= 40)) arcs++;
        const date = ctx.getImageData(0, Math.round(36 * k), Math.round(400 * k), Math.round(20 * k)).data;
        let dark = 0;
        let sum = 0;
        for (let i = 0; i < date.length; i += 4) {
          const y = (date[i]! + date[i + 1]! + date[i + 2]!) / 3;
          if (y < 160) dark++;
          sum = (sum * 31 + (y < 160 ? i : 0)) % 1_000_003;
        }
        out.push({ t, arcs, dateInk: dark, dateHash: sum });
      }
      return out;
    },
    { b64: bytes.toString('base64'), mime, times, arc },
  );
}
