import { fold } from '../../core/normalize';
import type { GazetteerPlace } from '../../core/types';

/** The legal prefixes of EPCI names, written out. */
const LEGAL: Record<string, string> = {
  CU: 'Communauté urbaine',
  CA: "Communauté d'agglomération",
  CC: 'Communauté de communes',
};

/** "CA de la …", "CU du …", "CA d'…": the legal abbreviation and its particle. */
const LEGAL_PREFIX = /^(CU|CA|CC) ((?:de la |de l'|des |de |du |d')?)/;

/**
 * A communauté d'agglomération's bare name is its own only when it says it is a body ("Lorient
 * Agglomération", "Vichy Communauté", "Grand Cahors"); else it is a pays, a landscape or a demonym
 * ("Pays Basque", "Baie de Somme", "Niortais": the people of Niort) that running text names for other
 * reasons, and the name keeps its legal words ("Communauté d'agglomération du Niortais").
 */
const INSTITUTIONAL =
  /\b(?:agglo|agglom[ée]ration|agglop[ôo]le|communaut[ée]|m[ée]tropole)\b|^(?:le )?grand[\s\p{Lu}]/iu;

/** An EPCI as `@etalab/decoupage-administratif` ships it (data/epci.json). */
export interface Epci {
  code: string;
  nom: string;
  type: string;
  populationTotale?: number;
  membres: { code: string; nom: string; populationTotale?: number }[];
}

/**
 * France's métropoles, communautés urbaines (Grand Poitiers, Caen la Mer), communautés
 * d'agglomération (GrandAngoulême, Grand Cahors) and the intercommunalities named "… Métropole"
 * (Bordeaux Métropole, Métropole de Lyon): partnerships are signed at this level. One `city` record
 * each, labelled at its most populous commune (from GeoNames, which gives its admin1, i.e. its
 * région). The legal prefix ("CU ", "CA ") is dropped from the name and kept as an alternate, except
 * where the bare name is already a French place's (its seat's, "CA de La Rochelle"; a département's
 * or another city's), so that name keeps meaning what it meant, and where a communauté
 * d'agglomération's bare name does not say it is a body (INSTITUTIONAL): there the legal words stay.
 * Communautés de communes (rural, ~1,000) are left out.
 */
export function metropolesFrom(
  epci: readonly Epci[],
  cities: readonly GazetteerPlace[],
  /** Other French places (départements, régions) whose names an EPCI's bare name must not take. */
  others: readonly GazetteerPlace[] = [],
): GazetteerPlace[] {
  // Every name a French place answers to, also without its article ("Le Puy-en-Velay").
  const taken = new Set(
    [...cities, ...others]
      .filter((p) => p.country === 'FR')
      .flatMap((p) => [p.names.fr, p.names.en, ...(p.alt ?? []), ...(p.alt2 ?? [])].map(fold))
      .flatMap((k) => [k, k.replace(/^(?:le|la|les|l) /, '')]),
  );
  const frCities = new Map<string, GazetteerPlace>();
  for (const c of cities) {
    if (c.country !== 'FR') continue;
    const k = fold(c.names.fr);
    const cur = frCities.get(k);
    if (!cur || (c.population ?? 0) > (cur.population ?? 0)) frCities.set(k, c);
  }
  const out: GazetteerPlace[] = [];
  for (const e of epci) {
    if (!(
      e.type === 'METRO' ||
      e.type === 'MET69' ||
      e.type === 'CU' ||
      e.type === 'CA' ||
      /M[ée]tropole/.test(e.nom)
    ))
      continue;
    const seat = [...e.membres].sort((a, b) => (b.populationTotale ?? 0) - (a.populationTotale ?? 0))[0];
    const city = seat && frCities.get(fold(seat.nom));
    if (!city) continue;
    const legal = LEGAL_PREFIX.exec(e.nom);
    // A trailing acronym in parentheses ("Porte de l'Isère (CAPI)") is no part of the name; a reader
    // of the cell would take it for a parent. The full legal name stays an alternate.
    const bare = e.nom.replace(LEGAL_PREFIX, '').replace(/\s*\([^()]*\)\s*$/, '');
    // An EPCI named only after its seat ("CU de Dunkerque") or another French place keeps its legal
    // words: the bare name is that place's, and must not become ambiguous.
    const long = legal ? `${LEGAL[legal[1] as string]} ${legal[2] || 'de '}${bare}` : bare;
    const name =
      fold(bare) === fold(seat.nom) ||
      (legal && taken.has(fold(bare))) ||
      (e.type === 'CA' && !INSTITUTIONAL.test(bare))
        ? long
        : bare;
    out.push({
      // The Métropole de Lyon is a territorial collectivity with its own ISO 3166-2 code.
      id: e.type === 'MET69' ? 'FR-69M' : `FR-EPCI-${e.code}`,
      level: 'city',
      country: 'FR',
      lon: city.lon,
      lat: city.lat,
      names: { vi: name, fr: name, en: name },
      ...(name !== e.nom ? { alt: [e.nom] } : {}),
      ...(city.admin1 ? { admin1: city.admin1 } : {}),
      ...(e.populationTotale ? { population: e.populationTotale } : {}),
    });
  }
  return out;
}
