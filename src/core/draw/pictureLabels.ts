import { escapeXml } from './xml';

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
  // No name covers a dot, its own or another's (as on the live map): each dot's centre is taken first.
  const dot = size * 0.2;
  const placed = [
    ...asks.map((a) => ({ x0: a.x - dot, y0: a.y - dot, x1: a.x + dot, y1: a.y + dot })),
    ...blocked,
    ...fixed.map((f) => placedBox({ ...f, anchor: 'middle' }, size)),
  ];
  const out: PlacedLabel[] = [];
  const gap = size * 0.5;
  for (const a of [...asks].sort((p, q) => q.priority - p.priority || p.text.localeCompare(q.text))) {
    const h = size;
    const options: [PlacedLabel['anchor'], number, number][] = [
      ['start', a.x + gap, a.y + h * 0.35],
      ['end', a.x - gap, a.y + h * 0.35],
      ['middle', a.x, a.y - gap],
      ['middle', a.x, a.y + gap + h * 0.8],
    ];
    for (const [anchor, x, y] of options) {
      const r = placedBox({ text: a.text, x, y, anchor }, size);
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
  /** The live map's `text-max-width` (ems) for this name, and its lines' width (default `labelWidth`). */
  { maxEms = MAX_LINE_EMS, widthOf = (l: string) => labelWidth(l, size) } = {},
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
  // Broken, as MapLibre breaks, at a space or after a hyphen ("ÉTATS-" / "UNIS").
  const breaks = [...text.matchAll(/ |-(?=.)/g)].map((m) => (m[0] === '-' ? m.index + 1 : m.index));
  if (widthOf(text) > maxEms * size && breaks.length > 0) {
    const parts = (i: number) => [text.slice(0, i).trimEnd(), text.slice(i).trimStart()] as const;
    const cost = (i: number) => Math.abs(parts(i)[0].length - parts(i)[1].length);
    const best = breaks.reduce((b, i) => (cost(i) < cost(b) ? i : b));
    lines = [...parts(best)];
  }
  const width = Math.max(...lines.map(widthOf));
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

type Rect = { x0: number; y0: number; x1: number; y1: number };

/** The box a placed name covers (as `placeLabels` measured it). */
export function placedBox(l: PlacedLabel, size: number): Rect {
  const w = labelWidth(l.text, size);
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x0, y0: l.y - size * 0.85, x1: x0 + w, y1: l.y + size * 0.2 };
}

/**
 * The blocks (`blockLabel`) that fit, in their order: inside `box`, clear by `pad` of the `taken` boxes
 * and of the blocks kept before them; as the live map's collisions leave out a country's name that
 * would cover a place's (its boxes have a margin: MapLibre's `text-padding`, and its glyphs' own).
 */
export function fitBlocks<B extends { box: Rect }>(
  blocks: readonly B[],
  box: { x: number; y: number; width: number; height: number },
  taken: readonly Rect[],
  pad = 0,
): B[] {
  const placed = [...taken];
  return blocks.filter(({ box: b }) => {
    const r = { x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad };
    const inside = b.x0 >= box.x && b.y0 >= box.y && b.x1 <= box.x + box.width && b.y1 <= box.y + box.height;
    if (!inside || placed.some((p) => !(r.x1 < p.x0 || r.x0 > p.x1 || r.y1 < p.y0 || r.y0 > p.y1)))
      return false;
    placed.push(r);
    return true;
  });
}

/**
 * The width of a line of capitals (`size` px, letters spaced by `spacing` ems), as Be Vietnam Pro sets
 * them: a letter about 0.7 em, "I", a space or a hyphen about 0.3 em. With it, country names break into
 * lines where the live map breaks them ("NHẬT / BẢN", "VIỆT NAM" in one).
 *
 * @example capitalsWidth('RUSSIE', 11, 0.12) → 49.7
 */
export function capitalsWidth(line: string, size: number, spacing: number): number {
  let ems = 0;
  for (const ch of line) ems += (/[\sI\-.]/u.test(ch) ? 0.3 : 0.7) + spacing;
  return ems * size;
}

/** A block (`blockLabel`) as SVG text, a line per `tspan`. */
export function blockSvg(b: ReturnType<typeof blockLabel>): string {
  const lines = b.lines.map(
    (l, i) => `<tspan x="${b.x.toFixed(1)}" y="${(b.y + i * b.step).toFixed(1)}">${escapeXml(l)}</tspan>`,
  );
  return `<text text-anchor="${b.anchor}">${lines.join('')}</text>`;
}
