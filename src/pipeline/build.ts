import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { atlasJsonSchema } from '../core/atlas';
import { formatProblem } from '../core/rows/csv';
import type { Topology } from 'topojson-specification';
import { layoutPictureSvg, pictureOfSet } from '../core/draw/layoutPicture';
import { PICTURE_ROOM } from '../core/draw/pictureLabels';
import { outlineText } from '../core/draw/outlineText';
import { namedCountries, withCountryPoints } from '../core/draw/countryNames';
import { NARROW_EMBED_LAYOUT, NARROW_LAYOUT, WIDE_LAYOUT } from '../core/draw/boxLayout';
import { LANGS, type Lang } from '../core/i18n';
import { timelineEnd } from '../core/view/visibleArcs';
import type { GazetteerFile } from '../core/types';
import type { AtlasEvent } from '../core/atlas';
import { buildAtlas, type BuildResult, type EventTexts } from './buildAtlas';
import { spillTexts } from './spillTexts';
import { describeFsError, PlainError } from './fsErrors';
import { jsonPieces } from './jsonPieces';
import { basemapFor, readWorldRegions, WORLD_REGIONS_FILE } from './basemapFor';
import { parseAdminChanges, parseAliases, readInput, readInputFile, readTextFile } from './readInputs';
import { fontAdvance, fontOutliner } from './fontOutliner';
import { defaultSetsDir, recoverOutputs, writeFilesAtomic, writeOutputSet } from './writeAtomic';

export interface BuildOptions {
  /** Folder of the editorial data (partnerships.csv, admin-changes.csv, aliases.csv, geo/). */
  dataDir: string;
  /** The events file, when not `dataDir/partnerships.csv` (tests build from fixtures). */
  partnerships?: string;
  /** Folder of the derived geodata (gazetteer.json, basemap.topo.json), when not `dataDir/geo`. */
  geoDir?: string;
  /** Folder the page's data goes to: a link to the current set of outputs (`writeOutputSet`). */
  outDir: string;
  /** Where the sets behind `outDir` are kept (default: `.<name>.sets` beside `outDir`). */
  setsDir?: string;
  /** Where the JSON Schema of atlas.json is written (null: not written). */
  schemaPath: string | null;
  /** Progress and what was done (the CLI prints it on stderr). */
  log: (s: string) => void;
  /** The day the static first-view picture shows (YYYY-MM-DD): the page's default date, today. */
  day?: string;
}

/**
 * The defaults of `npm run data`. The sets behind public/data live in .cache/, outside public/,
 * which Vite copies whole into the site.
 */
export const BUILD_DEFAULTS: BuildOptions = {
  dataDir: 'data',
  outDir: 'public/data',
  setsDir: '.cache/public-data-sets',
  schemaPath: 'schema/atlas.schema.json',
  log: (s) => console.error(s),
};

const REPAIR = 'run `npm run geo:refresh` to regenerate it, or restore it with `git checkout -- data/geo`';

/** Reads derived geodata, or says in plain words what is wrong with it and how to repair it. */
function readGeo(geoDir: string, name: string): string {
  const path = join(geoDir, name);
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new PlainError(`${describeFsError(e, path)}: ${REPAIR}`);
  }
}

/** The last gazetteer read, by path, size and time of change: tests and the bench read it many times. */
let lastGazetteer: { key: string; value: GazetteerFile } | null = null;

export function loadGazetteerFile(geoDir: string): GazetteerFile {
  const path = join(geoDir, 'gazetteer.json');
  let key = '';
  try {
    const st = statSync(path);
    key = `${resolve(path)}:${st.size}:${st.mtimeMs}`;
  } catch {
    // readGeo says what is wrong.
  }
  if (key && lastGazetteer?.key === key) return lastGazetteer.value;
  const value = parseGazetteer(path, readGeo(geoDir, 'gazetteer.json'));
  if (key) lastGazetteer = { key, value };
  return value;
}

function parseGazetteer(path: string, text: string): GazetteerFile {
  let g: Partial<GazetteerFile> | null = null;
  try {
    g = JSON.parse(text) as Partial<GazetteerFile>;
  } catch {
    // Reported below with the repair.
  }
  if (!g || g.version !== 1 || !Array.isArray(g.places) || !Array.isArray(g.sources)) {
    throw new PlainError(`${path} is damaged or cut short (not a gazetteer): ${REPAIR}`);
  }
  return g as GazetteerFile;
}

function loadBasemap(geoDir: string): { text: string; topo: Topology } {
  const text = readGeo(geoDir, 'basemap.topo.json');
  try {
    const topo = JSON.parse(text) as Topology;
    if (topo.type === 'Topology') return { text, topo };
  } catch {
    // Reported below with the repair.
  }
  throw new PlainError(
    `${join(geoDir, 'basemap.topo.json')} is damaged or cut short (not TopoJSON): ${REPAIR}`,
  );
}

