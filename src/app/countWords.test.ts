import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../core/fixtures/seedAtlas';
import { countsOf } from '../core/view/counts';
import { visibleArcs } from '../core/view/visibleArcs';
import { translator } from '../ui/messages';
import { countWords } from './countWords';

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
