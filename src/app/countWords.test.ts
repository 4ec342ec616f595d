import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../core/fixtures/seedAtlas';
import { countsOf } from '../core/view/counts';
import { visibleArcs } from '../core/view/visibleArcs';
import { translator } from '../ui/messages';
import { countWords } from './countWords';
import { reachText } from './selection';

const words = (day: string, lang: 'fr' | 'vi' | 'en') =>
  countWords(countsOf(atlas, visibleArcs(atlas, day)), translator(lang));

describe('countWords', () => {
  it('says events, agreements signed, links and places, not "partnerships"', () => {
    expect(words('2025-08-01', 'en')).toBe(
      '5 events, 3 agreements signed · 7 links between 6 Vietnamese provinces and 4 foreign partners',
    );
    expect(words('2023-03-01', 'fr')).toBe(
      '2 événements, 1 accord signé · 5 liens entre 5 provinces vietnamiennes et 2 partenaires étrangers',
    );
  });

  it('names no agreement when the data says none was signed', () => {
    expect(words('2019-01-01', 'en')).toBe(
      '1 event · 1 link between 1 Vietnamese province and 1 foreign partner',
    );
  });
});

describe('reachText', () => {
  it('names a partner country’s links first: the count its flow carries on a crowded map', () => {
    const text = (lang: 'fr' | 'vi' | 'en') =>
      reachText(atlas, visibleArcs(atlas, '2023-03-01'), 'CN', translator(lang));
    expect(text('fr')).toBe('4 liens · 1 partenaire · 4 provinces vietnamiennes');
    expect(text('en')).toBe('4 links · 1 partner · 4 Vietnamese provinces');
    expect(text('vi')).toBe('4 liên kết · 1 đối tác · 4 tỉnh, thành phố Việt Nam');
  });
});
