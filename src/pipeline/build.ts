import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atlasJsonSchema } from '../core/atlas';
import { formatProblem } from '../core/rows/csv';
import type { Topology } from 'topojson-specification';
import { staticMapSvg } from '../core/draw/staticMap';
import { timelineEnd } from '../core/view/visibleArcs';
import type { GazetteerFile } from '../core/types';
import { buildAtlas, type BuildResult } from './buildAtlas';
import { parseAdminChanges, parseAliases, readInput, readInputFile } from './readInputs';
import { writeFilesAtomic } from './writeAtomic';

export interface BuildOptions {
  /** Folder of the editorial data (partnerships.csv, admin-changes.csv, aliases.csv, geo/). */
  dataDir: string;
  /** The events file, when not `dataDir/partnerships.csv` (tests build from fixtures). */
  partnerships?: string;
  /** Folder of the derived geodata (gazetteer.json, basemap.topo.json), when not `dataDir/geo`. */
  geoDir?: string;
  /** Folder the page's data goes to. */
  outDir: string;
  /** Where the JSON Schema of atlas.json is written (null: not written). */
  schemaPath: string | null;
  log: (s: string) => void;
  /** The day the static first-view picture shows (YYYY-MM-DD): the page's default date, today. */
  day?: string;
}

export const BUILD_DEFAULTS: BuildOptions = {
  dataDir: 'data',
  outDir: 'public/data',
  schemaPath: 'schema/atlas.schema.json',
  log: (s) => console.log(s),
};

export function loadGazetteerFile(geoDir: string): GazetteerFile {
  return JSON.parse(readFileSync(join(geoDir, 'gazetteer.json'), 'utf8')) as GazetteerFile;
}

/** Everything but partnerships.csv: admin changes, aliases, the publication frame and the gazetteer. */
export function readSupport(dataDir: string, geoDir = join(dataDir, 'geo')) {
  const changesIn = readInput(dataDir, 'admin-changes.csv');
  const aliasesIn = readInput(dataDir, 'aliases.csv');
  const publication = readInput(dataDir, 'publication.csv');
  const { changes, problems: changeProblems } = parseAdminChanges(changesIn);
  const { aliases, problems: aliasProblems } = parseAliases(aliasesIn);
  return {
    changes,
    changesFile: changesIn.file,
    aliases,
    aliasesFile: aliasesIn.file,
    gazetteer: loadGazetteerFile(geoDir),
    /** The publication frame (title, credits, update day), parsed by the build. */
    publication,
    problems: [...changeProblems, ...aliasProblems],
    /** The raw text of the files, for the data version hash. */
    text: changesIn.text + aliasesIn.text + publication.text,
  };
}

/**
 * `npm run data`: validate, geocode, write. On any problem, nothing is written and the previous
 * outputs stay as they were. Returns the result for callers (CLI, bench, tests).
 */
export function runBuild(opts: BuildOptions = BUILD_DEFAULTS): BuildResult & { written: string[] } {
  const t0 = performance.now();
  const step = (s: string) => opts.log(`  ${s} (${Math.round(performance.now() - t0)} ms)`);
  const geoDir = opts.geoDir ?? join(opts.dataDir, 'geo');
  const partnerships = readInputFile(opts.partnerships ?? join(opts.dataDir, 'partnerships.csv'));
  const support = readSupport(opts.dataDir, geoDir);
  step(`read inputs and the gazetteer (${support.gazetteer.places.length} places)`);
  const dataVersion = createHash('sha256')
    .update(partnerships.text)
    .update(support.text)
    .update(JSON.stringify(support.gazetteer.sources))
    .digest('hex')
    .slice(0, 12);
  const { problems: supportProblems, text: _text, ...inputs } = support;
  const result = buildAtlas({ partnerships, ...inputs, dataVersion });
  result.problems.unshift(...supportProblems);
  step('validated and geocoded');
  if (result.problems.length > 0 || !result.atlas) return { ...result, written: [] };
  const basemap = readFileSync(join(geoDir, 'basemap.topo.json'), 'utf8');
  const day = opts.day ?? timelineEnd(result.atlas);
  // The page's first paint: the opening view as a picture, before any script or WebGL, in each scheme.
  const topo = JSON.parse(basemap) as Topology;
  const firstView = staticMapSvg(result.atlas, topo, { day });
  const firstViewDark = staticMapSvg(result.atlas, topo, { day, theme: 'dark' });
  step(`drew the first view of ${day}, light and dark (${Math.round(firstView.length / 1024)} KB each)`);
  const files: Record<string, string> = {
    [join(opts.outDir, 'atlas.json')]: JSON.stringify(result.atlas),
    [join(opts.outDir, 'basemap.json')]: basemap,
    [join(opts.outDir, 'first-view.svg')]: firstView,
    [join(opts.outDir, 'first-view-dark.svg')]: firstViewDark,
  };
  if (opts.schemaPath) files[opts.schemaPath] = JSON.stringify(atlasJsonSchema(), null, 2) + '\n';
  writeFilesAtomic(files);
  step('wrote outputs');
  return { ...result, written: Object.keys(files) };
}

export { formatProblem };
