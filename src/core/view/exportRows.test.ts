import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { EXPORT_COLUMNS, exportRows, toCsv, toGeoJson } from './exportRows';
import { visibleArcs } from './visibleArcs';

const TODAY = '2026-01-01';

describe('exportRows', () => {
  it('gives one row per event on each partnership shown, named in the reader’s language', () => {
    const arcs = visibleArcs(atlas, '2019-01-01');
    const rows = exportRows(atlas, arcs, 'fr', TODAY);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      vn_id: 'VN-HN',
      vn_name: 'Hanoï',
      partner_country: 'KZ',
      date: '2018-11-21',
    });
    expect(exportRows(atlas, arcs, 'vi', TODAY)[0]?.vn_name).toBe('Hà Nội');
    const all = visibleArcs(atlas, '2024-12-01');
    expect(exportRows(atlas, all, 'en', TODAY)).toHaveLength(all.reduce((n, a) => n + a.events.length, 0));
  });

  it('names the unit that signed and the unit that holds its territory today, after a merger', () => {
    const rows = exportRows(atlas, visibleArcs(atlas, '2025-08-01'), 'en', TODAY);
    const haGiang = rows.filter((r) => r.vn_id === 'VN-03');
    expect(haGiang.map((r) => r.event_id)).toEqual([
      '2023-02-guangxi-spring-meeting',
      '2025-02-guangxi-spring-meeting',
    ]);
    expect(haGiang[0]).toMatchObject({
      vn_name: 'Hà Giang',
      vn_current_id: 'VN25-TUYEN-QUANG',
      vn_current_name: 'Tuyên Quang',
      partner_name: 'Guangxi',
    });
    // Quảng Ninh did not change: its current unit is itself.
    expect(rows.find((r) => r.vn_id === 'VN-13')?.vn_current_id).toBe('VN-13');
    // The old Tuyên Quang signed nothing.
    expect(rows.some((r) => r.vn_id === 'VN-07')).toBe(false);
  });

  it('leaves a placeholder headline out of the headline column', () => {
    const rows = exportRows(atlas, visibleArcs(atlas, '2023-12-01'), 'en', TODAY);
    const hokkaido = rows.find((r) => r.event_id === '2023-11-quang-ninh-hokkaido');
    expect(hokkaido?.source_headline).toBe('');
    expect(rows.find((r) => r.event_id === '2018-11-hanoi-astana')?.source_headline).toMatch(
      /^Hanoi souhaite/,
    );
  });
});

describe('toCsv', () => {
  it('defuses every cell a spreadsheet would run as a formula, and keeps the text', () => {
    const [row] = exportRows(atlas, visibleArcs(atlas, '2019-01-01'), 'fr', TODAY);
    const planted = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'];
    const rows = planted.map((title) => ({ ...row!, title }));
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...EXPORT_COLUMNS]);
    const titles = parsed.slice(1).map((r) => r[EXPORT_COLUMNS.indexOf('title')]);
    expect(titles).toEqual(planted.map((t) => `'${t}`));
    // Harmless cells are left as they are.
    expect(parsed[1]?.[EXPORT_COLUMNS.indexOf('vn_name')]).toBe('Hanoï');
  });
});

describe('toGeoJson', () => {
  it('draws one line per arc between its two places, with its events', () => {
    const arcs = visibleArcs(atlas, '2026-01-01');
    const fc = toGeoJson(atlas, arcs, 'en', TODAY);
    expect(fc.features.map((f) => f.id)).toEqual(arcs.map((a) => a.id));
    const qn = fc.features.find((f) => f.id === 'VN-13~JP-01');
    expect(qn?.geometry).toMatchObject({ type: 'LineString' });
    expect((qn?.properties?.events as unknown[]).length).toBe(1);
  });

  it('names the units that signed on a merged arc, with their events', () => {
    const fc = toGeoJson(atlas, visibleArcs(atlas, '2025-08-01'), 'vi', TODAY);
    const tq = fc.features.find((f) => f.id === 'VN25-TUYEN-QUANG~CN-GX');
    expect(tq?.properties).toMatchObject({
      vn: 'VN25-TUYEN-QUANG',
      vn_units: ['VN-03'],
      vn_units_names: ['Hà Giang'],
    });
    expect((tq?.properties?.events as { vn_id: string }[]).map((r) => r.vn_id)).toEqual(['VN-03', 'VN-03']);
  });
});
