/**
 * The id of an arc (a Vietnam–partner pair): `<vn>~<partner>`, e.g. `VN-13~CN-GX`. Place ids never
 * contain `~`, so the id is read back unambiguously. One owner for the format: the build's pairs, the
 * page's visible arcs, URLs, the public API and the host protocol all use these two functions.
 *
 * @example arcId('VN-13', 'CN-GX') === 'VN-13~CN-GX'
 */
export const arcId = (vn: string, partner: string): string => `${vn}~${partner}`;

/**
 * The two ends of an arc id, or null for a place id (or anything else).
 *
 * @example parseArcId('VN-13~CN-GX') → { vn: 'VN-13', partner: 'CN-GX' }; parseArcId('VN-13') → null
 */
export function parseArcId(id: string): { vn: string; partner: string } | null {
  const i = id.indexOf('~');
  if (i <= 0 || i === id.length - 1 || id.indexOf('~', i + 1) !== -1) return null;
  return { vn: id.slice(0, i), partner: id.slice(i + 1) };
}

/**
 * How the chooser of lines about as near names one (the live map's and the picture's alike): an arc
 * as its label says it, by the units that signed (`arcLabel`), else by its two ends' names; a place
 * by its name.
 *
 * @example chooserLabel('VN-13~CN-GX', (id) => (id === 'VN-13' ? 'Quảng Ninh' : 'Guangxi')) → 'Quảng Ninh ↔ Guangxi'
 */
export function chooserLabel(
  id: string,
  name: (id: string) => string,
  arcLabel?: (id: string) => string | null,
): string {
  const ends = parseArcId(id);
  return ends ? (arcLabel?.(id) ?? `${name(ends.vn)} ↔ ${name(ends.partner)}`) : name(id);
}
