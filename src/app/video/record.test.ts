import { describe, expect, it, vi } from 'vitest';
import { seedAtlas as atlas } from '../../core/fixtures/seedAtlas';
import { NO_FILTERS } from '../../core/view/visibleArcs';
import { translator } from '../../ui/messages';
import { videoTranslator } from '../../ui/videoMessages';
import type { VideoContext } from './videoContext';

// The frame's words as painted (the head: title, date line, legend, credit), without a canvas.
const painted: { date: string }[] = [];
vi.mock('./paintFrame', () => ({
  FRAME_BANDS: { head: 80, foot: 40 },
  footHeight: () => 40,
  legendRows: () => 1,
  paintFrame: (_ctx: unknown, _w: number, _h: number, _foot: number, head: { date: string }) =>
    painted.push(head),
}));
const { frameLayout, record } = await import('./record');

describe('record', () => {
  it('writes each frame’s date line as the page’s status line, counts and all, in the page’s language', async () => {
    painted.length = 0;
    const days = ['2019-01-01', '2023-03-01'];
    const c = {
      atlas,
      lang: 'fr',
      tr: translator('fr'),
      vtr: videoTranslator('fr'),
      filters: NO_FILTERS,
      site: 'https://example.org/',
    } as unknown as VideoContext;
    const ctx = { scale() {} };
    const plan = {
      width: 1280,
      height: 720,
      fps: 30,
      count: days.length,
      frame: (i: number) => ({ index: i, day: days[i]!, time: i, caption: null }),
    };
    await record(
      c,
      plan,
      frameLayout(plan, c, null),
      { getContext: () => ctx } as unknown as HTMLCanvasElement,
      { kind: 'static', draw: async () => {}, destroy() {} },
      { add: async () => {}, finish: async () => new Blob(), cancel: async () => {} },
      () => {},
      new AbortController().signal,
    );
    expect(painted.map((h) => h.date)).toEqual([
      'Jusqu’au 1er janvier 2019 : 1 événement · 1 lien entre 1 province vietnamienne et 1 partenaire étranger',
      'Jusqu’au 1er mars 2023 : 2 événements, 1 accord signé · 5 liens entre 5 provinces vietnamiennes et 2 partenaires étrangers',
    ]);
  });
});
