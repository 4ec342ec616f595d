import { describe, expect, it } from 'vitest';
import { arcId, parseArcId } from './arcId';

describe('arc ids', () => {
  it('join a Vietnamese unit and a partner, and read back into the same two ends', () => {
    expect(arcId('VN-13', 'CN-GX')).toBe('VN-13~CN-GX');
    expect(parseArcId(arcId('VN25-TUYEN-QUANG', 'gn:1580410'))).toEqual({
      vn: 'VN25-TUYEN-QUANG',
      partner: 'gn:1580410',
    });
  });

  it('are told apart from place ids and malformed values', () => {
    for (const id of ['VN-13', '', '~CN-GX', 'VN-13~', 'a~b~c']) expect(parseArcId(id)).toBeNull();
  });
});
