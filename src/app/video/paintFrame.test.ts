import { describe, expect, it } from 'vitest';
import { textRecorder } from '../../test/textCanvas';
import { VIDEO_SIZES } from '../../core/view/videoOptions';
import { translator } from '../../ui/messages';
import { legendWords } from '../legendKeys';
import { FRAME_BANDS, footHeight, legendRows, paintFrame } from './paintFrame';

describe('a video frame', () => {
  it('holds its legend, the names’ key included, and its credit inside the lower band at every size and in every language', () => {
    const rowsSeen = new Set<number>();
    for (const [size, { width, height }] of Object.entries(VIDEO_SIZES)) {
      const h = 540;
      const w = (width / height) * h;
      for (const lang of ['fr', 'vi', 'en'] as const) {
        const tr = translator(lang);
        const { ctx, drawn } = textRecorder();
        const words = [legendWords(tr, false), legendWords(tr, true)];
        const rows = legendRows(ctx, words, w);
        rowsSeen.add(rows);
        const foot = footHeight(rows);
        for (const legend of words) {
          drawn.length = 0;
          paintFrame(ctx, w, h, foot, { title: 'Titre', date: 'Date', legend, credit: 'Crédit' });
          const below = drawn.filter((d) => d.y > FRAME_BANDS.head);
          expect(below.map((d) => d.text)).toEqual(
            expect.arrayContaining([
              tr('legendNames'),
              tr('legendNameVn'),
              tr('legendNamePartner'),
              'Crédit',
            ]),
          );
          for (const d of drawn) {
            const at = `${size} ${lang}: "${d.text}"`;
            expect(d.x, at).toBeGreaterThanOrEqual(16);
            expect(d.right, at).toBeLessThanOrEqual(w - 16);
            expect(d.y, at).toBeLessThanOrEqual(h - 4);
          }
          for (const d of below) expect(d.y - 12, `${size} ${lang}: "${d.text}"`).toBeGreaterThan(h - foot);
        }
      }
    }
    // The square frame needs more rows where a wide one needs one.
    expect(rowsSeen.has(1)).toBe(true);
    expect(Math.max(...rowsSeen)).toBeGreaterThan(1);
  });
});
