import type { Gazetteer } from '../geo/gazetteer';
import { eventDate, tieYearIn } from './eventDate';
import { findDates } from './intakeDates';
import { detectLanguage, domainsOf, FUTURE_WORDS, hasWord, kindOf, type Lang } from './intakeWords';
import { placesIn, type Mention } from './mentions';
import { fold } from '../normalize';
import { isDemonym } from '../geo/adminWords';
import { clauseAt, inPairingClause, pairGroups } from './pairing';
import { readHeader } from './readHeader';
import { list, outletOf, slug, TODO } from './rowText';
import { sentencesOf, type Sentence } from './sentences';
import { isValidAt } from '../validity';
import { ROW_COLUMNS } from '../rows/partnershipRow';
import type { GazetteerPlace } from '../types';
import { DOMAINS, KINDS, type Domain, type Kind } from '../vocabulary';

export { ROW_COLUMNS };
export type Row = Record<(typeof ROW_COLUMNS)[number], string>;

/** One proposed row, with how sure the extractor is and the sentence it rests on. */
export interface Proposal {
  row: Row;
  /** 0–1: lower when the date, kind, domains or source had to be left vague. */
  confidence: number;
  evidence: string;
  /** Place ids of the row's two sides, for checks and the bench. */
  places: { vn: string[]; partners: string[] };
}

export interface IntakeResult {
  lang: Lang;
  proposals: Proposal[];
  /** Why nothing (or less than expected) was proposed. */
  notes: string[];
}

/** A sentence that says something was signed (folded text). */
const SIGNED = /\b(?:signed|signs|inked|ky ket|da ky|signe|signent|ont signe)\b/;

/** A word of a tie (folded): "cooperated", "relations", "joined hands", "coopère", "hợp tác". */
const TIE_WORD =
  /\b(?:signed|signs|inked|cooperat\w*|collaborat\w*|ties|relations|agreements?|deals?|joined hands|twinn?ed|partnerships?|sisterhood|friendship|coopere\w*|accords?|jumel\w*|liens|hop tac|ky ket|ket nghia|quan he)\b/;
/** An article, a possessive name ("France's", "Laos'") and an administrative word before a name. */
const BEFORE_NAME = String.raw`(?:(?:the|la|le|les|des|du|de)\s+|l['’]|d['’])?(?:\p{Lu}[\p{L}-]*['’]s?\s+)?(?:(?:city|province|prefecture|region|state|ville|préfecture|région|tỉnh|thành phố)\s+(?:(?:of|de|du)\s+|d['’])?)?`;
/**
 * "with" and what may stand between it and a name: `BEFORE_NAME`, and the items of a list before it
 * ("with Japan's Kobe city and Yamaguchi prefecture").
 */
const WITH_TO_NAME = new RegExp(
  String.raw`\b(?:with|avec|với)\s+${BEFORE_NAME}(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:(?:city|province|prefecture|region|ville|tỉnh)\s+)?(?:,\s*|,?\s*(?:and|et|và)\s+)${BEFORE_NAME})*$`,
  'iu',
);
/**
 * Words that say a clause's subject is foreign: another nationality ("the Korean province", "la
 * préfecture japonaise") or a unit Vietnam does not have ("the prefecture's ties").
 */
