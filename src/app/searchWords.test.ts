import { describe, expect, it } from 'vitest';
import type { Atlas } from '../core/atlas';
import { seedAtlas as atlas } from '../core/fixtures/seedAtlas';
import { visibleArcs } from '../core/view/visibleArcs';
import { translator } from '../ui/messages';
import { readFileSync } from 'node:fs';
import { searchResults, startPlaces, VN_CENTRAL_CITIES } from './searchWords';

describe('startPlaces (the empty search box: where a reader can start from)', () => {
  it('offers the Vietnamese units with the most partners on the map, most first, with whom they are linked to', () => {
    const arcs = visibleArcs(atlas, '2025-03-01');
    const offered = startPlaces(atlas, 'en', translator('en'), arcs);
    // Quảng Ninh has two partners (Guangxi, Hokkaidō); the others one each, by name.
    expect(offered[0]).toEqual({
      id: 'VN-13',
      label: 'Quảng Ninh',
      detail: '2 partners in 2 countries',
    });
    const rest = offered.slice(1).map((p) => p.label);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'en')));
    expect(offered).toHaveLength(5);
    // Only Vietnamese units, each on the map on the day.
    const vn = new Set(arcs.map((a) => a.vn));
    expect(offered.every((p) => vn.has(p.id))).toBe(true);
  });

  it('follows the day: before the 2023 meetings, only Hà Nội; none before the first event', () => {
    const tr = translator('fr');
    expect(startPlaces(atlas, 'fr', tr, visibleArcs(atlas, '2019-01-01'))).toEqual([
      { id: 'VN-HN', label: 'Hanoï', detail: '1 partenaire dans 1 pays' },
    ]);
    expect(startPlaces(atlas, 'fr', tr, visibleArcs(atlas, '2018-01-01'))).toEqual([]);
  });

  it('ranks a hub by its partners, not by its arcs', () => {
    // Hà Nội given four arcs to its one partner (copies under other ids): Quảng Ninh's two partners
    // still come first.
    const arcs = visibleArcs(atlas as Atlas, '2026-01-01');
    const hanoi = arcs.find((a) => a.vn === 'VN-HN')!;
    const more = [1, 2, 3].map((k) => ({ ...hanoi, id: `${hanoi.id}#${k}` }));
    const offered = startPlaces(atlas, 'en', translator('en'), [...arcs, ...more], 2);
    expect(offered.map((p) => p.id)).toEqual(['VN-13', expect.any(String)]);
    expect(offered[1]!.detail).toBe('1 partner in 1 country');
  });
});

describe('searchResults (what kind of place each result is)', () => {
  it('calls a centrally-run city such, not a province, and a province a province', () => {
    const vi = translator('vi');
    const hanoi = searchResults(atlas, 'Hà Nội', 'vi', vi).find((h) => h.id === 'VN-HN');
    expect(hanoi?.detail).toMatch(/^thành phố trực thuộc trung ương · Việt Nam/);
    const quangNinh = searchResults(atlas, 'Quảng Ninh', 'vi', vi).find((h) => h.id === 'VN-13');
    expect(quangNinh?.detail).toMatch(/^tỉnh · Việt Nam/);
    expect(searchResults(atlas, 'Hanoi', 'en', translator('en'))[0]?.detail).toMatch(/^centrally-run city/);
  });

  it('knows every centrally-run city by a unit id: of the gazetteer before 2025, of the reform after', () => {
    const places = (
      JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')) as {
        places: { id: string; level: string; country: string; roles?: string[] }[];
      }
    ).places;
    // (The units the reforms form: the data's file of changes, as the fixtures copy it.)
    const formed = new Set(
      readFileSync('src/pipeline/fixtures/support/admin-changes.csv', 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[3]),
    );
    const cities = places.filter(
      (p) => p.country === 'VN' && p.level === 'province' && p.roles?.includes('city'),
    );
    for (const id of VN_CENTRAL_CITIES)
      expect(cities.some((p) => p.id === id) || formed.has(id), id).toBe(true);
    // (And every first-level unit the gazetteer calls a city is one.)
    for (const p of cities) expect(VN_CENTRAL_CITIES.has(p.id), p.id).toBe(true);
  });
});
