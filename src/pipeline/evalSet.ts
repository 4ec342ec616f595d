/**
 * Scores the geocoder and the article intake on the issue-15 evaluation set: real place names as
 * newsrooms and official sites wrote them, and real reports with the (province, partner) pairs they
 * state, each cited (src/pipeline/fixtures/eval, see its README). The set is split into a development
 * and a test half; rules are written against the development half only, the test half is reported.
 *
 * The article texts are third-party copyright and stay out of the repository: the intake is scored
 * only when `ATLAS_EVAL_TEXTS` names the folder that holds `rNNN.txt`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geocode, type Geocode } from '../core/geo/geocode';
import type { Gazetteer } from '../core/geo/gazetteer';
import { proposeRows } from '../core/intake/intake';
import { provinceOfCity } from '../core/intake/mentions';
import { indexKeys } from '../core/geo/adminWords';
import { fallbackReadings } from '../core/geo/fallbackReadings';
import { primaryNames } from '../core/geo/gazetteer';
import { fold } from '../core/normalize';
import type { GazetteerPlace, Level } from '../core/types';

export const EVAL_DIR = 'src/pipeline/fixtures/eval';
const PARTNER_LEVELS: Level[] = ['region', 'city', 'country'];

export interface EvalName {
  id: string;
  written: string;
  country: string;
  date?: string;
  status?: string;
  source?: { date?: string | null };
  expected: {
    level: string;
    name_en: string;
    iso3166_2?: string;
    former?: boolean;
    successor_iso3166_2?: string;
  };
}
export interface EvalReport {
  id: string;
  event_date?: string;
  source: { date?: string | null };
  pairs: { vn: string; partner: string; partner_country: string; status: string }[];
}
export type Half = 'dev' | 'test';
/**
 * The reports' halves: 'dev2' is a second development batch (r060–r083 less four, README), gathered
 * on 2026-12-06 after the test half had been scored, and scored once before any rule was written
 * against it.
 */
export type ReportHalf = Half | 'dev2';

