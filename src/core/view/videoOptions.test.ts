import { describe, expect, it } from 'vitest';
import { readVideoOptions, resolveVideoOptions } from './videoOptions';

const span = { start: '2018-01-01', end: '2026-06-30' };

describe('readVideoOptions', () => {
  it('reads every option and leaves missing ones out', () => {
    const asked = {
      start: '2019-01-01',
      end: '2025-12-31',
      seconds: 3,
      size: '720p',
      format: 'webm',
      captions: false,
    };
    expect(readVideoOptions(asked)).toEqual({ kind: 'ok', options: asked });
    expect(readVideoOptions(undefined)).toEqual({ kind: 'ok', options: {} });
  });

  it('names what is wrong: a bad value, an unknown option, a non-object', () => {
    expect(readVideoOptions({ size: '4k' })).toEqual({
      kind: 'invalid',
      error: 'size must be one of 1080p, 720p, square (got "4k")',
    });
    expect(readVideoOptions({ seconds: 600 })).toMatchObject({ kind: 'invalid', error: /seconds must be/ });
    expect(readVideoOptions({ start: '2024-02-30' })).toMatchObject({
      kind: 'invalid',
      error: /start must be a day/,
    });
    expect(readVideoOptions({ fps: 60 })).toMatchObject({ kind: 'invalid', error: /unknown option "fps"/ });
    expect(readVideoOptions('mp4')).toMatchObject({ kind: 'invalid', error: /options must be an object/ });
  });
});

describe('resolveVideoOptions', () => {
  it('fills defaults: the whole span, 20 s, 1080p, the best format, captions', () => {
    expect(resolveVideoOptions({}, span)).toEqual({
      kind: 'ok',
      options: { ...span, seconds: 20, size: '1080p', format: 'auto', captions: true },
    });
  });

  it('keeps the days inside the span and refuses an empty one', () => {
    expect(resolveVideoOptions({ start: '2000-01-01', end: '2030-01-01' }, span)).toMatchObject({
      options: span,
    });
    expect(resolveVideoOptions({ start: '2025-01-01', end: '2024-01-01' }, span)).toMatchObject({
      kind: 'invalid',
    });
  });
});