const FOREIGN_UNIT_WORD =
  /\b(?:prefectures?|prefecture's|oblasts?|krais?|states?|county|counties|governorates?|cantons?|departements?|voivodeships?|aimags?)\b/;

/** Whether folded words say their subject is foreign (`FOREIGN_UNIT_WORD`, a nationality not Vietnam's). */
const foreignWords = (folded: string) =>
  folded.split(' ').some((x) => (isDemonym(x) && !x.startsWith('viet')) || FOREIGN_UNIT_WORD.test(x));

/**
 * Whether the clause a name is in says the report's province has a tie with it: a tie's word, then
 * "with" right before the name (`WITH_TO_NAME`), and no subject but the province's: no foreign place
 * named before it in the clause, no foreign nationality or unit word ("Jeju also has ties with Okinawa
 * Prefecture", "the prefecture's ties with Yokohama City" are the partner's own ties). "The Vietnamese
 * province collaborated with Jeju…", "relations were set up with France's Lorient city", "a
 * comprehensive agreement was signed with Laos' Salavan province" are the province's.
 */
function tiedWith(
  text: string,
  at: number,
  before: readonly { start: number; end: number; foreign: boolean }[],
  /** Whether a capitalised word no mention reads names a foreign place ("Jeju also has ties with…"). */
  foreignName: (word: string) => boolean,
): boolean {
  const upTo = text.slice(0, at);
  const w = WITH_TO_NAME.exec(upTo);
  if (!w) return false;
  const from = Math.max(...[...upTo.slice(0, w.index).matchAll(/[,;:()]/g)].map((m) => m.index + 1), 0);
  const clause = fold(upTo.slice(from, w.index));
  const foreignWord = foreignWords(clause);
  const inClause = before.filter((b) => b.start >= from && b.start < w.index);
  const unread = [...upTo.slice(from, w.index).matchAll(/\p{Lu}[\p{L}'’-]*/gu)].some(
    (x) => !inClause.some((b) => b.start <= from + x.index && from + x.index < b.end) && foreignName(x[0]),
  );
  return TIE_WORD.test(clause) && !foreignWord && !unread && !inClause.some((b) => b.foreign);
}

/**
 * Between two items of a list, each perhaps with a bracketed aside, an article or an administrative
 * word: ", ", " et ", ", and the province of ".
 */
const LIST_GAP =
  /^\s*(?:\([^()]{0,60}\)\s*)?(?:,|,?\s*(?:et|and|và))\s*(?:(?:the|la|le|les|de|du|des|of)\s+|l['’]|d['’])*(?:(?:provinces?|city|cities|villes?|tỉnh|thành phố|régions?|regions?)\s+(?:(?:de|of|du)\s+|d['’])?)?$/iu;

/**
 * A report's own unit named by what it is, as its subject ("the central city", "the province"), in
 * lower case as written: "the City Partnership Forum" is a name.
 */
const SUBJECT_UNIT = /\b[Tt]h(?:e|is) (?:[a-z-]+ ){0,2}(?:city|province|locality)\b(?! of\b)/;
/** A city named as a city: "Fukuoka City", "the city of Genoa", "thành phố Fukuoka", "la ville de Gênes". */
const CITY_WORD = /(?:^|\s)(?:[Cc]ity|[Tt]hành phố|TP\.?|[Vv]ille)(?=\s|$|[,.)])/u;

/** A period of years: "from 2022 to 2026", "2023–2027", "từ 2021 đến 2025". */
const PERIOD = /\b(?:19|20)\d{2} (?:(?:to|den|a|au) )?(?:19|20)\d{2}\b/;

/**
 * Proposes dataset rows from one news report. Pure: the gazetteer comes in, rows come out.
 * The places are found by the project's own geocoder (every spelling and administrative word it
 * knows); a place is a party when it is named in a sentence about the event and not only as the
 * venue ("à Astana"), inside an institution's name ("Université d'Asahikawa") or a dateline. Several
 * Vietnamese provinces make one row; partners in different countries make one row per country.
 */
export function proposeRows(
  g: Gazetteer,
  text: string,
  opts: { lang?: Lang; file?: string; today?: string } = {},
): IntakeResult {
  const lang = opts.lang ?? detectLanguage(text);
  const notes: string[] = [];
  const { header, body } = readHeader(text);
  const bodyStart = text.indexOf(body.slice(0, 40));
  const sentences = sentencesOf(body);
  const headline = header.headline ? sentencesOf(header.headline) : [];
  const date = eventDate(sentences, findDates(text), header, Math.max(0, bodyStart));
  // Without any date the geography in force today is the best reading of the names (the row says so).
  const geoDate =
    date.precision === 'none'
      ? (opts.today ?? new Date().toISOString().slice(0, 10))
      : date.value.length === 4
        ? `${date.value}-07-01`
        : date.value.padEnd(10, '-15').slice(0, 10);

  // First pass for the countries the article names, then the places with those as hints.
  const countries = new Set<string>();
  for (const [i, s] of [...headline, ...sentences].entries())
    for (const c of placesIn(g, s, i, geoDate, new Set()).countries) countries.add(c);
  const all = [...headline.map((s) => ({ ...s, event: true })), ...sentences];
  const mentions = all.flatMap((s, i) => placesIn(g, s, i, geoDate, countries).mentions);

  // A name a city shares with the region around it ("Fukuoka") is the city's where the report names
  // the city as such ("Fukuoka City, Japan"): the prefecture was no party.
  for (const m of mentions) {
    if (m.place.level !== 'region' || m.place.admin1 === undefined) continue;
    // (The city named as a party, with its word: not "Osaka City University", not "held in Fukuoka City".)
    const city = mentions.find(
      (n) =>
        n.place.level === 'city' &&
        !n.institution &&
        !n.venue &&
        !n.qualifier &&
        CITY_WORD.test(n.written) &&
        n.place.admin1 === m.place.admin1 &&
        Object.values(n.place.names).some((x) => fold(x) === fold(m.written)),
    );
    if (city) m.place = city.place;
  }
  const score = new Map<string, number>();
  for (const m of mentions) {
    if (m.institution || m.venue || m.qualifier) continue;
    const s = all[m.sentence] as Sentence;
    score.set(m.place.id, (score.get(m.place.id) ?? 0) + (s.event ? 2 : 1));
  }
  const parties = (vn: boolean) =>
    [...new Set(mentions.filter((m) => (m.place.country === 'VN') === vn).map((m) => m.place))].filter(
      (p) => (score.get(p.id) ?? 0) >= 2,
    );
  // A unit that no longer existed on the event day is named for history ("after merging with Hà
  // Giang"), not as a party.
  // (A report nothing dates may predate a merger: its units are then read as it names them.)
  const vn = parties(true).filter((p) => date.precision === 'none' || isValidAt(p, geoDate));
  // A report datelined in a Vietnamese unit that names no other, whose event sentences speak of "the
  // city" or "the province" ("ĐÀ NẴNG — … were signed by the central city and partners"), is that
  // unit's: the dateline is the subject, not only where the news came from.
  const dateline = mentions.find(
    (m) => m.venue && m.start === 0 && m.sentence === headline.length && m.place.country === 'VN',
  );
  // ("The province" after a foreign unit, in its sentence or the one before, is that unit: "… Japan's
  // Gunma Prefecture. The province will welcome…"; the partner after it is not: "The city signed
  // with Japan's Gunma Prefecture".)
  const foreignUnitIn = (i: number, before = Infinity) =>
    mentions.some(
      (m) => m.sentence === i && m.start < before && m.place.country !== 'VN' && m.place.level !== 'country',
    );
  const datelineParty =
    !vn.length &&
    !!dateline &&
    isValidAt(dateline.place, geoDate) &&
    all.some((s, i) => {
      const at = SUBJECT_UNIT.exec(s.text)?.index;
      return (
        s.event &&
        i >= headline.length &&
        at !== undefined &&
        !foreignUnitIn(i, at) &&
        (i === headline.length || !foreignUnitIn(i - 1))
      );
    });
  if (datelineParty && dateline) vn.push(dateline.place);
  let partners = parties(false);
  const clauseOf = (m: Mention) => `${m.sentence}:${clauseAt((all[m.sentence] as Sentence).text, m.start)}`;
  // A place the report's province is said to have a tie with (`tiedWith`).
  const tied = (m: Mention) =>
    tiedWith(
      (all[m.sentence] as Sentence).text,
      m.start,
      mentions
        .filter((n) => n.sentence === m.sentence && n.start < m.start)
        .map((n) => ({ start: n.start, end: n.end, foreign: n.place.country !== 'VN' })),
      (word) => fold(word).length > 2 && g.lookup(fold(word), 1).some((p) => p.country !== 'VN'),
    );
  // A city inside a partner region is where things happened, not another partner — unless a clause
  // pairs it with a Vietnamese party without naming the region ("le jumelage entre les villes de
  // Poitiers et Huê" in a report that also names Nouvelle-Aquitaine).
  const pairedAlone = (p: GazetteerPlace, region: GazetteerPlace) =>
    mentions.some((m) => {
      if (m.place !== p || m.venue || m.institution) return false;
      const here = mentions.filter((n) => clauseOf(n) === clauseOf(m));
      return here.some((n) => vn.includes(n.place)) && !here.some((n) => n.place === region);
    });
  // (…nor one a clause says the province has ties with, by its name: "coordinated cooperation projects
  // with Yokohama City and Nara Prefecture", in a report on a visit to Kanagawa.)
  const tiedTo = (p: GazetteerPlace) =>
    mentions.some((m) => m.place === p && !m.venue && !m.institution && tied(m));
  partners = partners.filter(
    (p) =>
      p.level !== 'city' ||
      !partners.some(
        (q) => q.level === 'region' && q.admin1 && q.admin1 === p.admin1 && !tiedTo(p) && !pairedAlone(p, q),
      ),
  );
  // Partners named in the same sentence as a Vietnamese party win over those named apart.
  const together = (p: GazetteerPlace) =>
    mentions.some(
      (m) =>
        m.place === p &&
        !m.venue &&
        !m.institution &&
        mentions.some((n) => n.sentence === m.sentence && vn.includes(n.place)),
    );
  // …and so does one a sentence of the event says was signed with, where the report has one
  // Vietnamese party ("The delegation signed a memorandum establishing friendship with Irkutsk province"),
  // or that it has ties with: a list of the province's partners names it once, then "the Vietnamese
  // province collaborated with Jeju…", "relations were set up with France's Lorient city".
  // (Not where the one who signed is foreign: "The Korean province has signed agreements with more than
  // 30 localities, including Kanagawa Prefecture", "Gyeonggi signed a deal with Jeju" are the
  // partner's own ties, a second read found.)
  const signedBy = (m: Mention) => {
    const s = all[m.sentence] as Sentence;
    const at = SIGNED.exec(s.folded)?.index;
    if (at === undefined) return false;
    const before = fold(s.text.slice(0, m.start));
    // (What comes before the verb or its "with": "It also has two agreements with Russian localities,
    // including X (signed in 2010)" is the province's.)
    const subject = before.slice(0, Math.min(at, before.search(/\b(?:with|avec|voi)\b/) >>> 0));
    return (
      !foreignWords(subject) &&
      !mentions.some(
        (n) =>
          n.sentence === m.sentence &&
          n.end <= m.start &&
          n.place.country !== 'VN' &&
          subject.includes(fold(n.written)),
      )
    );
  };
  const signedWith = (p: GazetteerPlace) =>
    vn.length === 1 &&
    mentions.some((m) => {
      const s = all[m.sentence] as Sentence;
      return (
        m.place === p && !m.venue && !m.institution && !m.qualifier && s.event && (signedBy(m) || tied(m))
      );
    });
  if (partners.some(together)) partners = partners.filter((p) => together(p) || signedWith(p));
  if (!vn.length) notes.push('no Vietnamese province is named as a party');
  if (!partners.length) notes.push('no foreign region or city is named as a party');
  if (!vn.length || !partners.length) return { lang, proposals: [], notes };

  const eventText = fold([...headline, ...sentences.filter((s) => s.event)].map((s) => s.text).join(' '));
  // What was done, not what is planned: "they plan to sign an agreement" is not an agreement.
  const doneText = fold(
    [...headline, ...sentences.filter((s) => s.event && !FUTURE_WORDS.some((w) => hasWord(s.folded, w)))]
      .map((s) => s.text)
      .join(' '),
  );
  const kind: Kind | null = kindOf(doneText) ?? kindOf(eventText) ?? kindOf(fold(body));
  // Domains from what is said about the event; the whole text only when that names none.
  const eventDomains = domainsOf(eventText);
  const domains: Domain[] = eventDomains.length
    ? eventDomains
    : domainsOf(fold(`${header.headline ?? ''} ${body}`));
  const outlet = outletOf(header, text);
  // (A province the report names only by its city is written by its own name: the row's places are
  // provinces, and the notes say which city the report names.)
  const written = (p: GazetteerPlace) =>
    mentions
      .filter((m) => m.place === p && !m.institution && !m.city && !m.venue)
      .sort((a, b) => b.written.length - a.written.length)[0]?.written ?? p.names.vi;
  const warnings = [
    ...(kind ? [] : ['kind: no word of the vocabulary found, "meeting" put as a placeholder']),
    ...(domains.length ? [] : ['domains: none found in the text, "exchanges" put as a placeholder']),
    ...(outlet ? [] : ['source_outlet: not found']),
    ...(header.headline ? [] : ['source_headline: not found']),
    ...(date.precision === 'day' ? [] : [`date: no day written in the text (${date.precision} precision)`]),
  ];
  // The capitalised words of a sentence but its first, with their clauses (`clauseAt`): once each.
  const capitals = new Map<number, { at: number; clause: number }[]>();
  const capitalsOf = (i: number) => {
    let c = capitals.get(i);
    if (!c) {
      const text = (all[i] as Sentence).text;
      c = [...text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)]
        .filter((w) => w.index > 0)
        .map((w) => ({ at: w.index, clause: clauseAt(text, w.index) }));
      capitals.set(i, c);
    }
    return c;
  };
  const paired = pairGroups(
    vn,
    partners,
    mentions
      .filter((m) => !m.venue && !m.institution && !m.qualifier)
      .map((m) => {
        const text = (all[m.sentence] as Sentence).text;
        // (Whether its clause holds a capitalised word that no mention of the sentence covers, but
        // the sentence's first.)
        const clause = clauseAt(text, m.start);
        const unread = capitalsOf(m.sentence).some(
          (w) =>
            w.clause === clause &&
            !mentions.some((n) => n.sentence === m.sentence && n.start <= w.at && w.at < n.end),
        );
        // (Whether it follows the mention before it as the next item of a list: "Hanoi, Thua Thiên-Huê".)
        const prev = mentions.filter((n) => n.sentence === m.sentence && n.end <= m.start).at(-1);
        const listed = !!prev && LIST_GAP.test(text.slice(prev.end, m.start));
        return {
          ...m,
          clause,
          pairing: inPairingClause(text, m.start),
          unread,
          listed,
        };
      }),
  );
  if (paired.note) notes.push(paired.note);
  const countryCount = new Set(paired.groups.map((x) => x.country)).size;
  const proposals = paired.groups.map(({ country, vn, partners: ps }): Proposal => {
    const k = kind ?? 'meeting';
    const ds = domains.length ? domains : (['exchanges'] as Domain[]);
    const names = (l: Lang, places: GazetteerPlace[]) => places.map((p) => p.names[l]);
    const evidence =
      all.find(
        (s, i) =>
          s.event &&
          mentions.some((m) => m.sentence === i && vn.includes(m.place)) &&
          mentions.some((m) => m.sentence === i && ps.includes(m.place)),
      ) ??
      all.find((_, i) => mentions.some((m) => m.sentence === i && ps.includes(m.place) && !m.venue)) ??
      all[0];
    // A tie the report tells of as older than the report ("La région Rhône-Alpes s'est jumelée avec Hô Chi
    // Minh-Ville dès 1997", in an article of 2016): the row is dated by the year its sentence gives. Not
    // a sentence that writes the event's day ("On November 29 the partners since 2019 signed…").
    const tie = evidence ? tieYearIn(evidence.text) : undefined;
    const older =
      tie !== undefined &&
      /^\d{4}/.test(date.value) &&
      tie < date.value.slice(0, 4) &&
      !findDates(evidence?.text ?? '').some((d) => d.day !== undefined) &&
      // (Nor one that says something was signed, "partners since 1989, signed a new programme", nor
      // a period "from 2022 to 2026".)
      !SIGNED.test(evidence?.folded ?? '') &&
      !PERIOD.test(evidence?.folded ?? '');
    const when = older ? { value: tie, precision: 'year' as const } : date;
    // A province named as one of its cities ("the Vietnamese city of Da Lat"): the tie may be the
    // city's own. The row says so, for the reviewer to decide.
    const byCity = vn.flatMap((p) => {
      const city = mentions.find((m) => m.place === p && m.city && !m.institution && !m.venue)?.city;
      return city ? [`${city.names.vi} (${p.names.vi})`] : [];
    });
    const confidence =
      { day: 1, month: 0.8, year: 0.6, none: 0.3 }[when.precision] *
      (kind ? 1 : 0.6) *
      (domains.length ? 1 : 0.8) *
      (outlet && header.headline ? 1 : 0.9) *
      (countryCount > 1 || ps.length > 1 ? 0.85 : 1) *
      (byCity.length ? 0.8 : 1) *
      (datelineParty ? 0.8 : 1);
    const row: Row = {
      id: slug(`${when.value} ${vn[0]?.names.en ?? ''} ${ps[0]?.names.en ?? ''}`),
      date: when.value,
      end_date: '',
      vn_places: vn.map(written).join('; '),
      partner_places: ps.map(written).join('; '),
      partner_country: country,
      kind: k,
      domains: ds.join(';'),
      title_fr: `${list(names('fr', vn), 'et')} et ${list(names('fr', ps), 'et')} : ${KINDS[k].fr.toLowerCase()}`,
      title_vi: `${list(names('vi', vn), 'và')} và ${list(names('vi', ps), 'và')}: ${KINDS[k].vi.toLowerCase()}`,
      title_en: `${list(names('en', vn), 'and')} and ${list(names('en', ps), 'and')}: ${KINDS[k].en.toLowerCase()}`,
      summary_fr: `Brouillon à relire. ${KINDS[k].fr} entre ${list(names('fr', vn), 'et')} et ${list(names('fr', ps), 'et')} ; domaines : ${ds.map((d) => DOMAINS[d].fr.toLowerCase()).join(', ')}.`,
      summary_vi: `Bản nháp cần kiểm tra. ${KINDS[k].vi} giữa ${list(names('vi', vn), 'và')} và ${list(names('vi', ps), 'và')}; lĩnh vực: ${ds.map((d) => DOMAINS[d].vi.toLowerCase()).join(', ')}.`,
      summary_en: `Draft to review. ${KINDS[k].en} between ${list(names('en', vn), 'and')} and ${list(names('en', ps), 'and')}; domains: ${ds.map((d) => DOMAINS[d].en.toLowerCase()).join(', ')}.`,
      source_outlet: outlet ?? TODO,
      source_date:
        date.published && /^\d{4}(-\d{2}){0,2}$/.test(date.published) ? date.published : date.value,
      source_headline: header.headline ?? TODO,
      source_url: header.url ?? '',
      notes: [
        `proposed by npm run extract${opts.file ? ` from ${opts.file}` : ''} (${lang})`,
        ...(older
          ? [
              ...warnings.filter((w) => !w.startsWith('date:')),
              `date: the year its sentence gives for the tie (${tie}); the report is of ${date.value}`,
            ]
          : warnings),
        ...(byCity.length
          ? [
              `vn_places: the report names the city of ${byCity.join(', ')}; check that the tie is the province's`,
            ]
          : []),
        ...(datelineParty
          ? [
              `vn_places: read from the dateline (${dateline?.written}), which the report calls "the city" or "the province"; check that the tie is its`,
            ]
          : []),
      ].join('; '),
      // What was signed is for the reviewer to say from the report.
      status: '',
    };
    return {
      row,
      confidence: Math.round(confidence * 100) / 100,
      evidence: evidence?.text ?? '',
      places: { vn: vn.map((p) => p.id), partners: ps.map((p) => p.id) },
    };
  });
  return { lang, proposals, notes };
}
