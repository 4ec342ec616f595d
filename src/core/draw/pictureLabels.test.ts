import { describe, expect, it } from 'vitest';
import {
  blockLabel,
  breakLines,
  capitalsWidth,
  fitBlocks,
  placedBox,
  placedSvg,
  placeLabels,
} from './pictureLabels';

describe('placeLabels', () => {
  const box = { width: 400, height: 200 };

  it('names a place to the right of its dot when there is room', () => {
    expect(placeLabels([{ text: 'Hanoi', x: 100, y: 100, priority: 1 }], 13, box)).toEqual([
      { text: 'Hanoi', lines: ['Hanoi'], x: 106.5, y: 104.55, anchor: 'start' },
    ]);
  });

  it('moves a label that would overlap another, and keeps labels inside the picture', () => {
    const out = placeLabels(
      [
        { text: 'Guangxi', x: 100, y: 100, priority: 2 },
        { text: 'Quảng Ninh', x: 102, y: 102, priority: 1 },
        { text: 'Hokkaidō', x: 395, y: 100, priority: 1 },
      ],
      13,
      box,
    );
    expect(out.map((l) => [l.text, l.anchor])).toEqual([
      ['Guangxi', 'start'],
      ['Hokkaidō', 'end'],
      ['Quảng Ninh', 'end'],
    ]);
  });

  it('never covers another place’s dot: a name goes to the other side of its own', () => {
    // Hà Nội and Bắc Ninh, 25 units apart: "Hanoi" on the right would sit on Bắc Ninh's dot.
    const out = placeLabels(
      [
        { text: 'Hanoi', x: 100, y: 100, priority: 2 },
        { text: 'Bac Ninh', x: 125, y: 100, priority: 1 },
      ],
      13,
      box,
    );
    expect(out.map((l) => [l.text, l.anchor])).toEqual([
      ['Hanoi', 'end'],
      ['Bac Ninh', 'start'],
    ]);
  });

  it('keeps clear of the fixed names (the archipelagos), which are always drawn', () => {
    const ask = { text: 'Đà Nẵng', x: 100, y: 100, priority: 1 };
    // Alone, the name goes to the right of its dot; a fixed name there pushes it to the left.
    expect(placeLabels([ask], 13, box)[0]?.anchor).toBe('start');
    const out = placeLabels([ask], 13, box, [{ text: 'Quần đảo Hoàng Sa', x: 170, y: 104 }]);
    expect(out).toEqual([{ text: 'Đà Nẵng', lines: ['Đà Nẵng'], x: 93.5, y: 104.55, anchor: 'end' }]);
  });
});

describe('blockLabel and fitBlocks (names of fixed places: the archipelagos, the countries)', () => {
  it('breaks a long name as MapLibre does, at a space or after a hyphen, into balanced lines', () => {
    expect(blockLabel('Quần đảo Hoàng Sa', 0, 0, 11, false).lines).toEqual(['Quần đảo', 'Hoàng Sa']);
    const country = (t: string) =>
      blockLabel(t, 0, 0, 11, false, { maxEms: 6, widthOf: (l) => capitalsWidth(l, 11, 0.12) }).lines;
    expect(country('ÉTATS-UNIS')).toEqual(['ÉTATS-', 'UNIS']);
    expect(country('AFRIQUE DU SUD')).toEqual(['AFRIQUE', 'DU SUD']);
    expect(country('RUSSIE')).toEqual(['RUSSIE']);
    // As the live map sets them: "NHẬT BẢN" in two lines, "VIỆT NAM" (with its narrow I) in one.
    expect(country('NHẬT BẢN')).toEqual(['NHẬT', 'BẢN']);
    expect(country('VIỆT NAM')).toEqual(['VIỆT NAM']);
  });

  it('keeps the blocks that fit inside the box, clear by a margin of what is taken and of each other', () => {
    const block = (x: number, y: number) => blockLabel('CHINE', x, y, 10, false);
    const box = { x: 0, y: 0, width: 300, height: 100 };
    const kept = fitBlocks(
      [block(50, 50), block(60, 52), block(295, 50), block(150, 50), block(230, 50)],
      box,
      [{ x0: 140, y0: 40, x1: 160, y1: 60 }],
      3,
    );
    // The second covers the first, the third leaves the box, the fourth covers what is taken.
    expect(kept.map((b) => b.x)).toEqual([50, 230]);
    // Nearer than the margin counts as covering.
    const w = block(0, 0).box.x1 - block(0, 0).box.x0;
    expect(fitBlocks([block(50, 50), block(50 + w + 4, 50)], box, [], 3)).toHaveLength(1);
    expect(fitBlocks([block(50, 50), block(50 + w + 8, 50)], box, [], 3)).toHaveLength(2);
  });
});

describe('breakLines', () => {
  it('breaks a name longer than the live map’s max width where MapLibre does: balanced lines, after a space or a hyphen', () => {
    // As the live map draws them (screenshots of the seed and the 300-event fixture, fr/en/vi).
    expect(breakLines('East Kazakhstan', 8)).toEqual(['East', 'Kazakhstan']);
    expect(breakLines('Kazakhstan-Oriental', 8)).toEqual(['Kazakhstan-', 'Oriental']);
    expect(breakLines('Nouvelle-Zélande · 2', 10)).toEqual(['Nouvelle-', 'Zélande · 2']);
    expect(breakLines('Territoire de la capitale australienne', 8)).toEqual([
      'Territoire de',
      'la capitale',
      'australienne',
    ]);
    // Short names stay whole; a name with nowhere to break too.
    expect(breakLines('Quảng Ninh', 8)).toEqual(['Quảng Ninh']);
    expect(breakLines('France · 14', 10)).toEqual(['France · 14']);
    // (Spaces and "·" are narrow: one line on the live map.)
    expect(breakLines('Afrique du Sud · 2', 10)).toEqual(['Afrique du Sud · 2']);
    expect(breakLines('Septentrionale', 4)).toEqual(['Septentrionale']);
  });

  it('places a name of several lines as a block: centred beside its dot, its box all its lines', () => {
    const [l] = placeLabels([{ text: 'East Kazakhstan', x: 100, y: 100, priority: 1 }], 10, {
      width: 400,
      height: 200,
    });
    expect(l!.lines).toEqual(['East', 'Kazakhstan']);
    expect(l!.anchor).toBe('start');
    const b = placedBox(l!, 10);
    // Two lines of 10 px, about the dot's height; as wide as the longer line.
    expect((b.y0 + b.y1) / 2).toBeCloseTo(100, 0);
    expect(b.y1 - b.y0).toBeCloseTo(20.5, 6);
    expect(b.x1 - b.x0).toBeCloseTo(10 * 0.56 * 10, 6);
    expect(placedSvg(l!, 10)).toMatch(
      /^<text text-anchor="start"><tspan x="[\d.]+" y="[\d.]+">East<\/tspan><tspan [^>]+>Kazakhstan<\/tspan><\/text>$/,
    );
  });
});
