import type { AdminChangeWithNames, AliasRow } from '../core/geo/assembleGazetteer';
import { assembleGazetteer, namesakeNameDrift } from '../core/geo/assembleGazetteer';
import { arcId } from '../core/arcId';
import { Atlas, AtlasEvent, type AtlasPair, type AtlasPlace } from '../core/atlas';
import type { CsvRow, Problem } from '../core/rows/csv';
import { geocode, type Geocode, type GeocodeOptions } from '../core/geo/geocode';
import type { Gazetteer } from '../core/geo/gazetteer';
import {
  MULTILINE_COLUMNS,
  OPTIONAL_COLUMNS,
  PartnershipRow,
  REQUIRED_COLUMNS,
} from '../core/rows/partnershipRow';
import { isValidAt } from '../core/validity';
import { dayAfter, successorAt, type AdminChange } from '../core/adminChanges';
import { isPlaceholderHeadline } from '../core/headline';
import { parsePublication } from '../core/rows/publicationRows';
import { namesSpelledOtherwise } from '../core/titleNames';
import type { GazetteerFile, GazetteerPlace, Level } from '../core/types';
import { validateRow } from '../core/rows/validateRows';
import { readCsv, type InputFile, type TextFile } from './readInputs';
import { MAP_CREDIT } from '../core/mapCredit';
import { regionName } from '../core/i18n';

/** The map's credit, in English (the page shows it in the reader's language: `MAP_CREDIT`). */
export const ATTRIBUTION = [...MAP_CREDIT.en];

export interface BuildInputs {
  partnerships: InputFile;
  changes: (AdminChangeWithNames & { line: number })[];
  changesFile: string;
  aliases: AliasRow[];
  aliasesFile: string;
  /** data/publication.csv: title, standfirst, credit, sources, archipelagos note, update day. */
  publication: TextFile;
  gazetteer: GazetteerFile;
  /** Hash of the inputs, stamped into the output (a function: known once the events file is read). */
  dataVersion: string | (() => string);
  /** Sees every byte of the events file as it is read (the caller hashes it). */
  onChunk?: (bytes: Uint8Array) => void;
  /** Where the events' texts wait until they are written (default: in the events, in memory). */
  texts?: EventTexts;
  /** Told how far the reading is, every `PROGRESS_ROWS` rows. */
  progress?: (message: string) => void;
}

/**
 * Where the texts of the events (titles, summaries, source, names as written) wait while the build
 * runs. They are most of an event's weight and nothing but the output needs them: `npm run data`
 * keeps them on disk (`spillTexts`), so 100,000 events fit in bounded memory.
 */
export interface EventTexts {
  /** Keeps the event's texts; gives the event with them emptied (or the event itself). */
  put(e: AtlasEvent): AtlasEvent;
  /** The event with its texts back. */
  get(e: AtlasEvent): AtlasEvent;
}

/** Texts kept in the events themselves. */
export const KEEP_TEXTS: EventTexts = { put: (e) => e, get: (e) => e };

/** Geocoding answers kept for reuse (name, country, levels, day), at most. */
const GEOCODE_CACHE_SIZE = 5_000;

/** How often a long build says how far it is. */
export const PROGRESS_ROWS = 10_000;

interface BuildCommon {
  warnings: string[];
  stats: { events: number; places: number; pairs: number; links: number };
}
/** A build: the atlas, or the problems that stopped it (every bad row, each with file:line:column). */
export type BuildResult =
  | (BuildCommon & { kind: 'built'; atlas: Atlas; problems: readonly [] })
  | (BuildCommon & { kind: 'failed'; atlas: null; problems: Problem[] });

const round = (x: number) => Math.round(x * 1e4) / 1e4; // 4 decimals ≈ 11 m
const PARTNER_LEVELS: Level[] = ['region', 'city', 'country'];

const describe = (p: GazetteerPlace) =>
  `${p.names.vi === p.names.en ? p.names.en : `${p.names.en} / ${p.names.vi}`} (${p.id}, ${p.country}, ${p.level})`;

/**
 * Assembling the index takes ~0.5 s: reuse it while the same gazetteer and the same changes and
 * aliases (by content: each run parses them anew) are passed (tests, bench, the hostile corpus).
 */
