import type { GazetteerPlace } from '../types';

/** A place named as a party (not as the venue, not inside an institution's name) in a sentence. */
export interface PartyMention {
  place: GazetteerPlace;
  sentence: number;
  /**
   * Which clause of its sentence the mention is in, where a sentence lists ties clause by clause
   * ("… entre A et B, entre C et D", "between A and B; between C and D"): see `clauseAt`.
   */
  clause?: number;
  /** Whether that clause was opened by a pairing word ("entre", "between", "giữa"). */
  pairing?: boolean;
  /**
   * Whether its clause holds a capitalised word that no mention reads (but the sentence's first): a
   * name the gazetteer does not know ("la province de Svedlovsk et la province de Dông Nai").
   */
  unread?: boolean;
  /** Whether it follows the mention before it as the next item of a list (", ", " et "). */
  listed?: boolean;
}

/**
 * Words that open a clause pairing two parties ("entre", "between", "giữa"), and the semicolon that
 * separates the items of a list. A sentence listing ties clause by clause says who goes with whom.
 */
const CLAUSE_START = /(?:^|[^\p{L}])(?:entre|between|giữa)(?=[^\p{L}]|$)|;/giu;

/**
 * The clause of `text` that the offset `at` falls in: how many clause openings come before it. After
 * a pairing word, a comma that closes a complete pair ("A et B,") opens the next pair too: "les
 * relations entre Brest et Hai Phong, le Val-de-Marne et Yên Bai, Aquitaine et Thua Thiên-Huê". A
 * comma inside a list of one side ("entre les provinces de Quang Ninh, Lang Son et Cao Bang et le
 * Guangxi") does not.
 */
export function clauseAt(text: string, at: number): number {
  return clauseInfo(text, at).n;
}

/** Whether the clause at `at` was opened by a pairing word ("entre A et B"), not a semicolon. */
export function inPairingClause(text: string, at: number): boolean {
  return clauseInfo(text, at).pairing;
}

function clauseInfo(text: string, at: number): { n: number; pairing: boolean } {
  let n = 0;
  let pairing = false;
  let paired = false;
  const marks = new RegExp(`${CLAUSE_START.source}|,|(?:^|[^\\p{L}])(?:et|and|và)(?=[^\\p{L}]|$)`, 'giu');
  for (const m of text.matchAll(marks)) {
    if (m.index >= at) break;
    const mark = m[0].trim().toLowerCase();
    if (mark === ',') {
      if (pairing && paired) {
        n++;
        paired = false;
      }
    } else if (mark === 'et' || mark === 'and' || mark === 'và') paired = true;
    else {
      n++;
      pairing = mark !== ';';
      paired = false;
    }
  }
  return { n, pairing };
}

/** One proposed row's two sides: Vietnamese provinces and partners of one country. */
export interface PairGroup {
  country: string;
  vn: GazetteerPlace[];
  partners: GazetteerPlace[];
}

/**
 * Whose partner is whose. With one Vietnamese party, every partner goes with it; with one partner,
 * the Vietnamese parties named in a sentence with it, else all of them (one event, several
 * signatories). With several of each, a report is usually a
 * list of ties ("Hà Nội is twinned with Île-de-France; Huế with Poitou-Charentes…") or a partner's
 * other ties: a pair is proposed only when both are named in one sentence, and a sentence that names
 * several of each (a list that does not say who goes with whom) proposes none — unless it pairs them
 * clause by clause ("accords entre A et B, … et entre C et D"): then each clause is read on its own.
 *
 * @example pairGroups([hn, hue], [idf, poitou], mentions) → rows Hà Nội–IDF and Huế–Poitou
 */
