import type { Level } from '../types';

/**
 * The administrative words around a place name, in French, Vietnamese and English, as folded text
 * (see `fold`). Stripping them gives the core name that the gazetteer indexes; the word itself hints
 * at the level of the place ("ville de Québec" is the city, "province de Québec" the province).
 */
type Hint = Level[] | null;
const FIRST_LEVEL: Level[] = ['province', 'region'];
const CITY: Level[] = ['city', 'province']; // "thành phố Hà Nội" is a city that is also a province

/** Whole-word prefixes (folded), each followed by the core name. Longest first at use. */
const PREFIXES: [string, Hint][] = [
  // French
  ...[
    'province',
    'prefecture',
    'region',
    'oblast',
    'etat',
    'departement',
    'comte',
    'gouvernorat',
    'territoire',
    'canton',
    'land',
    'voivodie',
    'municipalite',
    'district',
    'republique',
  ].flatMap((w): [string, Hint][] =>
    ['de la', 'du', 'des', 'de', 'd', ''].map((p) => [`${w} ${p}`.trim(), FIRST_LEVEL]),
  ),
  ...['de la', 'du', 'des', 'de', 'd', ''].map((p): [string, Hint] => [`ville ${p}`.trim(), CITY]),
  ['la ville de', CITY],
  // "xian de Honghe": a Chinese county (县) in French; the gazetteer holds no county level.
  ['xian de', null],
  ['xian d', null],
  ...['capitale de', 'capitale d', 'capitale', 'capital of', 'capital'].map((p): [string, Hint] => [p, CITY]),
  // Vietnamese
  ['tinh', FIRST_LEVEL],
  ['thanh pho', CITY],
  ['tp', CITY],
  ['thu do', CITY],
  ['bang', FIRST_LEVEL],
  // "Cộng hòa Mordovia", "Cộng hòa Tatarstan": a Russian republic (a country's full name is matched whole first).
  ['cong hoa', FIRST_LEVEL],
  ['vung', FIRST_LEVEL],
  ['chau', FIRST_LEVEL],
  ['dao', FIRST_LEVEL],
  ['quan', null],
  ['huyen', null],
  ['thi xa', CITY],
  // "thị trấn" (a district's seat town, which GeoNames often names "Thị Trấn Yên Minh"): a town.
  ['thi tran', ['city']],
  // English
  ...['province', 'prefecture', 'region', 'state', 'oblast', 'county', 'municipality', 'city'].flatMap(
    (w): [string, Hint][] => [[`${w} of`, w === 'city' ? CITY : FIRST_LEVEL]],
  ),
  ['republic of', FIRST_LEVEL],
  ['the', null],
];

/**
 * A name cut out of a French phrase keeps its particle: Natural Earth's French name for Irkutsk is
 * "d'Irkoutsk", and an article's "la région d'Irkoutsk" leaves "d'Irkoutsk". The particle says nothing
 * of the level. Read in queries only, never indexed: "Des Moines" must not be found as "Moines".
 */
const PARTICLES_FIRST = ['de la', 'des', 'du', 'de', 'd', 'l'];

/**
 * Query-only readings of how reports introduce a place (never indexed): the body acting for it
 * ("People's Committee of Bac Ninh", "Comité populaire de…", "UBND tỉnh…"), a possessive ("Japan's
 * Hokkaido prefecture", "RoK's Gyeongsangbuk province": the name after the possessive), and a
 * nationality word next to an administrative word ("province russe d'Irkoutsk", "Russian province of
 * Irkutsk", "préfecture japonaise de Hokkaido"): the nationality goes, the administrative word stays.
 */
const ACTING_FOR = [
  'the people s committee of',
  'people s committee of',
  'the people s council of',
  'people s council of',
  // "People's Government of Yunnan Province" (China's 人民政府), "Government of Irkutsk Oblast".
  'the people s government of',
  'people s government of',
  'the administration of',
  'administration of',
  'the government of',
  'government of',
  // "Conseil régional de Bretagne", "Conseil départemental du Val-de-Marne", "Conseil général de
  // l'Essonne" (before 2015), "Gouvernement de la province de Gyeonggi", "Gouvernement du Japon".
  ...[
    'comite populaire',
    'conseil populaire',
    'conseil regional',
    'conseil departemental',
    'conseil general',
    'gouvernement',
  ].flatMap((w) => ['de la', 'du', 'des', 'de', 'd'].map((p) => `${w} ${p}`)),
  // A commune's bodies: "Mairie de Paris". (Not "du", "des": `COMMUNE_BODY`.)
  ...['conseil municipal', 'mairie'].flatMap((w) => ['de la', 'de', 'd'].map((p) => `${w} ${p}`)),
  'uy ban nhan dan',
  'hoi dong nhan dan',
  'ubnd',
  'hdnd',
];

