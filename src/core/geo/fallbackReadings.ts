/**
 * Readings of a folded name tried only when no reading of it matched anything (first-tier names
 * only), each with the sentence the geocoder puts in `note`:
 * - syllables written apart ("Kam Pong Cham" for Kampong Cham, as Vietnamese spelling splits foreign
 *   names): two adjacent words read as one;
 * - a short compass word in its "-ern" form ("West Australia" for Western Australia, "North Cape"
 *   for the Northern Cape): reporters shorten the unit's name. Not the other way: "Southern
 *   Australia" is a part of the continent, not the state of South Australia;
 * - a French plural slip: a word's final "s" written where the name has none, or left out where it
 *   has one ("Côte d'Armors" for Côtes-d'Armor, "Bouche-du-Rhône"), in names of two words or more, at
 *   most two words changed, words of four letters or more only (never "de"/"des", "la"/"las").
 *
 * - Vietnamese spelling of Lao and Khmer names, which writes the same sound "s" or "x" ("Xay Sổm Bun"
 *   for Xay Xổm Bun, Xaisomboun): in a name of short syllables written apart (two or more words of
 *   five letters at most), one syllable's first "s" read as "x", or "x" as "s".
 *
 * @example fallbackReadings('west australia') → [{key:'westaustralia',…}, {key:'western australia',…}]
 */
export function fallbackReadings(key: string): FallbackReading[] {
  const words = key.split(' ');
  const out: FallbackReading[] = [];
  for (let i = 0; i + 1 < words.length; i++)
    out.push({
      key: [...words.slice(0, i), `${words[i]}${words[i + 1]}`, ...words.slice(i + 2)].join(' '),
      note: `"${words[i]} ${words[i + 1]}" read as one word`,
      kind: 'joined',
    });
  words.forEach((w, i) => {
    const other = COMPASS.get(w);
    if (other && words.length > 1)
      out.push({
        key: [...words.slice(0, i), other, ...words.slice(i + 1)].join(' '),
        note: `"${w}" read as "${other}"`,
        kind: 'compass',
      });
  });
  const plural = (i: number) => {
    const w = words[i] ?? '';
    return w.endsWith('s') ? w.slice(0, -1) : `${w}s`;
  };
  const long = words.length > 1 ? words.flatMap((w, i) => (w.length >= 4 ? [i] : [])) : [];
  const say = (i: number) => `"${words[i]}" read as "${plural(i)}"`;
  for (const [n, i] of long.entries()) {
    out.push({ key: words.map((w, k) => (k === i ? plural(k) : w)).join(' '), note: say(i), kind: 'plural' });
    for (const j of long.slice(n + 1))
      out.push({
        key: words.map((w, k) => (k === i || k === j ? plural(k) : w)).join(' '),
        note: `${say(i)} and ${say(j)}`,
        kind: 'plural',
      });
  }
  if (words.length > 1 && words.every((w) => w.length <= 5))
    words.forEach((w, i) => {
      const swapped = w.startsWith('s') ? `x${w.slice(1)}` : w.startsWith('x') ? `s${w.slice(1)}` : null;
      if (swapped)
        out.push({
          key: words.map((x, k) => (k === i ? swapped : x)).join(' '),
          note: `"${w}" read as "${swapped}" (Vietnamese writes s or x in Lao and Khmer names)`,
          kind: 's-x',
        });
    });
  return out;
}

/** A fallback reading: the key read, the sentence for `note`, and which rule gave it. */
export interface FallbackReading {
  key: string;
  note: string;
  kind: 'joined' | 'compass' | 'plural' | 's-x';
}

const COMPASS = new Map(['west', 'east', 'north', 'south'].map((w) => [w, `${w}ern`]));
