import { geocode } from '../geo/geocode';
import { primaryNames, type Gazetteer } from '../geo/gazetteer';
import { fold } from '../normalize';
import { isDemonym, variants } from '../geo/adminWords';
import type { GazetteerPlace } from '../types';
import { isValidAt } from '../validity';
import { fallbackReadings } from '../geo/fallbackReadings';
import { INSTITUTION_AFTER, INSTITUTION_BEFORE, VENUE_BEFORE } from './intakeWords';
import type { Sentence } from './sentences';
import { markAsides, markQualifiers, markSubUnitParents, markSuccessors } from './parentMentions';

/** A place named in a sentence: as written, and whether as the venue or inside an institution's name. */
export interface Mention {
  place: GazetteerPlace;
  written: string;
  sentence: number;
  venue: boolean;
  institution: boolean;
  /** Offsets of the mention in its sentence's text. */
  start: number;
  end: number;
  /** Named only to say where the place before it is: "Hwaseong city in Gyeonggi province". */
  qualifier: boolean;
  /** The Vietnamese city the report names, where `place` is the province it acts for ("Da Lat"). */
  city?: GazetteerPlace;
}

interface Token {
  text: string;
  start: number;
  end: number;
  cap: boolean;
}
/** A French elided article or particle before a word: "l'Île-de-France", "d'Irkoutsk", "qu'Astana". */
const ELIDED = /^(?:[ldnsjc]|qu)['’](?=\p{L})/iu;
const tokensOf = (s: string): Token[] =>
  [...s.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m, k, all) => {
    // The word starts after the elision: "l'Île-de-France" is the token "Île-de-France".
    const cut = ELIDED.exec(m[0])?.[0].length ?? 0;
    // …and ends before a possessive followed by a name: "Cambodia’s Kampot" names Cambodia ("Saint
    // John's and Hanoi" keeps its name).
    const owner = /['’]s$/i.test(m[0]) && /^\p{Lu}/u.test(all[k + 1]?.[0] ?? '') ? 2 : 0;
    const text = m[0].slice(cut, m[0].length - owner);
    return { text, start: m.index + cut, end: m.index + m[0].length - owner, cap: /^\p{Lu}/u.test(text) };
  });

/**
 * Months, days and continents, capitalised in running text ("on March 7", "Asia-Pacific"), Russia's
 * Duma, and an administrative word alone ("the Slovak Republic", "the City"): GeoNames has towns called
 * March, Mai, Asia, Dūmā and Republic. Never a place in a report.
 */
const COMMON_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche asia europe africa america oceania asie afrique amerique oceanie duma republic republique state city province region commerce'.split(
    ' ',
  ),
);
/**
 * Words of running French that fold to a place's name, as written (the accent is the word's): "Marché
 * commun" is a common market, not the Marche (Italy).
 */
const FRENCH_WORDS = new Set(['marché']);
/**
 * A title after a place's name is the place's official, not part of a longer name: "Champasak Vice
 * Governor Voualin…", "Da Nang Mayor".
 */
const TITLE_AFTER =
  /^(?:vice|deputy|governor|vice-governor|mayor|chairman|chairwoman|vice-chairman|secretary)$/i;

/** Letters only Vietnamese writes (ă, ơ, ư, đ; a tone mark French has not: "Tăng", "Mộc"), not "ô" (Rhône). */
const VIET_MARKS = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** An article that opens a place's name ("La Réunion", "Le Havre", "The Hague"). */
const ARTICLE = /^(?:la|le|les|the)$/i;

