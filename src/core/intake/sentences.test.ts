import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentences';

const texts = (s: string) => sentencesOf(s).map((x) => x.text);

describe('sentencesOf', () => {
  it('ends a sentence at any full stop, spaced or not', () => {
    expect(texts('Ils ont signé.Dans le détail, rien.')).toEqual(['Ils ont signé.', 'Dans le détail, rien.']);
  });

  it('does not end a sentence at the stop of a title or an initial', () => {
    expect(
      texts('Au nom de la région, M. Duforestel a souligné le jumelage entre Lao Cai et Poitiers. Fin.'),
    ).toEqual([
      'Au nom de la région, M. Duforestel a souligné le jumelage entre Lao Cai et Poitiers.',
      'Fin.',
    ]);
    expect(texts('Mr. Lee and J. Smith met in Hue.')).toEqual(['Mr. Lee and J. Smith met in Hue.']);
  });
});
