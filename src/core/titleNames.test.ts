import { describe, expect, it } from 'vitest';
import { namesSpelledOtherwise } from './titleNames';

describe('namesSpelledOtherwise', () => {
  it('finds the places a title spells otherwise than the atlas, accents, hyphens and all', () => {
    expect(namesSpelledOtherwise('Hanoi veut resserrer ses liens avec Astana', ['Hanoï', 'Astana'])).toEqual([
      { written: 'Hanoi', name: 'Hanoï' },
    ]);
    expect(
      namesSpelledOtherwise('Bac Ninh et le Kazakhstan oriental établissent un jumelage', [
        'Bắc Ninh',
        'Kazakhstan-Oriental',
      ]),
    ).toEqual([
      { written: 'Bac Ninh', name: 'Bắc Ninh' },
      { written: 'Kazakhstan oriental', name: 'Kazakhstan-Oriental' },
    ]);
    expect(namesSpelledOtherwise('Quảng Ninh và Hokkaido ký thỏa thuận', ['Quảng Ninh', 'Hokkaidō'])).toEqual(
      [{ written: 'Hokkaido', name: 'Hokkaidō' }],
    );
  });

  it('says nothing of names written as the atlas writes them, of a first letter in lower case, nor of other words', () => {
    expect(namesSpelledOtherwise('Quảng Ninh et Hokkaidō signent', ['Quảng Ninh', 'Hokkaidō'])).toEqual([]);
    expect(namesSpelledOtherwise('Accord avec la voïvodie de Mazovie', ['Voïvodie de Mazovie'])).toEqual([]);
    // (Only whole words: "Ninh" alone is not Quảng Ninh, "Hanoian" not Hanoi.)
    expect(namesSpelledOtherwise('Ninh Bình et les Hanoiens', ['Quảng Ninh', 'Hanoï'])).toEqual([]);
  });
});
