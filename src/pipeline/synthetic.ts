/**
 * Synthetic datasets for `npm run bench`: rows in the columns of data/partnerships.csv, made from
 * real place names so they pass the build's own validation and geocoding. Deterministic (seeded).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Gazetteer } from '../core/geo/gazetteer';
import { geocode } from '../core/geo/geocode';

/** A deterministic pseudo-random generator (mulberry32), so every run builds the same dataset. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  /** Number of rows (events). */
  events: number;
  /**
   * One Vietnamese place and one partner per row, every pair distinct: `events` rows make exactly
   * `events` arcs. Otherwise rows name two provinces and pairs repeat, as in real data.
   */
  distinctPairs?: boolean;
}

/** Events over 2000–2024 between pre-2025 provinces and real regions and cities. */
export function syntheticCsv(g: Gazetteer, opts: SyntheticOptions): string {
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
  if (opts.distinctPairs && opts.events > vn.length * unique.length)
    throw new Error(`at most ${vn.length * unique.length} distinct pairs can be made`);
  const base = readFileSync('data/partnerships.csv', 'utf8');
  const template = Papa.parse<Record<string, string>>(base, { header: true }).data[0] as Record<
    string,
    string
  >;
  const rows = [];
  const seen = new Set<string>();
  for (let i = 0; rows.length < opts.events; i++) {
    const p = pick(unique);
    const y = 2000 + Math.floor(rand() * 25);
    const m = 1 + Math.floor(rand() * 12);
    const places = opts.distinctPairs ? [pick(vn)] : [pick(vn), pick(vn)];
    if (opts.distinctPairs) {
      const key = `${places[0]}~${p.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    rows.push({
      ...template,
      id: `synthetic-${i}`,
      date:
        rand() < 0.3
          ? `${y}-${String(m).padStart(2, '0')}`
          : `${y}-${String(m).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
      vn_places: places.join('; '),
      partner_places: p.names.en,
      partner_country: p.country,
    });
  }
  return Papa.unparse(rows);
}
