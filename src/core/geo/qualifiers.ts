import { isDemonym } from './adminWords';

/**
 * How editors and reporters qualify a place name, read before the name is looked up:
 * - `id:FR-BRE` pins a gazetteer record by its id (the editor's last word on any ambiguity);
 * - a parenthesis or the part after the first comma names the parent ("Hạ Long (Quảng Ninh)",
 *   "Kanazawa, Ishikawa"); after a comma the parent may carry its own ("Wernigerode, district de Harz,
 *   land de Saxe-Anhalt", "trấn …, huyện …, tỉnh …", "châu Văn Sơn, tỉnh Vân Nam (Trung Quốc)"), read
 *   in turn by the geocoder;
 * - "(cũ)", "(trước đây)", "(former)", "(ancien)", or a trailing "cũ" mean the former unit of that name
 *   (Hà Tây (cũ), Bắc Ninh cũ);
 * - "(thủ đô)", "(capital)", "(capitale)" mean the capital, i.e. the city;
 * - "X city of Y", "X city in Y" (English apposition) name the parent Y; after a comma chain, Y is its
 *   last link's parent ("Sanjo city, Niigata prefecture of Japan");
 * - "ex-" before the name ("Région ex-Aquitaine") and "(désormais …)", "(now …)" after it mean the
 *   former unit too.
 * Every qualifier read is reported, so the geocoder can say in `note` which one decided.
 */
export interface Qualified {
  /** The name without its qualifiers. */
  core: string;
  /** A pinned id (`id:…`): nothing else is read. */
  id?: string;
  /** The parent as written ("Quảng Ninh"). */
  parent?: string;
  former?: boolean;
  capital?: boolean;
}

const FORMER = /^(?:cu|truoc day|former|formerly|old|ancien|ancienne|anc)$/;
/** "(désormais Auvergne-Rhône-Alpes)", "(now …)", "(nay là …)": the name before is the former unit. */
const NOW = /^(?:desormais|aujourd hui|now|today|nay la|nay|hien nay)\b/;
const CAPITAL = /^(?:thu do|capital|capitale|the capital)$/;
/** Folds a short qualifier for comparison only (never used as a name). */
const foldWord = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * @example readQualifiers('Hạ Long (Quảng Ninh)') → {core:'Hạ Long', parent:'Quảng Ninh'}
 * @example readQualifiers('Hà Tây (cũ)') → {core:'Hà Tây', former:true}
 * @example readQualifiers('id:FR-BRE') → {core:'id:FR-BRE', id:'FR-BRE'}
 */
export function readQualifiers(query: string): Qualified {
  const trimmed = query.trim();
  const pin = /^id:\s*(\S+)$/i.exec(trimmed);
  if (pin?.[1]) return { core: trimmed, id: pin[1] };
  const out: Qualified = { core: trimmed };
  let rest = trimmed;
  // Trailing parentheses, innermost last: "Viêng Chăn (thủ đô)", "Hà Tây (cũ) (Hà Nội)".
  for (let m = /\s*\(([^()]*)\)\s*$/.exec(rest); m && m.index > 0; m = /\s*\(([^()]*)\)\s*$/.exec(rest)) {
    const inner = (m[1] ?? '').trim();
    const word = foldWord(inner);
    if (FORMER.test(word) || NOW.test(word)) out.former = true;
    else if (CAPITAL.test(word)) out.capital = true;
    else if (inner && out.parent === undefined) {
      // "châu Văn Sơn, tỉnh Vân Nam (Trung Quốc)": after a comma, the parenthesis is the parent's own
      // parent; the comma below takes both.
      if (rest.slice(0, m.index).includes(',')) break;
      out.parent = inner;
    }
    rest = rest.slice(0, m.index);
  }
  // "Bắc Ninh cũ": the Vietnamese word for former, written with its tone mark (never "cu" alone).
  const cu = /\s+cũ$/iu.exec(rest);
  if (cu && cu.index > 0) {
    out.former = true;
    rest = rest.slice(0, cu.index);
  }
  // "Région ex-Aquitaine", "l'ex-région Limousin": "ex-" marks the former unit.
  const ex = /(^|\s|[’'])ex-(?=\p{L})/iu.exec(rest);
  if (ex) {
    out.former = true;
    rest = rest.slice(0, ex.index + (ex[1] ?? '').length) + rest.slice(ex.index + ex[0].length);
  }
  // English apposition: "Nasushiobara city of Tochigi prefecture", "Dongxing city in China's Guangxi
  // province", "Brisbane city of Queensland": the unit before "of"/"in", its parent after.
  const apposition =
    /^(.+?\s(?:city|town|county|district|province|prefecture|state|region))\s+(?:of|in)\s+(.+)$/i.exec(rest);
  const head = apposition?.[1]?.replace(/\s\S+$/, '') ?? '';
  if (apposition?.[1] && apposition[2] && out.parent === undefined && !isDemonym(foldWord(head))) {
    // "Sanjo city, Niigata prefecture of Japan": a comma chain whose last link has its own parent. Not
    // "Vientiane, capital city of Laos": a link that is only "capital" names no parent.
    const at = apposition[1].indexOf(',');
    const link = foldWord(apposition[1].slice(at + 1).replace(/\s\S+$/, ''));
    const comma = at > 0 && link !== '' && !CAPITAL.test(link) ? at : -1;
    out.parent =
      comma > 0 ? `${apposition[1].slice(comma + 1).trim()}, ${apposition[2].trim()}` : apposition[2].trim();
    rest = comma > 0 ? apposition[1].slice(0, comma) : apposition[1];
  }
  const comma = rest.indexOf(',');
  if (comma > 0 && out.parent === undefined) {
    const after = rest.slice(comma + 1).trim();
    if (after) {
      out.parent = after;
      rest = rest.slice(0, comma);
    }
  }
  out.core = rest.trim();
  return out;
}
