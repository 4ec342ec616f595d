import { distance } from 'fastest-levenshtein';
import { variants } from './adminWords';
import { readQualifiers } from './qualifiers';
import { capitalCity } from './capitalOf';
import { fallbackReadings } from './fallbackReadings';
import { proseReadings } from './proseReadings';
import { primaryNames, type Gazetteer } from './gazetteer';
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
  /**
   * `false`: an unknown name's `suggestions` are the places of that name elsewhere only, not the near
   * spellings (an edit distance to every name of the gazetteer). For a reader of prose that asks of
   * every run of words whether it is a place (`placesIn`): those were two thirds of its time.
   */
  suggest?: boolean;
}

const FIRST_LEVEL = new Set<Level>(['province', 'region']);
const SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLG']);
/** Suggestions: at most this many, within this edit distance of the name (at least 2 edits). */
const MAX_SUGGESTIONS = 5;
const SUGGESTION_RATIO = 0.34;
/**
 * No place name is longer (the longest in the gazetteer has ~90 characters, with its administrative
 * words ~130): a longer cell is refused at once, so a hostile 1 MB cell costs a linear fold, not the
 * square of its words.
 */
export const MAX_NAME_CHARS = 200;

/** Whether a place plays one of these levels, as its own level or as another role (Seoul the city). */
export function playsLevel(p: GazetteerPlace, levels: readonly Level[]): boolean {
  return levels.includes(p.level) || (p.roles ?? []).some((r) => levels.includes(r));
}

/**
 * Finds the place a journalist's name denotes.
 *
 * Order: first-tier names before second-tier ones; within a tier, the least stripped reading of the
 * name first. Candidates are then narrowed by the options, by the qualifiers written with the name
 * (`readQualifiers`: a pinned `id:`, a parent in parentheses or after a comma, "former", "capital"), by
 * the administrative word written around the name ("ville de …"), and by one precedence rule: a
 * first-level unit wins over the city of the same name that is its seat (Bắc Ninh province over Bắc
 * Ninh city). When nothing matched, a spaced dash or a parent in running words ("… of Australia", "… de
 * la province du Yunnan") is read as a comma. Every rule that decided is reported in `note`. A bare
 * name that two places bear ("Moscow" the city and, through "Moscow Oblast", the oblast; "Vientiane")
 * stays ambiguous: reports use it for both.
 *
 * @example geocode(g, 'préfecture de Hokkaido') → {kind:'resolved', place:{id:'JP-01',…}}
 * @example geocode(g, 'Kanazawa, Ishikawa') → the city in Ishikawa, note "the parent … decided"
 */
export function geocode(g: Gazetteer, query: string, opts: GeocodeOptions = {}): Geocode {
  const r = asProse(g, query, opts, dashAsComma(g, query, opts, geocodeQualified(g, query, opts)));
  if (r.kind !== 'resolved' || !opts.date || isValidAt(r.place, opts.date)) return r;
  // Say so when the one place of that name was not in force on the day (a région before 2016).
  const p = r.place;
  const then = `not in force on ${opts.date} (${p.validFrom ?? '…'} to ${p.validTo ?? '…'})${p.replacedBy ? `; replaced by ${p.replacedBy.join(', ')}` : ''}`;
  return { ...r, note: r.note ? `${r.note}; ${then}` : then };
}

/**
 * "Vân Nam – Trung Quốc", "Yunnan - China": a spaced dash before the parent, as a comma. Read so only
 * when the name as written matched nothing ("Bà Rịa – Vũng Tàu" is one name), and said in `note`.
 */
function dashAsComma(g: Gazetteer, query: string, opts: GeocodeOptions, r: Geocode): Geocode {
  const m = /^(.*\S)\s+[–—-]\s+(\S.*)$/u.exec(query);
  if (r.kind !== 'unknown' || !m || MAX_NAME_CHARS < query.length) return r;
  const d = geocodeQualified(g, `${m[1]}, ${m[2]}`, opts);
  if (d.kind === 'unknown') return r;
  const note = [`the spaced dash read as a comma: "${m[2]}" is the parent`, d.note]
    .filter(Boolean)
    .join('; ');
  return { ...d, query, note };
}