let last: { key: [unknown, string]; value: ReturnType<typeof assembleGazetteer> } | null = null;
function assembled(input: BuildInputs): ReturnType<typeof assembleGazetteer> {
  const key: [unknown, string] = [input.gazetteer, JSON.stringify([input.changes, input.aliases])];
  if (!last || last.key[0] !== key[0] || last.key[1] !== key[1]) {
    last = { key, value: assembleGazetteer(input.gazetteer, input.changes, input.aliases) };
  }
  return last.value;
}

/** Reads, validates and geocodes the editorial data into the page's atlas. Pure: text in, data out. */
export function buildAtlas(input: BuildInputs): BuildResult {
  const file = input.partnerships.file;
  const { gazetteer: g, errors } = assembled(input);
  const problems: Problem[] = errors.map((e) => ({
    file: e.source === 'aliases' ? input.aliasesFile : input.changesFile,
    line: e.line,
    column: 1,
    message: e.message,
  }));
  const warnings: string[] = namesakeNameDrift(g, input.changes).map(
    (d) => `${input.changesFile}:${d.line}: ${d.column}: ${d.message}`,
  );
  const frame = parsePublication(input.publication.text, input.publication.file);
  problems.push(...frame.problems);
  let header: readonly string[] = [];
  const at = (line: number, field: string, message: string): Problem => ({
    file,
    line,
    column: header.indexOf(field) + 1,
    field,
    message,
  });
  const cache = new Map<string, Geocode>();
  const lookup = (q: string, o: GeocodeOptions) => {
    const key = `${q}\u0000${o.country ?? ''}\u0000${o.levels?.join() ?? ''}\u0000${o.date ?? ''}`;
    let r = cache.get(key);
    if (!r) {
      // Bounded: names × days grow with the rows (100,000 rows hold thousands of days).
      if (cache.size >= GEOCODE_CACHE_SIZE) cache.clear();
      cache.set(key, (r = geocode(g, q, o)));
    }
    return r;
  };
  /** Resolves one cell's name, or records why not. */
  const resolve = (line: number, field: string, q: string, o: GeocodeOptions): GazetteerPlace | null => {
    const r = lookup(q, o);
    switch (r.kind) {
      case 'resolved':
        if (r.note)
          warnings.push(`${file}:${line}: ${field}: "${q}" read as ${describe(r.place)}: ${r.note}`);
        return r.place;
      case 'ambiguous':
        problems.push(
          at(
            line,
            field,
            `ambiguous place "${q}": it could be ${r.candidates.slice(0, 6).map(describe).join('; ')} — give the country, or an administrative word ("province de …", "ville de …"), or add an alias in data/aliases.csv`,
          ),
        );
        return null;
      case 'unknown': {
        const hint = r.suggestions.length ? ` — did you mean ${r.suggestions.map(describe).join('; ')}?` : '';
        problems.push(at(line, field, `unknown place "${q}"${r.note ? ` (${r.note})` : ''}${hint}`));
        return null;
      }
    }
  };

  const texts = input.texts ?? KEEP_TEXTS;
  const firstLine = new Map<string, number>();
  const events: AtlasEvent[] = [];
  const used = new Map<string, GazetteerPlace>();
  let read = 0;
  const onRow = (row: CsvRow, columns: readonly string[]) => {
    header = columns;
    if (++read % PROGRESS_ROWS === 0) input.progress?.(`${read.toLocaleString('en')} rows read`);
    const valid = validateRow(row, PartnershipRow, file, columns);
    if (!valid.ok) {
      problems.push(...valid.problems);
      return;
    }
    const { line, value: r } = valid;
    const seen = firstLine.get(r.id);
    if (seen !== undefined) {
      problems.push(
        at(line, 'id', `duplicate id "${r.id}", first used on line ${seen}: every row needs its own id`),
      );
      return;
    }
    firstLine.set(r.id, line);
    if (r.end_date && r.end_date.end < r.date.start) {
      problems.push(at(line, 'end_date', `ends (${r.end_date.value}) before it starts (${r.date.value})`));
    }
    if (isPlaceholderHeadline(r.source_headline))
      warnings.push(
        `${file}:${line}: source_headline: "${r.source_headline.slice(0, 60)}…" is a placeholder, not the outlet's headline: readers see "headline not recorded" until the headline as published is entered`,
      );
    const day = r.date.start;
    const country = resolveCountry(g, r.partner_country, (m) =>
      problems.push(at(line, 'partner_country', m)),
    );
    if (country === 'VN') problems.push(at(line, 'partner_country', 'the partner must be outside Vietnam'));
    const vn = r.vn_places.map((q) =>
      resolve(line, 'vn_places', q, { country: 'VN', levels: ['province'], date: day }),
    );
    const partners = country
      ? r.partner_places.map((q) =>
          resolve(line, 'partner_places', q, { country, levels: PARTNER_LEVELS, date: day }),
        )
      : [];
    for (const p of vn) {
      if (p && !isValidAt(p, day)) problems.push(at(line, 'vn_places', notInForce(p, day, input.changes)));
    }
    // A partner too is named as it was on the day (its arcs are drawn to its successor from the day
    // of a change: a 2017 row naming Limousin would be drawn to Nouvelle-Aquitaine before it signed).
    for (const p of partners) {
      if (p && !isValidAt(p, day)) problems.push(at(line, 'partner_places', partnerNotInForce(g, p, day)));
    }
    if (!country || vn.includes(null) || partners.includes(null) || partners.length === 0) return;
    for (const p of [...vn, ...partners]) if (p) used.set(p.id, p);
    // Titles name the places as the atlas does in their language (issue 14).
    const parties = [...vn, ...partners].flatMap((p) => (p ? [toAtlasPlace(p)] : []));
    for (const lang of ['fr', 'vi', 'en'] as const) {
      const field = `title_${lang}` as const;
      for (const { written, name } of namesSpelledOtherwise(
        r[field],
        parties.map((p) => p.names[lang]),
      ))
        warnings.push(
          `${file}:${line}: ${field}: "${written}" is written "${name}" on the ${lang} page: a title names its places as the atlas does`,
        );
    }
    const c = g.byId(country);
    if (c) used.set(c.id, c);
    const event: AtlasEvent = {
      id: r.id,
      date: r.date.value,
      precision: r.date.precision,
      start: r.date.start,
      end: r.end_date?.end ?? r.date.end,
      kind: r.kind,
      domains: r.domains,
      status: r.status ?? 'unknown',
      vn: uniqueIds(vn),
      partners: uniqueIds(partners),
      partnerCountry: country,
      written: { vn: r.vn_places, partners: r.partner_places },
      title: { fr: r.title_fr, vi: r.title_vi, en: r.title_en },
      summary: { fr: r.summary_fr, vi: r.summary_vi, en: r.summary_en },
      source: {
        outlet: r.source_outlet,
        date: r.source_date.value,
        headline: r.source_headline,
        ...(r.source_url ? { url: r.source_url } : {}),
      },
      line,
    };
    // The output must match its published schema; a failure here is a bug of ours, not of the data.
    // Checked event by event: a copy of a whole 100,000-event atlas would double the memory.
    AtlasEvent.parse(event);
    // Once the build has failed, events are no longer needed: only their ids, for duplicates.
    if (problems.length === 0) events.push(texts.put(event));
  };
  const csv = readCsv(
    input.partnerships,
    { required: REQUIRED_COLUMNS, optional: OPTIONAL_COLUMNS, multiline: MULTILINE_COLUMNS },
    onRow,
    input.onChunk,
  );
  header = csv.header;
  problems.push(...csv.problems);
  warnings.push(...csv.notes);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const stats = { events: firstLine.size, places: 0, pairs: 0, links: 0 };
  if (problems.length > 0 || !frame.publication)
    return { kind: 'failed', atlas: null, problems, warnings, stats };

  events.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  const pairs = pairsOf(events);
  // Every Vietnamese unit of both eras (the page draws and labels them), plus the partners used.
  for (const p of g.places) if (p.country === 'VN' && p.level === 'province') used.set(p.id, p);
  const partnerChanges = partnerHistory(g, used);
  const places = [...used.values()].sort((a, b) => a.id.localeCompare(b.id)).map(toAtlasPlace);
  const starts = events.map((e) => e.start).sort();
  const ends = events.map((e) => e.end).sort();
  const atlas: Atlas = {
    version: 1,
    dataVersion: typeof input.dataVersion === 'string' ? input.dataVersion : input.dataVersion(),
    dateRange: { start: starts[0] ?? '', end: ends[ends.length - 1] ?? '' },
    places,
    events,
    pairs,
    adminChanges: [
      ...input.changes.map((c) => ({ date: c.date, kind: c.kind, from: c.from, to: c.to })),
      ...partnerChanges,
    ],
    attribution: ATTRIBUTION,
    publication: frame.publication,
  };
  Atlas.parse({ ...atlas, events: [] });
  stats.places = places.length;
  stats.pairs = pairs.length;
  stats.links = pairs.reduce((n, p) => n + p.events.length, 0);
  return { kind: 'built', atlas, problems: [], warnings, stats };
}

