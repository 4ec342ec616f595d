import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  formatHex,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeUpAreaRing, MAP_SIZES, MAP_THEMES, THEMES, type MapTheme } from './theme';

/** How the colours look with normal vision and with each full (severity 1) colour-vision deficiency. */
const color = (hex: string): Color => {
  const c = parse(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return c;
};
const VISIONS: Record<string, (c: string) => Color> = {
  normal: color,
  protanopia: (c) => filterDeficiencyProt(1)(color(c)),
  deuteranopia: (c) => filterDeficiencyDeuter(1)(color(c)),
  tritanopia: (c) => filterDeficiencyTrit(1)(color(c)),
};
const deltaE = differenceCiede2000();

/** [what is drawn, what it is drawn on, the least contrast WCAG 2.2 AA asks of it]. */
const PAIRS: [keyof MapTheme, keyof MapTheme, number][] = [
  // Arcs are graphical objects the reader needs (1.4.11: 3:1) over sea, land and every unit fill.
  ['arc', 'background', 3],
  ['arc', 'land', 3],
  ['arc', 'vnFill', 3],
  ['arc', 'activeFill', 3],
  // An active province or region is told apart by its outline (its fill alone is too close).
  ['activeLine', 'vnFill', 3],
  ['activeLine', 'land', 3],
  ['activeLine', 'activeFill', 3],
  ['activeLine', 'background', 3],
  // Map labels are text (1.4.3: 4.5:1) on their halo.
  ['label', 'halo', 4.5],
  ['partnerLabel', 'halo', 4.5],
  ['seaLabel', 'halo', 4.5],
];

/** `fg` drawn at `alpha` over `bg` (sRGB compositing, as the map and the picture draw). */
function over(fg: string, bg: string, alpha: number): string {
  const [f, b] = [color(fg), color(bg)].map((c) => formatHex(c));
  const ch = (hex: string | undefined, i: number) => parseInt(hex?.slice(i, i + 2) ?? '0', 16);
  const mix = [1, 3, 5].map((i) => Math.round(ch(f, i) * alpha + ch(b, i) * (1 - alpha)));
  return `#${mix.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

describe.each(THEMES)('the %s map colours', (theme) => {
  const t = MAP_THEMES[theme];
  for (const [vision, see] of Object.entries(VISIONS)) {
    it.each(PAIRS)(`${vision}: %s on %s has at least %d:1`, (fg, bg, min) => {
      // Arcs are drawn at arcOpacity: what the reader sees is the arc blended with what is under it.
      const drawn = fg === 'arc' ? over(t.arc, t[bg], MAP_SIZES.arcOpacity) : t[fg];
      expect(wcagContrast(see(drawn), see(t[bg]))).toBeGreaterThanOrEqual(min);
    });
    it(`${vision}: arcs and active outlines stay apart in colour (ΔE2000 ≥ 30)`, () => {
      expect(deltaE(see(t.arc), see(t.activeLine))).toBeGreaterThanOrEqual(30);
    });
    it(`${vision}: the sea's names stay apart from the places' (ΔE2000 ≥ 20)`, () => {
      expect(deltaE(see(t.seaLabel), see(t.label))).toBeGreaterThanOrEqual(20);
    });
    it(`${vision}: the partner countries' names stay apart from the places' (ΔE2000 ≥ 20)`, () => {
      expect(deltaE(see(t.partnerLabel), see(t.label))).toBeGreaterThanOrEqual(20);
    });
  }
  it('has every colour as #rrggbb', () => {
    for (const v of Object.values(t)) expect(v).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('the page style sheet', () => {
  const css = readFileSync('src/app/style.css', 'utf8');
  /** The custom properties of the first rule with this selector. */
  const block = (selector: string) => {
    const body = css.slice(css.indexOf(`${selector} {`)).split('}')[0] ?? '';
    return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]));
  };
  const SCHEMES = [
    ['light', ':root'],
    ['dark', ":root[data-theme='dark']"],
  ] as const;
  it.each(SCHEMES)(
    '%s: text, links, control borders and legend keys meet AA on the page (%s)',
    (_, selector) => {
      const v = { ...block(':root'), ...block(selector) };
      const ratio = (fg: string, bg: string) => wcagContrast(color(v[fg] ?? ''), color(v[bg] ?? ''));
      for (const bg of ['--bg', '--surface', '--notice']) {
        expect(ratio('--fg', bg)).toBeGreaterThanOrEqual(4.5);
        expect(ratio('--muted', bg)).toBeGreaterThanOrEqual(4.5);
        expect(ratio('--link', bg)).toBeGreaterThanOrEqual(4.5);
      }
      expect(ratio('--fg', '--hover')).toBeGreaterThanOrEqual(4.5);
      // Non-text contrast (1.4.11): borders of inputs and buttons, the legend's keys.
      for (const fg of ['--control', '--arc', '--area-line'])
        expect(ratio(fg, '--bg')).toBeGreaterThanOrEqual(3);
      // The names' key is text (1.4.3).
      for (const fg of ['--name-vn', '--name-partner']) expect(ratio(fg, '--bg')).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(SCHEMES)('uses the %s map colours for the sea and the legend (%s)', (theme, selector) => {
    const vars = block(selector);
    const t = MAP_THEMES[theme];
    expect(vars).toMatchObject({
      '--sea': t.background,
      '--arc': t.arc,
      '--area-fill': t.activeFill,
      '--area-line': t.activeLine,
      '--name-vn': t.label,
      '--name-partner': t.partnerLabel,
    });
  });
});

describe('the two schemes', () => {
  it('are dark and light: the dark sea and land are darker than the light ones', () => {
    const { light, dark } = MAP_THEMES;
    for (const k of ['background', 'land', 'vnFill'] as const)
      expect(wcagContrast(dark[k], '#000')).toBeLessThan(wcagContrast(light[k], '#000'));
  });
});

describe('closeUpAreaRing', () => {
  it('runs along the parallels and meridians of its bounds, a point at every degree at most, closed', () => {
    const ring = closeUpAreaRing([100.5, 8, 110, 23.4]);
    expect(ring[0]).toEqual([100.5, 8]);
    expect(ring.at(-1)).toEqual(ring[0]);
    for (const [lon, lat] of ring)
      expect(lon === 100.5 || lon === 110 || lat === 8 || lat === 23.4).toBe(true);
    for (let i = 1; i < ring.length; i++) {
      const [[a, b], [c, d]] = [ring[i - 1]!, ring[i]!];
      expect(Math.max(Math.abs(c - a), Math.abs(d - b))).toBeLessThanOrEqual(1);
    }
    // Every corner is on it.
    for (const corner of [
      [110, 8],
      [110, 23.4],
      [100.5, 23.4],
    ])
      expect(ring).toContainEqual(corner);
  });
});
