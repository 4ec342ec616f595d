import type { Plugin } from 'vite';

/**
 * MapLibre 6 draws the map's labels from the page's font with TinySDF (no glyph server), and sets each
 * glyph's top as `glyphTop / 2 - 27.5 || -8` (src/render/glyph_manager.ts): the `|| -8` stands for a
 * glyph TinySDF could not measure, but it also catches a top of exactly 0. In Be Vietnam Pro at
 * MapLibre's 48 px that is every capital with a circumflex and an acute or a grave above it (Ố, Ấ, Ề,
 * …: 55 px above the baseline), which it then drew a third of an em below the line: "TRUNG QUỐC" read
 * "QU" "Ố" "C" on every Vietnamese page. The fix keeps -8 for a glyph with no top (not a number) only.
 */
const GLYPH_TOP = /top:([\w$]+)\.glyphTop\/2-27\.5\|\|-8/g;

/**
 * MapLibre's code with its glyphs' tops fixed; throws when the code is not there exactly once (a new
 * MapLibre that changed it: look at the fix again).
 *
 * @example fixGlyphTop('{top:t.glyphTop/2-27.5||-8}') === '{top:((v)=>v===v?v:-8)(t.glyphTop/2-27.5)}'
 */
export function fixGlyphTop(code: string): string {
  const found = code.match(GLYPH_TOP)?.length ?? 0;
  if (found !== 1)
    throw new Error(
      `maplibreGlyphFix: MapLibre's glyph top ("glyphTop/2-27.5||-8") found ${found} times, not once: check src/pipeline/maplibreGlyphFix.ts against this MapLibre`,
    );
  return code.replace(GLYPH_TOP, (_, t: string) => `top:((v)=>v===v?v:-8)(${t}.glyphTop/2-27.5)`);
}

/** The file of MapLibre's that holds the glyph manager (its main bundle, not the worker's). */
const MAPLIBRE_MAIN = /[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.mjs$/;

/**
 * A Vite plugin (and Rolldown plugin, for the dev server's prebundling) that applies `fixGlyphTop` to
 * MapLibre's main bundle. With `build`, it applies to `vite build` only, and fails the build if it
 * never saw that bundle (MapLibre resolved to another file: the fix would be lost without a word).
 */
export function maplibreGlyphFix(o: { build?: boolean } = {}): Plugin {
  let fixed = false;
  return {
    name: 'atlas-maplibre-glyph-top',
    ...(o.build ? { apply: 'build' as const } : {}),
    transform(code, id) {
      if (!MAPLIBRE_MAIN.test(id.split('?')[0]!)) return null;
      fixed = true;
      return { code: fixGlyphTop(code), map: null };
    },
    buildEnd(error) {
      if (o.build && !error && !fixed)
        throw new Error(
          "maplibreGlyphFix: the build never read MapLibre's dist/maplibre-gl.mjs: check src/pipeline/maplibreGlyphFix.ts",
        );
    },
  };
}
