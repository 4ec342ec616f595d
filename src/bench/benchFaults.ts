/**
 * The fault half of the build bench (issue 18): the cost of 100,000 rows (time, peak memory,
 * progress), builds killed at random points (the outputs must be the old set or the new one, with
 * nothing left behind after the next run), and the corpus of hostile inputs (cases tried, rejected
 * with their location, outputs untouched).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AdminChange } from '../core/adminChanges';
import type { Gazetteer } from '../core/geo/gazetteer';
import { loadHostileCases, runHostileCase } from '../pipeline/hostile';
import { syntheticCsv } from '../pipeline/synthetic';
import { FIXTURES } from '../pipeline/testData';
import { defaultSetsDir } from '../pipeline/writeAtomic';

const BIG_ROWS = Number(process.env.BENCH_BIG_ROWS ?? 100_000);
const KILLS = Number(process.env.BENCH_KILLS ?? 12);
const MEMORY_TARGET_MB = 300;
const OUTPUTS = ['atlas.json', 'basemap.json', 'first-view.svg', 'first-view-dark.svg'];

/** A data folder from the fixtures, with `csv` as its events file. */
function dataDir(csv: string): string {
  const data = join(mkdtempSync(join(tmpdir(), 'atlas-bench-faults-')), 'data');
  cpSync(FIXTURES.support, data, { recursive: true });
  writeFileSync(join(data, 'partnerships.csv'), csv);
  return data;
}

const cli = (args: string[]) =>
  [process.execPath, ['--import', 'tsx', 'src/pipeline/buildCli.ts', ...args]] as const;

/** The V8 memory flags of `npm run data` (package.json): the bench measures the build as it runs. */
const DATA_FLAGS =
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { data: string } }).scripts.data.match(
    /--max-[\w-]+=\d+/g,
  ) ?? [];

export function benchBigBuild(g: Gazetteer, changes: readonly AdminChange[]): void {
  const data = dataDir(syntheticCsv(g, changes, { events: BIG_ROWS }));
  const out = join(dirname(data), 'out');
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      ...DATA_FLAGS,
      '--import',
      'tsx',
      'src/bench/buildPeak.ts',
      '--data',
      data,
      '--geo',
      FIXTURES.geo,
      '--out',
      out,
    ],
    {
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - t;
  const last = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as {
    exit?: number;
    maxRssMB?: number;
    progress?: number;
  };
  console.log(
    `build, synthetic ${BIG_ROWS.toLocaleString('en')} rows (${(readFileSync(join(data, 'partnerships.csv')).length / 2 ** 20).toFixed(0)} MB): exit ${last.exit}, ${(ms / 1000).toFixed(1)} s, peak memory ${last.maxRssMB} MB (target ≤ ${MEMORY_TARGET_MB} MB), ${last.progress} progress lines`,
  );
}

/** The four outputs of a folder, as one string (to compare sets). */
const outputs = (out: string) => OUTPUTS.map((f) => readFileSync(join(out, f), 'utf8')).join('\u0000');

export async function benchKills(): Promise<void> {
  const seed = readFileSync(FIXTURES.seed, 'utf8');
  const data = dataDir(seed);
  const out = join(dirname(data), 'out');
  const build = () =>
    spawnSync(...cli(['--data', data, '--geo', FIXTURES.geo, '--out', out]), { encoding: 'utf8' });
  // The old set: the five reports; the new set: four of them. A kill must leave one or the other.
  const t = performance.now();
  build();
  const duration = performance.now() - t;
  const oldSet = outputs(out);
  writeFileSync(join(data, 'partnerships.csv'), seed.trimEnd().split('\n').slice(0, -1).join('\n') + '\n');
  build();
  const newSet = outputs(out);
  writeFileSync(join(data, 'partnerships.csv'), seed);
  build();
  let consistent = 0;
  let mixed = 0;
  for (let i = 0; i < KILLS; i++) {
    if (i % 2)
      writeFileSync(
        join(data, 'partnerships.csv'),
        seed.trimEnd().split('\n').slice(0, -1).join('\n') + '\n',
      );
    else writeFileSync(join(data, 'partnerships.csv'), seed);
    const child = spawn(...cli(['--data', data, '--geo', FIXTURES.geo, '--out', out]), { stdio: 'ignore' });
    // Random points over the whole run, the write at its end included.
    setTimeout(() => child.kill('SIGKILL'), Math.random() * duration * 1.1);
    await new Promise((done) => child.on('exit', done));
    const now = outputs(out);
    if (now === oldSet || now === newSet) consistent++;
    else mixed++;
  }
  build();
  const leftovers =
    readdirSync(defaultSetsDir(out)).length -
    1 +
    readdirSync(dirname(out)).filter((n) => n.endsWith('.tmp')).length;
  console.log(
    `builds killed at random points: ${KILLS} (a run takes ${(duration / 1000).toFixed(1)} s); outputs the old or the new set ${consistent}, mixed ${mixed}; left behind after the next run: ${leftovers}`,
  );
}

export async function benchHostile(): Promise<void> {
  const cases = loadHostileCases();
  let rejected = 0;
  let located = 0;
  let untouched = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const r = await runHostileCase(c);
    if (r.exit === (c.exit ?? 1)) rejected++;
    if (r.located) located++;
    if (r.untouched) untouched++;
    if (r.exit !== (c.exit ?? 1) || !r.located || !r.untouched) misses.push(c.name);
  }
  console.log(
    `hostile inputs (src/pipeline/fixtures/hostile): ${cases.length} tried, ${rejected} rejected, ${located} with the expected located message, ${untouched} with outputs untouched`,
  );
  for (const m of misses) console.log(`  miss: ${m}`);
}
