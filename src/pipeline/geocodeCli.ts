/**
 * `npm run --silent geocode -- [--country CC] [--level L] [--date YYYY-MM-DD] [--data DIR] [--geo DIR] NAME...`
 * Prints one JSON object per name: {query, status, place, candidates[, note]}. Exit 0 when every
 * name resolved, 1 when one did not (or the admin changes/aliases have problems), 2 on a usage error.
 */
import { join } from 'node:path';
import { assembleGazetteer } from '../core/geo/assembleGazetteer';
import { formatProblem } from '../core/rows/csv';
import { geocode, type Geocode } from '../core/geo/geocode';
import { LEVELS, type GazetteerPlace, type Level } from '../core/types';
import { readSupport } from './build';
import { parseCli, runAsMain, usageError, writeLines, type Cli } from './cli';
import { PlainError } from './fsErrors';

const USAGE =
  'usage: npm run --silent geocode -- [--country CC] [--level province|region|city|country] [--date YYYY-MM-DD] [--data DIR] [--geo DIR] NAME...';

const brief = (p: GazetteerPlace) => ({
  id: p.id,
  name: p.names.en,
  names: p.names,
  country: p.country,
  level: p.level,
  lon: p.lon,
  lat: p.lat,
  ...(p.validFrom ? { validFrom: p.validFrom } : {}),
  ...(p.validTo ? { validTo: p.validTo } : {}),
});

const toJson = (r: Geocode) => {
  const note = r.note ? { note: r.note } : {};
  switch (r.kind) {
    case 'resolved':
      return {
        query: r.query,
        status: r.kind,
        place: brief(r.place),
        candidates: r.alternatives.map(brief),
        ...note,
      };
    case 'ambiguous':
      return { query: r.query, status: r.kind, place: null, candidates: r.candidates.map(brief), ...note };
    case 'unknown':
      return { query: r.query, status: r.kind, place: null, candidates: r.suggestions.map(brief), ...note };
  }
};

export const run: Cli = async (argv, io) => {
  const args = parseCli(argv, {
    country: { type: 'string' },
    level: { type: 'string', multiple: true },
    date: { type: 'string' },
    data: { type: 'string', default: 'data' },
    geo: { type: 'string' },
  });
  if (!args.ok) return usageError(io, USAGE, args.message);
  const { values, positionals } = args;
  if (positionals.length === 0) return usageError(io, USAGE, 'no name given');
  const country = values.country?.toUpperCase();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) {
    return usageError(
      io,
      USAGE,
      `--country takes an ISO 3166-1 alpha-2 code such as CN, not "${values.country}"`,
    );
  }
  const levels = values.level as Level[] | undefined;
  const badLevel = levels?.find((l) => !LEVELS.includes(l));
  if (badLevel !== undefined) return usageError(io, USAGE, `unknown level "${badLevel}"`);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    return usageError(io, USAGE, `--date takes YYYY-MM-DD, not "${date}"`);

  let support: ReturnType<typeof readSupport>;
  try {
    support = readSupport(values.data, values.geo ?? join(values.data, 'geo'));
  } catch (e) {
    if (!(e instanceof PlainError)) throw e;
    io.stderr(`geocode failed: ${e.message}\n`);
    return 1;
  }
  writeLines(io.stderr, support.problems.map(formatProblem));
  const { gazetteer } = assembleGazetteer(support.gazetteer, support.changes, support.aliases);
  let unresolved = 0;
  const lines = positionals.map((name) => {
    const r = geocode(gazetteer, name, {
      ...(country ? { country } : {}),
      ...(levels ? { levels } : {}),
      date,
    });
    if (r.kind !== 'resolved') unresolved++;
    return JSON.stringify(toJson(r));
  });
  writeLines(io.stdout, lines);
  return unresolved > 0 || support.problems.length > 0 ? 1 : 0;
};

runAsMain(import.meta.url, run);