/**
 * A commune's body before "du" or "des": the commune's name has its article ("Mairie du Marin" is Le
 * Marin's town hall, "Mairie des Herbiers" Les Herbiers'), read with it. The bare name was another
 * place: Marín, in Spain.
 */
const COMMUNE_BODY = /^(?:mairie|conseil municipal) (du|des) (.+)$/;

/**
 * "chính quyền tỉnh Vân Nam", "chính quyền thành phố Hà Nội": the government of, read only before an
 * administrative word ("chính quyền Sài Gòn" is the former South Vietnamese government, "chính quyền
 * Bắc Kinh" China's: no place's body).
 */
const GOVERNMENT_OF = /^chinh quyen ((?:tinh|thanh pho|thu do|huyen|quan|thi xa) .+)$/;
const ADMIN_WORD =
  'provinces?|regions?|oblast|prefecture|republique|republic|state|etat|ville|city|land|departement|comte|county|municipalite|municipality|capitale?';
const DEMONYM =
  'russe|russian|japonaise|japonais|japanese|chinoise|chinois|chinese|coreenne|coreen|korean|laotienne|laotien|laotian|cambodgienne|cambodgien|cambodian|mozambican|mozambicaine|mozambicain|philippine|filipino|indonesian|mongolian|indian|argentine|argentinian|portuguese|brazilian|canadian|egyptian|slovak|bulgarian|czech|hungarian|polish|vietnamienne|vietnamien|vietnamese|francaise|francais|french|allemande|allemand|german|italienne|italien|italian|espagnole|espagnol|spanish|thailandaise|thailandais|cubaine|cubain|cuban|australienne|australien|australian|americaine|americain|american|kazakhe|kazakh|kazakhstanaise|belge|belgian|britannique|british';
/**
 * "Lao province of Champasak": Laos' adjective, read only before an administrative word, never after
 * one ("province Lao Cai" is Vietnam's Lào Cai).
 */
const LAO = 'lao';
/** "the northern Mozambican province of …": an article and a compass word may come before the nationality. */
const COMPASS = '(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?|central';
/** Whether a folded phrase is only a nationality word ("russian", "japonaise"), possibly after "the" and a compass word. */
export const isDemonym = (folded: string) =>
  new RegExp(`^(?:the )?(?:(?:${COMPASS}) )?(?:${DEMONYM}|${LAO})$`).test(folded);
const ADMIN_ALONE = new RegExp(`^(?:the )?(?:${ADMIN_WORD})$`);
const ADMIN_THEN_DEMONYM = new RegExp(`\\b(${ADMIN_WORD}) (?:${DEMONYM})\\b`, 'g');
const DEMONYM_THEN_ADMIN = new RegExp(
  `(?:\\bthe )?(?:\\b(?:${COMPASS}) )?\\b(?:${DEMONYM}|${LAO}) (${ADMIN_WORD})\\b`,
  'g',
);

/**
 * A French article before an administrative word ("la région Rhône-Alpes", "la ville d'Ekaterinbourg",
 * "le département du Nord"): the article goes. Only before such a word, never before a name: "La
 * Rochelle", "Le Havre" keep theirs.
 */
const ARTICLE_THEN_ADMIN = new RegExp(
  `^(?:la|le|les|l) (?=(?:${ADMIN_WORD}|departements?|prefectures?|communaute|metropole|commune|collectivite) )`,
);

/**
 * The body acting for a place, after its name: "Busan Metropolitan Council", "Seoul Metropolitan
 * Government", "Hokkaido Prefectural Government", "Bac Ninh Provincial People's Committee".
 */
const BODY_AFTER =
  /^(.+?) (?:(?:metropolitan|provincial|prefectural|municipal|city|state|regional) )?(?:council|government|assembly|administration|people s committee|people s council)$/;

/** Words before a body's name that are no place: "National Assembly", "Federal Council". */
const BODY_ADJECTIVES = new Set(['national', 'federal', 'general', 'union', 'supreme', 'the', 'people s']);

