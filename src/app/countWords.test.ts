import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../core/fixtures/seedAtlas';
import { countsOf } from '../core/view/counts';
import { visibleArcs } from '../core/view/visibleArcs';
import { translator } from '../ui/messages';
import { countWords, statusLine } from './countWords';
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

  it('counts units as they signed, and says how many they are now where the map draws fewer', () => {
    const merged = {
      events: 300,
      signed: 120,
      links: 290,
      vn: 47,
      vnDrawn: 31,
      partners: 12,
      partnersDrawn: 11,
    };
    expect(countWords(merged, translator('en'))).toBe(
      '300 events, 120 agreements signed · 290 links between 47 Vietnamese provinces as they signed (now 31) and 12 foreign partners as they signed (now 11)',
    );
    expect(countWords(merged, translator('fr'))).toBe(
      '300 événements, 120 accords signés · 290 liens entre 47 provinces vietnamiennes au moment de signer (31 désormais) et 12 partenaires étrangers au moment de signer (11 désormais)',
    );
    expect(countWords({ ...merged, partnersDrawn: 12 }, translator('vi'))).toBe(
      '300 sự kiện, 120 văn kiện đã ký · 290 liên kết giữa 47 tỉnh, thành phố Việt Nam tại thời điểm ký kết (nay còn 31) và 12 đối tác nước ngoài',
    );
  });

  it('names no agreement when the data says none was signed', () => {
    expect(words('2019-01-01', 'en')).toBe(
      '1 event · 1 link between 1 Vietnamese province and 1 foreign partner',
    );
  });
});

describe('statusLine', () => {
  const line = (day: string, lang: 'fr' | 'vi' | 'en') =>
    statusLine(atlas, visibleArcs(atlas, day), day, lang, translator(lang));

  it('says the day and the counts up to the data’s last update (1 March 2025 in the fixture)', () => {
    expect(line('2023-03-01', 'en')).toBe(
      'Up to 1 March 2023: 2 events, 1 agreement signed · 5 links between 5 Vietnamese provinces and 2 foreign partners',
    );
    expect(line('2025-03-01', 'fr')).toMatch(/^Jusqu’au 1er mars 2025 : 5 événements/);
  });

  it('after the update, says how old the data is, so today’s date is not read as the data’s', () => {
    expect(line('2026-12-06', 'en')).toMatch(
      /^Up to 6 December 2026 \(data as of 1 March 2025\): 5 events, /,
    );
    expect(line('2026-12-06', 'fr')).toMatch(
      /^Jusqu’au 6 décembre 2026 \(données au 1er mars 2025\) : 5 événements/,
    );
    expect(line('2026-12-06', 'vi')).toMatch(
      /^Tính đến ngày 6 tháng 12 năm 2026 \(dữ liệu cập nhật ngày 1 tháng 3 năm 2025\): 5 sự kiện/,
    );
    for (const lang of ['fr', 'vi', 'en'] as const) expect(line('2026-12-06', lang)).not.toMatch(/[{}[\]]/);
  });

  it('counts the data as of its last event where that is later than its update day', () => {
    const later = { ...atlas, publication: { ...atlas.publication, updated: '2024-01-01' } };
    const at = (day: string) => statusLine(later, visibleArcs(later, day), day, 'en', translator('en'));
    expect(at('2025-02-20')).toMatch(/^Up to 20 February 2025: /);
    expect(at('2026-12-06')).toMatch(/^Up to 6 December 2026 \(data as of 20 February 2025\): /);
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
