/**
 * Builds the site the browser tests run against, from **fixtures**, never from the editorial data in
 * `data/` (journalists edit it; a correct edit must not turn a browser test red):
 * - `.e2e/dist`: the five seed reports (`src/pipeline/fixtures/in/five-reports.csv`);
 * - `.e2e/dist-300`: the same site with the 300-event synthetic fixture, when it exists
 *   (`src/pipeline/fixtures/in/synthetic-300.csv`).
 * Support files are the frozen copies in `src/pipeline/fixtures/support`; geodata is the committed
 * `data/geo`. `e2e/serve.ts` serves them from `/news/maps/atlas/` and `/news/maps/atlas-300/`.
 *
 * Usage: `tsx e2e/site.ts` (run by `npm run test:e2e`).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { runBuild } from '../src/pipeline/build';
import { LANGS, type Lang } from '../src/core/i18n';
import { legendHtml, opensWithFlows, precompress } from '../src/pipeline/publish';
import { translator, type MessageKey } from '../src/ui/messages';
import { FIXTURES } from '../src/pipeline/testData';

/** Where the sites go (`E2E_SITE_ROOT` to build a second copy to look at while the tests run). */
const ROOT = process.env.E2E_SITE_ROOT ?? '.e2e';
const PUBLIC = join(ROOT, 'public');

function buildData(partnerships: string, outDir: string): void {
  const r = runBuild({
    dataDir: FIXTURES.support,
    partnerships,
    geoDir: FIXTURES.geo,
    outDir,
    schemaPath: null,
    log: () => {},
  });
  if (r.kind === 'failed')
    throw new Error(`fixture ${partnerships} does not build: ${r.problems[0]?.message}`);
}

rmSync(ROOT, { recursive: true, force: true });
mkdirSync(PUBLIC, { recursive: true });
// The static files of public/ (theme.js, embed-host.js…), but not the editorial build in public/data.
for (const f of readdirSync('public'))
  if (f !== 'data') cpSync(join('public', f), join(PUBLIC, f), { recursive: true });
buildData(FIXTURES.seed, join(PUBLIC, 'data'));
process.env.ATLAS_PUBLIC_DIR = PUBLIC;
await build({ logLevel: 'warn', build: { outDir: join(ROOT, 'dist'), emptyOutDir: true } });
console.log(`built ${ROOT}/dist from ${FIXTURES.seed}`);

const SCALE = 'src/pipeline/fixtures/in/synthetic-300.csv';
if (existsSync(SCALE)) {
  const site = join(ROOT, 'dist-300');
  cpSync(join(ROOT, 'dist'), site, { recursive: true });
  rmSync(join(site, 'data'), { recursive: true });
  buildData(SCALE, join(site, 'data'));
  // The pages' legend as the build writes it for this data (the copied pages had the seed's).
  const inLangs = (key: MessageKey) =>
    Object.fromEntries(LANGS.map((l) => [l, translator(l)(key)])) as Record<Lang, string>;
  const words = { legendArc: inLangs('legendArc'), legendFlow: inLangs('legendFlow') };
  const flows = opensWithFlows(JSON.parse(readFileSync(join(site, 'data', 'atlas.json'), 'utf8')));
  for (const page of ['index.html', 'embed.html']) {
    const file = join(site, page);
    writeFileSync(file, legendHtml(readFileSync(file, 'utf8'), words, flows));
  }
  // Compressed as published (the copied dist's .br/.gz were of the seed data and pages).
  precompress(site);
  console.log(`built ${site} from ${SCALE}`);
}