function queryReadings(key: string): string[] {
  const out: string[] = [];
  const body = BODY_AFTER.exec(key);
  // Never a common word: "National Assembly", "City Council" name no place.
  if (body?.[1] && !GENERIC.has(body[1]) && !BODY_ADJECTIVES.has(body[1])) out.push(body[1]);
  const article = ARTICLE_THEN_ADMIN.exec(key);
  if (article) out.push(key.slice(article[0].length));
  for (const a of ACTING_FOR)
    if (key.startsWith(a + ' ')) {
      // (After "du", "des", the name with its article first: "Gouvernement du Cap" is Le Cap's, not the
      // Cap that Vũng Tàu was; then without, as a département's or a country's: "du Nord", "du Japon".)
      const article = a.endsWith(' du') ? 'le' : a.endsWith(' des') ? 'les' : null;
      if (article) out.push(`${article} ${key.slice(a.length + 1)}`);
      out.push(key.slice(a.length + 1));
    }
  const commune = COMMUNE_BODY.exec(key);
  if (commune) out.push(`${commune[1] === 'du' ? 'le' : 'les'} ${commune[2]}`);
  const government = GOVERNMENT_OF.exec(key);
  if (government?.[1]) out.push(government[1]);
  const possessive = key.indexOf(' s ');
  if (possessive > 0) out.push(key.slice(possessive + 3));
  const plain = key.replace(ADMIN_THEN_DEMONYM, '$1').replace(DEMONYM_THEN_ADMIN, '$1');
  // (Never the administrative word alone: "Slovak Republic" is no "Republic", "Indian city" no "city".)
  if (plain !== key && !ADMIN_ALONE.test(plain)) out.push(plain);
  return out;
}

/** Whole-word suffixes (folded), preceded by the core name. */
const SUFFIXES: [string, Hint][] = [
  ['autonomous region', FIRST_LEVEL],
  // China's autonomous prefectures (自治州): "Honghe Hani and Yi Autonomous Prefecture".
  ['autonomous prefecture', FIRST_LEVEL],
  ['special administrative region', FIRST_LEVEL],
  ['province', FIRST_LEVEL],
  ['prefecture', FIRST_LEVEL],
  ['region', FIRST_LEVEL],
  ['oblast', FIRST_LEVEL],
  // Russia's autonomous okrugs: Natural Earth's "Nenetskiy Avtonomnyy Okrug". (Krais: KRAI below.)
  ['autonomous okrug', FIRST_LEVEL],
  ['avtonomnyy okrug', FIRST_LEVEL],
  ['oblysy', FIRST_LEVEL],
  ['oblysu', FIRST_LEVEL],
  ['state', FIRST_LEVEL],
  ['municipality', CITY],
  ['metropolis', CITY],
  // "Vientiane Capital", "Seoul capital": the capital is a city.
  ['capital', CITY],
  ['city', CITY],
  // "Si Ma Cai township": English for a Vietnamese thị trấn (a district's seat town).
  ['township', ['city']],
  ['ville', CITY],
  ['shi', CITY],
  ['qalasy', CITY],
  ['zizhiqu', FIRST_LEVEL],
  ['sheng', FIRST_LEVEL],
  ['ken', FIRST_LEVEL],
  // Korean romanisation: -do (province), -si (city): "Jeollanam-do", "Hwaseong-si". Not -gun (county)
  // or -gu (district): their seat town has the same name and is another unit.
  ['do', FIRST_LEVEL],
  ['si', CITY],
];

/**
 * Patterns whose middle words are an ethnic or descriptive qualifier that the core name does not carry:
 * "région autonome Zhuang du Guangxi", "Khu tự trị dân tộc Choang Quảng Tây",
 * "Guangxi Zhuang autonomous region" (handled by SUFFIXES plus the alt name "Guangxi Zhuang").
 */
const QUALIFIED: [RegExp, Hint][] = [
  [/^region autonome (.+)$/, FIRST_LEVEL],
  [/^khu tu tri (?:dan toc )?(?:[a-z]+ ){0,3}?(.+)$/, FIRST_LEVEL],
];

const FIRST_WORDS = new Set([...PREFIXES.map(([p]) => p.split(' ')[0] as string), 'region', 'khu']);
const QUERY_FIRST_WORDS = new Set([
  ...FIRST_WORDS,
  ...[...PARTICLES_FIRST, ...ACTING_FOR].map((p) => p.split(' ')[0] as string),
]);

const LAST_WORDS = new Set([...SUFFIXES.map(([p]) => p.split(' ').at(-1) as string), 'krai', 'kray']);
/**
 * A Russian krai by its adjectival name: "Primorskiy krai", Natural Earth's "Primorskiy Kray". Only
 * after an adjectival ending: "krai" alone is a word of other languages (Thailand's "Bang Krai").
 */
const KRAI = /^(.+(?:skiy|skii|sky|skoy)) kra[iy]$/;
const PARTICLES = new Set(['de', 'du', 'des', 'd']);
const sortedPrefixes = [...PREFIXES].sort((a, b) => b[0].length - a[0].length);
const sortedSuffixes = [...SUFFIXES].sort((a, b) => b[0].length - a[0].length);

export interface NameVariant {
  /** Folded name to look up. */
  key: string;
  /** Levels that the stripped administrative word points at, or null when it says nothing. */
  hint: Level[] | null;
}

