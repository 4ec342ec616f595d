/**
 * `npm run bench`: figures anyone can reproduce, as medians of several runs (machines are shared and
 * noisy; compare ratios, not absolute times). Prints gazetteer load, the build of the real dataset and
 * the builds of synthetic datasets of 300, 2,000 and 10,000 events (src/pipeline/synthetic.ts); then the
 * faults (`benchFaults.ts`): 100,000 rows in bounded memory, builds killed at random, the hostile inputs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleGazetteer } from '../core/geo/assembleGazetteer';
import type { GazetteerFile } from '../core/types';
import { readSupport, runBuild } from '../pipeline/build';
import { parseAdminChanges, parseAliases, readInput } from '../pipeline/readInputs';
import { scoreCorpus } from '../pipeline/intakeEval';
import { syntheticCsv } from '../pipeline/synthetic';
import { benchBigBuild, benchHostile, benchKills } from './benchFaults';
import { benchEval } from './benchEval';
import { median } from './stats';
import { FIXTURES } from '../pipeline/testData';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Synthetic datasets built (src/pipeline/synthetic.ts): the fixture, the stress set, and a newsroom's decade. */
const SYNTHETIC_EVENTS = [300, 2_000, 10_000];

function time(runs: number, f: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return out;
}
const report = (label: string, ms: number[]) =>
  console.log(
    `${label.padEnd(44)} median ${median(ms).toFixed(0).padStart(6)} ms   (runs: ${ms.map((x) => x.toFixed(0)).join(', ')})`,
  );

const quiet = () => {};
console.log(`Partnership Atlas bench — ${RUNS} runs each (synthetic: 3), node ${process.version}\n`);

const changes = parseAdminChanges(readInput('data', 'admin-changes.csv')).changes;
const aliases = parseAliases(readInput('data', 'aliases.csv')).aliases;
let assembled: ReturnType<typeof assembleGazetteer> | null = null;
report(
  'gazetteer load (read + parse + index)',
  time(RUNS, () => {
    const file = JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')) as GazetteerFile;
    assembled = assembleGazetteer(file, changes, aliases);
  }),
);

// CPU time of one load: on a shared machine wall time mostly measures the other processes.
const cpu0 = process.cpuUsage();
assembleGazetteer(
  JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')) as GazetteerFile,
  changes,
  aliases,
);
const cpu = process.cpuUsage(cpu0);
console.log(`gazetteer load, CPU time of one run: ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);
const gazetteerBytes = readFileSync('data/geo/gazetteer.json').length;
console.log(
  `gazetteer: ${(gazetteerBytes / 1024 / 1024).toFixed(1)} MB, ${(assembled as unknown as ReturnType<typeof assembleGazetteer>).gazetteer.places.length} places; targets: ≤ 20 MB, load ≤ 1500 ms`,
);

// `BENCH_ONLY=eval`: the gazetteer load and the evaluation set only (the rest takes minutes).
if (process.env.BENCH_ONLY === 'eval') {
  benchEval((assembled as unknown as ReturnType<typeof assembleGazetteer>).gazetteer);
  process.exit(0);
}

const real = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
report(
  'build, real dataset (npm run data)',
  time(RUNS, () => {
    const r = runBuild({ dataDir: 'data', outDir: real, schemaPath: null, log: quiet });
    if (r.kind === 'failed') throw new Error('real dataset has problems');
  }),
);

// The synthetic datasets (src/pipeline/synthetic.ts), against the frozen admin changes they are made for.
const fixtureSupport = readSupport(FIXTURES.support, FIXTURES.geo);
const fixtureGazetteer = assembleGazetteer(
  fixtureSupport.gazetteer,
  fixtureSupport.changes,
  fixtureSupport.aliases,
).gazetteer;
const synth = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
for (const events of SYNTHETIC_EVENTS) {
  const csv = join(synth, `synthetic-${events}.csv`);
  writeFileSync(csv, syntheticCsv(fixtureGazetteer, fixtureSupport.changes, { events }));
  let stats = '';
  report(
    `build, synthetic ${events.toLocaleString('en')} events`,
    time(3, () => {
      const r = runBuild({
        dataDir: FIXTURES.support,
        geoDir: FIXTURES.geo,
        partnerships: csv,
        outDir: join(synth, `out-${events}`),
        schemaPath: null,
        log: quiet,
      });
      if (r.kind === 'failed')
        throw new Error(`synthetic dataset has problems, e.g. ${r.problems[0]?.message}`);
      stats = `${r.stats.events} events, ${r.stats.pairs} pairs, ${r.stats.links} links, ${r.warnings.length} warnings`;
    }),
  );
  console.log(`  ${stats}`);
}
console.log('target for 10,000 events: under 3000 ms on a 2-core machine');
const atlasBytes = readFileSync(join(real, 'atlas.json')).length;
console.log(`real atlas.json: ${(atlasBytes / 1024).toFixed(1)} KB`);

// Article intake (npm run extract) on the project's own corpus of test articles.
const intake = scoreCorpus((assembled as unknown as ReturnType<typeof assembleGazetteer>).gazetteer);
const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
console.log(
  `\narticle intake, ${intake.articles} corpus articles (src/pipeline/fixtures/intake): pairs precision ${pct(intake.precision)}, recall ${pct(intake.recall)} (tp ${intake.pairs.tp}, fp ${intake.pairs.fp}, fn ${intake.pairs.fn}); dates right ${pct(intake.dateAccuracy)}; kinds right ${pct(intake.kindAccuracy)}; target ≥ 90 % / 90 %`,
);
for (const m of intake.misses) console.log(`  ${m}`);

console.log('\nfaults and limits (issue 18)');
benchBigBuild(fixtureGazetteer, fixtureSupport.changes);
await benchKills();
await benchHostile();
// Issue-15 evaluation set (src/pipeline/fixtures/eval): real names and reports, dev and test halves.
benchEval((assembled as unknown as ReturnType<typeof assembleGazetteer>).gazetteer);