/** Everything but partnerships.csv: admin changes, aliases, the publication frame and the gazetteer. */
export function readSupport(dataDir: string, geoDir = join(dataDir, 'geo'), hash?: Hash) {
  const onChunk = hash ? (b: Uint8Array) => void hash.update(b) : undefined;
  const changesIn = readInput(dataDir, 'admin-changes.csv');
  const aliasesIn = readInput(dataDir, 'aliases.csv');
  const publication = readTextFile(readInput(dataDir, 'publication.csv'));
  hash?.update(publication.text);
  const { changes, problems: changeProblems } = parseAdminChanges(changesIn, onChunk);
  const { aliases, problems: aliasProblems } = parseAliases(aliasesIn, onChunk);
  return {
    changes,
    changesFile: changesIn.file,
    aliases,
    aliasesFile: aliasesIn.file,
    gazetteer: loadGazetteerFile(geoDir),
    /** The publication frame (title, credits, update day), parsed by the build. */
    publication,
    problems: [...changeProblems, ...aliasProblems],
  };
}

/**
 * `npm run data`: validate, geocode, write. On any problem, nothing is written and the previous
 * outputs stay as they were; the outputs change together (`writeOutputSet`). Returns the result for
 * callers (CLI, bench, tests). A fault of the disk or the geodata throws a `PlainError`.
 */
export function runBuild(opts: BuildOptions = BUILD_DEFAULTS): BuildResult & { written: string[] } {
  const t0 = performance.now();
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  const step = (s: string) => {
    const m = process.memoryUsage();
    opts.log(
      `  ${s} (${Math.round(performance.now() - t0)} ms, heap ${mb(m.heapUsed)} MB, rss ${mb(m.rss)} MB)`,
    );
  };
  const geoDir = opts.geoDir ?? join(opts.dataDir, 'geo');
  recoverOutputs(opts.outDir);
  const partnerships = readInputFile(opts.partnerships ?? join(opts.dataDir, 'partnerships.csv'));
  const hash = createHash('sha256');
  const { problems: supportProblems, ...support } = readSupport(opts.dataDir, geoDir, hash);
  const withSupport = (r: BuildResult): BuildResult =>
    supportProblems.length
      ? { ...r, kind: 'failed', atlas: null, problems: [...supportProblems, ...r.problems] }
      : r;
  step(`read the admin changes, the aliases and the gazetteer (${support.gazetteer.places.length} places)`);
  hash.update(JSON.stringify(support.gazetteer.sources));
  const texts = spillTexts();
  try {
    return buildAndWrite(opts, geoDir, step, texts, () =>
      withSupport(
        buildAtlas({
          partnerships,
          ...support,
          dataVersion: () => hash.digest('hex').slice(0, 12),
          onChunk: (b) => void hash.update(b),
          progress: step,
          texts,
        }),
      ),
    );
  } finally {
    texts.close();
  }
}