/**
 * "Northern Territory of Australia", "xian de Honghe de la province du Yunnan": a parent named in
 * running words (`proseReadings`), read as a comma only when nothing else matched, and said in `note`.
 */
function asProse(g: Gazetteer, query: string, opts: GeocodeOptions, r: Geocode): Geocode {
  if (r.kind !== 'unknown' || MAX_NAME_CHARS < query.length) return r;
  for (const reading of proseReadings(query)) {
    const d = geocodeQualified(g, reading.name, opts);
    if (d.kind === 'unknown') continue;
    const note = [reading.note, d.note].filter(Boolean).join('; ');
    return { ...d, query, note };
  }
  return r;
}

function geocodeQualified(g: Gazetteer, query: string, opts: GeocodeOptions): Geocode {
  const q = readQualifiers(query);
  if (q.id !== undefined) return pinned(g, query, q.id, opts);
  if (fold(query).length > MAX_NAME_CHARS)
    return {
      kind: 'unknown',
      query,
      suggestions: [],
      note: `longer than any place name (${query.length} characters); a cell separates its names with ";"`,
    };
  const capital = capitalCity(g, query, opts, (name) => {
    const c = geocodeQualified(g, name, { levels: ['country'] });
    return c.kind === 'resolved' ? c.place : null;
  });
  if (capital) return capital;
  const qualified = q.core !== query.trim() || q.former || q.capital;
  if (qualified) {
    // A name may itself hold a comma or parenthesis ("Korea, Republic of"): the whole name as
    // written first, when it is a name as it stands.
    const whole = lookupName(g, query, opts);
    if (whole.kind === 'found' && whole.whole) {
      const r = decide(query, whole, opts.date);
      if (r.kind === 'resolved') return r;
    }
  }
  const found = lookupName(g, q.core, opts);
  if (found.kind === 'none') return unknownOf(g, query, found, opts);
  let cands = unique(found.fits);
  const notes: string[] = found.joined ? [found.joined] : [];
  const narrow = (keep: (p: GazetteerPlace) => boolean, what: string): Geocode | null => {
    const kept = cands.filter(keep);
    if (kept.length === 0)
      return {
        kind: 'unknown',
        query,
        suggestions: rank(cands).slice(0, MAX_SUGGESTIONS),
        note: [...notes, `${what}, but none of the places named "${q.core}" fits`].join('; '),
      };
    if (kept.length < cands.length) notes.push(what);
    cands = kept;
    return null;
  };
  const failed =
    (q.former
      ? narrow((p) => p.validTo !== undefined, '"former" was written: a unit that has ceased')
      : null) ??
    (q.capital
      ? narrow((p) => playsLevel(p, ['city']) || p.feature === 'PPLC', '"capital" was written: a city')
      : null) ??
    (q.parent !== undefined ? narrowByParent(g, q.parent, opts, narrow, notes) : null);
  if (failed) return failed;
  // "Former" asks for the unit that ceased, whatever the row's date.
  const r = decide(query, { ...found, fits: cands }, q.former ? undefined : opts.date);
  if (notes.length === 0) return r;
  const note = [...notes, r.note].filter(Boolean).join('; ');
  if (r.kind === 'resolved')
    return {
      ...r,
      alternatives: unique([...r.alternatives, ...found.fits.filter((p) => p !== r.place)]),
      note,
    };
  return { ...r, note };
}

