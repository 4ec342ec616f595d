import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../core/atlas';
import { seedAtlas as atlas } from '../core/fixtures/seedAtlas';
import { signatories } from '../core/view/history';
import { visibleArcs } from '../core/view/visibleArcs';
import { translator } from '../ui/messages';
import { searchResults } from './searchWords';
import { arcText, detailsFor, hoverText, sinceText } from './selection';

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

describe('a unit’s history, to go on from', () => {
  const day = '2026-01-01';
  const arcs = visibleArcs(atlas, day);
  const tr = translator('en');

  it('offers a ceased unit’s successor: Bắc Giang, with no partnership, to the new Bắc Ninh', () => {
    const panel = detailsFor(atlas, arcs, 'VN-54', day, 'en', tr).panel;
    expect(panel?.events).toEqual([]);
    // (None of its own: not "by this date", as if one might come.)
    expect(panel?.subtitle).toContain('no partnership of its own');
    expect(panel?.subtitle).not.toContain('by this date');
    expect(panel?.related).toEqual([{ id: 'VN25-BAC-NINH', label: 'See Bắc Ninh (since 2025)' }]);
    // Before the merger it stands alone: nothing to go on to.
    expect(
      detailsFor(atlas, visibleArcs(atlas, '2024-01-01'), 'VN-54', '2024-01-01', 'en', tr).panel?.related,
    ).toEqual([]);
  });

  it('offers a new unit’s predecessors, each with its era where two share a name', () => {
    const panel = detailsFor(atlas, arcs, 'VN25-TUYEN-QUANG', day, 'vi', translator('vi')).panel;
    expect(panel?.related.map((r) => r.id).sort()).toEqual(['VN-03', 'VN-07']);
    expect(panel?.related.map((r) => r.label)).toContain('Xem Hà Giang');
    expect(panel?.related.map((r) => r.label)).toContain('Xem Tuyên Quang (đến năm 2025)');
    // Before it was formed, it says so (not "no partnership by this date").
    const early = detailsFor(
      atlas,
      visibleArcs(atlas, '2024-06-01'),
      'VN25-TUYEN-QUANG',
      '2024-06-01',
      'en',
      tr,
    );
    expect(early.panel?.subtitle).toContain('not yet formed by this date');
    // An arc has none.
    const arc = arcs.find((a) => a.partner === 'CN-GX')!;
    expect(detailsFor(atlas, arcs, arc.id, day, 'en', tr).panel?.related).toEqual([]);
  });

  it('says in search what a ceased unit became and when, without saying its era twice', () => {
    const [hit] = searchResults(atlas, 'Bac Giang', 'en', tr);
    expect(hit?.detail).toContain('merged into Bắc Ninh on 1 July 2025');
    const old = searchResults(atlas, 'Tuyen Quang', 'en', tr).find((h) => h.id === 'VN-07');
    // (Into a unit of its own name: with its era, not "into Tuyên Quang".)
    expect(old?.detail).toContain('merged into Tuyên Quang (since 2025) on 1 July 2025');
  });
});

describe('who a place is linked to, and since when, in its panel', () => {
  const links = (id: string, day = DAY, lang: 'en' | 'fr' = 'en') =>
    detailsFor(atlas, visibleArcs(atlas, day), id, day, lang, translator(lang)).panel?.links;

  it('lists a province’s partners oldest first, each with its country, events and since when', () => {
    expect(links('VN-13')).toEqual([
      { id: 'VN-13~CN-GX', label: 'Guangxi', note: 'China · 2 events · since February 2023' },
      { id: 'VN-13~JP-01', label: 'Hokkaidō', note: 'Japan · 1 event · November 2023' },
    ]);
    expect(links('VN-13', DAY, 'fr')?.map((l) => l.note)).toEqual([
      'Chine · 2 événements · depuis février 2023',
      'Japon · 1 événement · novembre 2023',
    ]);
    // Before Hokkaidō signed, one link: its events say it, no list.
    expect(links('VN-13', '2023-06-01')).toEqual([]);
  });

  it('names a partner’s Vietnamese provinces as they signed, ties in a reader’s order', () => {
    expect(links('CN-GX')?.map((l) => l.label)).toEqual(['Cao Bằng', 'Hà Giang', 'Lạng Sơn', 'Quảng Ninh']);
    // (No country: they are all Vietnam's.)
    expect(links('CN-GX')?.[0]?.note).toBe('2 events · since February 2023');
    // After the merger, Hà Giang's arc is drawn from Tuyên Quang: its line says who signed.
    const after = links('CN-GX', '2026-01-01');
    expect(after?.map((l) => l.label)).toContain('Hà Giang (now part of Tuyên Quang)');
    expect(after?.find((l) => l.label.startsWith('Hà Giang'))?.id).toBe('VN25-TUYEN-QUANG~CN-GX');
  });

  it('gives both ends where the place is neither (a country), and none for an arc', () => {
    expect(links('CN')?.map((l) => l.label)).toEqual([
      'Cao Bằng ↔ Guangxi',
      'Hà Giang ↔ Guangxi',
      'Lạng Sơn ↔ Guangxi',
      'Quảng Ninh ↔ Guangxi',
    ]);
    expect(links('VN-13~CN-GX')).toEqual([]);
  });

  it('names the other end alone line by line, where the place itself signed the line’s events', () => {
    // The 300-event synthetic fixture: after the 2025 merger the new Hồ Chí Minh City's arcs carry the
    // old city's events, and on five of them Bình Dương's or Bà Rịa–Vũng Tàu's too.
    const big = JSON.parse(readFileSync('src/pipeline/fixtures/out/synthetic-300.json', 'utf8')) as Atlas;
    const day = '2026-12-31';
    const arcs = visibleArcs(big, day);
    const of = (id: string) => detailsFor(big, arcs, id, day, 'en', translator('en')).panel?.links ?? [];
    const shared = arcs.find((a) => a.id === 'VN25-HO-CHI-MINH~KR-41')!;
    expect(signatories(shared)).toEqual(expect.arrayContaining(['VN-SG', 'VN-57']));
    // The old city: each of its links by its partner, the shared arc's too.
    const old = of('VN-SG');
    expect(old.length).toBeGreaterThan(40);
    expect(old.filter((l) => l.label.includes('↔'))).toEqual([]);
    expect(old.find((l) => l.id === shared.id)?.label).toBe('Gyeonggi');
    expect(old.find((l) => l.id === 'VN25-HO-CHI-MINH~JP-27')).toMatchObject({
      label: 'Ōsaka Prefecture',
      note: 'Japan · 1 event · October 1990',
    });
    // (Singapore, the city, is not said to be in Singapore.)
    expect(old.find((l) => l.label === 'Singapore')?.note).toBe('1 event · June 1997');
    // The new city: a link its predecessors signed still says who signed it.
    expect(of('VN25-HO-CHI-MINH').find((l) => l.id === 'VN25-HO-CHI-MINH~JP-27')?.label).toBe(
      'Ho Chi Minh City (until 2025) ↔ Ōsaka Prefecture',
    );
    // A country's links name both ends, a unit whose successor has its name by its era, as its panel's
    // title does (not "… (before the merger of 1 July 2025)" on most of France's fourteen lines).
    const france = of('FR').map((l) => l.label);
    expect(france).toContain('Ho Chi Minh City (until 2025) ↔ Gironde');
    expect(france.filter((l) => l.includes('merger'))).toEqual([]);
  });
});
