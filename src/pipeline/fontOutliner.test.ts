import { describe, expect, it } from 'vitest';
import { fontAdvance, fontOutliner } from './fontOutliner';

describe('fontOutliner (Be Vietnam Pro, the page’s font)', () => {
  const outline = fontOutliner();

  it('outlines Vietnamese and Latin names, a glyph per character', () => {
    for (const name of ['Quảng Ninh', 'Hokkaidō', 'Trường Sa', 'KAZAKHSTAN', 'Đông Kazakhstan']) {
      const o = outline(name.normalize('NFC'));
      expect(o, name).not.toBeNull();
      expect(o!.glyphs).toHaveLength([...name.normalize('NFC')].length);
      // About half an em a character (the pictures' layout allows 0.56).
      expect(o!.advance / [...name].length, name).toBeGreaterThan(0.3);
      expect(o!.advance / [...name].length, name).toBeLessThan(0.75);
    }
  });

  it('does not kern: MapLibre sets the live map’s names glyph by glyph, each at its own advance', () => {
    const pair = outline('AV')!.advance;
    expect(pair).toBeCloseTo(outline('A')!.advance + outline('V')!.advance, 6);
    // So a name's width is the sum of its characters' advances (`fontAdvance`), as on the live map.
    const advance = fontAdvance(outline);
    const name = 'Kazakhstan-Oriental · 4';
    expect([...name].reduce((w, ch) => w + advance(ch), 0)).toBeCloseTo(outline(name)!.advance, 6);
    // "i" narrower than "m", and both far from the estimate's 0.56 em.
    expect(advance('i')).toBeLessThan(0.35);
    expect(advance('m')).toBeGreaterThan(0.75);
    expect(advance('北')).toBe(0.56);
  });

  it('has its points in ems, y down: a capital stands above the baseline', () => {
    const ys = outline('H')!.glyphs[0]!.flatMap((c) => c.points.filter((_, i) => i % 2 === 1));
    expect(Math.min(...ys)).toBeLessThan(-0.6);
    expect(Math.max(...ys)).toBeCloseTo(0, 2);
  });

  it('places a combining mark where the font’s own precomposed letter has it (above, not inside)', () => {
    const top = (g: { points: number[] }[]) =>
      Math.min(...g.flatMap((c) => c.points.filter((_, i) => i % 2)));
    const [base, mark] = outline('\u0102\u0301')!.glyphs; // Ă + combining acute, not normalised
    expect(top(mark!)).toBeLessThan(top(base!) - 0.1);
    expect(top(mark!)).toBeCloseTo(top(outline('\u1EAE')!.glyphs[0]!), 1); // Ắ
  });

  it('has no outline for a character none of its subsets holds', () => {
    expect(outline('北京')).toBeNull();
  });
});
