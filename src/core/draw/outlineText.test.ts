import { describe, expect, it } from 'vitest';
import { outlineText, STEPS_PER_EM, type Outline, type Outliner } from './outlineText';

/** Each character a square half an em wide and high on the baseline; no glyph for "✗". */
const squares: Outliner = (text) => {
  if (text.includes('✗')) return null;
  const glyphs: Outline['glyphs'] = [...text].map((_, i) => [
    { command: 'moveTo', points: [i * 0.5, 0] },
    { command: 'lineTo', points: [i * 0.5 + 0.5, 0] },
    { command: 'lineTo', points: [i * 0.5 + 0.5, -0.5] },
    { command: 'closePath', points: [] },
  ]);
  return { glyphs, advance: text.length * 0.5 };
};

const pathOf = (svg: string) => {
  const m =
    /<path aria-label="([^"]*)" transform="matrix\(([^)]*)\)"(?: stroke-width="([^"]*)")? d="([^"]*)"([^>]*)\/>/.exec(
      svg,
    );
  if (!m) throw new Error(`no outlined path in ${svg}`);
  const [a, , , , e, f] = m[2]!.split(' ').map(Number);
  return { words: m[1], scale: a!, x: e!, y: f!, halo: m[3], d: m[4], rest: m[5] };
};

describe('outlineText', () => {
  it('draws a name as the path of its glyphs, at its place, in steps of its size', () => {
    const r = outlineText(
      '<svg><g font-size="24" stroke-width="12"><text x="100" y="50">Ab</text></g></svg>',
      squares,
    );
    expect(r.kept).toEqual([]);
    expect(r.svg).not.toContain('<text');
    const p = pathOf(r.svg);
    expect(p).toMatchObject({ words: 'Ab', scale: 24 / STEPS_PER_EM, x: 100, y: 50 });
    // The halo keeps its width in user units: 12 units are 24 steps of half a unit.
    expect(Number(p.halo)).toBe(24);
    // Two squares of 24 steps, the second 24 steps on, each closed (relative moves after the first).
    expect(p.d).toBe('m0 0l24 0l0-24zm24 0l24 0l0-24z');
    expect(r.svg.startsWith('<svg><g font-size="24" stroke-width="12"><path')).toBe(true);
  });

  it('takes a halo width of the text’s own, once, and its words as SVG shows them', () => {
    const r = outlineText(
      '<svg><g font-size="24" stroke-width="12"><text x="0" y="0" stroke-width="3">  A \n B </text></g></svg>',
      squares,
    );
    const p = pathOf(r.svg);
    expect(p.halo).toBe('6');
    expect(r.svg.match(/stroke-width=/g)).toHaveLength(2);
    expect(p.words).toBe('A B');
    expect(p.d).toBe(
      pathOf(outlineText('<svg><text x="0" y="0" font-size="24">A B</text></svg>', squares).svg).d,
    );
  });

  it('follows text-anchor and letter-spacing from the groups around, and lines in tspans', () => {
    const svg =
      '<svg><g font-size="10" letter-spacing="0.1em"><text text-anchor="end"><tspan x="200" y="20">AB</tspan><tspan x="200" y="33">C</tspan></text></g></svg>';
    const p = pathOf(outlineText(svg, squares).svg);
    // The first line ends at 200: two characters of 0.5 em and 0.1 em of spacing each, at 10 units.
    expect(p.x).toBeCloseTo(200 - 2 * 0.6 * 10);
    expect(p.words).toBe('AB C');
    // The second glyph 0.6 em (28.8 steps) on; the second line, ending at 200 too, starts there
    // (0 steps from the subpath before) and 1.3 em (62.4 steps) lower.
    expect(p.d).toBe('m0 0l24 0l0-24zm29 0l24 0l0-24zm0 62l24 0l0-24z');
    const middle = pathOf(
      outlineText(
        '<svg><g font-size="10" text-anchor="middle"><text x="50" y="5">AB</text></g></svg>',
        squares,
      ).svg,
    );
    expect(middle.x).toBeCloseTo(45);
    // A name broken after its hyphen reads as one word ("Kazakhstan-Oriental", not "Kazakhstan- Oriental").
    const hyphen =
      '<svg><text font-size="10"><tspan x="0" y="20">A-</tspan><tspan x="0" y="33">B</tspan></text></svg>';
    expect(pathOf(outlineText(hyphen, squares).svg).words).toBe('A-B');
  });

  it('keeps the text’s own fill on its path, and unescapes its words', () => {
    const p = pathOf(
      outlineText(
        '<svg><text x="1" y="2" font-size="11" font-family="X" fill="#123">A &amp; B</text></svg>',
        squares,
      ).svg,
    );
    expect(p.words).toBe('A &amp; B');
    expect(p.rest).toBe(' fill="#123"');
    expect(p.halo).toBeUndefined();
  });

  it('leaves a name the font lacks a character of as text, and says so', () => {
    const svg = '<svg><g font-size="10"><text x="1" y="2">a✗</text><text x="1" y="9">ok</text></g></svg>';
    const r = outlineText(svg, squares);
    expect(r.kept).toEqual(['a✗']);
    expect(r.svg).toContain('<text x="1" y="2">a✗</text>');
    expect(pathOf(r.svg).words).toBe('ok');
  });

  it('refuses markup it does not read, never outlining half a picture', () => {
    expect(() => outlineText('<svg><text x="1" y="2" font-size="9"><a>x</a></text></svg>', squares)).toThrow(
      /other than <tspan>/,
    );
    expect(() => outlineText('<svg><text x="1" y="2">x</text></svg>', squares)).toThrow(/font-size/);
    expect(() => outlineText('<svg><g font-size="9"><text x="1" y="2">x</text></svg>', squares)).toThrow(
      /closes <g>/,
    );
    expect(() => outlineText('<svg><g font-size="9"><text x="1" y="2">x</text></g>', squares)).toThrow(
      /never closed/,
    );
    expect(() =>
      outlineText(
        '<svg><g font-size="9" text-anchor="inherit"><text x="1" y="2">x</text></g></svg>',
        squares,
      ),
    ).toThrow(/text-anchor/);
    // (A bold or shifted name would be drawn plain, or in the wrong place.)
    expect(() =>
      outlineText('<svg><g font-size="9" font-weight="bold"><text x="1" y="2">x</text></g></svg>', squares),
    ).toThrow(/font-weight="bold"/);
    expect(() =>
      outlineText('<svg><text font-size="9"><tspan x="1" y="2" dy="3">x</tspan></text></svg>', squares),
    ).toThrow(/dy="3"/);
    expect(() =>
      outlineText('<svg><text x="1" y="2" font-size="9" transform="rotate(9)">x</text></svg>', squares),
    ).toThrow(/transform/);
  });
});
