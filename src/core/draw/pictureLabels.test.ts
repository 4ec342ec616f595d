import { describe, expect, it } from 'vitest';
import { placeLabels } from './pictureLabels';

describe('placeLabels', () => {
  const box = { width: 400, height: 200 };

  it('names a place to the right of its dot when there is room', () => {
    expect(placeLabels([{ text: 'Hanoi', x: 100, y: 100, priority: 1 }], 13, box)).toEqual([
      { text: 'Hanoi', x: 106.5, y: 104.55, anchor: 'start' },
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
    expect(out).toEqual([{ text: 'Đà Nẵng', x: 93.5, y: 104.55, anchor: 'end' }]);
  });
});
