import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing: text. Fonts (woff2) and PNGs are compressed already. */
const TEXT = /\.(html|js|mjs|css|json|svg|txt|map)$/;
/** Smaller files gain nothing from compression that the headers do not eat. */
const MIN_BYTES = 1024;

/**
 * Writes `.br` and `.gz` beside every text file of the built site, so a static host serves them
 * without compressing on the fly (README, "Publishing"), and `version.json`, the site's version stamp:
 * the app version, the data version (hash of the inputs) and the build time.
 */
export function publishPlugin(o: { appVersion: string; dataFile: string }): Plugin {
  let outDir = 'dist';
  return {
    name: 'atlas-publish',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    closeBundle() {
      // Sets of `npm run data -- --out public/…` kept beside their link (writeOutputSet) are not
      // part of the site: Vite copied public/ whole, the link as the files it points to.
      for (const name of readdirSync(outDir)) {
        if (/^\..+\.sets$/.test(name)) rmSync(join(outDir, name), { recursive: true, force: true });
      }
      const atlas = JSON.parse(readFileSync(o.dataFile, 'utf8')) as { dataVersion?: string };
      const stamp = { app: o.appVersion, data: atlas.dataVersion ?? null, built: new Date().toISOString() };
      writeFileSync(join(outDir, 'version.json'), JSON.stringify(stamp, null, 2) + '\n');
      let n = 0;
      for (const file of walk(outDir)) {
        if (!TEXT.test(file)) continue;
        const body = readFileSync(file);
        if (body.length < MIN_BYTES) continue;
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        n++;
      }
      this.info(`precompressed ${n} files (.br, .gz); version ${stamp.app}, data ${stamp.data}`);
    },
  };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}