function buildAndWrite(
  opts: BuildOptions,
  geoDir: string,
  step: (s: string) => void,
  texts: EventTexts,
  build: () => BuildResult,
): BuildResult & { written: string[] } {
  const result = build();
  step('validated and geocoded');
  if (result.kind === 'failed') return { ...result, written: [] };
  const committed = loadBasemap(geoDir);
  // The basemap with the shapes of every partner region (issue 13): see basemapFor.
  const shaped = basemapFor(committed.topo, readWorldRegions(geoDir), result.atlas);
  for (const m of shaped.missing)
    result.warnings.push(
      `partner_places: ${m.name} (${m.id}), in ${m.events.join(', ')}: no shape in the basemap or in ${WORLD_REGIONS_FILE}; the map marks its point`,
    );
  // With the label points of the countries the map names (`withCountryPoints`).
  const topo = withCountryPoints(
    shaped.topology,
    namedCountries(result.atlas, 'en').map((c) => c.cc),
  );
  const basemap = { text: JSON.stringify(topo) };
  const day = opts.day ?? timelineEnd(result.atlas);
  // The page's first paint: the opening view as a picture, before any script or WebGL, in each scheme.
  // One per language and scheme: public/theme.js picks the reader's before the first paint.
  const pictures: Record<string, string> = {};
  // and a phone's, with the words and dots of a narrow box only, and a narrow embed's, with those of the
  // phone's map only (its map has the phone's shape: never a short map's).
  // Any box's picture has a set of words and dots per class of box width, chosen by its media queries;
  // public/theme.js gives a wider viewport the picture of its class's sets only (`pictureOfSet`: its
  // set, and its set for short maps shown by the box's height), and
  // never the one with all (kept for other uses of the build's output: a class's set needs its box).
  const layouts = { any: WIDE_LAYOUT, narrow: NARROW_LAYOUT, 'narrow-embed': NARROW_EMBED_LAYOUT } as const;
  // Their names as outlines of the page's font (`outlineText`): the live map's letters, and no text for
  // the reader's main thread to lay out while the page starts (issue 16). (A class's picture is cut
  // from any box's, outlined already.)
  // Their names are placed with the widths the live map gives them (`fontAdvance`).
  const outliner = fontOutliner();
  const advance = fontAdvance(outliner);
  const unoutlined = new Set<string>();
  for (const lang of LANGS)
    for (const theme of ['light', 'dark'] as const)
      for (const box of ['any', 'narrow', 'narrow-embed'] as const) {
        const drawn = outlineText(
          // (Shown in boxes narrower than drawn for: names moved only where that holds, `PICTURE_ROOM`.)
          layoutPictureSvg(result.atlas, topo, layouts[box], {
            day,
            theme,
            lang,
            advance,
            nameRoom: PICTURE_ROOM,
          }),
          outliner,
        );
        for (const name of drawn.kept) unoutlined.add(name);
        const svg = drawn.svg;
        pictures[firstViewFile(lang, theme, box)] = svg;
        if (box === 'any')
          for (const set of WIDE_SETS)
            pictures[firstViewFile(lang, theme, set)] = pictureOfSet(svg, WIDE_LAYOUT, set);
      }
  for (const name of unoutlined)
    result.warnings.push(
      `first view: "${name}" is drawn as text, in a fallback font: Be Vietnam Pro lacks its characters ${[...name].filter((c) => outliner(c) === null).join(' ')}`,
    );
  const kb = (box: PictureBox) =>
    Math.round((pictures[firstViewFile('fr', 'light', box)]?.length ?? 0) / 1024);
  step(
    `drew the first view of ${day} in ${LANGS.join(', ')}, light and dark, for any box (${kb('any')} KB each; a laptop's set only: ${kb('wide')} KB), a phone's (${kb('narrow')} KB) and a narrow embed's (${kb('narrow-embed')} KB)`,
  );
  // The schema depends on the code only, never on the data: written first, and only when it changed.
  const schemaChanged = opts.schemaPath !== null && writeIfChanged(opts.schemaPath);
  const files = {
    'atlas.json': jsonPieces({ ...result.atlas, events: eventsBack(result.atlas.events, texts) }),
    'basemap.json': basemap.text,
    ...pictures,
  };
  writeOutputSet(opts.outDir, files, opts.setsDir ?? defaultSetsDir(opts.outDir));
  step('wrote outputs');
  const written = Object.keys(files).map((f) => join(opts.outDir, f));
  return { ...result, written: schemaChanged && opts.schemaPath ? [...written, opts.schemaPath] : written };
}

/**
 * The classes of box width of any box's picture, each with its file (`WIDE_LAYOUT.sets` but those for a
 * class's shorter boxes, which are in that class's file).
 */
export const WIDE_SETS = ['wide', 'medium', 'tablet', 'large', 'wall', 'wall4k'] as const;

/**
 * The boxes the build draws a first picture for: any (with every class's words), a phone's map, a
 * narrow embed's map (the phone's set only), and any box of one class of width (`WIDE_SETS`: that class's
 * words only, for its boxes and its short boxes).
 */
export type PictureBox = 'any' | 'narrow' | 'narrow-embed' | (typeof WIDE_SETS)[number];

/**
 * The file of the build's first-view picture in a language and scheme, for any box, a phone's map
 * (`first-view-narrow…`), a narrow embed's (`first-view-narrow-embed…`) or a class of box width
 * (`first-view-medium…`): French (the HTML's language) keeps the plain names `first-view.svg` and
 * `first-view-dark.svg`; public/theme.js follows the same rule.
 */
export function firstViewFile(lang: Lang, theme: 'light' | 'dark', box: PictureBox = 'any'): string {
  return `first-view${box === 'any' ? '' : `-${box}`}${lang === 'fr' ? '' : `-${lang}`}${theme === 'dark' ? '-dark' : ''}.svg`;
}

/** Writes the JSON Schema of atlas.json when it differs from the file; says whether it wrote. */
function writeIfChanged(path: string): boolean {
  const schema = JSON.stringify(atlasJsonSchema(), null, 2) + '\n';
  if (existsSync(path) && readFileSync(path, 'utf8') === schema) return false;
  writeFilesAtomic({ [path]: schema });
  return true;
}

/** The events with their texts read back, one at a time, as the atlas is written. */
function* eventsBack(events: readonly AtlasEvent[], texts: EventTexts): Generator<AtlasEvent> {
  for (const e of events) yield texts.get(e);
}

export { formatProblem };
