import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import type { Outline, Outliner } from '../core/draw/outlineText';

/**
 * The page's font, Be Vietnam Pro at 400 (`@fontsource/be-vietnam-pro`, OFL): its Fontsource subsets,
 * each a font of its own, looked up in this order for each character.
 */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;

export function beVietnamProFiles(): string[] {
  const dir = dirname(createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/package.json'));
  return SUBSETS.map((s) => join(dir, 'files', `be-vietnam-pro-${s}-400-normal.woff`));
}

/**
 * An `Outliner` over the glyphs of `files` (one font's subsets, the same units per em): a line is laid
 * out by fontkit in runs of the characters each subset holds, glyph by glyph at their own advances, as
 * MapLibre sets the live map's names (no kerning: its shaping has none; marks placed by the font); a
 * character none holds makes the line null.
 */
export function fontOutliner(files: readonly string[] = beVietnamProFiles()): Outliner {
  const fonts = files.map((f) => {
    const font = fontkit.create(readFileSync(f));
    if (!('layout' in font)) throw new Error(`${f}: a font collection, not a font`);
    return font;
  });
  const em = fonts[0]!.unitsPerEm;
  if (fonts.some((f) => f.unitsPerEm !== em)) throw new Error(`${files.join(', ')}: units per em differ`);
  const cache = new Map<string, Outline | null>();
  return (text) => {
    if (cache.has(text)) return cache.get(text)!;
    // Runs of characters in the same subset (the first that holds each).
    const runs: { font: fontkit.Font; text: string }[] = [];
    for (const ch of text) {
      const font = fonts.find((f) => f.hasGlyphForCodePoint(ch.codePointAt(0)!));
      if (!font) {
        cache.set(text, null);
        return null;
      }
      const last = runs[runs.length - 1];
      if (last?.font === font) last.text += ch;
      else runs.push({ font, text: ch });
    }
    const out: Outline = { glyphs: [], advance: 0 };
    let pen = 0;
    for (const run of runs) {
      // (No ligatures: a glyph per character, as the live map's labels, and letter spacing per character.)
      const r = run.font.layout(run.text, { liga: false, clig: false, dlig: false, kern: false });
      r.glyphs.forEach((g, i) => {
        const p = r.positions[i]!;
        const x = (pen + p.xOffset) / em;
        const y = -p.yOffset / em;
        // In ems, y down (the font's y is up).
        out.glyphs.push(
          g.path.commands.map((c) => ({
            command: c.command,
            points: c.args.map((v, j) => (j % 2 ? y - v / em : x + v / em)),
          })),
        );
        pen += p.xAdvance;
      });
    }
    out.advance = pen / em;
    cache.set(text, out);
    return out;
  };
}

/**
 * A character's advance (ems) as the live map sets it (`Advance`): its glyph's, from `outline`; a
 * character the font lacks, the pictures' estimate of 0.56 em.
 */
export const fontAdvance =
  (outline: Outliner) =>
  (ch: string): number =>
    ch === '\n' ? 0 : (outline(ch)?.advance ?? 0.56);