/**
 * The partners' history as changes like Vietnam's (issue 14: "apply the same model to partner-side
 * changes"): a partner unit that ceased (the gazetteer's `validTo` and `replacedBy`, France's régions
 * of 2015) is followed by the one unit that took over its territory, on the day after its last
 * (`merge`; `status` when it was that unit's only predecessor: the same territory under a new name).
 * The successor comes into the atlas with all its predecessors, so that it says what it was formed from;
 * `used` gains them. A unit whose territory went to several units keeps its name and no successor
 * (none in the gazetteer today).
 *
 * @example partnerHistory(g, used with Limousin) → [Aquitaine → Nouvelle-Aquitaine, Limousin → …, Poitou-Charentes → …] (2016-01-01)
 */
export function partnerHistory(g: Gazetteer, used: Map<string, GazetteerPlace>): AdminChange[] {
  const only = (p: GazetteerPlace) =>
    p.country !== 'VN' && p.validTo !== undefined && p.replacedBy?.length === 1 ? p.replacedBy[0] : undefined;
  // Each unit's predecessors, and its successor, the gazetteer's whole history (one pass).
  const formed = new Map<string, GazetteerPlace[]>();
  for (const p of g.places) {
    const s = only(p);
    if (s !== undefined && g.byId(s)) formed.set(s, [...(formed.get(s) ?? []), p]);
  }
  if (formed.size === 0) return [];
  // The successors of the partners used, and theirs in turn (a chain of changes), each with all its
  // predecessors and theirs (what it was formed from, said in full).
  const done = new Set<string>();
  const todo = [...used.values()].filter((p) => p.country !== 'VN').map((p) => p.id);
  const changes: AdminChange[] = [];
  while (todo.length > 0) {
    const id = todo.pop() as string;
    if (done.has(id)) continue;
    done.add(id);
    const p = g.byId(id);
    if (!p) continue;
    const s = only(p);
    if (s !== undefined) todo.push(s);
    const parts = formed.get(id) ?? [];
    if (parts.length === 0) continue;
    used.set(id, p);
    for (const q of parts) {
      used.set(q.id, q);
      todo.push(q.id);
      changes.push({
        date: dayAfter(q.validTo as string),
        kind: parts.length === 1 ? 'status' : 'merge',
        from: q.id,
        to: id,
      });
    }
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date) || a.from.localeCompare(b.from));
}

