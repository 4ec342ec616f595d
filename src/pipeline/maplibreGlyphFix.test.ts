import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixGlyphTop, maplibreGlyphFix } from './maplibreGlyphFix';

/** The installed MapLibre's main bundle, as Vite reads it. */
const mainBundle = join(
  dirname(createRequire(import.meta.url).resolve('maplibre-gl/package.json')),
  'dist',
  'maplibre-gl.mjs',
);

/** The `top` a glyph metrics object gets in `code` for a TinySDF glyph of this `glyphTop`. */
function topOf(code: string, glyphTop: number | undefined): number {
  const expr = /top:([^,]+),advance:/.exec(code.slice(code.indexOf('glyphTop/2-27.5') - 40))?.[1];
  if (!expr) throw new Error('no glyph top expression');
  const name = /([\w$]+)\.glyphTop/.exec(expr)![1]!;
  return new Function(name, `return ${expr};`)({ glyphTop }) as number;
}

describe('fixGlyphTop: MapLibre sets a glyph with a top of exactly 0 where it belongs', () => {
  const original = readFileSync(mainBundle, 'utf8');
  const fixed = fixGlyphTop(original);

  it('MapLibre as installed drops a capital with two marks above it (55 px at 48 px) by 8 units', () => {
    // (The bug the fix is for: if this fails, MapLibre fixed it, and the fix can go.)
    expect(topOf(original, 55)).toBe(-8);
  });

  it('with the fix that glyph keeps its top, and every other glyph the top it had', () => {
    expect(topOf(fixed, 55)).toBe(0);
    for (const top of [36, 44, 51, 54, 56, 60]) expect(topOf(fixed, top)).toBe(topOf(original, top));
    // A glyph TinySDF could not measure keeps MapLibre's fallback.
    expect(topOf(fixed, undefined)).toBe(-8);
    expect(fixed.length - original.length).toBeLessThan(40);
  });

  it('fails loudly where the code is not there exactly once', () => {
    expect(() => fixGlyphTop('export {}')).toThrow(/found 0 times/);
    const twice = 'a={top:t.glyphTop/2-27.5||-8};b={top:t.glyphTop/2-27.5||-8}';
    expect(() => fixGlyphTop(twice)).toThrow(/found 2 times/);
    // (A minifier's name with a dollar sign is still found.)
    expect(fixGlyphTop('{top:$e.glyphTop/2-27.5||-8}')).toBe('{top:((v)=>v===v?v:-8)($e.glyphTop/2-27.5)}');
  });

  it('the Vite plugin fixes MapLibre’s main bundle and leaves other modules alone', () => {
    const plugin = maplibreGlyphFix();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform(original, mainBundle)?.code).toBe(fixed);
    expect(transform(original, `${mainBundle}?v=1234`)?.code).toBe(fixed);
    expect(transform('top:t.glyphTop/2-27.5||-8', '/src/main.ts')).toBeNull();
  });

  it('fails a build that never read MapLibre’s bundle, and passes one that did', () => {
    type Hooks = {
      transform: (code: string, id: string) => unknown;
      buildEnd: (this: unknown, error?: Error) => void;
    };
    const unread = maplibreGlyphFix({ build: true }) as unknown as Hooks;
    expect(() => unread.buildEnd.call({})).toThrow(/never read/);
    const read = maplibreGlyphFix({ build: true }) as unknown as Hooks;
    read.transform(original, mainBundle);
    expect(() => read.buildEnd.call({})).not.toThrow();
    // (The dev server's prebundling, which may run without MapLibre when its cache is fresh: no check.)
    expect(() => (maplibreGlyphFix() as unknown as Hooks).buildEnd.call({})).not.toThrow();
  });
});
