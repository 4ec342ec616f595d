import type { GazetteerPlace } from '../../core/types';
import { ISO_RECODES } from './corrections';

/** CLDR's supplemental/subdivisionContainment.json: what each country or subdivision contains. */
export interface CldrContainment {
  supplemental: { subdivisionContainment: Record<string, { _contains: string[] }> };
}

/** CLDR writes ISO 3166-2 codes in lower case without the hyphen: `kz63` is KZ-63. */
const cldrCode = (iso: string) => iso.toLowerCase().replace('-', '');

/**
 * Writes each recoded unit's current ISO 3166-2 code (`ISO_RECODES`) to its record's `iso`, after
 * checking the code against CLDR's list of subdivisions: a code CLDR does not know is a typo or a
 * guess, and stops the refresh. Returns how many were written and the first-level ids CLDR does not
 * list (for the log: Natural Earth's older structures, e.g. Latvia's former municipalities).
 */
export function applyIsoRecodes(
  places: GazetteerPlace[],
  cldr: CldrContainment,
): { recoded: number; notInCldr: string[] } {
  const known = new Set(Object.values(cldr.supplemental.subdivisionContainment).flatMap((c) => c._contains));
  const unknown = Object.values(ISO_RECODES).filter((code) => !known.has(cldrCode(code)));
  if (unknown.length) throw new Error(`ISO_RECODES names codes CLDR does not list: ${unknown.join(', ')}`);
  let recoded = 0;
  for (const p of places) {
    const code = ISO_RECODES[p.id];
    if (code) {
      p.iso = code;
      recoded++;
    }
  }
  const missing = Object.keys(ISO_RECODES).filter((id) => !places.some((p) => p.id === id));
  if (missing.length) throw new Error(`ISO_RECODES names ids the gazetteer lacks: ${missing.join(', ')}`);
  const notInCldr = places
    .filter((p) => p.level !== 'city' && /^[A-Z]{2}-/.test(p.id) && !p.iso && !known.has(cldrCode(p.id)))
    .map((p) => p.id);
  return { recoded, notInCldr };
}
