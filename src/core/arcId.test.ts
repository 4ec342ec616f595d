import { describe, expect, it } from 'vitest';
import { arcId, chooserLabel, parseArcId } from './arcId';

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

  it('name a line in the chooser: an arc by its label, else by its ends; a place by its name', () => {
    const name = (id: string) => ({ 'VN-13': 'Quảng Ninh', 'CN-GX': 'Guangxi' })[id] ?? '';
    expect(chooserLabel('VN-13~CN-GX', name)).toBe('Quảng Ninh ↔ Guangxi');
    expect(chooserLabel('VN-13~CN-GX', name, () => 'Hạ Long ↔ Guangxi')).toBe('Hạ Long ↔ Guangxi');
    // (An arc the label does not know: by its ends.)
    expect(chooserLabel('VN-13~CN-GX', name, () => null)).toBe('Quảng Ninh ↔ Guangxi');
    expect(chooserLabel('CN-GX', name, () => 'never')).toBe('Guangxi');
  });
});
