import { describe, expect, it } from 'vitest';
import type { LonLat } from './arc';
import type { Px } from './nearest';
import { pictureCloseUp, type PictureArc } from './pictureCloseUp';

const box = { width: 1000, height: 700 };
const sizes = [{ id: 'wide', size: 13 }];
const look = { border: '#888', label: '#333', halo: '#fff', font: 'Be Vietnam Pro' };
/** An arc between two points of the picture (its line in degrees is not used but for bounds). */
const arc = (id: string, from: Px, to: Px): PictureArc => ({
  id,
  line: [from, to].map(([x, y]): LonLat => [x / 10, -y / 10]),
  px: [from, to],
});
let asked: { bounds: number[]; share: number } | null = null;
const draw = (bounds: [number, number, number, number], share: number) => {
  asked = { bounds, share };
  return '<svg viewBox="0 0 1000 700"></svg>';
};

describe('pictureCloseUp', () => {
  it('draws none when every arc is long enough', () => {
    const r = pictureCloseUp([arc('a', [100, 100], [900, 600])], box, 'Gros plan', look, sizes, draw);
    expect(r).toEqual({ svg: '', left: 0, bottom: 0, rect: null });
  });

  it('frames the short arcs, captioned, in a corner that hides no end', () => {
    asked = null;
    const r = pictureCloseUp(
      [arc('short', [600, 300], [620, 310]), arc('long', [600, 300], [950, 50])],
      box,
      'Gros plan',
      look,
      sizes,
      draw,
    );
    expect(r.left).toBe(0);
    expect(r.bottom).toBe(0);
    expect(r.svg).toContain('>Gros plan</text>');
    expect(r.svg).toMatch(/^<g class="close-up"><svg x="11\.0" y="[\d.]+" width=/);
    // The bounds hold the short arc (60–62° east, 30–31° south) with a margin, and not the long one.
    const [w, s, e, n] = asked!.bounds as [number, number, number, number];
    expect(w).toBeLessThan(60);
    expect(e).toBeGreaterThan(62);
    expect(e).toBeLessThan(95);
    expect(s).toBeLessThan(-31);
    expect(n).toBeGreaterThan(-30);
  });

  it('keeps room beside the picture when every place would hide an arc’s end', () => {
    // Ends in every corner and all along the bottom.
    const ends: PictureArc[] = [];
    for (let x = 20; x < 1000; x += 60) ends.push(arc(`b${x}`, [x, 690], [500, 350]));
    ends.push(arc('tl', [20, 20], [500, 350]));
    const r = pictureCloseUp(
      [arc('short', [500, 350], [510, 355]), ...ends],
      box,
      'Gros plan',
      look,
      sizes,
      draw,
    );
    expect(r.left).toBeGreaterThan(0);
    const x = Number(r.svg.match(/<svg x="([-\d.]+)"/)![1]);
    expect(x).toBeLessThan(0);
    expect(x).toBeGreaterThanOrEqual(-r.left);
  });
});
