import type { GazetteerPlace } from './types';

/** Whether a unit existed on an ISO day (`validFrom`/`validTo` are inclusive; absent = open). */
export function isValidAt(p: Pick<GazetteerPlace, 'validFrom' | 'validTo'>, day: string): boolean {
  return (p.validFrom === undefined || p.validFrom <= day) && (p.validTo === undefined || day <= p.validTo);
}

/**
 * The partner regions (places outside Vietnam that are not countries or cities) out of force on a day:
 * the live map and the pictures draw them neither filled nor outlined (France's régions: Limousin from
 * 2016, Nouvelle-Aquitaine before; drawn every day, the new région's fill covered the old one's
 * highlight).
 *
 * @example regionsOutOfForce(atlas.places, '2010-05-12') → ['FR-NAQ']
 */
export function regionsOutOfForce(
  places: readonly Pick<GazetteerPlace, 'id' | 'country' | 'level' | 'validFrom' | 'validTo'>[],
  day: string,
): string[] {
  return places
    .filter((p) => p.country !== 'VN' && p.level === 'region' && !isValidAt(p, day))
    .map((p) => p.id);
}
