import { type Advance, nameAdvance } from '../core/draw/pictureLabels';
import { MAP_SIZES } from '../core/draw/theme';

/** The map's names' font, at a size its advances are measured at (then taken in ems). */
const FONT = `24px "${MAP_SIZES.font}"`;

/**
 * The live map's names' character advances (ems), measured as MapLibre measures them for its glyphs
 * drawn from the local font (each character alone, canvas `measureText`, no kerning), if the font's
 * faces for `text` are loaded now; none (the callers' estimates) if not. The build measures the same
 * font's advances (`fontAdvance` in src/pipeline/fontOutliner.ts), so the picture and the live map
 * agree on the room a name takes.
 */
export function loadedAdvance(text: string): Advance | undefined {
  if (typeof document === 'undefined' || !document.fonts.check(FONT, text)) return undefined;
  if (!ctx) {
    ctx = document.createElement('canvas').getContext('2d');
    if (ctx) ctx.font = FONT;
  }
  return ctx ? measure : undefined;
}

let ctx: CanvasRenderingContext2D | null = null;
/** The advances measured (a character is measured once its face is loaded; then it does not change). */
const cache = new Map<string, number>();
const measure: Advance = (ch) => {
  let w = cache.get(ch);
  if (w !== undefined) return w;
  // (A character whose face has not loaded, asked outside the text checked, is estimated, not kept.)
  if (ch !== '\n' && !document.fonts.check(FONT, ch)) return nameAdvance(ch);
  cache.set(ch, (w = ch === '\n' ? 0 : ctx!.measureText(ch).width / 24));
  return w;
};

/** `loadedAdvance` once the font's faces for `text` have loaded, or none after `waitMs`. */
export async function fontAdvance(text: string, waitMs: number): Promise<Advance | undefined> {
  const loaded = await Promise.race([
    document.fonts.load(FONT, text).then((faces) => faces.length > 0),
    new Promise<false>((r) => window.setTimeout(() => r(false), waitMs)),
  ]).catch(() => false);
  return loaded ? loadedAdvance(text) : undefined;
}