function narrowByParent(
  g: Gazetteer,
  parent: string,
  opts: GeocodeOptions,
  narrow: (keep: (p: GazetteerPlace) => boolean, what: string) => Geocode | null,
  notes: string[],
): Geocode | null {
  // The parent is read like any name: it may carry its own parent ("Sachsen-Anhalt, Germany"). In a
  // chain ("Wernigerode, district de Harz, land de Saxe-Anhalt") a link that cannot be checked as a
  // container (a Kreis or a huyện the gazetteer does not hold, a city) is read past, and said so: the
  // next link must still contain the place.
  const read = (name: string) => {
    const r = geocode(g, name, opts.country ? { country: opts.country } : {});
    const found = r.kind === 'resolved' ? [r.place] : r.kind === 'ambiguous' ? r.candidates : [];
    return found.filter((p) => p.level !== 'city' || (p.roles ?? []).length > 0);
  };
  let written = parent;
  let parents = read(written);
  for (let c = written.indexOf(','); parents.length === 0 && c > 0; c = written.indexOf(',')) {
    notes.push(
      `the parent "${written.slice(0, c).trim()}" is no unit whose extent the gazetteer knows: read past it`,
    );
    written = written.slice(c + 1).trim();
    parents = read(written);
  }
  const names = parents.map((p) => p.id).join(', ') || 'nothing known';
  return narrow((c) => parents.some((p) => isInside(c, p)), `the parent "${written}" (${names}) was written`);
}

/** Whether `c` lies in `p`: same country for a country, else the same first-level unit or a listed parent. */
function isInside(c: GazetteerPlace, p: GazetteerPlace): boolean {
  if (c === p) return false;
  if (p.level === 'country') return c.country === p.id;
  if (c.parents?.includes(p.id)) return true;
  return c.country === p.country && c.admin1 !== undefined && c.admin1 === p.admin1;
}

/** `id:…` in a cell: the editor pins the record; only the options can still refuse it. */
function pinned(g: Gazetteer, query: string, id: string, opts: GeocodeOptions): Geocode {
  const place = g.byId(id) ?? g.byId(id.toUpperCase());
  if (!place) return { kind: 'unknown', query, suggestions: [], note: `no place has the id ${id}` };
  if ((opts.country && place.country !== opts.country) || (opts.levels && !playsLevel(place, opts.levels)))
    return {
      kind: 'unknown',
      query,
      suggestions: [place],
      note: `${place.id} (${place.country}, ${place.level}) is not ${describeFilter(opts)}`,
    };
  const note =
    place.id === id || place.id === id.toUpperCase()
      ? `pinned by its id ${place.id}`
      : `pinned by its current ISO 3166-2 code ${place.iso} (atlas id ${place.id})`;
  return { kind: 'resolved', query, place, alternatives: [], note };
}

type Lookup =
  | {
      kind: 'found';
      fits: GazetteerPlace[];
      hint: Level[] | null;
      /** The reading that found them, and whether it is the name as written (nothing stripped). */
      key: string;
      whole: boolean;
      /** Set when the name was found only by a fallback reading (said in `note`). */
      joined?: string;
    }
  | { kind: 'none'; elsewhere: GazetteerPlace[]; readings: string[] };

/** The first reading of a name (tier 1, then tier 2) that finds places passing the options. */
function lookupName(g: Gazetteer, name: string, opts: GeocodeOptions): Lookup {
  const readings = variants(fold(name), { query: true });
  const elsewhere: GazetteerPlace[] = [];
  for (const tier of [1, 2] as const) {
    for (const v of readings) {
      const found = g.lookup(v.key, tier);
      if (found.length === 0) continue;
      const fits = found.filter(
        (p) =>
          (!opts.country || p.country === opts.country) &&
          (!opts.levels || playsLevel(p, opts.levels)) &&
          // An administrative word never denotes a country: "the Lao capital city" is not Laos.
          !(v.hint && p.level === 'country'),
      );
      if (fits.length === 0) {
        elsewhere.push(...found);
        continue;
      }
      return { kind: 'found', fits, hint: v.hint, key: v.key, whole: v.key === readings[0]?.key };
    }
  }
  // Nothing matched: readings that change the words themselves, first-tier names only, each said in
  // note (fallbackReadings: syllables written apart, the other English compass form).
  for (const v of readings) {
    for (const f of fallbackReadings(v.key)) {
      const fits = g
        .lookup(f.key, 1)
        .filter(
          (p) =>
            (!opts.country || p.country === opts.country) &&
            (!opts.levels || playsLevel(p, opts.levels)) &&
            !(v.hint && p.level === 'country'),
        );
      if (fits.length > 0)
        return { kind: 'found', fits, hint: v.hint, key: f.key, whole: false, joined: f.note };
    }
  }
  return { kind: 'none', elsewhere, readings: readings.map((r) => r.key) };
}

