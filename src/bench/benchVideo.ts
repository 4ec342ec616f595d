import type { Browser } from '@playwright/test';

const SECONDS = Number(process.env.BENCH_VIDEO_SECONDS ?? 2);

/**
 * The video export's cost (`window.atlas.exportVideo`, the real site): for a clip of `SECONDS` at
 * 720p and 1080p, the time per frame spent encoding (WebCodecs `VideoEncoder` + mediabunny's muxer)
 * and drawing (MapLibre with a frozen clock, the frame's text), the setup (a second map, the
 * encoder) and the file's size. The format is the one the browser can make (MP4/H.264, else WebM).
 */
export async function videoSection(browser: Browser, url: string): Promise<void> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.atlas?.state().ready === true, null, { timeout: 60_000 });
  console.log(`\nVideo export, ${SECONDS} s clips at 30 fps (real data; software GL and encoder):`);
  for (const size of ['720p', '1080p'] as const) {
    const r = await page.evaluate(
      async ({ size, seconds }) => {
        const r = await window.atlas!.exportVideo({ size, seconds });
        return r.kind === 'done'
          ? { ...r, blob: undefined, bytes: r.blob.size }
          : { ...r, bytes: 0, frames: 0, timing: null };
      },
      { size, seconds: SECONDS },
    );
    if (r.kind !== 'done' || !r.timing) {
      console.log(`  ${size.padEnd(5)} not made: ${JSON.stringify(r)}`);
      continue;
    }
    const per = (ms: number) => `${(ms / r.frames).toFixed(0).padStart(4)} ms/frame`;
    console.log(
      `  ${size.padEnd(5)} ${r.format.toUpperCase()} ${r.width}×${r.height}, ${r.frames} frames: encode ${per(r.timing.encodeMs)}, draw ${per(r.timing.drawMs)}, setup ${(r.timing.setupMs / 1000).toFixed(1)} s, ${(r.bytes / 1024).toFixed(0)} KB`,
    );
  }
  await ctx.close();
}
