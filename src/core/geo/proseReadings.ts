/**
 * How a sentence names a place's parent, read as a comma when the name as written matched nothing
 * (like the spaced dash): the geocoder then requires the parent to contain the place, so a reading
 * never resolves to a place outside what the words say. Each reading says itself in `note`.
 * - English: "Daegu City from the Republic of Korea", "Northern Territory of Australia", "Hekou
 *   district in China's Yunnan province": the part after "from", "in" or "of" is the parent;
 * - an English possessive on a name ending in "s" ("Laos’ Xayaboury province"): the owner is the
 *   parent (the other possessives, "Japan's …", are read by the name's own readings);
 * - French: "xian de Honghe de la province chinoise du Yunnan" (a particle before an administrative
 *   word), "la ville de Thu Duc à Hô Chi Minh-Ville", "Kanazawa au Japon", "… dans la province de …";
 * - Vietnamese: "huyện Mã Quan thuộc tỉnh Vân Nam" ("thuộc", belonging to), "… của Lào", "… ở …",
 *   "… tại …".
 * Every split point is offered, leftmost first; the geocoder keeps the first reading that finds
 * anything.
 *
 * @example proseReadings('Northern Territory of Australia')
 *   → [{name:'Northern Territory, Australia', note:'"of Australia" read as the parent'}]
 */
export function proseReadings(query: string): { name: string; note: string }[] {
  const out: { name: string; note: string }[] = [];
  const q = query.trim();
  const possessive = /^(\p{L}[\p{L}\s.-]*?s)[’']\s+(\S.*)$/u.exec(q);
  if (possessive?.[1] && possessive[2])
    out.push({
      name: `${possessive[2]}, ${possessive[1]}`,
      note: `"${possessive[1]}’" read as the parent`,
    });
  for (const m of q.matchAll(SPLIT)) {
    const core = q.slice(0, m.index).trim();
    const parent = q.slice(m.index + m[0].length).trim();
    if (!core || !parent || core.includes(',')) continue;
    // A French particle announces a parent only before an administrative word: "Honghe de la province
    // du Yunnan", never "Saint-Jean de Luz" or "Côte d'Ivoire".
    if (PARTICLE.test(m[0]) && !FRENCH_ADMIN.test(parent)) continue;
    out.push({ name: `${core}, ${parent}`, note: `"${m[0].trim()} ${parent}" read as the parent` });
  }
  return out;
}

/**
 * The words before a parent, with the spaces around them. English "the" after a connector stays with
 * the parent ("the Republic of Korea" is a country's name as written).
 */
const SPLIT =
  /\s+(?:(?:from|in|of|à|au|aux|en|dans(?:\s+la|\s+le|\s+les)?|de\s+la|du|des|thuộc|của|ở|tại)\s+|(?:de|dans)\s+l['’]\s*)/giu;
const PARTICLE = /^\s+(?:de\s+la|du|des|de\s+l['’])\s*$/iu;
// (Not \b: after a final "é" it never matches.)
const FRENCH_ADMIN =
  /^(?:province|région|préfecture|état|oblast|département|comté|land|république|district|canton|gouvernorat|municipalité|ville|commune|métropole|communauté)(?=[\s'’]|$)/iu;