export function readEvalSet(dir = EVAL_DIR) {
  const read = <T>(f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;
  const split = read<{
    names: Record<Half, string[]>;
    reports: Record<Half, string[]> & { dev2?: string[] };
  }>('split.json');
  return { names: read<EvalName[]>('names.json'), reports: read<EvalReport[]>('reports.json'), split };
}

/** A written date (`2005`, `2023-11`, `2023-11-29`) as the day the build reads it at (its start). */
function dayOf(d: string | null | undefined): string | undefined {
  if (!d) return undefined;
  if (/^\d{4}$/.test(d)) return `${d}-01-01`;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-01`;
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : undefined;
}

/**
 * Whether a place is the expected unit: by ISO 3166-2 code (its id, or its current code where ISO
 * recoded the unit), else by its English name in its country.
 */
export function isExpected(p: GazetteerPlace, e: EvalName['expected'], country: string): boolean {
  if (e.iso3166_2) return p.id === e.iso3166_2 || p.iso === e.iso3166_2;
  if (p.country !== country) return false;
  if (e.former && e.successor_iso3166_2 && p.validTo && p.replacedBy?.includes(e.successor_iso3166_2))
    return fold(e.name_en.replace(/\(.*\)/, '')) === fold(p.names.en);
  // The core of the name, without "City", "-si", "Prefecture": GeoNames writes "Hwaseong-si".
  const want = indexKeys(fold(e.name_en.replace(/\(.*\)/, ''))).at(-1);
  return [p.names.en, p.names.fr, p.names.vi, ...(p.alt ?? []), ...(p.alt2 ?? [])].some((n) =>
    indexKeys(fold(n)).includes(want ?? ''),
  );
}

export type NameOutcome = 'right' | 'wrong' | 'ambiguous-with-right' | 'missed';

export function judgeName(g: Gazetteer, n: EvalName): { outcome: NameOutcome; r: Geocode } {
  // Names are read as of the partnership's date, else as of the source's (the build reads a row's
  // names at its event date).
  const date = dayOf(n.date) ?? dayOf(n.source?.date);
  const r = geocode(g, n.written, {
    country: n.country,
    ...(n.country === 'VN' ? {} : { levels: PARTNER_LEVELS }),
    ...(date ? { date } : {}),
  });
  const ok = (p: GazetteerPlace) => isExpected(p, n.expected, n.country);
  const outcome: NameOutcome =
    r.kind === 'resolved'
      ? ok(r.place)
        ? 'right'
        : 'wrong'
      : r.kind === 'ambiguous' && r.candidates.some(ok)
        ? 'ambiguous-with-right'
        : 'missed';
  return { outcome, r };
}

export function scoreNames(g: Gazetteer, half: Half, set = readEvalSet()) {
  const ids = new Set(set.split.names[half]);
  const counts: Record<NameOutcome, number> = { right: 0, wrong: 0, 'ambiguous-with-right': 0, missed: 0 };
  const details: string[] = [];
  for (const n of set.names.filter((x) => ids.has(x.id))) {
    const { outcome, r } = judgeName(g, n);
    counts[outcome]++;
    if (outcome !== 'right') {
      const got =
        r.kind === 'resolved'
          ? r.place.id
          : r.kind === 'ambiguous'
            ? `ambiguous ${r.candidates.map((c) => c.id).join('/')}`
            : 'unknown';
      details.push(
        `${n.id} ${outcome}: "${n.written}" (${n.country}) → ${got}; expected ${n.expected.iso3166_2 ?? n.expected.name_en}`,
      );
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { half, total, counts, details };
}

/**
 * Whether `text` names a place of a pair: as the key writes it (or the part in or out of brackets:
 * "Khánh Hòa (Nha Trang)"), or by any name the gazetteer gives the place the key reads (`id`), its
 * second-tier names too ("Xayaburi"), and a Vietnamese province by its cities' ("Nha Trang"), folded,
 * as whole words, or their cores without administrative words ("Gyeongsangbuk-do" for
 * "Gyeongsangbuk"). A copy of a report cut short, or missing its start (the only copies the
 * evaluation could read of most reports), may not name every pair its full text states: such a pair
 * is still counted as missed, and reported apart.
 */
export function named(g: Gazetteer, text: string, written: string, id: string): boolean {
  const hay = ` ${fold(text)} `;
  const place = id.startsWith('?') ? undefined : g.byId(id);
  const inner = /\(([^)]*)\)/.exec(written)?.[1];
  const forms = [written, written.replace(/\s*\(.*?\)\s*/g, ' '), ...(inner ? [inner] : [])];
  if (place) forms.push(...primaryNames(place), ...(place.alt2 ?? []));
  // (A Vietnamese province is named by its cities too, as the intake reads them: "Nha Trang".)
  if (place?.country === 'VN' && place.level === 'province' && place.admin1)
    for (const c of g.places)
      if (
        c.level === 'city' &&
        c.country === 'VN' &&
        c.admin1 === place.admin1 &&
        (c.population ?? 0) >= 15_000
      )
        forms.push(...primaryNames(c));
  // (And as the geocoder's fallbacks read it: "Poitou-Charente" names Poitou-Charentes.)
  const keys = forms.flatMap((f) => indexKeys(fold(f)));
  return [...keys, ...keys.flatMap((k) => fallbackReadings(k).map((r) => r.key))].some(
    (k) => k.length >= 3 && hay.includes(` ${k} `),
  );
}

/** The day the intake reads a report at when neither its header nor its text gives a date. */
const INTAKE_DEFAULT_DAY = '2026-01-01';

/** Pairs a report states (signed or existing), as place ids read by the geocoder at the event date. */
const STATED = new Set(['signed', 'existing']);

export function scoreIntake(g: Gazetteer, half: ReportHalf, textsDir: string, set = readEvalSet()) {
  const ids = new Set(set.split.reports[half] ?? []);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let fnBeyond = 0;
  const details: string[] = [];
  // A report whose text could not be had is left out of the score, and counted as such: it says
  // nothing of the intake (a text with no row still counts all its pairs as missed).
  const without: string[] = [];
  for (const rep of set.reports.filter((x) => ids.has(x.id))) {
    const file = join(textsDir, `${rep.id}.txt`);
    if (!existsSync(file)) {
      without.push(rep.id);
      continue;
    }
    // As for names: the event's date, else the source's.
    // (A key that says neither is read at the day the intake reads an undated report at: "An Giang" with
    // no date is the An Giang in force then, not both the old and the 2025 unit. A report whose text
    // gives a date the key lacks can still be keyed at another day: give such a key its date.)
    const date = dayOf(rep.event_date) ?? dayOf(rep.source.date) ?? INTAKE_DEFAULT_DAY;
    const idOf = (name: string, o: { country: string; levels?: Level[] }) => {
      const r = geocode(g, name, { ...o, date });
      return r.kind === 'resolved' ? r.place.id : `?${name}`;
    };
    // The key's Vietnamese side as the province the atlas draws: "Hội An (Quảng Nam)" and "Khánh Hòa
    // (Nha Trang)" name a city and its province; a city alone stands for its province, as the intake
    // reads it (`provinceOfCity`).
    const vnOf = (name: string) => {
      const inner = /\(([^)]*)\)/.exec(name)?.[1];
      for (const n of [name, name.replace(/\s*\(.*?\)\s*/g, ' ').trim(), ...(inner ? [inner] : [])]) {
        const id = idOf(n, { country: 'VN', levels: ['province'] });
        if (!id.startsWith('?')) return id;
      }
      const city = geocode(g, name, { country: 'VN', levels: ['city'], date });
      const province = city.kind === 'resolved' ? provinceOfCity(g, city.place, date) : null;
      return province?.id ?? `?${name}`;
    };
    const key = (p: EvalReport['pairs'][number]) =>
      `${vnOf(p.vn)}~${idOf(p.partner, { country: p.partner_country, levels: PARTNER_LEVELS })}`;
    const text = readFileSync(file, 'utf8');
    const stated = rep.pairs.filter((p) => STATED.has(p.status));
    const want = new Set(stated.map(key));
    const neutral = new Set(rep.pairs.filter((p) => !STATED.has(p.status)).map(key));
    // A pair a place of which the text at hand does not name: the copy was cut before it (`named`).
    const beyond = new Set(
      stated
        .filter(
          (p) =>
            !named(g, text, p.vn, key(p).split('~')[0]!) || !named(g, text, p.partner, key(p).split('~')[1]!),
        )
        .map(key),
    );
    const today = dayOf(rep.source.date ?? rep.event_date) ?? INTAKE_DEFAULT_DAY;
    const got = new Set(
      proposeRows(g, text, { file: `${rep.id}.txt`, today }).proposals.flatMap((p) =>
        p.places.vn.flatMap((v) => p.places.partners.map((q) => `${v}~${q}`)),
      ),
    );
    for (const p of got)
      if (want.has(p)) tp++;
      else if (!neutral.has(p)) {
        fp++;
        details.push(`${rep.id}: extra pair ${p}`);
      }
    for (const p of want)
      if (!got.has(p)) {
        fn++;
        if (beyond.has(p)) fnBeyond++;
        details.push(`${rep.id}: missed pair ${p}${beyond.has(p) ? ' (not named in the text at hand)' : ''}`);
      }
  }
  return {
    half,
    reports: ids.size - without.length,
    without,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    /** Over the pairs both of whose places the texts at hand name (a copy cut short drops the rest). */
    recallNamed: tp + fn - fnBeyond ? tp / (tp + fn - fnBeyond) : 1,
    tp,
    fp,
    fn,
    fnBeyond,
    details,
  };
}
