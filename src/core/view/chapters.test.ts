import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { chapters } from './chapters';

describe('chapters', () => {
  it('gives one chapter per event, in time order, selecting the partner and framing both ends', () => {
    const c = chapters(atlas);
    expect(c).toHaveLength(atlas.events.length);
    expect(c.map((x) => x.day)).toEqual([...c.map((x) => x.day)].sort());
    expect(c[0]).toMatchObject({ day: '2018-11-21', selection: 'KZ-AST', places: ['VN-HN', 'KZ-AST'] });
    const guangxi = c.find((x) => x.day === '2023-02-22');
    expect(guangxi?.selection).toBe('CN-GX');
    expect(guangxi?.places).toHaveLength(5);
  });
});