/**
 * Every reading of a folded name, from the least stripped to the most: the name itself, then with one
 * or more administrative words removed. The geocoder takes the first reading that matches anything.
 *
 * @example variants('province de bac ninh') → [{key:'province de bac ninh'}, {key:'bac ninh', hint:[…]}]
 */
export function variants(folded: string, opts: { query?: boolean } = {}): NameVariant[] {
  // Fast path (most names): no administrative word at either end.
  const first = folded.slice(0, folded.indexOf(' ') >>> 0);
  const last = folded.slice(folded.lastIndexOf(' ') + 1);
  const firstWords = opts.query ? QUERY_FIRST_WORDS : FIRST_WORDS;
  if (
    folded.indexOf(' ') === -1 ||
    (!firstWords.has(first) && !LAST_WORDS.has(last) && !(opts.query && queryReadings(folded).length))
  )
    return [{ key: folded, hint: null }];
  const out = new Map<string, NameVariant>();
  const queue: NameVariant[] = [{ key: folded, hint: null }];
  while (queue.length > 0) {
    const v = queue.shift() as NameVariant;
    if (v.key === '' || out.has(v.key)) continue;
    out.set(v.key, v);
    const hint = (h: Hint) => v.hint ?? h;
    for (const [re, h] of QUALIFIED) {
      const m = re.exec(v.key);
      // The lazy quantifier tries fewer qualifier words first; also offer every longer strip.
      if (m?.[1]) queue.push({ key: m[1], hint: hint(h) });
    }
    // "région autonome [de] Zhuang du Guangxi": the name follows one of the particles.
    const ra = /^region autonome (.+)$/.exec(v.key);
    if (ra?.[1]) {
      const words = ra[1].split(' ');
      words.forEach((w, i) => {
        const rest = words.slice(i + (words[i + 1] === 'la' ? 2 : 1)).join(' ');
        if (PARTICLES.has(w) && rest) queue.push({ key: rest, hint: hint(FIRST_LEVEL) });
      });
    }
    const kv = /^khu tu tri (?:dan toc )?(.+)$/.exec(v.key);
    if (kv?.[1]) {
      const words = kv[1].split(' ');
      for (let i = 1; i < words.length; i++)
        queue.push({ key: words.slice(i).join(' '), hint: hint(FIRST_LEVEL) });
    }
    for (const [p, h] of sortedPrefixes) {
      if (v.key.startsWith(p + ' ')) queue.push({ key: v.key.slice(p.length + 1), hint: hint(h) });
    }
    if (opts.query) {
      for (const p of PARTICLES_FIRST)
        if (v.key.startsWith(p + ' ')) queue.push({ key: v.key.slice(p.length + 1), hint: v.hint });
      for (const k of queryReadings(v.key)) queue.push({ key: k, hint: v.hint });
    }
    for (const [s, h] of sortedSuffixes) {
      if (v.key.endsWith(' ' + s)) queue.push({ key: v.key.slice(0, -s.length - 1), hint: hint(h) });
    }
    const krai = KRAI.exec(v.key);
    if (krai?.[1]) queue.push({ key: krai[1], hint: hint(FIRST_LEVEL) });
  }
  return [...out.values()].sort((a, b) => b.key.length - a.key.length);
}

/**
 * Words that are never the core of a name: compass and position words, administrative words, and
 * Vietnamese syllables that running text is full of. A name cut down to one of them ("Quận Trung",
 * Natural Earth's Vietnamese name for Israel's Central District; "Tỉnh Bắc"; "Châu Thành"; "Quận
 * Capital"; "Tỉnh Trung Ương", Papua New Guinea's Central, where "Trung ương" is "central" in every
 * "Ban Đối ngoại Trung ương") is indexed as written only, so "miền Trung", "Bắc" or "Thành" never denote a place. A
 * place whose name is the word itself (Haiti's "Centre", France's "Nord") keeps it.
 */
const GENERIC = new Set([
  ...'bac nam dong tay trung thanh hoa ban lao quan nord sud est ouest centre center central north south east west northern southern eastern western capital capitale city ville region province national'.split(
    ' ',
  ),
  'trung uong',
]);

/** The keys a gazetteer name is indexed under: the folded name and its core without admin words. */
export function indexKeys(folded: string): string[] {
  return (
    variants(folded)
      .map((v) => v.key)
      // (Nor a core that opens with a particle: "Oblast de Moscou" is indexed as "moscou", not as "de
      // moscou", which "ville de Moscou" would read before "moscou" and find the oblast, not the city.)
      .filter((k) => k === folded || (!GENERIC.has(k) && !/^(?:de|du|des|d|l) /.test(k)))
  );
}
