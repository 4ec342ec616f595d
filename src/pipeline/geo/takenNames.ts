import { indexKeys } from '../../core/geo/adminWords';
import { fold } from '../../core/normalize';
import type { GazetteerPlace } from '../../core/types';

/**
 * Every index key of these places' names (vi, fr, en and other spellings): the names a new record
 * may not take from them, so that a name keeps the meaning it has.
 *
 * @example takenNames([gottingenCity]).has(fold('Göttingen')) // true: the Kreis is "Landkreis Göttingen"
 */
export function takenNames(places: readonly GazetteerPlace[]): Set<string> {
  return new Set(
    places.flatMap((p) =>
      [p.names.vi, p.names.fr, p.names.en, ...(p.alt ?? []), ...(p.alt2 ?? [])].flatMap((n) =>
        indexKeys(fold(n)),
      ),
    ),
  );
}