/**
 * Why a partner unit cannot be named on `day`: it had ceased (with what took over its territory, and
 * from when), or did not exist yet (with the day it began), as `notInForce` says of Vietnamese units.
 */
function partnerNotInForce(g: Gazetteer, p: GazetteerPlace, day: string): string {
  const name = `${p.names.en} (${p.id})`;
  if (p.validTo !== undefined && day > p.validTo) {
    const next = (p.replacedBy ?? []).map((id) => g.byId(id)).filter((q): q is GazetteerPlace => !!q);
    const into = next.length
      ? `: from ${dayAfter(p.validTo)} its territory is part of ${next.map((q) => `${q.names.en} (${q.id})`).join(', ')}; name ${next.map((q) => q.names.en).join(' or ')}, or check the date`
      : `; check the date`;
    return `${name} had ceased on ${day}${into}`;
  }
  return `${name} did not exist yet on ${day}: it was formed on ${p.validFrom}; name the unit of that time, or check the date`;
}

/**
 * Why a Vietnamese unit cannot be named on `day`: it had ceased (with its successor and the day of
 * the change) or did not exist yet (with the day it began). data/README.md: "in force on `date`".
 */
function notInForce(p: GazetteerPlace, day: string, changes: BuildInputs['changes']): string {
  const name = `${p.names.vi} (${p.id})`;
  if (p.validTo !== undefined && day > p.validTo) {
    const change = changes.find((c) => c.from === p.id);
    const successor = successorAt(p.id, day, changes);
    const named = changes.find((c) => c.to === successor)?.names.vi ?? successor;
    const when = change ? change.date : `the day after ${p.validTo}`;
    return `${name} had ceased on ${day}: from ${when} its territory is part of ${named} (${successor}); name ${named}, or check the date`;
  }
  const from = p.validFrom ?? (changes.find((c) => c.to === p.id)?.date as string);
  const parts = changes.filter((c) => c.to === p.id).map((c) => c.from);
  const made = parts.length ? ` from ${parts.join(', ')}` : '';
  return `${name} did not exist yet on ${day}: it was formed on ${from}${made}; name the province of that time, or check the date`;
}

