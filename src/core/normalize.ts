/**
 * Name folding for matching: case-, diacritic- and punctuation-insensitive.
 *
 * @example fold('Hô Chi Minh-Ville') === 'ho chi minh ville'
 * @example fold('Bắc Ninh') === fold('Bac Ninh')
 */
export function fold(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Letters that NFKD does not decompose into a base letter plus a mark.
      .replace(/đ/g, 'd')
      .replace(/ø/g, 'o')
      .replace(/ł/g, 'l')
      .replace(/æ/g, 'ae')
      .replace(/œ/g, 'oe')
      .replace(/ß/g, 'ss')
      .replace(/ı/g, 'i')
      // Apostrophes and all punctuation separate words ("d'Astana", "Ust'-Kamenogorsk", "TP.HCM").
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}