export function pairGroups(
  vn: readonly GazetteerPlace[],
  partners: readonly GazetteerPlace[],
  mentions: readonly PartyMention[],
): { groups: PairGroup[]; note?: string } {
  const pairs = new Map<GazetteerPlace, Set<GazetteerPlace>>();
  mentions = listsGoOn(mentions, vn);
  if (vn.length <= 1) {
    // A partner named only in pairing clauses without the province ("l'accord entre l'AFD et la
    // communauté urbaine de Brest") is paired there with someone else, not with the province.
    const pairedElsewhere = (p: GazetteerPlace) => {
      const ms = mentions.filter((m) => m.place === p);
      return (
        ms.length > 0 &&
        ms.every(
          (m) =>
            m.pairing &&
            !mentions.some((n) => vn.includes(n.place) && n.sentence === m.sentence && n.clause === m.clause),
        )
      );
    };
    const kept = partners.filter((p) => !pairedElsewhere(p));
    for (const p of kept.length ? kept : partners) pairs.set(p, new Set(vn));
  } else if (partners.length === 1) {
    // One partner and several provinces: those named with it in a clause, else in a sentence, when
    // any is (the others are the report's other news: "agreements between Ubon Ratchathani and
    // Quang Nam, alongside activities with Kon Tum"); else all of them (one event, several signatories).
    const p = partners[0] as GazetteerPlace;
    const namedWith = (unit: (m: PartyMention) => string) => {
      const withP = new Set(mentions.filter((m) => m.place === p).map(unit));
      return vn.filter((v) => mentions.some((m) => m.place === v && withP.has(unit(m))));
    };
    const inClause = namedWith((m) => `${m.sentence}:${m.clause ?? 0}`);
    const inSentence = namedWith((m) => `${m.sentence}`);
    pairs.set(p, new Set(inClause.length ? inClause : inSentence.length ? inSentence : vn));
  } else {
    // Each sentence is read clause by clause; when no clause pairs anyone, as a whole.
    const pairIn = (here: GazetteerPlace[]): boolean => {
      const sVn = vn.filter((p) => here.includes(p));
      const sP = partners.filter((p) => here.includes(p));
      if (sVn.length === 0 || sP.length === 0 || (sVn.length > 1 && sP.length > 1)) return false;
      for (const p of sP) pairs.set(p, new Set([...(pairs.get(p) ?? []), ...sVn]));
      return true;
    };
    for (const s of new Set(mentions.map((m) => m.sentence))) {
      const inS = mentions.filter((m) => m.sentence === s);
      const clauses = [...new Set(inS.map((m) => m.clause ?? 0))];
      const byClause = clauses.map((c) =>
        pairIn(inS.filter((m) => (m.clause ?? 0) === c).map((m) => m.place)),
      );
      if (clauses.length > 1 && !byClause.some(Boolean)) pairIn(inS.map((m) => m.place));
    }
    if (pairs.size === 0)
      return {
        groups: [],
        note: 'several Vietnamese provinces and several partners, never named one to one in a sentence or clause: who is whose partner is not said',
      };
  }
  // One row per partner country and set of Vietnamese parties.
  const groups = new Map<string, PairGroup>();
  for (const [p, vs] of pairs) {
    const vnOf = vn.filter((v) => vs.has(v));
    const key = `${p.country}|${vnOf.map((v) => v.id).join()}`;
    const g = groups.get(key);
    if (g) g.partners.push(p);
    else groups.set(key, { country: p.country, vn: vnOf, partners: [p] });
  }
  return { groups: [...groups.values()] };
}

/**
 * A clause of one side only that follows a clause pairing one place of the other side goes on with
 * it, and is read as part of it: "entre Poitou-Charentes et Hanoi, Thua Thiên-Huê, Hô Chi Minh-Ville et
 * Dà Nang" pairs the four with Poitou-Charentes (the comma after a whole pair opened a clause,
 * `clauseAt`, as in "entre Brest et Hai Phong, le Val-de-Marne et Yên Bai"), when its places follow as
 * the items of a list (`listed`: not "…, alongside activities with Kon Tum", "…, and Da Nang also sent a
 * delegation"). Not a clause that holds a name the gazetteer does not know (`unread`): it may be the
 * other side ("la province de Svedlovsk et la province de Dông Nai").
 */
function listsGoOn(mentions: readonly PartyMention[], vn: readonly GazetteerPlace[]): PartyMention[] {
  const out = mentions.map((m) => ({ ...m }));
  for (const s of new Set(out.map((m) => m.sentence))) {
    const inS = out.filter((m) => m.sentence === s);
    let prev: { clause: number; last: number; vn: number; partners: number } | null = null;
    for (const c of [...new Set(inS.map((m) => m.clause ?? 0))]) {
      const here = inS.filter((m) => (m.clause ?? 0) === c);
      const nVn = new Set(here.filter((m) => vn.includes(m.place)).map((m) => m.place)).size;
      const nP = new Set(here.filter((m) => !vn.includes(m.place)).map((m) => m.place)).size;
      const oneSided = nVn > 0 !== nP > 0 && !here.some((m) => m.unread);
      // (The clause right after it, opened by the comma that closed its pair.)
      const next = !!prev && c === prev.last + 1 && here.every((m) => m.listed);
      if (prev && next && oneSided && (nVn ? prev.partners === 1 : prev.vn === 1)) {
        for (const m of here) m.clause = prev.clause;
        prev = { clause: prev.clause, last: c, vn: prev.vn + nVn, partners: prev.partners + nP };
      } else prev = nVn && nP ? { clause: c, last: c, vn: nVn, partners: nP } : null;
    }
  }
  return out;
}
