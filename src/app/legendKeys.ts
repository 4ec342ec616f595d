import type { Translate } from '../ui/messages';

/** The page's colours, read from its scheme's CSS custom properties (`--arc`, `--muted`, …). */
export type CssColor = (name: string) => string;

/** The page's colour reader for a document (black where a property is missing). */
export function cssColors(doc: Document): CssColor {
  const css = doc.defaultView?.getComputedStyle(doc.documentElement);
  return (name) => css?.getPropertyValue(name).trim() || '#000';
}

/** The legend's words, as the page's legend shows them. */
export interface LegendWords {
  /** What a line is (an arc, or a country's flow when crowded). */
  arc: string;
  /** What a shaded area is. */
  area: string;
  /** The names' two inks: "noms :", then "Viêt Nam" and "étranger", each word in its own ink. */
  names: { key: string; vn: string; partner: string };
}

/** The legend's words in the reader's language; `flows` when the map draws a line per country. */
export function legendWords(tr: Translate, flows: boolean): LegendWords {
  return {
    arc: tr(flows ? 'legendFlow' : 'legendArc'),
    area: tr('legendArea'),
    names: { key: tr('legendNames'), vn: tr('legendNameVn'), partner: tr('legendNamePartner') },
  };
}

/** Height of a legend row, CSS px. */
export const LEGEND_ROW = 20;
/** Space between two items on a row, CSS px. */
const GAP = 20;

type Measure = Pick<CanvasRenderingContext2D, 'measureText'>;

/** Lines of `text` no wider than `max` at the context's font (words are never cut). */
export function wrapLines(ctx: Measure, text: string, max: number) {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The names' key as drawn: the key's word, then each kind of name in its ink. */
function namesParts(w: LegendWords) {
  const { key, vn, partner } = w.names;
  return [
    [key, '--muted'],
    [vn, '--name-vn'],
    ['·', '--muted'],
    [partner, '--name-partner'],
  ] as const;
}

/**
 * Where the legend's items go in `max` px at the context's font: on one row while they fit, an item
 * that does not fit beside another on the next row, and the words of an item wider than the whole
 * width wrapped under its first line (as the page's legend wraps). `x` from the legend's left, `row`
 * from 0; `lines`, each item's words by row.
 */
export function legendLayout(ctx: Measure, words: LegendWords, max: number) {
  const text = (t: string) => ctx.measureText(t).width;
  const items = [
    { lead: 30, words: words.arc },
    { lead: 28, words: words.area },
    {
      lead: 0,
      words: namesParts(words)
        .map(([t]) => t)
        .join(' '),
    },
  ];
  const place: { x: number; row: number; lines: string[] }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const width = item.lead + text(item.words);
    if (x > 0 && x + GAP + width > max) {
      row += 1;
      x = 0;
    }
    const at = x > 0 ? x + GAP : 0;
    const lines = width > max ? wrapLines(ctx, item.words, max - item.lead) : [item.words];
    place.push({ x: at, row, lines });
    row += lines.length - 1;
    x = at + (lines.length > 1 ? item.lead + Math.max(...lines.map(text)) : width);
  }
  return { place, rows: row + 1 };
}

/**
 * The legend of an exported picture, as in the page: an arc stroke with its words, an area swatch
 * with its words, and the names' key, each word in the ink the map gives such names; side by side
 * from `x` on the baseline `y` while they fit in `max` px, wrapping to rows `LEGEND_ROW` apart
 * (`legendLayout`). The font is the caller's (set on `ctx`). Returns the baseline of the last row.
 */
export function drawLegendKeys(
  ctx: CanvasRenderingContext2D,
  color: CssColor,
  o: { x: number; y: number; max: number; words: LegendWords },
): number {
  const { place, rows } = legendLayout(ctx, o.words, o.max);
  const at = (i: number) => ({ x: o.x + place[i]!.x, y: o.y + place[i]!.row * LEGEND_ROW });
  const lines = (i: number, x: number, y: number) =>
    place[i]!.lines.forEach((line, k) => ctx.fillText(line, x, y + k * LEGEND_ROW));
  // The arc: a stroke, then its words.
  let { x, y } = at(0);
  ctx.strokeStyle = color('--arc');
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(x, y - 4);
  ctx.lineTo(x + 24, y - 4);
  ctx.stroke();
  ctx.fillStyle = color('--muted');
  lines(0, x + 30, y);
  // The area: a swatch, then its words.
  ({ x, y } = at(1));
  ctx.fillStyle = color('--area-fill');
  ctx.fillRect(x, y - 10, 22, 11);
  ctx.strokeStyle = color('--area-line');
  ctx.lineWidth = 2;
  ctx.strokeRect(x + 1, y - 9, 20, 9);
  ctx.fillStyle = color('--muted');
  lines(1, x + 28, y);
  // The names: the key's word, then each kind of name in its ink (on one row: a few short words).
  ({ x, y } = at(2));
  const space = ctx.measureText(' ').width;
  for (const [t, ink] of namesParts(o.words)) {
    ctx.fillStyle = color(ink);
    ctx.fillText(t, x, y);
    x += ctx.measureText(t).width + space;
  }
  return o.y + (rows - 1) * LEGEND_ROW;
}
