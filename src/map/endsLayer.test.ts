import { describe, expect, it } from 'vitest';
import { AROUND_BY_SIDE, pinKey } from '../core/draw/pictureLabels';
import { LABEL_ANCHORS, pinned } from './endsLayer';

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

describe('LABEL_ANCHORS', () => {
  it('tries the same positions in the same order as the build’s picture (`AROUND_BY_SIDE`), for every side', () => {
    const sides = Object.keys(AROUND_BY_SIDE) as (keyof typeof AROUND_BY_SIDE)[];
    expect(sides.sort()).toEqual(['east', 'middle', 'middle-west', 'west']);
    for (const side of sides) expect(liveAnchors(side), side).toEqual([...AROUND_BY_SIDE[side]]);
  });

  it('keeps a planned name to the one position its plan gave it, and an unplanned one to its side’s order', () => {
    for (const where of [
      'left',
      'right',
      'top',
      'bottom',
      'top-left',
      'top-right',
      'bottom-left',
      'bottom-right',
    ] as const)
      expect(liveAnchors(pinKey(where)), where).toEqual([where]);
    const pins = new Map([['JP', 'top-right' as const]]);
    expect(liveAnchors(pinned('JP', 'middle', pins))).toEqual(['top-right']);
    expect(liveAnchors(pinned('KR', 'east', pins))).toEqual([...AROUND_BY_SIDE.east]);
  });
});
