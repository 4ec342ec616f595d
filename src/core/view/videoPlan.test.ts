import { describe, expect, it } from 'vitest';
import { VIDEO_DEFAULTS, type VideoOptions } from './videoOptions';
import { planVideo } from './videoPlan';

const options = (o: Partial<VideoOptions> = {}): VideoOptions => ({
  ...VIDEO_DEFAULTS,
  start: '2020-01-01',
  end: '2020-12-31',
  ...o,
});

describe('planVideo', () => {
  it('has seconds × 30 frames of the asked size, each at index / fps', () => {
    const p = planVideo(options({ seconds: 10, size: '720p' }), []);
    expect([p.width, p.height, p.fps, p.count]).toEqual([1280, 720, 30, 300]);
    expect(p.frame(45).time).toBe(1.5);
    expect(planVideo(options({ size: 'square' }), [])).toMatchObject({ width: 1080, height: 1080 });
  });

  it('holds the first day, runs the days in order, and holds the last day at the end', () => {
    const p = planVideo(options({ seconds: 20 }), []);
    const days = Array.from({ length: p.count }, (_, i) => p.frame(i).day);
    expect(days[0]).toBe('2020-01-01');
    expect(days[14]).toBe('2020-01-01'); // 0.5 s hold
    expect(days[20]! > '2020-01-01').toBe(true);
    expect(days).toEqual([...days].sort());
    expect(days.at(-1)).toBe('2020-12-31');
    expect(days[p.count - 44]).toBe('2020-12-31'); // 1.5 s hold
    expect(new Set(days).size).toBeGreaterThan(300);
  });

  it('keeps short clips moving: holds take at most a quarter of the clip', () => {
    const p = planVideo(options({ seconds: 3 }), []);
    expect(p.count).toBe(90);
    const days = Array.from({ length: p.count }, (_, i) => p.frame(i).day);
    expect(days.filter((d) => d === '2020-01-01').length).toBeLessThanOrEqual(6);
    expect(days.filter((d) => d === '2020-12-31').length).toBeLessThanOrEqual(18);
  });

  it('captions each chapter from the frame that reaches its day, until the next one or 2.5 s', () => {
    const chapters = [
      { id: 'before', day: '2019-05-01' },
      { id: 'march', day: '2020-03-01' },
      { id: 'march-2', day: '2020-03-10' },
      { id: 'october', day: '2020-10-01' },
    ];
    const p = planVideo(options({ seconds: 20 }), chapters);
    const caps = Array.from({ length: p.count }, (_, i) => p.frame(i));
    const first = (id: string) => caps.find((f) => f.caption === id);
    expect(first('before')).toBeUndefined();
    expect(first('march')!.day >= '2020-03-01').toBe(true);
    expect(caps[first('march')!.index - 1]!.day < '2020-03-01').toBe(true);
    // The next chapter replaces it; a caption lasts 75 frames at most.
    expect(caps.filter((f) => f.caption === 'march').length).toBeLessThan(75);
    expect(caps.filter((f) => f.caption === 'october').length).toBe(75);
    expect(caps[0]!.caption).toBeNull();
    expect(planVideo(options({ captions: false }), chapters).frame(300).caption).toBeNull();
  });
});
