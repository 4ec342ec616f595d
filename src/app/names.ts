import { parseArcId } from '../core/arcId';
import type { Atlas, AtlasEvent } from '../core/atlas';
import { indexOf } from '../core/atlasIndex';
import { formatDay, type Lang } from '../core/i18n';
import { nameIsShared, signatories, standingAt } from '../core/view/history';
import type { VisibleArc } from '../core/view/visibleArcs';
import type { MessageKey, Translate } from '../ui/messages';
import { contracted, withArticle } from '../core/frenchArticles';

/**
 * Names for readers. A place is named in the reader's language; a unit that had ceased on the day
 * shown is named as it signed, with what it is part of now ("Hà Giang (now part of Tuyên Quang)").
 * A bare id is never a name: a place the atlas does not know reads "a place not named in the atlas".
 */
export function namer(atlas: Atlas, lang: Lang, tr: Translate) {
  const ix = indexOf(atlas);
  const plain = (id: string) => ix.place(id)?.names[lang] ?? tr('unnamedPlace');
  /**
   * A message whose `{new}` is a unit (`unit`, named `name`): in French with its article where it takes
   * one, contracted ("fait partie de la Nouvelle-Aquitaine", "du Grand Est"; `withArticle`).
   */
  const about = (key: MessageKey, vars: Record<string, string>, unit: string, name = plain(unit)) =>
    lang === 'fr' && ix.place(unit)
      ? contracted(tr(key, { ...vars, new: withArticle(unit, name) }))
      : tr(key, { ...vars, new: name });
  const year = (day: string) => day.slice(0, 4);

  /**
   * A unit as it signed, named as it stands on `day`. `brief`: one whose successor has its name is
   * named by its era ("Ho Chi Minh City (until 2025)", as its panel's title), not by the change
   * ("… (before the merger of 1 July 2025)"): for a list of links under a title that says it.
   */
  const asOf = (id: string, day: string, brief = false): string => {
    const s = standingAt(atlas, id, day);
    const old = plain(id);
    switch (s.kind) {
      case 'merged': {
        const now = plain(s.into);
        if (now === old && brief) return withEra(id);
        return now === old
          ? tr('formerSameName', { old, date: formatDay(lang, s.since) })
          : about('nowPartOf', { old }, s.into, now);
      }
      case 'renamed':
        return about('nowIs', { old }, s.into);
      case 'current':
      case 'notYet':
        return old;
    }
  };

  /** A name that tells apart two units of one name (the old and the new Tuyên Quang) by their era. */
  const withEra = (id: string): string => {
    const p = ix.place(id);
    if (!p) return tr('unnamedPlace');
    const name = p.names[lang];
    if (!nameIsShared(atlas, p)) return name;
    if (p.validTo) return tr('untilYear', { name, year: year(p.validTo) });
    if (p.validFrom) return tr('sinceYear', { name, year: year(p.validFrom) });
    return name;
  };

  /**
   * "Hà Giang (now part of Tuyên Quang) ↔ Guangxi": the units that signed on an arc, on both sides,
   * named as they stand on `day` ("Hà Nội ↔ Limousin (now part of Nouvelle-Aquitaine)"). Where both
   * sides have several, each pair that signed, apart: "A, B ↔ C, D" read as if A had signed with D.
   */
  const arc = (a: Pick<VisibleArc, 'pairs'>, day: string, brief = false) => {
    const sides = [signatories(a), signatories(a, 'partner')];
    const named = (side: readonly string[]) => side.map((u) => asOf(u, day, brief)).join(', ');
    if (sides.some((side) => side.length <= 1)) return sides.map(named).join(' ↔ ');
    return a.pairs
      .flatMap((p) => {
        const ends = parseArcId(p);
        return ends ? [`${asOf(ends.vn, day, brief)} ↔ ${asOf(ends.partner, day, brief)}`] : [];
      })
      .join('; ');
  };

  /** One side of an arc: its units that signed, named as they stand on `day` ("Hokkaidō"). */
  const end = (a: Pick<VisibleArc, 'pairs'>, side: 'vn' | 'partner', day: string, brief = false) =>
    signatories(a, side)
      .map((u) => asOf(u, day, brief))
      .join(', ');

  /** An arc or pair id that is not drawn on the day: its two ends, as they signed. */
  const arcId = (id: string, day: string): string | null => {
    const ends = parseArcId(id);
    return ends ? `${asOf(ends.vn, day)} ↔ ${asOf(ends.partner, day)}` : null;
  };

  /** The units that took part in an event, named as they stand on `day`. */
  const parties = (e: AtlasEvent, day: string) =>
    `${e.vn.map((u) => asOf(u, day)).join(', ')} ↔ ${e.partners.map((u) => asOf(u, day)).join(', ')}`;

  return { plain, about, asOf, withEra, arc, end, arcId, parties };
}
export type Namer = ReturnType<typeof namer>;
