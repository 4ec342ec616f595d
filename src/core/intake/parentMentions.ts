/**
 * Mentions that only say where another place is: the unit after a place inside it, and the province
 * written as the place of a smaller unit. Neither is a party to the partnership.
 */
import type { Mention } from './mentions';

/**
 * Between a place and the unit that contains it: "(", ",", "in", "of", "thuộc", "dans", "de"; or the
 * possessive of a country the place's mention ends with, right before the unit ("Monterey Park city in
 * the US's California state"; not "Suwon's Mayor Lee and Gyeonggi Province").
 */
const QUALIFIER_GAP =
  /^\s*(?:(?:\(|,|[-–]|in\b|of\b|thuộc\b|dans\b|de\b|du\b|d['’]|của\b)[^.;:!?]{0,45}|['’]s\s*)$/iu;

/**
 * A unit named right after a place inside it only says where that place is ("Brest (Bretagne)",
 * "Hwaseong city in Gyeonggi province", "Wernigerode (Sachsen-Anhalt)"): it is not a party.
 */
export function markQualifiers(text: string, mentions: Mention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const inner = mentions[k - 1] as Mention;
    const outer = mentions[k] as Mention;
    const p = inner.place;
    const q = outer.place;
    const contains =
      p !== q &&
      p.country === q.country &&
      q.level !== 'city' &&
      (p.parents?.includes(q.id) || (p.admin1 !== undefined && p.admin1 === q.admin1));
    const gap = text.slice(inner.end, outer.start);
    // (Or one the text says holds it, whatever the gazetteer knows: "la Nénétsie, un district autonome
    // de l'oblast d'Arkhangelsk" — the okrug is a federal subject of its own, inside the oblast.)
    const said = p !== q && p.country === q.country && q.level !== 'city' && PART_OF_GAP.test(gap);
    if ((contains && QUALIFIER_GAP.test(gap)) || said) outer.qualifier = true;
  }
}

/** Between a place and the unit the text says it is part of: ", un district autonome de", ", a city of". */
const PART_OF_GAP =
  /^\s*,\s*(?:a|an|un|une)\s+(?=[^,.;:()]*\b(?:district|okrug|city|town|county|province|region|prefecture|oblast|state|territory|republic|krai|ville|région|département|commune|république|kraï|arrondissement)\b)[^,.;:()]{0,40}?(?:\b(?:of|in|de|du|des|en|dans)\s+(?:(?:the|la|le|les)\s+)?|\bd['’])(?:[\p{Ll}-]+\s+(?:(?:of|de|du)\s+)?|[\p{Ll}-]+\s+d['’])?$/iu;

/**
 * Places named inside a parenthesis that opens right after a place of their country say something
 * about it, as an aside: "Poitou-Charentes (une région française nouvellement fusionnée avec
 * l'Aquitaine et le Limousin …) et Hanoi" names Limousin to describe Poitou-Charentes. None of them is
 * a party.
 */
export function markAsides(text: string, mentions: Mention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    const open = text.lastIndexOf('(', m.start);
    if (open < 0 || text.slice(open, m.start).includes(')')) continue;
    const before = mentions.slice(0, k).find((b) => b.end <= open && /^\s*$/.test(text.slice(b.end, open)));
    // (Of the same country: "Da Nang (which signed a memorandum with Gyeonggi province that morning)"
    // names a party of its own.)
    if (before && before.place !== m.place && before.place.country === m.place.country) m.qualifier = true;
  }
}

/** Between a unit and what it has become: "(désormais", "(now", "(nay là", ", today". */
const NOW_GAP =
  /^\s*[(,]?\s*(?:désormais|aujourd['’]hui|devenue?s?|now(?: part of)?|today|nay là|nay thuộc|nay|hiện nay là)\s*$/iu;

/**
 * A unit named as what a former unit has become ("la région Rhône-Alpes (désormais
 * Auvergne-Rhône-Alpes)", "Hà Tây (now part of Hanoi)") only dates the first: the party is the unit
 * of the time.
 */
export function markSuccessors(text: string, mentions: Mention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const former = (mentions[k - 1] as Mention).place;
    const now = mentions[k] as Mention;
    if (
      former.replacedBy?.includes(now.place.id) &&
      NOW_GAP.test(text.slice(mentions[k - 1]?.end, now.start))
    )
      now.qualifier = true;
  }
}

/**
 * Words naming a unit below the first level, before its name ("thị trấn Si Ma Cai", "huyện Mã Quan",
 * "l'arrondissement de Dông Da") or after it ("Hoi An city", "Haeundae district"). Lower case with
 * their accents: folded, Vietnamese "trấn", "quận", "xã" would be "Trần" (a surname), "quân", "xa".
 */
const SUB_UNIT_BEFORE =
  /(?:^|[\s'’])(?:thị trấn|trấn|huyện|quận|xã|phường|thị xã|châu|arrondissement|district|commune|township|county)\s/u;
const SUB_UNIT_AFTER = /\s(?:city|district|township|town|commune|county|ward|village)\s*$/u;
/** Where the segment before a separator begins: a bracket, a comma, a conjunction or a pairing word. */
const SEGMENT_START = /^.*(?:[(),;]|\s(?:và|and|et|with|avec|với|giữa|between|entre)\s)/su;

/**
 * A first-level unit written right after a smaller unit the gazetteer does not hold, as its place
 * ("thị trấn Si Ma Cai, huyện Si Ma Cai, tỉnh Lào Cai"), says where that unit is: the partnership is
 * the smaller unit's, not the province's, so the province is not a party (no row rather than a row
 * with the wrong signatory). A Vietnamese city the intake reads as its province ("Hoi An city (Quang
 * Nam province)", see `provinceOfCity`) is a mention of that province, and its row says so.
 */
export function markSubUnitParents(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.place.level === 'city' || m.qualifier) continue;
    const from = Math.max(0, m.start - 120);
    const pre = text.slice(from, m.start);
    const sep = /[(,]\s*$/.exec(pre);
    if (!sep) continue;
    const before = pre.slice(0, sep.index).toLowerCase();
    const cut = SEGMENT_START.exec(before)?.[0].length ?? 0;
    const segment = before.slice(cut);
    const known = mentions.some((n) => n !== m && n.end > from + cut && n.end <= from + sep.index);
    if (!known && (SUB_UNIT_BEFORE.test(` ${segment} `) || SUB_UNIT_AFTER.test(segment))) m.qualifier = true;
  }
}
