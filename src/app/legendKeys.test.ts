import { describe, expect, it } from 'vitest';
import { textRecorder } from '../test/textCanvas';
import { translator } from '../ui/messages';
import { drawLegendKeys, LEGEND_ROW, legendLayout, legendWords } from './legendKeys';

const color = (name: string) => `ink${name}`;

describe('the exported pictures’ legend', () => {
  it('keys the names’ two inks as the page does, each word in the ink the map gives such names', () => {
    const { ctx, drawn } = textRecorder();
    drawLegendKeys(ctx, color, { x: 16, y: 100, max: 2000, words: legendWords(translator('fr'), false) });
    expect(drawn.map((d) => [d.text, d.fill])).toEqual([
      ['partenariat (plus épais : plus d’événements)', 'ink--muted'],
      ['province ou région partenaire', 'ink--muted'],
      ['noms :', 'ink--muted'],
      ['Viêt Nam', 'ink--name-vn'],
      ['·', 'ink--muted'],
      ['étranger', 'ink--name-partner'],
    ]);
    // One row, left to right, no word over the next.
    expect(new Set(drawn.map((d) => d.y))).toEqual(new Set([100]));
    for (let i = 1; i < drawn.length; i++) expect(drawn[i]!.x).toBeGreaterThan(drawn[i - 1]!.right);
  });

  it('says what a crowded map draws: a line per country', () => {
    const { ctx, drawn } = textRecorder();
    drawLegendKeys(ctx, color, { x: 0, y: 20, max: 2000, words: legendWords(translator('en'), true) });
    expect(drawn[0]!.text).toBe(translator('en')('legendFlow'));
  });

  it('wraps items to the next row when they do not fit, and the words of one wider than the picture, each inside the width', () => {
    for (const lang of ['fr', 'vi', 'en'] as const) {
      const words = legendWords(translator(lang), true);
      for (const max of [300, 540, 700]) {
        const { ctx, drawn } = textRecorder();
        const last = drawLegendKeys(ctx, color, { x: 16, y: 40, max, words });
        const { rows } = legendLayout(ctx, words, max);
        expect(last, `${lang} ${max}`).toBe(40 + (rows - 1) * LEGEND_ROW);
        expect(Math.max(...drawn.map((d) => d.y))).toBe(last);
        for (const d of drawn) expect(d.right, `${lang} ${max}: "${d.text}"`).toBeLessThanOrEqual(16 + max);
        // The names' words stay on one row.
        const names = drawn.slice(-4);
        expect(new Set(names.map((d) => d.y)).size).toBe(1);
      }
    }
    // Wide enough for all three, one row; too narrow for one beside another, three.
    const words = legendWords(translator('fr'), false);
    const { ctx } = textRecorder();
    expect(legendLayout(ctx, words, 2000).rows).toBe(1);
    expect(legendLayout(ctx, words, 300).rows).toBe(3);
    // Wider than the whole width, an item's words wrap under its first line, clear of its key.
    const narrow = textRecorder();
    drawLegendKeys(narrow.ctx, color, { x: 0, y: 20, max: 200, words });
    const arc = narrow.drawn.filter((d) => d.x === 30);
    expect(arc.map((d) => d.text).join(' ')).toBe(words.arc);
    expect(arc.map((d) => d.y)).toEqual(arc.map((_, i) => 20 + i * LEGEND_ROW));
    expect(arc.length).toBeGreaterThan(1);
  });
});
