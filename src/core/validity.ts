import type { GazetteerPlace } from './types';

/** Whether a unit existed on an ISO day (`validFrom`/`validTo` are inclusive; absent = open). */
export function isValidAt(p: Pick<GazetteerPlace, 'validFrom' | 'validTo'>, day: string): boolean {
  return (p.validFrom === undefined || p.validFrom <= day) && (p.validTo === undefined || day <= p.validTo);
}
