/**
 * The build's pictures with their names drawn as outlines (issue 16, and the picture as the live map:
 * issue 14). An SVG in an `<img>` cannot use the page's web font: its `<text>` fell back to Arial or
 * Liberation Sans, and laying out its ~50 names took the page's main thread 25–40 ms on load and as much
 * again when painted (measured in a trace), while a reader's first tap or wheel turn waited. As paths
 * of Be Vietnam Pro's glyphs, the names are the live map's font, cost no text layout, and keep their
 * words in `aria-label` (the picture is an `<img>`: its alt text speaks for it).
 *
 * Only the markup the picture renderers write is read (`<text>` with its own `x`/`y` or a `<tspan>` per
 * line, inside `<g>`s giving `font-size`, `letter-spacing` and `text-anchor`); anything else is an error,
 * never a half-outlined picture. A name whose every character the font does not have stays `<text>`.
 */

import { escapeXml } from './xml';

/** A line's glyphs: each a list of path commands, its points in ems from the pen's start on the baseline, y down. */
export interface Outline {
  glyphs: {
    command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
    points: number[];
  }[][];
  /** The line's advance in ems, letter spacing not counted. */
  advance: number;
}

/** One font's outline of a line of text (NFC), or null when the font lacks one of its characters. */
export type Outliner = (text: string) => Outline | null;

/**
 * Steps of an em the outlines are rounded to: a name 12 px high on screen to a quarter of a pixel. Each
 * name's path is drawn in these steps (`transform`), so its numbers are small integers.
 */
export const STEPS_PER_EM = 48;

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
const ATTR = /([\w:-]+)="([^"]*)"/g;
/**
 * Attributes of `<text>` that the outline replaces (its halo's width is the path's, in steps); the
 * others (a fill of its own, a class) go on its path.
 */
const TEXT_ONLY = new Set([
  'x',
  'y',
  'text-anchor',
  'font-family',
  'font-size',
  'letter-spacing',
  'stroke-width',
]);
/** Text attributes the outline does not follow, on the text or a tspan… */
const NOT_READ_OWN = ['transform', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'style'];
/** …and, there or inherited from around it, unless plain. */
const NOT_READ_INHERITED: Record<string, readonly string[]> = {
  'font-weight': ['normal', '400'],
  'font-style': ['normal'],
  'font-variant': ['normal'],
  'font-stretch': ['normal'],
  'word-spacing': ['normal', '0'],
  'dominant-baseline': ['auto'],
  'alignment-baseline': ['auto', 'baseline'],
  'baseline-shift': ['baseline', '0'],
  'writing-mode': ['horizontal-tb', 'lr', 'lr-tb'],
  direction: ['ltr'],
  'xml:space': ['default'],
};

type Attrs = Record<string, string>;

function attrsOf(s: string): Attrs {
  const out: Attrs = {};
  for (const m of s.matchAll(ATTR)) out[m[1]!] = m[2]!;
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    const c = ENTITIES[e];
    if (c === undefined) throw new Error(`outlineText: unknown entity ${all}`);
    return c;
  });
}

/** The nearest value of an attribute, on the element or its ancestors (innermost last). */
function inherited(stack: readonly Attrs[], own: Attrs, name: string): string | undefined {
  if (own[name] !== undefined) return own[name];
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]![name] !== undefined) return stack[i]![name];
  return undefined;
}

/** Letter spacing in em (`0.1em`, or user units over the size). */
function spacingEms(v: string | undefined, size: number): number {
  if (!v || v === 'normal') return 0;
  const m = /^(-?[\d.]+)(em)?$/.exec(v.trim());
  if (!m) throw new Error(`outlineText: letter-spacing "${v}" is not read`);
  return m[2] ? Number(m[1]) : Number(m[1]) / size;
}

function number(v: string | undefined, what: string): number {
  const n = Number(v);
  if (v === undefined || !Number.isFinite(n)) throw new Error(`outlineText: ${what} "${v}" is not a number`);
  return n;
}

