import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';
import type { Atlas } from '../core/atlas';
import { showsFlows } from '../core/draw/countryFlows';
import { LANGS, type Lang } from '../core/i18n';
import { NO_FILTERS, settledFrom, timelineEnd, visibleArcs } from '../core/view/visibleArcs';

/** Files worth compressing: text. Fonts (woff2) and PNGs are compressed already. */
const TEXT = /\.(html|js|mjs|css|json|svg|txt|map)$/;
/** Smaller files gain nothing from compression that the headers do not eat. */
const MIN_BYTES = 1024;

/**
 * Writes `.br` and `.gz` beside every text file of the built site, so a static host serves them
 * without compressing on the fly (README, "Publishing"), and `version.json`, the site's version stamp:
 * the app version, the data version (hash of the inputs) and the build time. `brotliQuality` is the
 * best (11) unless asked: the browser tests' site, rebuilt on every run, asks for a fast one (the
 * files served are the same; only their `.br` is larger).
 */
export function publishPlugin(o: { appVersion: string; dataFile: string; brotliQuality?: number }): Plugin {
  let outDir = 'dist';
  return {
    name: 'atlas-publish',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    async closeBundle() {
      // Sets of `npm run data -- --out public/…` kept beside their link (writeOutputSet) are not
      // part of the site: Vite copied public/ whole, the link as the files it points to.
      for (const name of readdirSync(outDir)) {
        if (/^\..+\.sets$/.test(name)) rmSync(join(outDir, name), { recursive: true, force: true });
      }
      const atlas = JSON.parse(readFileSync(o.dataFile, 'utf8')) as { dataVersion?: string };
      const stamp = { app: o.appVersion, data: atlas.dataVersion ?? null, built: new Date().toISOString() };
      writeFileSync(join(outDir, 'version.json'), JSON.stringify(stamp, null, 2) + '\n');
      const n = await precompress(outDir, o.brotliQuality);
      this.info(`precompressed ${n} files (.br, .gz); version ${stamp.app}, data ${stamp.data}`);
    },
  };
}

/** The publication frame's texts in atlas.json (data/publication.csv), in each language. */
interface Frame {
  title: Record<Lang, string>;
  standfirst: Record<Lang, string>;
}

/** The static header's interface words in each language (from src/ui/messages.ts, given by vite.config.ts). */
export interface HeaderWords {
  loading: Record<Lang, string>;
  legendArc: Record<Lang, string>;
  legendFlow: Record<Lang, string>;
  legendArea: Record<Lang, string>;
  /** The names' key: its word, and the two inks' words ("noms :", "Viêt Nam", "étranger"). */
  legendNames: Record<Lang, string>;
  legendNameVn: Record<Lang, string>;
  legendNamePartner: Record<Lang, string>;
  fullMap: Record<Lang, string>;
}

const escapeHtml = (t: string) =>
  t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** `data-l10n-vi="…" data-l10n-en="…"`: the other languages of a French text, for public/theme.js. */
const otherLangs = (text: Record<Lang, string>) =>
  LANGS.filter((l) => l !== 'fr')
    .map((l) => ` data-l10n-${l}="${escapeHtml(text[l])}"`)
    .join('');

/**
 * Makes the HTML's first paint final, before the app's script: the publication frame the newsroom
 * edits (title; the standfirst on the full page) in French, the HTML's language, and on every static
 * text of the header its other languages as `data-l10n-<lang>` attributes, which public/theme.js
 * applies as soon as the document is parsed. The header then has its final text and height from the
 * first paint in every language, and the map below it never moves (no layout shift). Text is escaped.
 */
