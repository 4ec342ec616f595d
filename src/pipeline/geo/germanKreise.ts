import { indexKeys } from '../../core/geo/adminWords';
import { takenNames } from './takenNames';
import { fold } from '../../core/normalize';
import type { GazetteerPlace } from '../../core/types';

/** A Kreis as `landkreise-deutschland` ships it (data/districts.json; Destatis, 31 December 2018). */
export interface Kreis {
  /**
   * Amtlicher Gemeindeschlüssel of the Kreis: five digits, the first two its Land's. The package
   * writes those that do not begin with 0 as numbers (15085), the others as strings ("01051").
   */
  AGS: string | number;
  type: string;
  name: string;
  population?: number;
}

/** A GeoNames place in Germany, as far as a Kreis needs it (admin3 is the Kreis's AGS there). */
export interface GermanTown {
  geonameid: string;
  name: string;
  lon: number;
  lat: number;
  feature: string;
  admin1: string;
  admin3: string;
  population: number;
}

/**
 * The German rows of the GeoNames cities500 dump. Columns as in `citiesFromGeonames`, plus 12 admin3
 * code, which in Germany is the Kreis's AGS (Wernigerode: 15085, Landkreis Harz).
 */
export function germanTowns(tsv: string): GermanTown[] {
  const out: GermanTown[] = [];
  for (const line of tsv.split('\n')) {
    if (!line.includes('\tDE\t')) continue;
    const c = line.split('\t');
    if (c[8] !== 'DE' || !c[12]) continue;
    out.push({
      geonameid: c[0] ?? '',
      name: c[1] ?? '',
      lat: Number(c[4]),
      lon: Number(c[5]),
      feature: c[7] ?? '',
      admin1: `DE.${c[10]}`,
      admin3: c[12],
      population: Number(c[14]),
    });
  }
  return out;
}

/** Destatis' abbreviations inside Kreis names ("Mühldorf a.Inn", "Neustadt a.d.Waldnaab"), written out. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\ba\.d\.\s*/g, 'an der '],
  [/\bi\.d\.\s*/g, 'in der '],
  [/\ba\.\s*/g, 'am '],
  [/\bi\.\s*/g, 'im '],
];
/** Names that already say they are a Kreis or a region ("Rhein-Kreis Neuss", "Städteregion Aachen"). */
const SAYS_KREIS = /kreis|region/i;

/**
 * Germany's Landkreise and Kreise (the ~300 rural districts; partnerships are signed at this level,
 * "Landkreis Harz"), as `region` records inside their Land, id `de:<AGS>`. Kreisfreie Städte and
 * Stadtkreise are left out: they are cities, and GeoNames' record of each already plays them.
 *
 * Names: the Kreis's name ("Harz"), its legal form ("Landkreis Harz", "Kreis Steinfurt"), "Harz
 * District" and "district de Harz". A name form any of whose index keys is another place's (in either
 * tier, anywhere) is left out, so that a name keeps meaning what it meant: "Göttingen" stays the city,
 * and the Kreis around it answers to "Landkreis Göttingen" only. The legal form, whose first word is
 * no administrative word the geocoder strips, always stays.
 *
 * Label point: the Kreis's seat (GeoNames' PPLA3 of that admin3 code), else its most populous town.
 * Also returns, for each kept city of GeoNames in a Kreis, that Kreis's id, so the city can name it as
 * a parent ("Wernigerode, Landkreis Harz").
 */
export function kreiseFrom(
  kreise: readonly Kreis[],
  towns: readonly GermanTown[],
  /** Every other place of the gazetteer (its names must keep their meaning), and the Länder. */
  others: readonly GazetteerPlace[],
): { places: GazetteerPlace[]; kreisOf: Map<string, string>; skipped: string[] } {
  const taken = takenNames(others);
  const landOf = new Map(
    others.filter((p) => p.country === 'DE' && p.level === 'region' && p.admin1).map((p) => [p.admin1, p]),
  );
  const byKreis = new Map<string, GermanTown[]>();
  for (const t of towns) byKreis.set(t.admin3, [...(byKreis.get(t.admin3) ?? []), t]);
  const places: GazetteerPlace[] = [];
  const kreisOf = new Map<string, string>();
  const skipped: string[] = [];
  for (const k of kreise) {
    if (k.type !== 'Landkreis' && k.type !== 'Kreis') continue;
    const ags = String(k.AGS).padStart(5, '0');
    const inside = byKreis.get(ags) ?? [];
    const seat =
      inside.find((t) => t.feature === 'PPLA3') ?? [...inside].sort((a, b) => b.population - a.population)[0];
    const land = seat && landOf.get(seat.admin1);
    if (!seat || !land) {
      skipped.push(`${ags} ${k.name}`);
      continue;
    }
    const name = ABBREVIATIONS.reduce((s, [re, w]) => s.replace(re, w), k.name).trim();
    const saysKreis = SAYS_KREIS.test(name);
    const legal = saysKreis ? name : `${k.type} ${name}`;
    const free = (n: string) => indexKeys(fold(n)).every((key) => !taken.has(key));
    const forms = (saysKreis ? [name] : [name, `${name} District`, `district de ${name}`]).filter(free);
    if (!free(legal)) {
      skipped.push(`${ags} ${k.name} (its legal name is another place's)`);
      continue;
    }
    const first = forms[0] ?? legal;
    const alt = [...new Set([legal, ...forms, k.name])].filter((n) => n !== first && free(n));
    const id = `de:${ags}`;
    places.push({
      id,
      level: 'region',
      country: 'DE',
      lon: seat.lon,
      lat: seat.lat,
      names: { vi: first, fr: first, en: first },
      ...(alt.length ? { alt } : {}),
      admin1: seat.admin1,
      ...(k.population ? { population: k.population } : {}),
      parents: [land.id],
    });
    for (const t of inside) kreisOf.set(`gn:${t.geonameid}`, id);
  }
  return { places, kreisOf, skipped };
}
