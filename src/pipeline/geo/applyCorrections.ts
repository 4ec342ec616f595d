import type { GazetteerPlace } from '../../core/types';
import { NE_FIXES } from './corrections';
import { GROUPED_COUNTRIES } from './groups';
import type { NeFeature } from './naturalEarth';

const split = (s: string | null | undefined) =>
  (s ?? '')
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

/** A French name with its elided particle ("d'Irkoutsk", "du Primorié"): the particle goes. */
const FRENCH_PARTICLE = /^(?:d[’']|du |de la |de l[’']|des |de )(?=\p{Lu})/u;

/**
 * One NE unit with the curated corrections applied: NE_FIXES by adm1_code; in countries whose units
 * are grouped (France, Italy, Spain, the UK, Belgium) NE's `name_alt` names the group in other
 * languages ("Lorena" for Meuse, "Latium" for Imperia) and is dropped; a French name loses its
 * elided particle (kept as an alternate); a unit younger than NE's other units gets its first day.
 */
export function correctUnit(f: NeFeature, u: GazetteerPlace): GazetteerPlace {
  const fix = NE_FIXES[f.properties.adm1_code];
  let alt = u.alt ?? [];
  if (GROUPED_COUNTRIES.has(f.properties.iso_a2)) {
    const groupAlts = new Set(split(f.properties.name_alt));
    alt = alt.filter((n) => !groupAlts.has(n));
  }
  const names = { ...u.names, ...fix?.names };
  const bare = names.fr.replace(FRENCH_PARTICLE, '');
  if (bare !== names.fr) {
    alt = [...alt, names.fr];
    names.fr = bare.charAt(0).toUpperCase() + bare.slice(1);
  }
  if (fix?.dropAlt) alt = alt.filter((n) => !fix.dropAlt?.includes(n));
  if (fix?.alt) alt = [...alt, ...fix.alt];
  // A name replaced by the fix is not kept as an alternate either (Vientiane province's "Vientiane").
  if (fix?.names)
    alt = alt.filter((n) => !Object.values(u.names).includes(n) || Object.values(names).includes(n));
  return {
    ...u,
    names,
    alt: [...new Set(alt)].filter((n) => n !== names.en),
    ...(fix?.roles ? { roles: fix.roles } : {}),
    ...(fix?.validFrom ? { validFrom: fix.validFrom } : {}),
  };
}