export function frameHtml(
  html: string,
  frame: Frame,
  words: HeaderWords,
  {
    standfirst,
    flows = false,
    from,
  }: {
    standfirst: boolean;
    flows?: boolean;
    /**
     * The first day the build's picture shows (`settledFrom`): public/theme.js shows it for an address
     * asking no earlier day, no selection and no filter only (`data-from` on the picture).
     */
    from?: string;
  },
): string {
  const text = (t: Record<Lang, string>) => `${otherLangs(t)}>${escapeHtml(t.fr)}`;
  const fullMap = Object.fromEntries(LANGS.map((l) => [l, `${words.fullMap[l]} ↗`])) as Record<Lang, string>;
  let out = html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(frame.title.fr)}</title>`)
    .replace(/<h1>[^<]*<\/h1>/, `<h1${text(frame.title)}</h1>`)
    .replace(/<p id="status">[^<]*<\/p>/, `<p id="status"${text(words.loading)}</p>`)
    .replace(/<span class="area-key">[^<]*<\/span>/, `<span class="area-key"${text(words.legendArea)}</span>`)
    .replace(
      /<span class="names-key">[^<]*<\/span>/,
      `<span class="names-key"${text(words.legendNames)}</span>`,
    )
    .replace(/<span class="name-vn">[^<]*<\/span>/, `<span class="name-vn"${text(words.legendNameVn)}</span>`)
    .replace(
      /<span class="name-partner">[^<]*<\/span>/,
      `<span class="name-partner"${text(words.legendNamePartner)}</span>`,
    )
    .replace(/(<a class="full-map"[^>]*)>[^<]*<\/a>/, `$1${text(fullMap)}</a>`);
  out = legendHtml(out, words, flows);
  if (from)
    out = out.replace(/<img class="first-view"/, `<img class="first-view" data-from="${escapeHtml(from)}"`);
  if (standfirst)
    out = out.replace(
      /(<h1[^>]*>[^<]*<\/h1>)/,
      `$1\n        <p class="standfirst"${text(frame.standfirst)}</p>`,
    );
  return out;
}

/**
 * The legend's first key in the HTML: arcs, or a line per country when the opening view is crowded
 * (`showsFlows`), in the three languages.
 */
function legendHtml(
  html: string,
  words: Pick<HeaderWords, 'legendArc' | 'legendFlow'>,
  flows: boolean,
): string {
  const t = flows ? words.legendFlow : words.legendArc;
  return html
    .replace(
      /<span class="arc-key">[^<]*<\/span>/,
      `<span class="arc-key"${otherLangs(t)}>${escapeHtml(t.fr)}</span>`,
    )
    .replace(/<span class="key arc"/, `<span class="key arc${flows ? ' flow' : ''}"`);
}

/** Whether an atlas's opening view (the first picture's day, no filter) draws a line per country. */
const opensWithFlows = (atlas: Atlas): boolean =>
  showsFlows(visibleArcs(atlas, timelineEnd(atlas), NO_FILTERS).length);

/** The Vite side of `frameHtml`, for the build and the dev server. */
export function publicationHtmlPlugin(o: { dataFile: string; words: HeaderWords }): Plugin {
  return {
    name: 'atlas-publication-html',
    transformIndexHtml(html, ctx) {
      const atlas = JSON.parse(readFileSync(o.dataFile, 'utf8')) as Atlas & { publication?: Frame };
      const p = atlas.publication;
      if (!p) return html;
      return frameHtml(html, p, o.words, {
        standfirst: !/embed\.html$/.test(ctx.filename),
        flows: opensWithFlows(atlas),
        from: settledFrom(atlas),
      });
    },
  };
}

/**
 * Writes `.br` and `.gz` beside every text file under `dir` worth compressing (replacing older ones);
 * resolves with how many files it compressed. Brotli at its best quality (11, the default) is the
 * build's slowest step (17 s for the test site's 74 files on one core; 1 s at quality 5, whose files
 * are about a tenth larger): the files are compressed on zlib's thread pool, as
 * many at once as there are cores. Each is written whole under a temporary name, then renamed, so a
 * build stopped midway leaves no truncated `.br` for a host to serve.
 */
export async function precompress(dir: string, brotliQuality = 11): Promise<number> {
  if (!Number.isInteger(brotliQuality) || brotliQuality < 0 || brotliQuality > 11)
    throw new Error(`brotli quality must be an integer from 0 to 11, not ${brotliQuality}`);
  const files = [...walk(dir)].filter((f) => TEXT.test(f) && statSync(f).size >= MIN_BYTES);
  const br = promisify(brotliCompress);
  const gz = promisify(gzip);
  const one = async (file: string) => {
    const body = readFileSync(file);
    const [g, b] = await Promise.all([
      gz(body, { level: 9 }),
      br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality } }),
    ]);
    for (const [ext, bytes] of [
      ['gz', g],
      ['br', b],
    ] as const) {
      writeFileSync(`${file}.${ext}.part`, bytes);
      renameSync(`${file}.${ext}.part`, `${file}.${ext}`);
    }
  };
  let next = 0;
  const lane = async () => {
    while (next < files.length) await one(files[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, lane));
  return files.length;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}
