import { distance } from 'fastest-levenshtein';
import { variants } from './adminWords';
import type { Gazetteer } from './gazetteer';
import { fold } from '../normalize';
import { isValidAt } from '../validity';
import type { GazetteerPlace, Level } from '../types';

/** The outcome of one lookup. It never guesses: anything but one clear answer is not `resolved`. */
export type Geocode =
  | {
      kind: 'resolved';
      query: string;
      place: GazetteerPlace;
      /** Other places the name also denotes, set aside by a documented rule named in `note`. */
      alternatives: GazetteerPlace[];
      note?: string;
    }
  | { kind: 'ambiguous'; query: string; candidates: GazetteerPlace[]; note?: string }
  | { kind: 'unknown'; query: string; suggestions: GazetteerPlace[]; note?: string };

export interface GeocodeOptions {
  /** ISO 3166-1 alpha-2 country the place must be in. */
  country?: string;
  /** Levels the place may have (e.g. only `province` for the Vietnamese side of a partnership). */
  levels?: readonly Level[];
  /** ISO date: among units of the same name, the one in force on that day. */
  date?: string;
}

const FIRST_LEVEL = new Set<Level>(['province', 'region']);
const SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLG']);
/** Suggestions: at most this many, within this edit distance of the name (at least 2 edits). */
const MAX_SUGGESTIONS = 5;
const SUGGESTION_RATIO = 0.34;

/**
 * Finds the place a journalist's name denotes.
 *
 * Order: first-tier names before second-tier ones; within a tier, the least stripped reading of the
 * name first. Candidates are then narrowed by the options, by the administrative word written around
 * the name ("ville de …"), and by one precedence rule: a first-level unit wins over the city of the
 * same name that is its seat (Bắc Ninh province over Bắc Ninh city), reported in `note`.
 *
 * @example geocode(g, 'préfecture de Hokkaido') → {kind:'resolved', place:{id:'JP-01',…}}
 */
export function geocode(g: Gazetteer, query: string, opts: GeocodeOptions = {}): Geocode {
  const folded = fold(query);
  const readings = variants(folded);
  const elsewhere: GazetteerPlace[] = [];
  for (const tier of [1, 2] as const) {
    for (const v of readings) {
      const found = g.lookup(v.key, tier);
      if (found.length === 0) continue;
      const fits = found.filter(
        (p) =>
          (!opts.country || p.country === opts.country) && (!opts.levels || opts.levels.includes(p.level)),
      );
      if (fits.length === 0) {
        elsewhere.push(...found);
        continue;
      }
      return decide(query, fits, v.hint, opts.date);
    }
  }
  const suggestions = unique([
    ...elsewhere,
    ...suggest(
      g,
      readings.map((r) => r.key),
      opts,
    ),
  ]).slice(0, MAX_SUGGESTIONS);
  const note =
    elsewhere.length > 0
      ? `the name exists, but not ${describeFilter(opts)}: ${unique(elsewhere)
          .map((p) => `${p.id} (${p.country}, ${p.level})`)
          .join(', ')}`
      : undefined;
  return note ? { kind: 'unknown', query, suggestions, note } : { kind: 'unknown', query, suggestions };
}

function describeFilter(opts: GeocodeOptions): string {
  const parts = [];
  if (opts.country) parts.push(`in ${opts.country}`);
  if (opts.levels) parts.push(`a ${opts.levels.join(' or ')}`);
  return parts.join(' and ');
}

function decide(query: string, found: GazetteerPlace[], hint: Level[] | null, date?: string): Geocode {
  let cands = unique(found);
  if (cands.length > 1 && date) {
    // Units of the same name and level that succeed each other (Bắc Ninh before and after 2025):
    // keep the one in force. A unit that has ceased is not replaced by a place of another level.
    cands = cands.filter(
      (p) => isValidAt(p, date) || !cands.some((q) => q !== p && q.level === p.level && isValidAt(q, date)),
    );
  }
  if (cands.length === 1)
    return { kind: 'resolved', query, place: cands[0] as GazetteerPlace, alternatives: [] };
  if (hint) {
    const hinted = cands.filter((p) => hint.includes(p.level));
    if (hinted.length === 1) {
      const place = hinted[0] as GazetteerPlace;
      return {
        kind: 'resolved',
        query,
        place,
        alternatives: cands.filter((p) => p !== place),
        note: `the administrative word in the name points to a ${place.level}`,
      };
    }
    if (hinted.length > 1) cands = hinted;
  }
  const units = cands.filter((p) => FIRST_LEVEL.has(p.level));
  const unit = units[0];
  if (units.length === 1 && unit && cands.every((p) => p === unit || isSeatOf(p, unit))) {
    return {
      kind: 'resolved',
      query,
      place: unit,
      alternatives: cands.filter((p) => p !== unit),
      note: `first-level unit preferred over its seat city of the same name; write "ville de ${query}" for the city`,
    };
  }
  return { kind: 'ambiguous', query, candidates: rank(cands) };
}

function isSeatOf(city: GazetteerPlace, unit: GazetteerPlace): boolean {
  return (
    city.level === 'city' &&
    city.country === unit.country &&
    city.admin1 !== undefined &&
    city.admin1 === unit.admin1 &&
    SEAT_CODES.has(city.feature ?? '')
  );
}

const LEVEL_RANK: Record<Level, number> = { country: 0, province: 1, region: 1, city: 2 };
function rank(ps: GazetteerPlace[]): GazetteerPlace[] {
  return [...ps].sort(
    (a, b) =>
      LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
      (b.population ?? 0) - (a.population ?? 0) ||
      a.id.localeCompare(b.id),
  );
}

function unique(ps: GazetteerPlace[]): GazetteerPlace[] {
  return [...new Set(ps)];
}

/** Nearest first-tier names by edit distance, among places that pass the options' filters. */
function suggest(g: Gazetteer, keys: string[], opts: GeocodeOptions): GazetteerPlace[] {
  const scored: { p: GazetteerPlace; d: number }[] = [];
  for (const key of g.keys()) {
    let best = Infinity;
    for (const k of keys) {
      if (Math.abs(key.length - k.length) > Math.max(2, k.length * SUGGESTION_RATIO)) continue;
      best = Math.min(best, distance(key, k));
    }
    const limit = Math.max(2, Math.floor((keys[keys.length - 1] ?? '').length * SUGGESTION_RATIO));
    if (best > limit) continue;
    for (const p of g.lookup(key, 1)) {
      if (opts.country && p.country !== opts.country) continue;
      if (opts.levels && !opts.levels.includes(p.level)) continue;
      scored.push({ p, d: best });
    }
  }
  scored.sort((a, b) => a.d - b.d || (b.p.population ?? 0) - (a.p.population ?? 0));
  return unique(scored.map((s) => s.p));
}
