/**
 * Builds the site the browser tests run against, from **fixtures**, never from the editorial data in
 * `data/` (journalists edit it; a correct edit must not turn a browser test red):
 * - `.e2e/dist`: the five seed reports (`src/pipeline/fixtures/in/five-reports.csv`);
 * - `.e2e/dist-300`: the same site with the 300-event synthetic fixture, when it exists
 *   (`src/pipeline/fixtures/in/synthetic-300.csv`), its title and standfirst saying it is synthetic.
 * Support files are the frozen copies in `src/pipeline/fixtures/support`; geodata is the committed
 * `data/geo`. `e2e/serve.ts` serves them from `/news/maps/atlas/` and `/news/maps/atlas-300/`.
 *
 * Usage: `tsx e2e/site.ts` (`npm run e2e:site`; run by `npm test` and `npm run test:e2e`).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { build } from 'vite';
import { runBuild } from '../src/pipeline/build';
import { FIXTURES } from '../src/pipeline/testData';

/** Where the sites go (`E2E_SITE_ROOT` to build a second copy to look at while the tests run). */
const ROOT = process.env.E2E_SITE_ROOT ?? '.e2e';

function buildData(partnerships: string, supportDir: string, outDir: string): void {
  const r = runBuild({
    dataDir: supportDir,
    partnerships,
    geoDir: FIXTURES.geo,
    outDir,
    schemaPath: null,
    log: () => {},
  });
  if (r.kind === 'failed')
    throw new Error(`fixture ${partnerships} does not build: ${r.problems[0]?.message}`);
}

/** Builds the data of `partnerships`, then the site on it (the HTML's first paint is the data's). */
async function buildSite(name: string, partnerships: string, supportDir: string): Promise<void> {
  const pub = join(ROOT, `public-${name}`);
  mkdirSync(pub, { recursive: true });
  // The static files of public/ (theme.js, embed-host.js…), but not the editorial build in public/data.
  for (const f of readdirSync('public'))
    if (f !== 'data') cpSync(join('public', f), join(pub, f), { recursive: true });
  buildData(partnerships, supportDir, join(pub, 'data'));
  process.env.ATLAS_PUBLIC_DIR = pub;
  // Brotli at quality 5, not the published build's 11: 1 s instead of 17 s of CPU per site, for files
  // a tenth larger that no test weighs (`npm run bench` weighs the real build's).
  process.env.ATLAS_BROTLI_QUALITY = '5';
  await build({ logLevel: 'warn', build: { outDir: join(ROOT, name), emptyOutDir: true } });
  console.log(`built ${ROOT}/${name} from ${partnerships}`);
}

rmSync(ROOT, { recursive: true, force: true });
await buildSite('dist', FIXTURES.seed, FIXTURES.support);

const SCALE = 'src/pipeline/fixtures/in/synthetic-300.csv';
if (existsSync(SCALE)) {
  // The publication frame says the data is synthetic, in every language, from the first paint on
  // (screenshots of this site must never pass for a real newsroom's map).
  const support = join(ROOT, 'support-300');
  cpSync(FIXTURES.support, support, { recursive: true });
  const file = join(support, 'publication.csv');
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true }).data;
  const mark: Record<string, string> = { fr: 'Données de test', vi: 'Dữ liệu thử nghiệm', en: 'Test data' };
  const standfirst: Record<string, string> = {
    fr: 'Données synthétiques, inventées pour les tests et le banc d’essai : 300 événements, aucun réel.',
    vi: 'Dữ liệu tổng hợp, tạo ra cho kiểm thử và đo hiệu năng: 300 sự kiện, không có sự kiện thật.',
    en: 'Synthetic data, made up for the tests and the bench: 300 events, none of them real.',
  };
  for (const r of rows)
    for (const l of ['fr', 'vi', 'en'])
      if (r.key === 'title') r[l] = `${mark[l]} — ${r[l]}`;
      else if (r.key === 'standfirst') r[l] = standfirst[l]!;
  writeFileSync(file, `${Papa.unparse(rows, { newline: '\n' })}\n`);
  await buildSite('dist-300', SCALE, support);
}
