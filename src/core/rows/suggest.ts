import { closest, distance } from 'fastest-levenshtein';

/** " — did you mean X?" when a word is a near miss of one of the allowed values, else "". */
export function didYouMean(value: string, allowed: readonly string[]): string {
  if (allowed.length === 0 || value === '') return '';
  const best = closest(value.toLowerCase(), [...allowed]);
  return distance(value.toLowerCase(), best) <= Math.max(2, Math.floor(best.length / 3))
    ? ` — did you mean "${best}"?`
    : '';
}
