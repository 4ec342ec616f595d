/** A label the picture may draw: its text and the point (viewBox units) of the place it names. */
export interface LabelAsk {
  text: string;
  x: number;
  y: number;
  /** Higher first: places with more partnerships are named before the others. */
  priority: number;
}

export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

/** A label's width at a type size (Be Vietnam Pro averages about 0.56 em per character). */
export const labelWidth = (text: string, size: number) => text.length * size * 0.56;

/**
 * Places labels beside their dots without overlaps, as MapLibre's collision detection does on the live
 * map: by priority, each label tries the right, the left, above and below its dot, and is left out
 * when every position collides with a label already placed, covers a dot, or leaves the picture.
 * `fixed` labels (the archipelagos' names, centred on their baseline point) are always drawn: the
 * others keep clear of them.
 *
 * @example placeLabels([{ text: 'Hanoi', x: 10, y: 10, priority: 1 }], 13, { width: 100, height: 50 })
 */
export function placeLabels(
  asks: readonly LabelAsk[],
  size: number,
  /** Where labels may go: from (`x`, `y`), default (0, 0), `width` × `height`. */
  box: { width: number; height: number; x?: number; y?: number },
  fixed: readonly { text: string; x: number; y: number }[] = [],
  /** Boxes no label may overlap (the close-up drawn over the picture). */
  blocked: readonly { x0: number; y0: number; x1: number; y1: number }[] = [],
): PlacedLabel[] {
  const widthOf = (text: string) => labelWidth(text, size);
  // No name covers a dot, its own or another's (as on the live map): each dot's centre is taken first.
  const dot = size * 0.2;
  const placed = [
    ...asks.map((a) => ({ x0: a.x - dot, y0: a.y - dot, x1: a.x + dot, y1: a.y + dot })),
    ...blocked,
    ...fixed.map((f) => {
      const w = widthOf(f.text);
      return { x0: f.x - w / 2, y0: f.y - size * 0.85, x1: f.x + w / 2, y1: f.y + size * 0.2 };
    }),
  ];
  const out: PlacedLabel[] = [];
  const gap = size * 0.5;
  for (const a of [...asks].sort((p, q) => q.priority - p.priority || p.text.localeCompare(q.text))) {
    const w = widthOf(a.text);
    const h = size;
    const options: [PlacedLabel['anchor'], number, number][] = [
      ['start', a.x + gap, a.y + h * 0.35],
      ['end', a.x - gap, a.y + h * 0.35],
      ['middle', a.x, a.y - gap],
      ['middle', a.x, a.y + gap + h * 0.8],
    ];
    for (const [anchor, x, y] of options) {
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      const r = { x0, y0: y - h * 0.85, x1: x0 + w, y1: y + h * 0.2 };
      const bx = box.x ?? 0;
      const by = box.y ?? 0;
      const inside = r.x0 >= bx && r.y0 >= by && r.x1 <= bx + box.width && r.y1 <= by + box.height;
      const clear = placed.every((p) => r.x1 < p.x0 || r.x0 > p.x1 || r.y1 < p.y0 || r.y0 > p.y1);
      if (inside && clear) {
        placed.push(r);
        out.push({ text: a.text, x, y, anchor });
        break;
      }
    }
  }
  return out;
}

/** The live map's `text-max-width` for the archipelagos' names (ems): longer names take two lines. */
const MAX_LINE_EMS = 7;

/**
 * A name of fixed place drawn as the live map's symbol layer draws it (the archipelagos'): in lines of
 * at most `MAX_LINE_EMS` (broken at the space that best balances them), as a block beside its point
 * (`beside`: its left edge half an em east, as `text-anchor: left` with `text-offset: [0.5, 0]`) or
 * centred on it; with the box it covers, which other names keep clear of.
 *
 * @example blockLabel('Quần đảo Hoàng Sa', 0, 0, 11, false).lines → ['Quần đảo', 'Hoàng Sa']
 */
export function blockLabel(
  text: string,
  x: number,
  y: number,
  size: number,
  beside: boolean,
): {
  lines: string[];
  /** The lines' x (`start` or `middle` anchored) and the first baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle';
  /** The line height. */
  step: number;
  box: { x0: number; y0: number; x1: number; y1: number };
} {
  let lines = [text];
  const words = text.split(' ');
  if (labelWidth(text, size) > MAX_LINE_EMS * size && words.length > 1) {
    let best = 1;
    for (let i = 2; i < words.length; i++) {
      const cost = (j: number) =>
        Math.abs(words.slice(0, j).join(' ').length - words.slice(j).join(' ').length);
      if (cost(i) < cost(best)) best = i;
    }
    lines = [words.slice(0, best).join(' '), words.slice(best).join(' ')];
  }
  const width = Math.max(...lines.map((l) => labelWidth(l, size)));
  const step = size * 1.2;
  const height = step * lines.length;
  const x0 = beside ? x + size * 0.5 : x - width / 2;
  const y0 = y - height / 2;
  return {
    lines,
    x: beside ? x0 : x,
    y: y0 + size * 0.95,
    anchor: beside ? 'start' : 'middle',
    step,
    box: { x0, y0, x1: x0 + width, y1: y0 + height },
  };
}