function unknownOf(
  g: Gazetteer,
  query: string,
  found: Extract<Lookup, { kind: 'none' }>,
  opts: GeocodeOptions,
): Geocode {
  const near = opts.suggest === false ? [] : suggest(g, found.readings, opts);
  const suggestions = unique([...found.elsewhere, ...near]).slice(0, MAX_SUGGESTIONS);
  const note =
    found.elsewhere.length > 0
      ? `the name exists, but not ${describeFilter(opts)}: ${unique(found.elsewhere)
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

function decide(query: string, found: Extract<Lookup, { kind: 'found' }>, date?: string): Geocode {
  const hint = found.hint;
  let cands = unique(found.fits);
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
    const hinted = cands.filter((p) => playsLevel(p, hint));
    if (hinted.length === 1) {
      const place = hinted[0] as GazetteerPlace;
      return {
        kind: 'resolved',
        query,
        place,
        alternatives: cands.filter((p) => p !== place),
        note: `the administrative word in the name points to a ${hint.find((l) => playsLevel(place, [l])) ?? place.level}`,
      };
    }
    if (hinted.length > 1) cands = hinted;
    // A province's word ("tỉnh Moscow", "oblast de Moscou") between a province and a first-level
    // unit of the same country that is also a city (Moscow, a federal city): the one that is not a city.
    const province = hinted.find((p) => !playsLevel(p, ['city']));
    const federal = hinted.find((p) => playsLevel(p, ['city']));
    if (
      !hint.includes('city') &&
      hinted.length === 2 &&
      province &&
      federal &&
      province.country === federal.country &&
      federal.level === province.level &&
      // (The city bears the name as written; the province only with its word: "Moscow Oblast".)
      primaryNames(federal).some((n) => fold(n) === found.key) &&
      !primaryNames(province).some((n) => fold(n) === found.key)
    )
      return {
        kind: 'resolved',
        query,
        place: province,
        alternatives: cands.filter((p) => p !== province),
        note: 'the administrative word in the name points to a province, not the city of the same name',
      };
  }
  // "Paris": the unit that bears the name as written wins over the groups that contain it and bear
  // it only with an administrative word (Île-de-France, "Paris Region"). Not between units that do
  // not contain each other: bare "Moscow" stays ambiguous with "Moscow Oblast".
  const exact = cands.filter((p) => primaryNames(p).some((n) => fold(n) === found.key));
  const named = exact[0];
  if (exact.length === 1 && named && cands.every((p) => p === named || named.parents?.includes(p.id)))
    return {
      kind: 'resolved',
      query,
      place: named,
      alternatives: cands.filter((p) => p !== named),
      note: `the unit named "${query}" preferred over the unit containing it that bears the name only with an administrative word`,
    };
  const units = cands.filter((p) => FIRST_LEVEL.has(p.level));
  const unit = units[0];
  if (units.length === 1 && unit && cands.every((p) => p === unit || isSeatOf(p, unit))) {
    return {
      kind: 'resolved',
      query,
      place: unit,
      alternatives: cands.filter((p) => p !== unit),
      // (The city by its id: in Vietnam "ville de Huế" and "Huế city" name the province-level unit
      // too, and a hint "ville de Huế city" was no way to the city.)
      note: `first-level unit preferred over its seat city of the same name; write "id:${cands.find((p) => p !== unit)?.id}" for the city`,
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
