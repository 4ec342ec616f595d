import { geocode } from '../geo/geocode';
import type { Gazetteer } from '../geo/gazetteer';
import { findDates, yearFor, type FoundDate } from './intakeDates';
import {
  detectLanguage,
  domainsOf,
  EVENT_WORDS,
  FUTURE_WORDS,
  hasWord,
  INSTITUTION_AFTER,
  INSTITUTION_BEFORE,
  kindOf,
  VENUE_BEFORE,
  type Lang,
} from './intakeWords';
import { fold } from '../normalize';
import { isValidAt } from '../validity';
import { PartnershipRow } from '../rows/partnershipRow';
import type { GazetteerPlace } from '../types';
import { DOMAINS, KINDS, type Domain, type Kind } from '../vocabulary';

/** The columns of data/partnerships.csv, in order (the schema's keys). */
export const ROW_COLUMNS = Object.keys(PartnershipRow.shape) as (keyof typeof PartnershipRow.shape)[];
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

interface Header {
  date?: string;
  outlet?: string;
  headline?: string;
  url?: string;
}

interface Sentence {
  text: string;
  start: number;
  folded: string;
  event: boolean;
}

interface Mention {
  place: GazetteerPlace;
  written: string;
  sentence: number;
  venue: boolean;
  institution: boolean;
}

const TODO = '[à compléter]';

/**
 * Header lines an editor may put at the top of a pasted article (`date: 2023-02-22`, `outlet: …`,
 * `headline: …`, `url: …`), and the form of the source copies (` date 2024-11 Headline…`).
 * Returns the header and where the body starts.
 */
function readHeader(text: string): { header: Header; body: string } {
  const header: Header = {};
  const lines = text.split(/\r?\n/);
  let i = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    const kv = /^(date|outlet|source|headline|title|titre|url|link)\s*:\s*(.+)$/i.exec(line);
    const seed = /^date\s+(\d{4}(?:-\d{2}){0,2})\s+(.+)$/i.exec(line);
    if (kv) {
      const key = (kv[1] as string).toLowerCase();
      const value = (kv[2] as string).trim();
      if (key === 'date') header.date = value;
      else if (key === 'outlet' || key === 'source') header.outlet = value;
      else if (key === 'url' || key === 'link') header.url = value;
      else header.headline = value;
    } else if (seed) {
      header.date = seed[1];
      // In those copies the rest of the line is the headline, or a caption when it is long.
      const rest = (seed[2] as string).trim();
      if (rest.length <= 160 && !/[.!?]$/.test(rest)) header.headline = rest;
      else {
        lines[i] = rest;
        break;
      }
    } else break;
  }
  let body = lines.slice(i).join('\n');
  // A first short line without a final full stop is the headline.
  if (!header.headline) {
    const first = /^\s*([^\n]{8,200})\n/.exec(body);
    if (first && !/[.!?:]\s*$/.test(first[1] as string)) {
      header.headline = (first[1] as string).trim();
      body = body.slice(first[0].length);
    }
  }
  return { header, body };
}

function sentencesOf(body: string): Sentence[] {
  const out: Sentence[] = [];
  // Any full stop ends a sentence, spaced or not ("domaines.Dans", "Guangxi.-VNA" occur in wire copy).
  const re = /[^\n.!?]+[.!?]*/gu;
  for (const m of body.matchAll(re)) {
    const text = m[0].trim();
    if (text.length < 3) continue;
    const folded = fold(text);
    out.push({
      text,
      start: m.index + m[0].indexOf(text),
      folded,
      event: EVENT_WORDS.some((w) => hasWord(folded, w)),
    });
  }
  return out;
}

interface Token {
  text: string;
  start: number;
  end: number;
  cap: boolean;
}
const tokensOf = (s: string): Token[] =>
  [...s.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    cap: /^\p{Lu}/u.test(m[0]),
  }));

/** "Hô Chi Minh" alone is the president (an academy, a mausoleum…), the city is "Hô Chi Minh-Ville". */
const PERSON_NAMES = new Set(['ho chi minh']);
const endsWithWord = (folded: string, words: readonly string[]) =>
  words.some((w) => ` ${folded}`.endsWith(` ${w}`));

const MAX_WORDS = 6;

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

/** Lookups repeat across sentences and articles: remember them per gazetteer, date and hints. */
const memos = new WeakMap<Gazetteer, Map<string, Map<string, GazetteerPlace | null>>>();
function memoFor(g: Gazetteer, key: string): Map<string, GazetteerPlace | null> {
  let byKey = memos.get(g);
  if (!byKey) memos.set(g, (byKey = new Map()));
  let m = byKey.get(key);
  if (!m) byKey.set(key, (m = new Map()));
  return m;
}

