/**
 * The definite article French puts before a unit's name where it takes one: "la Nouvelle-Aquitaine",
 * "le Limousin", "l’Occitanie", "les Hauts-de-France" (France's régions, those of 2016 and those before,
 * as the régions' own institutions and the press name them). Used where a name is the object of a phrase
 * ("fait partie de la Nouvelle-Aquitaine", "du Grand Est"): a bare "de Nouvelle-Aquitaine" is not
 * French. Units French names without one (Vietnam's provinces, "Provence-Alpes-Côte d’Azur",
 * "Midi-Pyrénées", "Rhône-Alpes") are not listed. Linguistic data, as the page's messages are: not the
 * gazetteer's facts.
 */
export const FRENCH_ARTICLES: Readonly<Record<string, 'le' | 'la' | 'l’' | 'les'>> = {
  // The régions since 1 January 2016.
  'FR-ARA': 'l’',
  'FR-BFC': 'la',
  'FR-BRE': 'la',
  'FR-CVL': 'le',
  'FR-COR': 'la',
  'FR-GES': 'le',
  'FR-HDF': 'les',
  'FR-IDF': 'l’',
  'FR-NOR': 'la',
  'FR-NAQ': 'la',
  'FR-OCC': 'l’',
  'FR-PDL': 'les',
  // The régions merged on 1 January 2016.
  'FR-A': 'l’',
  'FR-B': 'l’',
  'FR-C': 'l’',
  'FR-D': 'la',
  'FR-G': 'la',
  'FR-I': 'la',
  'FR-K': 'le',
  'FR-L': 'le',
  'FR-M': 'la',
  'FR-O': 'le',
  'FR-P': 'la',
  'FR-Q': 'la',
  'FR-S': 'la',
  'FR-T': 'le',
};

/**
 * A unit's French name with its article where it takes one (`FRENCH_ARTICLES`), for a phrase that
 * puts "de" or "dans" before it; `contracted` then merges "de le" into "du" and "de les" into "des",
 * as French writes them.
 *
 * @example withArticle('FR-NAQ', 'Nouvelle-Aquitaine') === 'la Nouvelle-Aquitaine'
 */
export function withArticle(id: string, name: string): string {
  const article = FRENCH_ARTICLES[id];
  return !article ? name : article === 'l’' ? `l’${name}` : `${article} ${name}`;
}

/**
 * A French phrase with "de" and its article contracted ("fait partie de le Grand Est" → "fait partie
 * du Grand Est"). And "à le", "à les" into "au", "aux" ("intégrée au Grand Est").
 *
 * @example contracted('partie de les Hauts-de-France') === 'partie des Hauts-de-France'
 */
export const contracted = (text: string): string =>
  text
    .replace(/\bde le /g, 'du ')
    .replace(/\bde les /g, 'des ')
    .replace(/(^|\s)à le /g, '$1au ')
    .replace(/(^|\s)à les /g, '$1aux ');