/** One `<text>`'s lines: its own text at its x/y, or a line per `<tspan>`. */
function linesOf(own: Attrs, content: string): { text: string; x: number; y: number }[] {
  if (!content.includes('<'))
    return [{ text: collapsed(unescapeXml(content)), x: number(own.x, 'x'), y: number(own.y, 'y') }];
  const lines: { text: string; x: number; y: number }[] = [];
  const rest = content.replace(
    /<tspan((?:\s+[\w:-]+="[^"]*")*)\s*>([^<]*)<\/tspan>/g,
    (_all, a: string, t: string) => {
      const at = attrsOf(a);
      refuseUnread(at, [], 'a <tspan>');
      lines.push({
        text: collapsed(unescapeXml(t)),
        x: number(at.x ?? own.x, 'x'),
        y: number(at.y ?? own.y, 'y'),
      });
      return '';
    },
  );
  if (rest.trim())
    throw new Error(`outlineText: a <text> holds markup other than <tspan>: ${content.slice(0, 80)}`);
  return lines;
}

/** The text as SVG shows it by default: no newlines, tabs as spaces, spaces collapsed and trimmed. */
function collapsed(s: string): string {
  return s
    .replace(/[\r\n]/g, '')
    .replace(/\t/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Throws on an attribute the outline would not follow (`own`: the element's; `around`: its ancestors'). */
function refuseUnread(own: Attrs, around: readonly Attrs[], where: string): void {
  for (const a of NOT_READ_OWN)
    if (own[a] !== undefined)
      throw new Error(`outlineText: ${where} has ${a}="${own[a]}", which is not read`);
  for (const [a, plain] of Object.entries(NOT_READ_INHERITED)) {
    const v = inherited(around, own, a);
    if (v !== undefined && !plain.includes(v))
      throw new Error(`outlineText: ${where} has ${a}="${v}", which is not read`);
  }
}

/**
 * `svg` with every `<text>` drawn as a `<path>` of `outliner`'s glyphs (same place, anchor, size, letter
 * spacing; fill, stroke and halo inherited as the text's were), and the names it left as text (the font
 * lacks one of their characters).
 */
export function outlineText(svg: string, outliner: Outliner): { svg: string; kept: string[] } {
  const stack: { name: string; attrs: Attrs }[] = [];
  const kept: string[] = [];
  let out = '';
  let from = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(svg); m; m = TAG.exec(svg)) {
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`outlineText: </${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    if (name !== 'text') {
      if (!selfClosing) stack.push({ name: name!, attrs: attrsOf(attrText!) });
      continue;
    }
    const end = svg.indexOf('</text>', TAG.lastIndex);
    if (selfClosing || end < 0) throw new Error('outlineText: a <text> without its end');
    const own = attrsOf(attrText!);
    const ancestors = stack.map((s) => s.attrs);
    refuseUnread(own, ancestors, 'a <text>');
    const size = number(inherited(ancestors, own, 'font-size'), 'font-size');
    const spacing = spacingEms(inherited(ancestors, own, 'letter-spacing'), size);
    const anchor = inherited(ancestors, own, 'text-anchor') ?? 'start';
    const lines = linesOf(own, svg.slice(TAG.lastIndex, end));
    const shift = { start: 0, middle: 0.5, end: 1 }[anchor];
    if (shift === undefined) throw new Error(`outlineText: text-anchor "${anchor}" is not read`);
    const outlines = lines.map((l) => outliner(l.text.normalize('NFC')));
    // (A name broken after a hyphen is one word: "Kazakhstan-" "Oriental" is "Kazakhstan-Oriental".)
    const words = lines
      .map((l, i) => (i > 0 && !/[-\u2010\u2013\u00ad]$/.test(lines[i - 1]!.text) ? ' ' : '') + l.text)
      .join('');
    out += svg.slice(from, m.index);
    if (outlines.every((o) => o !== null)) {
      const rest = Object.entries(own)
        .filter(([k]) => !TEXT_ONLY.has(k))
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('');
      // The path is drawn in steps of an em from the first line's start: its halo's width too.
      const step = size / STEPS_PER_EM;
      const starts = lines.map(
        (l, i) => l.x - (outlines[i]!.advance + outlines[i]!.glyphs.length * spacing) * size * shift,
      );
      const d = new PathWriter();
      lines.forEach((l, i) => {
        const dx = ((starts[i]! - starts[0]!) / size) * STEPS_PER_EM;
        const dy = ((l.y - lines[0]!.y) / size) * STEPS_PER_EM;
        outlines[i]!.glyphs.forEach((glyph, g) => {
          const gx = dx + g * spacing * STEPS_PER_EM;
          for (const c of glyph)
            d.cmd(
              c.command,
              c.points.map((v, j) => (j % 2 ? dy + v * STEPS_PER_EM : gx + v * STEPS_PER_EM)),
            );
        });
      });
      const halo = inherited(ancestors, own, 'stroke-width');
      const width =
        halo === undefined ? '' : ` stroke-width="${+(number(halo, 'stroke-width') / step).toFixed(2)}"`;
      out += `<path aria-label="${escapeXml(words)}" transform="matrix(${+step.toFixed(5)} 0 0 ${+step.toFixed(5)} ${+starts[0]!.toFixed(2)} ${+lines[0]!.y.toFixed(2)})"${width} d="${d}"${rest}/>`;
    } else {
      kept.push(words);
      out += svg.slice(m.index, end + '</text>'.length);
    }
    from = end + '</text>'.length;
    TAG.lastIndex = from;
  }
  if (stack.length) throw new Error(`outlineText: <${stack[stack.length - 1]!.name}> is never closed`);
  return { svg: out + svg.slice(from), kept };
}

const LETTERS = { moveTo: 'm', lineTo: 'l', quadraticCurveTo: 'q', bezierCurveTo: 'c' } as const;

/**
 * A path's `d` in relative commands between points rounded to whole steps: exact differences of rounded
 * points, so no error builds up along a glyph.
 */
class PathWriter {
  private parts: string[] = [];
  private cur: [number, number] = [0, 0];
  private start: [number, number] = [0, 0];
  cmd(command: Outline['glyphs'][number][number]['command'], points: number[]): void {
    if (command === 'closePath') {
      this.parts.push('z');
      this.cur = this.start;
      return;
    }
    const rel: number[] = [];
    let end = this.cur;
    for (let i = 0; i < points.length; i += 2) {
      end = [Math.round(points[i]!), Math.round(points[i + 1]!)];
      rel.push(end[0] - this.cur[0], end[1] - this.cur[1]);
    }
    this.cur = end;
    // (Every pair of a command is relative to the point the command starts from, as SVG reads them;
    // the first `m` of a path, relative to 0 0, is its absolute start.)
    this.parts.push(LETTERS[command] + rel.map((n, i) => (n < 0 || i === 0 ? '' : ' ') + n).join(''));
    if (command === 'moveTo') this.start = this.cur;
  }
  toString(): string {
    return this.parts.join('');
  }
}
