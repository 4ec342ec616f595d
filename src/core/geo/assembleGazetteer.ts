import type { AdminChange } from '../adminChanges';
import { dayBefore, newUnits } from '../adminChanges';
import { createGazetteer, type Gazetteer } from './gazetteer';
import { indexKeys } from './adminWords';
import { fold } from '../normalize';
import type { GazetteerFile, GazetteerPlace, Names } from '../types';

export type AdminChangeWithNames = AdminChange & { names: Names };

/** A curated correction: add a first-tier alias, or replace a name the gazetteer gets wrong. */
export interface AliasRow {
  placeId: string;
  action: 'alias' | 'name_vi' | 'name_fr' | 'name_en';
  value: string;
  line: number;
}

export interface Assembled {
  gazetteer: Gazetteer;
  /** Problems found in the alias rows and admin changes (unknown ids), with their line. */
  errors: { line: number; message: string; source: 'aliases' | 'changes' }[];
}

/**
 * The gazetteer the build uses: the refreshed file, plus the Vietnamese units created by the admin
 * changes (label point of the predecessor that gives its name), validity dates, and curated aliases.
 *
 * @example assembleGazetteer(file, changes, aliases).gazetteer.byId('VN25-TUYEN-QUANG')
 */
export function assembleGazetteer(
  file: GazetteerFile,
  changes: readonly (AdminChangeWithNames & { line?: number })[],
  aliases: readonly AliasRow[],
): Assembled {
  const errors: Assembled['errors'] = [];
  const places = new Map<string, GazetteerPlace>(
    file.places.map((p) => [p.id, { ...p, names: { ...p.names } }]),
  );
  for (const u of newUnits(changes)) {
    const preds = u.predecessors.map((id) => places.get(id));
    const key = indexKeys(fold(u.names.vi)).at(-1);
    const namesakeByName = preds.find((p) => p && indexKeys(fold(p.names.vi)).at(-1) === key);
    const namesake = namesakeByName ?? preds.find((p) => p !== undefined);
    if (!namesake) continue; // reported below as unknown predecessor
    places.set(u.id, {
      id: u.id,
      level: 'province',
      country: 'VN',
      lon: namesake.lon,
      lat: namesake.lat,
      names: { ...u.names },
      // The unit that gives its name also gives its other names ("Saigon", "Ho Chi Minh City").
      ...(namesakeByName && namesake.alt ? { alt: [...namesake.alt] } : {}),
      ...(namesakeByName && namesake.alt2 ? { alt2: [...namesake.alt2] } : {}),
      ...(namesake.admin1 ? { admin1: namesake.admin1 } : {}),
      validFrom: u.from,
    });
  }
  for (const c of changes) {
    const from = places.get(c.from);
    if (!from) {
      errors.push({ line: c.line ?? 0, source: 'changes', message: `unknown unit id ${c.from}` });
      continue;
    }
    const last = dayBefore(c.date);
    if (!from.validTo || last < from.validTo) from.validTo = last;
  }
  for (const a of aliases) {
    const p = places.get(a.placeId);
    if (!p) {
      errors.push({
        line: a.line,
        source: 'aliases',
        message: `unknown place id ${JSON.stringify(a.placeId)}`,
      });
      continue;
    }
    if (a.action === 'alias') p.alt = [...(p.alt ?? []), a.value];
    else {
      const lang = a.action.slice(5) as keyof Names;
      // The wrong name is dropped everywhere; an alias row keeps an old name findable where wanted.
      p.alt = (p.alt ?? []).filter((n) => n !== p.names[lang]);
      p.names[lang] = a.value;
    }
  }
  return { gazetteer: createGazetteer([...places.values()]), errors };
}

/**
 * The admin changes whose new unit keeps a former unit's Vietnamese name but not its name in French or
 * English (after the aliases): the page would say "Haïphong (now part of Hải Phòng)" of one city, where
 * the same names say "Haïphong (before the merger of 1 July 2025)". Once per new unit and language, at
 * the first such row, with the column to correct and the former unit's name.
 *
 * @example namesakeNameDrift(g, changes) → [{ line: 15, column: 'to_name_fr', message: '…' }]
 */
export function namesakeNameDrift(
  g: Gazetteer,
  changes: readonly (AdminChange & { line?: number })[],
): { line: number; column: 'to_name_fr' | 'to_name_en'; message: string }[] {
  const out: ReturnType<typeof namesakeNameDrift> = [];
  const seen = new Set<string>();
  for (const c of changes) {
    const [from, to] = [g.byId(c.from), g.byId(c.to)];
    if (!from || !to || from.names.vi !== to.names.vi) continue;
    for (const lang of ['fr', 'en'] as const) {
      const key = `${c.to} ${lang}`;
      if (from.names[lang] === to.names[lang] || seen.has(key)) continue;
      seen.add(key);
      out.push({
        line: c.line ?? 0,
        column: `to_name_${lang}`,
        message: `${c.to} keeps the Vietnamese name of ${c.from} (${from.names.vi}) but is "${to.names[lang]}" in ${lang === 'fr' ? 'French' : 'English'}, where the atlas calls ${c.from} "${from.names[lang]}": readers would see "${from.names[lang]}" said to be part of "${to.names[lang]}"; write "${from.names[lang]}", or correct ${c.from}'s name in aliases.csv`,
      });
    }
  }
  return out;
}
