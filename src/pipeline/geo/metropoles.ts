import { fold } from '../../core/normalize';
import type { GazetteerPlace } from '../../core/types';

/** The legal prefixes of EPCI names, written out. */
const LEGAL: Record<string, string> = {
  CU: 'Communauté urbaine',
  CA: "Communauté d'agglomération",
  CC: 'Communauté de communes',
};

/** An EPCI as `@etalab/decoupage-administratif` ships it (data/epci.json). */
export interface Epci {
  code: string;
  nom: string;
  type: string;
  populationTotale?: number;
  membres: { code: string; nom: string; populationTotale?: number }[];
}

/**
 * France's métropoles, communautés urbaines (Grand Poitiers, Caen la Mer) and the intercommunalities
 * named "… Métropole" (Bordeaux Métropole, Métropole de Lyon): partnerships are signed at this level. One `city` record each,
 * labelled at its most populous commune (from GeoNames, which gives its admin1, i.e. its région).
 * The legal prefix ("CU ", "CA ") is dropped from the name and kept as an alternate.
 */
export function metropolesFrom(epci: readonly Epci[], cities: readonly GazetteerPlace[]): GazetteerPlace[] {
  const frCities = new Map<string, GazetteerPlace>();
  for (const c of cities) {
    if (c.country !== 'FR') continue;
    const k = fold(c.names.fr);
    const cur = frCities.get(k);
    if (!cur || (c.population ?? 0) > (cur.population ?? 0)) frCities.set(k, c);
  }
  const out: GazetteerPlace[] = [];
  for (const e of epci) {
    if (!(e.type === 'METRO' || e.type === 'MET69' || e.type === 'CU' || /M[ée]tropole/.test(e.nom)))
      continue;
    const seat = [...e.membres].sort((a, b) => (b.populationTotale ?? 0) - (a.populationTotale ?? 0))[0];
    const city = seat && frCities.get(fold(seat.nom));
    if (!city) continue;
    const legal = /^(CU|CA|CC) ((?:de |du |d')?)/.exec(e.nom);
    const bare = e.nom.replace(/^(?:CU|CA|CC) (?:de |du |d')?/, '');
    // A communauté urbaine named only after its seat ("CU de Dunkerque") keeps its legal words: the
    // bare name is the city's, and must not become ambiguous.
    const long = legal ? `${LEGAL[legal[1] as string]} ${legal[2] || 'de '}${bare}` : e.nom;
    const name = fold(bare) === fold(seat.nom) ? long : bare;
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
