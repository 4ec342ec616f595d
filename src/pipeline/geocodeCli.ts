/**
 * `npm run --silent geocode -- [--country CC] [--level L] [--date YYYY-MM-DD] NAME...`
 * Prints one JSON object per name: {query, status, place, candidates[, note]}. Exit 0 when every
 * name resolved, 1 when one did not, 2 on a usage error.
 */
import { assembleGazetteer } from '../core/geo/assembleGazetteer';
import { formatProblem } from '../core/rows/csv';
import { geocode, type Geocode } from '../core/geo/geocode';
import { LEVELS, type GazetteerPlace, type Level } from '../core/types';
import { readSupport } from './build';
import { parseCli } from './cli';

const USAGE =
  'usage: npm run --silent geocode -- [--country CC] [--level province|region|city|country] [--date YYYY-MM-DD] NAME...';

const { values, positionals, fail } = parseCli(USAGE, {
  country: { type: 'string' },
  level: { type: 'string', multiple: true },
  date: { type: 'string' },
  data: { type: 'string', default: 'data' },
});
if (positionals.length === 0) fail('no name given');
const country = values.country?.toUpperCase();
if (country !== undefined && !/^[A-Z]{2}$/.test(country))
  fail(`--country takes an ISO 3166-1 alpha-2 code such as CN, not "${values.country}"`);
const levels = values.level as Level[] | undefined;
for (const l of levels ?? []) if (!LEVELS.includes(l)) fail(`unknown level "${l}"`);
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date takes YYYY-MM-DD, not "${date}"`);

const support = readSupport(values.data);
for (const p of support.problems) console.error(formatProblem(p));
const { gazetteer } = assembleGazetteer(support.gazetteer, support.changes, support.aliases);

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
let unresolved = 0;
for (const name of positionals) {
  const r = geocode(gazetteer, name, {
    ...(country ? { country } : {}),
    ...(levels ? { levels } : {}),
    date,
  });
  if (r.kind !== 'resolved') unresolved++;
  console.log(JSON.stringify(toJson(r)));
}
process.exitCode = unresolved > 0 ? 1 : 0;
