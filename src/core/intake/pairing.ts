import type { GazetteerPlace } from '../types';

/** A place named as a party (not as the venue, not inside an institution's name) in a sentence. */
export interface PartyMention {
  place: GazetteerPlace;
  sentence: number;
}

/** One proposed row's two sides: Vietnamese provinces and partners of one country. */
export interface PairGroup {
  country: string;
  vn: GazetteerPlace[];
  partners: GazetteerPlace[];
}

/**
 * Whose partner is whose. With one Vietnamese party or one partner, every partner goes with every
 * Vietnamese party (one event, several signatories). With several of each, a report is usually a
 * list of ties ("Hà Nội is twinned with Île-de-France; Huế with Poitou-Charentes…") or a partner's
 * other ties: a pair is proposed only when both are named in one sentence, and a sentence that names
 * several of each (a list that does not say who goes with whom) proposes none.
 *
 * @example pairGroups([hn, hue], [idf, poitou], mentions) → rows Hà Nội–IDF and Huế–Poitou
 */
export function pairGroups(
  vn: readonly GazetteerPlace[],
  partners: readonly GazetteerPlace[],
  mentions: readonly PartyMention[],
): { groups: PairGroup[]; note?: string } {
  const pairs = new Map<GazetteerPlace, Set<GazetteerPlace>>();
  if (vn.length <= 1 || partners.length <= 1) {
    for (const p of partners) pairs.set(p, new Set(vn));
  } else {
    const sentences = [...new Set(mentions.map((m) => m.sentence))];
    for (const s of sentences) {
      const here = mentions.filter((m) => m.sentence === s).map((m) => m.place);
      const sVn = vn.filter((p) => here.includes(p));
      const sP = partners.filter((p) => here.includes(p));
      if (sVn.length === 0 || sP.length === 0 || (sVn.length > 1 && sP.length > 1)) continue;
      for (const p of sP) pairs.set(p, new Set([...(pairs.get(p) ?? []), ...sVn]));
    }
    if (pairs.size === 0)
      return {
        groups: [],
        note: 'several Vietnamese provinces and several partners, never named one to one in a sentence: who is whose partner is not said',
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
