/**
 * Readings of a folded name tried only when no reading of it matched anything (first-tier names
 * only), each with the sentence the geocoder puts in `note`:
 * - syllables written apart ("Kam Pong Cham" for Kampong Cham, as Vietnamese spelling splits foreign
 *   names): two adjacent words read as one;
 * - a short compass word in its "-ern" form ("West Australia" for Western Australia, "North Cape"
 *   for the Northern Cape): reporters shorten the unit's name. Not the other way: "Southern
 *   Australia" is a part of the continent, not the state of South Australia.
 *
 * @example fallbackReadings('west australia') → [{key:'westaustralia',…}, {key:'western australia',…}]
 */
export function fallbackReadings(key: string): { key: string; note: string }[] {
  const words = key.split(' ');
  const out: { key: string; note: string }[] = [];
  for (let i = 0; i + 1 < words.length; i++)
    out.push({
      key: [...words.slice(0, i), `${words[i]}${words[i + 1]}`, ...words.slice(i + 2)].join(' '),
      note: `"${words[i]} ${words[i + 1]}" read as one word`,
    });
  words.forEach((w, i) => {
    const other = COMPASS.get(w);
    if (other && words.length > 1)
      out.push({
        key: [...words.slice(0, i), other, ...words.slice(i + 1)].join(' '),
        note: `"${w}" read as "${other}"`,
      });
  });
  return out;
}

const COMPASS = new Map(['west', 'east', 'north', 'south'].map((w) => [w, `${w}ern`]));