/** "Hô Chi Minh" alone is the president (an academy, a mausoleum…), the city is "Hô Chi Minh-Ville". */
const PERSON_NAMES = new Set(['ho chi minh']);
/** A person's title before a name: what follows is a person ("bà Đỗ Hà", "ông Bình Minh", "Mr Seong"). */
const PERSON_BEFORE = /(?:^|[\s(])(?:ông|bà|anh|chị|Mr\.?|Mrs\.?|Ms\.?|M\.|Mme|Mayor|Governor|maire)\s*$/iu;
/**
 * Vietnamese cities whose names are also people's given names: not read as their province from a list
 * alone ("hợp tác với Hải Phòng và Bình Minh, phóng viên báo Nhân Dân").
 */
const GIVEN_NAMES = new Set(['binh minh']);
const endsWithWord = (folded: string, words: readonly string[]) =>
  words.some((w) => ` ${folded}`.endsWith(` ${w}`));

const MAX_WORDS = 6;

/**
 * An institution's name that ends with its place, a few words after the institution's noun: "les
 * Facultés de la Médecine de Hai Phong", "the Hospital of Tropical Diseases of Hanoi" (folded text
 * before the place). Nouns that only a body of that kind bears, never a territory.
 */
const INSTITUTION_NOUN =
  '(?:facultes?|lycees?|ecoles?|hopital|hopitaux|universites?|instituts?|musees?|faculty|faculties|school|schools|hospitals?|college|colleges|universities|museum|zones?|parcs?|parks?)';
const INSTITUTION_OF = new RegExp(`\\b${INSTITUTION_NOUN}(?: [a-z]+){0,4} (?:de|d|du|des|of)$`);
/** …or its place in brackets right after its name: "le Lycée La Croix Rouge (Brest)". */
const INSTITUTION_NAMED = new RegExp(`\\b${INSTITUTION_NOUN}(?: [a-z]+){0,5}$`);

/**
 * Words a written place name may start with before the name itself ("province de", "tỉnh",
 * "préfecture de", "région autonome … du"). Not articles ("la ville de Hanoi" is written "ville de
 * Hanoi"), and not look-alikes that fold to an admin word ("lãnh đạo" is a leader, "đảo" an island).
 */
const ADMIN_START = new Set(
  'province provinces région préfecture ville cité municipalité état comté département land tỉnh thành thủ khu đặc city prefecture state region municipality county'.split(
    ' ',
  ),
);

/** An administrative word right before a name (folded text before it): "thành phố", "city of"… */
const ADMIN_BEFORE =
  /(?:^|[\s(])(?:thanh pho|tp|tinh|city of|province of|prefecture of|ville de|ville d|province de|province d|prefecture de|region de)\s*$/;
/** A city's word right before a Vietnamese city's name (folded text before it). */
const CITY_BEFORE = /(?:^|[\s(])(?:thanh pho|tp|city of|ville de|ville d)\s*$/;

/**
 * An end of a transport route ("đường bay thẳng Đồng Hới - Chiang Mai", "direct flights between Hanoi
 * and Busan", "la ligne aérienne Paris-Hanoï"): where planes go, not a party (folded text before it).
 */
const ROUTE_BEFORE =
  /\b(?:duong bay|chuyen bay|tuyen bay|flights?|air (?:routes?|links?|services?)|vols?|liaisons? aeriennes?|lignes? aeriennes?)(?: [a-z]+){0,4}$/;
/** The folded words of a place's clause before it: from the last comma, semicolon or bracket. */
const clauseBefore = (text: string, start: number) =>
  fold(text.slice(Math.max(0, start - 60), start).replace(/^.*[,;:()]/su, ''));

/** Lookups repeat across sentences and articles: remember them per gazetteer, date and hints. */
const memos = new WeakMap<Gazetteer, Map<string, Map<string, GazetteerPlace | null>>>();
function memoFor(g: Gazetteer, key: string): Map<string, GazetteerPlace | null> {
  let byKey = memos.get(g);
  if (!byKey) memos.set(g, (byKey = new Map()));
  let m = byKey.get(key);
  if (!m) byKey.set(key, (m = new Map()));
  return m;
}

/**
 * The smallest Vietnamese city the intake reads as its province's party: Đà Lạt (197,000), Hạ Long,
 * Hội An (33,000) act in their province's partnerships; a small town's name is too often a common
 * syllable ("Me", "Lim", "Hồ") to be read as a party at all.
 */
const VN_CITY_MIN_POPULATION = 15_000;

/** Vietnam's provinces by GeoNames admin1 code, per gazetteer (a 2025 unit shares its namesake's). */
const provincesByAdmin1 = new WeakMap<Gazetteer, Map<string, GazetteerPlace[]>>();

/**
 * The province a Vietnamese city acts for on a day ("the Vietnamese city of Da Lat" signs for Lâm
 * Đồng): the one province in force that day that holds its admin1 code (the Lâm Đồng of 2025 after 1
 * July 2025, which shares its namesake's). Null when the city is too small to read as a party, or no
 * one unit holds its code that day (Hội An's Quảng Nam, merged into Đà Nẵng).
 */
export function provinceOfCity(
  g: Gazetteer,
  city: GazetteerPlace,
  date: string | undefined,
): GazetteerPlace | null {
  if (city.level !== 'city' || (city.population ?? 0) < VN_CITY_MIN_POPULATION || !city.admin1) return null;
  let byCode = provincesByAdmin1.get(g);
  if (!byCode) {
    byCode = new Map();
    for (const p of g.places)
      if (p.country === 'VN' && p.level === 'province' && p.admin1)
        byCode.set(p.admin1, [...(byCode.get(p.admin1) ?? []), p]);
    provincesByAdmin1.set(g, byCode);
  }
  const holders = byCode.get(city.admin1) ?? [];
  const day = date ?? '9999-12-31';
  const inForce = holders.filter((p) => isValidAt(p, day));
  return inForce.length === 1 ? (inForce[0] as GazetteerPlace) : null;
}

/**
 * A list of cities opens (folded text before its first item): "five cities, including", "sister cities
 * such as", "des villes comme", "các thành phố như".
 */
const CITY_LIST_BEFORE =
  /\b(?:cities|villes|thanh pho)\b[^.;:()]{0,30}\b(?:including|include|such as|namely|notamment|dont|comme|telles que|bao gom|gom|nhu)\s*$/;
/**
 * A list of cities and of other units: "cities and prefectures, including", "tỉnh, thành phố … như"
 * (Vietnamese for "provinces and cities"), "des préfectures et villes comme" (folded).
 */
const NOT_ONLY_CITIES =
  /\b(?:prefectures?|provinces?|regions?|tinh|departements?|oblasts?|states?|counties)\b[^.;:()]{0,12}\b(?:cities|villes|thanh pho)\b|\b(?:cities|villes|thanh pho)\b[^.;:()]{0,12}\b(?:prefectures?|provinces?|regions?|tinh|departements?|oblasts?|states?|counties)\b/;
/** A region's word in a name as written: "Nara Prefecture" names the prefecture, in a list of cities too. */
const REGION_WORD = /\b(?:prefecture|province|region|oblast|state|county|krai|republic|tinh|vung)\b/;
/** Between two items of a list, each perhaps followed by a bracketed aside: "Shizuoka (2005), Kyoto". */
const LIST_ITEM_GAP = /^\s*(?:\([^()]{0,60}\)\s*)?(?:,|,?\s*(?:et|and|và))\s*$/iu;

/** Between two items of a list: ", ", ", de ", " et ", " and the ", "và". */
const LIST_GAP = /^\s*(?:,|,?\s*(?:et|and|và))\s*(?:(?:de|du|des|of|the)\s+|d['’])?$/iu;

/** Finds the places of one sentence: longest first-tier name first, then widened to its admin words. */
export function placesIn(
  g: Gazetteer,
  s: Sentence,
  index: number,
  date: string | undefined,
  countries: ReadonlySet<string>,
): { mentions: Mention[]; countries: string[] } {
  const toks = tokensOf(s.text);
  const mentions: Mention[] = [];
  /** Mentions read as cities by a list of cities (`CITY_LIST_BEFORE`): the list's next item is one too. */
  const cityListed = new Set<Mention>();
  const found: string[] = [];
  const span = (i: number, j: number) => s.text.slice(toks[i]?.start, toks[j]?.end);
  const memo = memoFor(g, `${date ?? ''}|${[...countries].join()}`);
  /** The Vietnamese city behind a name that `resolve` read as its province. */
  const cities = memoFor(g, `${date ?? ''}|${[...countries].join()}|city`);
  const resolve = (name: string): GazetteerPlace | null => {
    const hit = memo.get(name);
    if (hit !== undefined) return hit;
    const r = resolveUncached(name);
    memo.set(name, r);
    return r;
  };
  const resolveUncached = (name: string): GazetteerPlace | null => {
    const vn = geocode(g, name, {
      country: 'VN',
      levels: ['province'],
      suggest: false,
      ...(date ? { date } : {}),
    });
    if (vn.kind === 'resolved') return vn.place;
    const opts = { levels: ['region', 'city'] as const, suggest: false, ...(date ? { date } : {}) };
    const r = geocode(g, name, opts);
    // A Vietnamese city below a province stands for its province ("the Vietnamese city of Da Lat").
    if (r.kind === 'resolved' && r.place.country === 'VN') {
      const province = provinceOfCity(g, r.place, date);
      if (province) cities.set(name, r.place);
      return province;
    }
    if (r.kind === 'resolved') return r.place;
    if (r.kind === 'ambiguous') {
      // The countries the article names narrow a name down ("Victoria" in an article about Canada).
      const fits = [...countries]
        .map((c) => geocode(g, name, { ...opts, country: c }))
        .filter((x) => x.kind === 'resolved');
      // (Never a Vietnamese place below a province: the Vietnamese side is provinces.)
      if (fits.length === 1 && fits[0]?.kind === 'resolved' && fits[0].place.country !== 'VN')
        return fits[0].place;
    }
    return null;
  };
  /** The one city of that name inside a region (none: none, or several). */
  const cityIn = (region: GazetteerPlace, name: string): GazetteerPlace | null => {
    const r = geocode(g, name, {
      levels: ['city'],
      country: region.country,
      suggest: false,
      ...(date ? { date } : {}),
    });
    return r.kind === 'resolved' && r.place.admin1 !== undefined && r.place.admin1 === region.admin1
      ? r.place
      : null;
  };
  for (let i = 0; i < toks.length;) {
    let hit: { j: number; place: GazetteerPlace | null; country: string | null; cityList?: boolean } | null =
      null;
    if (toks[i]?.cap) {
      for (let j = Math.min(toks.length, i + MAX_WORDS) - 1; j >= i && !hit; j--) {
        const key = fold(span(i, j));
        // Short single words are pronouns and codes ("Il", "La", "IL"), not foreign places in running
        // text. Two readings stay: a country's short name written in capitals ("US", "UK"), and a
        // Vietnamese province of three letters ("Huế", "Huê"), which no pronoun resolves to.
        const short = i === j && key.length < 4;
        // (Not a hyphenated exonym: "Xa-vắn-na-khệt", "Chăm-pa-xắc" are Lao provinces.)
        const syllable = i === j && !span(i, j).includes('-') && VIET_MARKS.test(span(i, j));
        // A name with its administrative word ("Rostov region") is tried whole: the geocoder reads the
        // word as a level hint ("Rostov" alone is the region or its city).
        // A second-tier name (an exonym or a newer name GeoNames lists among its alternates: "Sán Đầu"
        // for Shantou, "Saint-Ouen-sur-Seine") is read after an administrative word that says a place
        // follows ("thành phố Sán Đầu"), or when it is a compound no common word is ("X-sur-Y"), and
        // only for a place in a country the report names.
        // (The core left once the word is stripped is a run of the span's capitalised words, and no
        // nationality: "Lao city" is no "city" (London), "Département de liaison" no "de" (Delaware).)
        const capRun = (core: string) =>
          // (A nationality before "capital" is the country's capital: "the Lao capital".)
          (!isDemonym(core) || /\bcapitale?\b/.test(key)) &&
          toks
            .slice(i, j + 1)
            .some(
              (_, n) =>
                (fold(span(i, i + n)) === core && toks.slice(i, i + n + 1).every((t) => t.cap)) ||
                (fold(span(i + n, j)) === core && toks.slice(i + n, j + 1).every((t) => t.cap)),
            );
        const tier2 =
          g.lookup(key, 1).length === 0 &&
          !(j > i && variants(key).some((v) => v.hint && g.lookup(v.key, 1).length > 0 && capRun(v.key)));
        // (…or as the next item of a list of places of its country: "les provinces de Battambang, de
        // Kompong Chhnang", an older romanisation of Kampong.)
        const last = mentions.at(-1);
        const nextItem =
          !!last &&
          last.sentence === index &&
          LIST_GAP.test(s.text.slice(last.end, (toks[i] as Token).start)) &&
          g.lookup(key, 2).some((p) => p.country === last.place.country);
        const known =
          !tier2 ||
          (g.lookup(key, 2).length > 0 &&
            (ADMIN_BEFORE.test(clauseBefore(s.text, (toks[i] as Token).start)) ||
              nextItem ||
              /\p{L}-\p{L}+-\p{L}/u.test(span(i, j)))) ||
          // A name of capitalised words that the geocoder reads only by its French plural slip
          // ("Poitou-Charente" for Poitou-Charentes; its note says so). Not by its other fallbacks:
          // syllables read as one word made people places ("bà Đỗ Hà" Doha, "ông Seong Nam" Seongnam).
          (toks.slice(i, j + 1).every((t) => t.cap) &&
            !PERSON_BEFORE.test(clauseBefore(s.text, (toks[i] as Token).start)) &&
            fallbackReadings(key).some((f) => f.kind === 'plural' && g.lookup(f.key, 1).length > 0));
        if (
          !known ||
          PERSON_NAMES.has(key) ||
          COMMON_WORDS.has(key) ||
          FRENCH_WORDS.has(span(i, j).toLowerCase())
        )
          continue;
        // An article and a word in lower case are a noun phrase: "La réunion" is a meeting, not La Réunion.
        if (j > i && ARTICLE.test(toks[i]?.text ?? '') && !toks[i + 1]?.cap) continue;
        const country =
          /^\p{Lu}+$/u.test(span(i, j)) || !short
            ? geocode(g, span(i, j), { levels: ['country'], suggest: false })
            : null;
        if (country?.kind === 'resolved') hit = { j, place: null, country: country.place.country };
        else if (short || syllable) {
          // A short word or one Vietnamese syllable is a Vietnamese province ("Huế"), or a place of a
          // country the article names ("Kep" in a report about Cambodia), never another: "Tăng" opens
          // "Tăng cường hợp tác", "Il" is a pronoun.
          const place = resolve(span(i, j));
          // (Its own name of three letters, never a code: "In" is no Indiana, "US-IN".)
          const named = (p: GazetteerPlace) =>
            key.length === 3 && Object.values(p.names).some((n) => fold(n) === key);
          if (place && (place.country === 'VN' || (short && countries.has(place.country) && named(place))))
            hit = { j, place, country: null };
        } else {
          // A name ambiguous alone is read with the administrative word before it ("tỉnh Moscow" is the
          // oblast, "Moscow" alone is it or the city).
          const withWord = () => {
            for (
              let k = i - 1;
              k >= Math.max(0, i - 3) && ADMIN_START.has((toks[k] as Token).text.toLowerCase());
              k--
            ) {
              const p = resolve(span(k, j));
              if (p) return p;
            }
            return null;
          };
          const read = resolve(span(i, j)) ?? withWord();
          // A region's own name after a city's word is the city of that name inside it, where there is
          // one ("thành phố Fukuoka", "the city of Osaka", "la ville de Fukuoka"), not the prefecture.
          // (Not a seat's name a region takes among its alternates: "the Lao city of Pakse" is
          // Champasak's, as the gazetteer reads it.)
          // So is one in a list of cities: after "five cities, including", and the items after it
          // ("Shizuoka (MOU signed in 2005), Kyoto (MOU signed in 2013), Sasayama…").
          const at = (toks[i] as Token).start;
          const lastHere = mentions.at(-1);
          const inCityList =
            (CITY_LIST_BEFORE.test(fold(s.text.slice(Math.max(0, at - 80), at))) &&
              !NOT_ONLY_CITIES.test(fold(s.text.slice(Math.max(0, at - 80), at)))) ||
            (!!lastHere &&
              lastHere.sentence === index &&
              cityListed.has(lastHere) &&
              LIST_ITEM_GAP.test(s.text.slice(lastHere.end, at)));
          const place =
            read?.level === 'region' &&
            read.country !== 'VN' &&
            Object.values(read.names).some((n) => fold(n) === key) &&
            (CITY_BEFORE.test(clauseBefore(s.text, at)) || (inCityList && !REGION_WORD.test(key)))
              ? (cityIn(read, span(i, j)) ?? read)
              : read;
          // One word that opens a sentence is capitalised by its place alone: "Durant son séjour" is
          // "during", not Durant, Oklahoma. It names a place of a country the article names, or none.
          const foreign = !!place && place.country !== 'VN';
          const opener = i === 0 && j === 0 && foreign;
          // A Vietnamese city is read as its province only where the report calls it a city ("the
          // Vietnamese city of Da Lat", "Hoi An city", "thành phố Đà Lạt"), by its full name: "Vinh",
          // "Bình Minh" and "Độc" (Châu Đốc) are also people's names and words.
          const city = cities.get(span(i, j));
          // …or, by a full name of two words or more, as the next item of a list of Vietnamese
          // provinces ("Brest avec Hai Phòng, Nha Trang et Bà Ria-Vung Tàu").
          const prev = mentions.at(-1);
          const listed =
            key.includes(' ') &&
            !GIVEN_NAMES.has(key) &&
            prev?.place.country === 'VN' &&
            prev.sentence === index &&
            /^\s*(?:,|,?\s*(?:et|and|và))\s*$/iu.test(s.text.slice(prev.end, (toks[i] as Token).start));
          const calledCity =
            !city ||
            ((CITY_BEFORE.test(clauseBefore(s.text, (toks[i] as Token).start)) ||
              /^\s+(?:city|ville)\b/i.test(s.text.slice(toks[j]?.end, (toks[j]?.end ?? 0) + 8)) ||
              listed) &&
              primaryNames(city).some((n) => fold(n) === key));
          if (place && calledCity && !((opener || tier2) && foreign && !countries.has(place.country)))
            hit = { j, place, country: null, cityList: inCityList && place !== read };
        }
      }
    }
    if (!hit) {
      i++;
      continue;
    }
    if (hit.country) found.push(hit.country);
    const place = hit.place;
    if (place) {
      // Widen to the administrative words around the name while they still denote the same place
      // ("région autonome Zhuang du Guangxi", "Quang Ninh province"): that is the name as written.
      // Only across plain spaces: "Cao Bang, Lang Son" is a list ("bang" is also Vietnamese for state).
      const joined = (x: Token | undefined, y: Token | undefined) =>
        !!x && !!y && /^\s+$/.test(s.text.slice(x.end, y.start));
      let a = i;
      let b = hit.j;
      let from = i;
      while (from > 0 && i - from < 6 && joined(toks[from - 1], toks[from])) from--;
      for (let k = from; k < i; k++) {
        if (!ADMIN_START.has((toks[k] as Token).text.toLowerCase())) continue;
        if (resolve(span(k, b))?.id === place.id) {
          a = k;
          break;
        }
      }
      let to = hit.j;
      while (to < toks.length - 1 && to - hit.j < 3 && joined(toks[to], toks[to + 1])) to++;
      for (let k = to; k > hit.j; k--) {
        if (resolve(span(a, k))?.id === place.id) {
          b = k;
          break;
        }
      }
      // Part of a longer capitalised name (a person, a party): not a place mention.
      const before = toks[a - 1];
      const after = toks[b + 1];
      // A possessive before the name is not part of it: "Vietnam's Quang Nam", "Japan's Hokkaido".
      // (Not across a lower-case administrative word: "chúc Tết tỉnh Nghệ An" is a greeting to the province.)
      const inLongerName =
        (before?.cap &&
          toks[a]?.cap &&
          joined(before, toks[a]) &&
          !/^(?:de|du|d)$/i.test(before.text) &&
          // A capitalised article opens a sentence ("La région Rhône-Alpes…"); a name that holds one
          // ("La Rochelle") was matched whole above.
          !/^(?:la|le|les|the)$/i.test(before.text) &&
          // A nationality word is no part of the name: "the Lao province of Champasak".
          !isDemonym(fold(before.text)) &&
          // (And a name ending in s: "Laos’ Salavan province", "the Philippines' Benguet".)
          !/['’]s$|s['’]$/i.test(before.text)) ||
        (after?.cap && joined(toks[b], after) && !TITLE_AFTER.test(after.text));
      const pre = fold(s.text.slice(Math.max(0, (toks[a] as Token).start - 40), (toks[a] as Token).start));
      const post = fold(s.text.slice((toks[b] as Token).end, (toks[b] as Token).end + 20));
      const prev = mentions.at(-1);
      const city = cities.get(span(i, hit.j));
      const institution =
        endsWithWord(pre, INSTITUTION_BEFORE) ||
        INSTITUTION_AFTER.some((w) => post.startsWith(w)) ||
        INSTITUTION_OF.test(pre) ||
        (/\(\s*$/.test(s.text.slice(0, (toks[a] as Token).start)) && INSTITUTION_NAMED.test(pre)) ||
        // "… de Hai Phong et de Brest": the second place continues the institution's name.
        (!!prev?.institution &&
          /^\s*(?:et|and|và)\s+(?:de|du|d['’]|of)\s*$/iu.test(
            s.text.slice(prev.end, (toks[a] as Token).start),
          ));
      if (!inLongerName || institution) {
        const mention: Mention = {
          place,
          written: span(a, b),
          sentence: index,
          start: (toks[a] as Token).start,
          end: (toks[b] as Token).end,
          qualifier: false,
          ...(city ? { city } : {}),
          venue:
            // ("According to Champasak…", "Quant à Hanoï…": the place is the subject, not the venue.)
            (endsWithWord(pre, VENUE_BEFORE) && !endsWithWord(pre, ['according to', 'quant a'])) ||
            ROUTE_BEFORE.test(clauseBefore(s.text, (toks[a] as Token).start)) ||
            // A dateline: "Ha Giang (VNA) -", "Quang Ninh, 17 novembre (VNA) -", "Hanoi - Officials…".
            (a === 0 &&
              /^\s*(?:,\s*\d|\(\s*(?:vna|ttxvn|afp|reuters)|[-–—]\s)/i.test(
                s.text.slice((toks[b] as Token).end),
              )),
          institution,
        };
        mentions.push(mention);
        if (hit.cityList) cityListed.add(mention);
      }
      i = b + 1;
    } else i = hit.j + 1;
  }
  markQualifiers(s.text, mentions);
  markSuccessors(s.text, mentions);
  markAsides(s.text, mentions);
  markSubUnitParents(s.text, mentions);
  return { mentions, countries: found };
}
