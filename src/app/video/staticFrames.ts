import type { Topology } from 'topojson-specification';
import type { Atlas } from '../../core/atlas';
import type { Theme } from '../../core/draw/theme';
import type { Lang } from '../../core/i18n';
import type { FrameSource } from './frameSource';

/**
 * Frames drawn from the static renderer (no WebGL): the SVG the page shows without a map, drawn at
 * the map band's size (its viewBox fits the opening bounds there, as on the page). A picture is
 * made only when what is shown changes (arcs, geography), not for every frame.
 */
export async function staticFrames(
  doc: Document,
  atlas: Atlas,
  topo: Topology,
  theme: Theme,
  size: { w: number; h: number },
  /** The page's language, of the picture's names. */
  lang: Lang,
): Promise<FrameSource> {
  const { staticMapSvg } = await import('../../core/draw/staticMap');
  let key = '';
  let picture: HTMLImageElement | null = null;
  return {
    kind: 'static',
    async draw(ctx, rect, s) {
      const next = `${s.geography}|${s.arcs.map((a) => a.id + a.events.length).join()}`;
      if (next !== key || !picture) {
        key = next;
        // Sized in the SVG itself, so that its `meet` framing fits the band (an image without a size
        // would be drawn at its viewBox's shape and stretched).
        const svg = staticMapSvg(atlas, topo, { day: s.day, visible: s.arcs, theme, lang }).replace(
          '<svg ',
          `<svg width="${size.w}" height="${size.h}" `,
        );
        const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        const img = doc.createElement('img');
        img.src = url;
        try {
          await img.decode();
        } finally {
          URL.revokeObjectURL(url);
        }
        picture = img;
      }
      ctx.drawImage(picture, rect.x, rect.y, rect.w, rect.h);
    },
    destroy() {
      picture = null;
    },
  };
}
