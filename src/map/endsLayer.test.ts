import { describe, expect, it } from 'vitest';
import {
  AROUND_BY_SIDE,
  LEFT_OUT,
  NAME_OFFSET_EMS,
  pinKey,
  placedBox,
  placeLabels,
} from '../core/draw/pictureLabels';
import { endLabels, LABEL_ANCHORS, pinned } from './endsLayer';

/** The anchors MapLibre tries for a side, in order: the `match` expression's literal list for it. */
function liveAnchors(side: string): string[] {
  const [op, input, ...rest] = LABEL_ANCHORS as unknown as [string, unknown, ...unknown[]];
  expect([op, input]).toEqual(['match', ['get', 'edge']]);
  const fallback = rest.at(-1);
  let list = fallback;
  for (let i = 0; i + 1 < rest.length - 1; i += 2) if (rest[i] === side) list = rest[i + 1];
  const [literal, pairs] = list as ['literal', unknown[]];
  expect(literal).toBe('literal');
  // (Anchor names and their offsets, alternating.)
  return pairs.filter((_, i) => i % 2 === 0) as string[];
}

/** The eight positions around a dot (MapLibre's anchors but 'center'). */
const POSITIONS = [
  'left',
  'right',
  'top',
  'bottom',
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
] as const;

describe('LABEL_ANCHORS', () => {
  it('tries the same positions in the same order as the build’s picture (`AROUND_BY_SIDE`), for every side', () => {
    const sides = Object.keys(AROUND_BY_SIDE) as (keyof typeof AROUND_BY_SIDE)[];
    expect(sides.sort()).toEqual(['east', 'middle', 'middle-west', 'west']);
    for (const side of sides) expect(liveAnchors(side), side).toEqual([...AROUND_BY_SIDE[side]]);
    // (Both built from one table: the order itself, beside, below, above, then diagonally; inwards near
    // the world's edges; in a close-up west first for a flow west of where it starts.)
    expect(liveAnchors('middle')).toEqual([
      'left',
      'right',
      'top',
      'bottom',
      'top-left',
      'bottom-right',
      'bottom-left',
    ]);
    expect(liveAnchors('middle-west')).toEqual([
      'right',
      'left',
      'top',
      'bottom',
      'top-right',
      'bottom-left',
      'bottom-right',
    ]);
    expect(liveAnchors('west')).toEqual(['left', 'top-left', 'bottom-left']);
    expect(liveAnchors('east')).toEqual(['right', 'top-right', 'bottom-right']);
  });

  it('keeps a planned name to the one position its plan gave it, and an unplanned one to its side’s order', () => {
    for (const where of POSITIONS) expect(liveAnchors(pinKey(where)), where).toEqual([where]);
    const pins = new Map([['JP', 'top-right' as const]]);
    expect(liveAnchors(pinned('JP', 'middle', pins))).toEqual(['top-right']);
    expect(liveAnchors(pinned('KR', 'east', pins))).toEqual([...AROUND_BY_SIDE.east]);
  });

  it('draws no name its map’s plan leaves out (a close-up’s, that fits nowhere inside it)', () => {
    const edge = pinned('KH', 'middle', new Map([['KH', LEFT_OUT]]));
    expect(edge).toBe(LEFT_OUT);
    // (The layer's filter: its features whose `edge` is that are not drawn.)
    const layer = endLabels('flow-labels', 'flow-ends', 'text', 10, 'light');
    expect(layer.filter).toEqual(['!=', ['get', 'edge'], edge]);
  });

  it('puts a name on the same side of its dot, as far from it, as the build’s picture does, at every position', () => {
    const [, , ...rest] = LABEL_ANCHORS as unknown as [string, unknown, ...unknown[]];
    for (const where of POSITIONS) {
      const list = rest[rest.indexOf(pinKey(where)) + 1] as ['literal', [string, [number, number]]];
      const [, [, [ox, oy]]] = list;
      // The picture's name there, kept to it (`at`): its box's centre against the dot's.
      const [l] = placeLabels([{ text: 'Hanoi', x: 100, y: 100, priority: 1, at: where }], 12, {
        width: 200,
        height: 200,
      });
      const b = placedBox(l!, 12);
      const [cx, cy] = [(b.x0 + b.x1) / 2 - 100, (b.y0 + b.y1) / 2 - 100];
      expect([Math.sign(ox), Math.sign(oy)], where).toEqual([
        Math.sign(Math.round(cx)),
        Math.sign(Math.round(cy)),
      ]);
      expect(Math.hypot(ox, oy), where).toBeCloseTo(
        ox && oy ? NAME_OFFSET_EMS * 0.7 * Math.SQRT2 : NAME_OFFSET_EMS,
      );
    }
  });
});
