import { fold } from './normalize';

/**
 * The names of places that a title writes otherwise than the atlas does: each place's name found in the
 * title by its folded words (case, accents and punctuation aside), where the title's letters differ
 * ("Hanoi" for the French page's "Hanoï", "Hokkaido" for "Hokkaidō", "Kazakhstan oriental" for
 * "Kazakhstan-Oriental"). A name's first letter may be lower case inside a sentence ("la voïvodie de
 * Mazovie"). The build warns of each (issue 14: place names in titles follow the atlas's spelling).
 *
 * @example namesSpelledOtherwise('Quang Ninh et Hokkaido signent', ['Quảng Ninh', 'Hokkaidō'])
 *   // [{ written: 'Quang Ninh', name: 'Quảng Ninh' }, { written: 'Hokkaido', name: 'Hokkaidō' }]
 */
export function namesSpelledOtherwise(
  title: string,
  names: readonly string[],
): { written: string; name: string }[] {
  const words = [...title.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
    folded: fold(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const out: { written: string; name: string }[] = [];
  for (const name of new Set(names)) {
    const wanted = fold(name).split(' ').filter(Boolean);
    if (!wanted.length) continue;
    for (let i = 0; i + wanted.length <= words.length; i++) {
      if (!wanted.every((w, k) => words[i + k]!.folded === w)) continue;
      const written = title.slice(words[i]!.start, words[i + wanted.length - 1]!.end);
      const sameButFirst = written.slice(1) === name.slice(1) && fold(written[0]!) === fold(name[0]!);
      if (written !== name && !sameButFirst && !out.some((o) => o.written === written && o.name === name))
        out.push({ written, name });
    }
  }
  return out;
}
