import { describe, expect, it } from 'vitest';
import { detectLanguage, domainsOf, kindOf } from './intakeWords';
import { fold } from '../normalize';

describe('detectLanguage', () => {
  it('tells Vietnamese, French and English apart', () => {
    expect(detectLanguage('Ngày 17/11, tỉnh Quảng Ninh và tỉnh Hokkaido đã ký thỏa thuận hợp tác.')).toBe(
      'vi',
    );
    expect(
      detectLanguage('Les provinces et la région ont signé un accord de coopération dans la formation.'),
    ).toBe('fr');
    expect(detectLanguage('The provinces and the region signed a cooperation agreement on training.')).toBe(
      'en',
    );
  });
});

describe('kindOf', () => {
  const k = (t: string) => kindOf(fold(t));
  it('maps the words of the three languages to the vocabulary', () => {
    expect(k('ont signé un mémorandum établissant un jumelage')).toBe('twinning');
    expect(k('hai tỉnh kết nghĩa')).toBe('twinning');
    expect(k('the 15th joint working committee conference')).toBe('joint-committee');
    expect(k('ký thỏa thuận hợp tác')).toBe('cooperation-agreement');
    expect(k('un accord de coopération')).toBe('cooperation-agreement');
    expect(k('ký biên bản ghi nhớ')).toBe('mou');
    expect(k('signed an MoU')).toBe('mou');
    expect(k('une séance de travail')).toBe('meeting');
    expect(k('chuyến thăm')).toBe('visit');
    expect(k('une exposition')).toBeNull();
  });
  it('prefers the most specific kind', () => {
    expect(k('un mémorandum établissant un jumelage, lors de la rencontre')).toBe('twinning');
    expect(k('le comité mixte a signé huit protocoles d’accord')).toBe('joint-committee');
  });
});

describe('domainsOf', () => {
  it('finds domains in the three languages, in vocabulary order', () => {
    expect(domainsOf(fold('tourisme, culture et éducation'))).toEqual(['education', 'culture', 'tourism']);
    expect(domainsOf(fold('thương mại và nông nghiệp'))).toEqual(['trade', 'agriculture']);
    expect(domainsOf(fold('seaport logistics and people-to-people exchanges'))).toEqual([
      'infrastructure',
      'exchanges',
    ]);
    expect(domainsOf(fold('rien de tout cela'))).toEqual([]);
  });
});
