import type { Lang } from '../i18n';

/**
 * The archipelagos' names as the maps write them, by the basemap's archipelago id (`ARCHIPELAGOS`,
 * src/pipeline/geo/naturalEarth.ts). Maps published in Vietnam name them in Vietnamese; a French or
 * English page gives that name with the one its readers know after it, in brackets, as the basemap's
 * own names in those languages do. Short, for a map: two lines in the live map's 7-em measure, as
 * the Vietnamese name is ("Hoàng Sa" / "(Paracels)"). The basemap's longer names ("Archipel de Hoàng Sa
 * (Paracels)") are the page's words.
 */
const MAP_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  'hoang-sa': { vi: 'Quần đảo Hoàng Sa', fr: 'Hoàng Sa (Paracels)', en: 'Hoàng Sa (Paracels)' },
  'truong-sa': { vi: 'Quần đảo Trường Sa', fr: 'Trường Sa (Spratleys)', en: 'Trường Sa (Spratlys)' },
};

/**
 * An archipelago's name on a map in `lang`, from its basemap feature's properties (its Vietnamese
 * name where the id is not one of the two).
 *
 * @example archipelagoName({ id: 'hoang-sa', vi: 'Quần đảo Hoàng Sa' }, 'en') // 'Hoàng Sa (Paracels)'
 */
export function archipelagoName(props: Record<string, unknown> | null | undefined, lang: Lang): string {
  const names = MAP_NAMES[String(props?.id)];
  return names ? names[lang] : String(props?.vi);
}
