import { fold } from '../normalize';

/**
 * How a report names a country's capital without naming the city: "the Lao capital city", "capital
 * of Laos", "la capitale du Laos", "thủ đô của Lào". Returns the country as written, or null.
 *
 * @example capitalOf('the Lao capital city') → 'lao'
 */
const CAPITAL_OF: RegExp[] = [
  /^(?:the )?(.+?) capital(?: city)?$/,
  /^(?:the )?capital(?: city)? of (?:the )?(.+)$/,
  /^(?:la )?capitale (?:du |de la |de l |des |de |d )?(.+)$/,
  /^thu do (?:cua )?(.+)$/,
];

export function capitalOf(query: string): string | null {
  const folded = fold(query);
  for (const re of CAPITAL_OF) {
    const m = re.exec(folded);
    if (m?.[1]) return m[1];
  }
  return null;
}