function uniqueIds(ps: (GazetteerPlace | null)[]): string[] {
  return [...new Set(ps.filter((p): p is GazetteerPlace => p !== null).map((p) => p.id))];
}

/** A partner country given as an ISO alpha-2 code or as a name in any of the three languages. */
function resolveCountry(g: Gazetteer, cell: string, fail: (m: string) => void): string | null {
  const code = cell.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && g.byId(code)?.level === 'country') return code;
  const r = geocode(g, cell, { levels: ['country'] });
  if (r.kind === 'resolved') return r.place.id;
  const hint =
    r.kind === 'unknown' && r.suggestions.length
      ? ` — did you mean ${r.suggestions.map(describe).join('; ')}?`
      : '';
  fail(
    `unknown country "${cell}"${hint} (a name in French, Vietnamese or English, or an ISO code such as CN)`,
  );
  return null;
}

/** One pair per Vietnamese unit and partner, listing every event (oldest first): the arcs. */
export function pairsOf(events: readonly AtlasEvent[]): AtlasPair[] {
  const pairs = new Map<string, AtlasPair>();
  for (const e of events) {
    for (const vn of e.vn) {
      for (const partner of e.partners) {
        const id = arcId(vn, partner);
        const p = pairs.get(id);
        if (p) p.events.push(e.id);
        else pairs.set(id, { id, vn, partner, start: e.start, events: [e.id] });
      }
    }
  }
  return [...pairs.values()].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

/**
 * A country's names as readers know them: CLDR's (`Intl.DisplayNames`, the names the page gives
 * countries elsewhere: its basemap and its search), "Laos", "Russie", "Hàn Quốc", rather than the
 * official forms the gazetteer also holds ("Lao People's Democratic Republic"), which a map's labels
 * cannot carry; the gazetteer's where CLDR has none.
 *
 * @example readerNames('LA', { en: "Lao People's Democratic Republic", fr: 'Laos', vi: 'Cộng hòa Dân chủ nhân dân Lào' }) → { en: 'Laos', fr: 'Laos', vi: 'Lào' }
 */
export function readerNames(code: string, names: AtlasPlace['names']): AtlasPlace['names'] {
  const of = (lang: keyof AtlasPlace['names']) => {
    const n = regionName(code, lang, 'none');
    return n && n !== code ? n : names[lang];
  };
  return { vi: of('vi'), fr: of('fr'), en: of('en') };
}

/**
 * A place's names as they stand alone, in a map's label, a title or a list: with a capital, as the
 * sources write them only inside a sentence ("voïvodie de Mazovie", "hạt Skåne", "tỉnh Viêng Chăn").
 *
 * @example standalone({ vi: 'tỉnh Mazowsze', fr: 'voïvodie de Mazovie', en: 'Masovian' }).fr → 'Voïvodie de Mazovie'
 */
export function standalone(names: AtlasPlace['names']): AtlasPlace['names'] {
  const up = (lang: keyof AtlasPlace['names']) =>
    names[lang].charAt(0).toLocaleUpperCase(lang) + names[lang].slice(1);
  return { vi: up('vi'), fr: up('fr'), en: up('en') };
}

function toAtlasPlace(p: GazetteerPlace): AtlasPlace {
  return {
    id: p.id,
    names: p.level === 'country' ? readerNames(p.id, p.names) : standalone(p.names),
    country: p.country,
    level: p.level,
    lon: round(p.lon),
    lat: round(p.lat),
    ...(p.validFrom ? { validFrom: p.validFrom } : {}),
    ...(p.validTo ? { validTo: p.validTo } : {}),
  };
}
