/**
 * `npm run bench`: figures anyone can reproduce, as medians of several runs (machines are shared and
 * noisy; compare ratios, not absolute times). Prints gazetteer load, the build of the real dataset and
 * the build of a synthetic 10,000-event dataset made from real place names.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { assembleGazetteer } from '../core/assembleGazetteer';
import type { Gazetteer } from '../core/gazetteer';
import { geocode } from '../core/geocode';
import type { GazetteerFile } from '../core/types';
import { runBuild } from './build';
import { parseAdminChanges, parseAliases, readInput } from './readInputs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SYNTHETIC_EVENTS = 10_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
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

/** A deterministic pseudo-random generator (mulberry32), so every run builds the same dataset. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 10,000 events over 2000–2024 between pre-2025 provinces and real regions and cities. */
function syntheticCsv(g: Gazetteer): string {
  const rand = rng(42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const vn = g.places
    .filter((p) => p.country === 'VN' && p.level === 'province' && !p.validFrom)
    .map((p) => p.names.vi);
  // Names that are unique in their country, so that the synthetic rows are valid data.
  const partners = g.places.filter(
    (p) =>
      ['CN', 'JP', 'KR', 'LA', 'TH', 'KZ', 'FR', 'DE'].includes(p.country) &&
      (p.level === 'region' || (p.population ?? 0) > 1_000_000),
  );
  const unique = partners.filter((p) => {
    const r = geocode(g, p.names.en, {
      country: p.country,
      levels: ['region', 'city', 'country'],
      date: '2020-01-01',
    });
    return r.kind === 'resolved' && r.place === p && !r.note;
  });
  const base = readFileSync('data/partnerships.csv', 'utf8');
  const template = Papa.parse<Record<string, string>>(base, { header: true }).data[0] as Record<
    string,
    string
  >;
  const rows = [];
  for (let i = 0; i < SYNTHETIC_EVENTS; i++) {
    const p = pick(unique);
    const y = 2000 + Math.floor(rand() * 25);
    const m = 1 + Math.floor(rand() * 12);
    rows.push({
      ...template,
      id: `synthetic-${i}`,
      date:
        rand() < 0.3
          ? `${y}-${String(m).padStart(2, '0')}`
          : `${y}-${String(m).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
      vn_places: [pick(vn), pick(vn)].join('; '),
      partner_places: p.names.en,
      partner_country: p.country,
    });
  }
  return Papa.unparse(rows);
}

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

const real = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
report(
  'build, real dataset (npm run data)',
  time(RUNS, () => {
    const r = runBuild({ dataDir: 'data', outDir: real, schemaPath: null, log: quiet });
    if (r.problems.length) throw new Error('real dataset has problems');
  }),
);

const synth = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
cpSync('data', join(synth, 'data'), { recursive: true, filter: (src) => !src.includes('upstream') });
writeFileSync(
  join(synth, 'data', 'partnerships.csv'),
  syntheticCsv((assembled as unknown as ReturnType<typeof assembleGazetteer>).gazetteer),
);
let stats = '';
report(
  `build, synthetic ${SYNTHETIC_EVENTS.toLocaleString('en')} events`,
  time(3, () => {
    const r = runBuild({
      dataDir: join(synth, 'data'),
      outDir: join(synth, 'out'),
      schemaPath: null,
      log: quiet,
    });
    if (r.problems.length) throw new Error(`synthetic dataset has problems, e.g. ${r.problems[0]?.message}`);
    stats = `${r.stats.events} events, ${r.stats.pairs} pairs, ${r.stats.links} links`;
  }),
);
console.log(`\nsynthetic dataset: ${stats}; target: under 3000 ms on a 2-core machine`);
const atlasBytes = readFileSync(join(real, 'atlas.json')).length;
console.log(`real atlas.json: ${(atlasBytes / 1024).toFixed(1)} KB`);
