import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../core/fixtures/seedAtlas';
import { visibleArcs } from '../core/view/visibleArcs';
import { translator } from '../ui/messages';
import { arcText, hoverText, sinceText } from './selection';

const DAY = '2025-03-01';
const arcs = visibleArcs(atlas, DAY);
const arc = (id: string) => arcs.find((a) => a.id === id)!;
const event = (id: string) => atlas.events.find((e) => e.id === id)!;

describe('since when, in a tooltip and a list line', () => {
  it('gives one event’s month, and "since" the first of several, in the reader’s language', () => {
    const tr = translator('fr');
    expect(sinceText([event('2023-11-quang-ninh-hokkaido')], 'fr', tr)).toBe('novembre 2023');
    const gx = [event('2025-02-guangxi-spring-meeting'), event('2023-02-guangxi-spring-meeting')];
    expect(sinceText(gx, 'fr', tr)).toBe('depuis février 2023');
    expect(sinceText(gx, 'vi', translator('vi'))).toBe('từ tháng 2 năm 2023');
    expect(sinceText(gx, 'en', translator('en'))).toBe('since February 2023');
    expect(sinceText([], 'en', translator('en'))).toBeNull();
    // On one start day, the coarser date, whatever their order: a year starts on its 1 January.
    const year = {
      ...event('2023-11-quang-ninh-hokkaido'),
      start: '2023-01-01',
      date: '2023',
      precision: 'year' as const,
    };
    const day = { ...year, date: '2023-01-01', precision: 'day' as const };
    expect(sinceText([day, year], 'en', translator('en'))).toBe('since 2023');
    expect(sinceText([year, day], 'en', translator('en'))).toBe('since 2023');
  });

  it('names an arc’s ends, its events and since when', () => {
    expect(arcText(atlas, arc('VN-13~CN-GX'), DAY, 'en', translator('en'))).toBe(
      'Quảng Ninh ↔ Guangxi · 2 events · since February 2023',
    );
    // (A date the data has to the month only is said to the month.)
    expect(arcText(atlas, arc('VN-56~KZ-VOS'), DAY, 'fr', translator('fr'))).toBe(
      'Bắc Ninh ↔ Kazakhstan-Oriental · 1 événement · novembre 2024',
    );
  });

  it('says since when a place has links on hover', () => {
    expect(hoverText(atlas, arcs, 'VN-13', DAY, 'en', translator('en'))).toBe(
      'Quảng Ninh — 2 partners in 2 countries · 3 events · since February 2023',
    );
    expect(hoverText(atlas, arcs, 'VN-13~JP-01', DAY, 'vi', translator('vi'))).toBe(
      'Quảng Ninh ↔ Hokkaidō · 1 sự kiện · tháng 11 năm 2023',
    );
  });
});