/** Finds the places of one sentence: longest first-tier name first, then widened to its admin words. */
function placesIn(
  g: Gazetteer,
  s: Sentence,
  index: number,
  date: string | undefined,
  countries: ReadonlySet<string>,
): { mentions: Mention[]; countries: string[] } {
  const toks = tokensOf(s.text);
  const mentions: Mention[] = [];
  const found: string[] = [];
  const span = (i: number, j: number) => s.text.slice(toks[i]?.start, toks[j]?.end);
  const memo = memoFor(g, `${date ?? ''}|${[...countries].join()}`);
  const resolve = (name: string): GazetteerPlace | null => {
    const hit = memo.get(name);
    if (hit !== undefined) return hit;
    const r = resolveUncached(name);
    memo.set(name, r);
    return r;
  };
  const resolveUncached = (name: string): GazetteerPlace | null => {
    const vn = geocode(g, name, { country: 'VN', levels: ['province'], ...(date ? { date } : {}) });
    if (vn.kind === 'resolved') return vn.place;
    const opts = { levels: ['region', 'city'] as const, ...(date ? { date } : {}) };
    const r = geocode(g, name, opts);
    if (r.kind === 'resolved') return r.place.country === 'VN' ? null : r.place;
    if (r.kind === 'ambiguous') {
      // The countries the article names narrow a name down ("Victoria" in an article about Canada).
      const fits = [...countries]
        .map((c) => geocode(g, name, { ...opts, country: c }))
        .filter((x) => x.kind === 'resolved');
      if (fits.length === 1 && fits[0]?.kind === 'resolved') return fits[0].place;
    }
    return null;
  };
  for (let i = 0; i < toks.length;) {
    let hit: { j: number; place: GazetteerPlace | null; country: string | null } | null = null;
    if (toks[i]?.cap) {
      for (let j = Math.min(toks.length, i + MAX_WORDS) - 1; j >= i && !hit; j--) {
        const key = fold(span(i, j));
        // Short single words are pronouns and codes ("Il", "La", "IL"), not names in running text.
        if ((i === j && key.length < 4) || g.lookup(key, 1).length === 0 || PERSON_NAMES.has(key)) continue;
        const country = geocode(g, span(i, j), { levels: ['country'] });
        if (country.kind === 'resolved') hit = { j, place: null, country: country.place.country };
        else {
          const place = resolve(span(i, j));
          if (place) hit = { j, place, country: null };
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
      while (from > 0 && i - from < 5 && joined(toks[from - 1], toks[from])) from--;
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
      const inLongerName =
        (before?.cap && joined(before, toks[a]) && !/^(?:de|du|d)$/i.test(before.text)) ||
        (after?.cap && joined(toks[b], after));
      const pre = fold(s.text.slice(Math.max(0, (toks[a] as Token).start - 40), (toks[a] as Token).start));
      const post = fold(s.text.slice((toks[b] as Token).end, (toks[b] as Token).end + 20));
      const institution =
        endsWithWord(pre, INSTITUTION_BEFORE) || INSTITUTION_AFTER.some((w) => post.startsWith(w));
      if (!inLongerName || institution) {
        mentions.push({
          place,
          written: span(a, b),
          sentence: index,
          venue:
            endsWithWord(pre, VENUE_BEFORE) ||
            // A dateline: "Ha Giang (VNA) -", "Quang Ninh, 17 novembre (VNA) -", "Hanoi - Officials…".
            (a === 0 &&
              /^\s*(?:,\s*\d|\(\s*(?:vna|ttxvn|afp|reuters)|[-–—]\s)/i.test(
                s.text.slice((toks[b] as Token).end),
              )),
          institution,
        });
      }
      i = b + 1;
    } else i = hit.j + 1;
  }
  return { mentions, countries: found };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The event date: a written day in a sentence about the event first; never an invented day. */
function eventDate(
  sentences: Sentence[],
  dates: FoundDate[],
  header: Header,
  bodyStart: number,
): { value: string; precision: 'day' | 'month' | 'year' | 'none'; published?: string } {
  const h = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(header.date ?? '');
  const stamp = dates.find((d) => d.timestamp && d.year !== undefined);
  const ref = h
    ? { year: Number(h[1]), ...(h[2] ? { month: Number(h[2]) } : {}) }
    : stamp?.year !== undefined
      ? { year: stamp.year, month: stamp.month }
      : dates.find((d) => d.year !== undefined && d.day !== undefined);
  const published =
    header.date ??
    (stamp?.year !== undefined ? `${stamp.year}-${pad(stamp.month)}-${pad(stamp.day ?? 1)}` : undefined);
  const inEvent = (d: FoundDate) =>
    sentences.some(
      (s) => s.event && d.index - bodyStart >= s.start && d.index - bodyStart < s.start + s.text.length,
    );
  const candidates = dates.filter((d) => !d.timestamp && d.index >= bodyStart);
  const withDay = candidates.filter((d) => d.day !== undefined);
  const best = withDay.find(inEvent) ?? withDay[0];
  const pub = published ? { published } : {};
  if (best && (best.year !== undefined || ref?.year !== undefined)) {
    const y = best.year ?? yearFor(best.month, ref as { year: number; month?: number });
    return { value: `${y}-${pad(best.month)}-${pad(best.day as number)}`, precision: 'day', ...pub };
  }
  const month = candidates.find((d) => d.year !== undefined);
  if (month?.year !== undefined)
    return { value: `${month.year}-${pad(month.month)}`, precision: 'month', ...pub };
  if (h?.[2]) return { value: `${h[1]}-${h[2]}`, precision: 'month', ...pub };
  if (ref?.year !== undefined) return { value: String(ref.year), precision: 'year', ...pub };
  return { value: '', precision: 'none', ...pub };
}

function outletOf(header: Header, text: string): string | null {
  if (header.outlet) return header.outlet;
  if (/VNA\/CVN|Courrier du Vietnam/i.test(text)) return 'Le Courrier du Vietnam (VNA/CVN)';
  if (/Nhân Dân|Nhan Dan/i.test(text)) return 'Nhân Dân';
  if (/\(VNA\)|Vietnam News Agency|\(TTXVN\)/i.test(text)) return 'Vietnam News Agency (VNA)';
  if (/VnExpress/i.test(text)) return 'VnExpress';
  return null;
}

const slug = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const list = (names: string[], and: string) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;

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

  const score = new Map<string, number>();
  for (const m of mentions) {
    if (m.institution || m.venue) continue;
    const s = all[m.sentence] as Sentence;
    score.set(m.place.id, (score.get(m.place.id) ?? 0) + (s.event ? 2 : 1));
  }
  const parties = (vn: boolean) =>
    [...new Set(mentions.filter((m) => (m.place.country === 'VN') === vn).map((m) => m.place))].filter(
      (p) => (score.get(p.id) ?? 0) >= 2,
    );
  // A unit that no longer existed on the event day is named for history ("after merging with Hà
  // Giang"), not as a party.
  const vn = parties(true).filter((p) => !geoDate || isValidAt(p, geoDate));
  let partners = parties(false);
  // A city inside a partner region is where things happened, not another partner.
  partners = partners.filter(
    (p) =>
      p.level !== 'city' || !partners.some((q) => q.level === 'region' && q.admin1 && q.admin1 === p.admin1),
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
  if (partners.some(together)) partners = partners.filter(together);
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
  const written = (p: GazetteerPlace) =>
    mentions
      .filter((m) => m.place === p && !m.institution)
      .sort((a, b) => b.written.length - a.written.length)[0]?.written ?? p.names.vi;
  const warnings = [
    ...(kind ? [] : ['kind: no word of the vocabulary found, "meeting" put as a placeholder']),
    ...(domains.length ? [] : ['domains: none found in the text, "exchanges" put as a placeholder']),
    ...(outlet ? [] : ['source_outlet: not found']),
    ...(header.headline ? [] : ['source_headline: not found']),
    ...(date.precision === 'day' ? [] : [`date: no day written in the text (${date.precision} precision)`]),
  ];
  const byCountry = new Map<string, GazetteerPlace[]>();
  for (const p of partners) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p]);
  const proposals = [...byCountry].map(([country, ps]): Proposal => {
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
    const confidence =
      { day: 1, month: 0.8, year: 0.6, none: 0.3 }[date.precision] *
      (kind ? 1 : 0.6) *
      (domains.length ? 1 : 0.8) *
      (outlet && header.headline ? 1 : 0.9) *
      (byCountry.size > 1 || ps.length > 1 ? 0.85 : 1);
    const row: Row = {
      id: slug(`${date.value} ${vn[0]?.names.en ?? ''} ${ps[0]?.names.en ?? ''}`),
      date: date.value,
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
        ...warnings,
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
