import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seedAtlas as atlas } from '../fixtures/seedAtlas';
import { EXPORT_COLUMNS, exportRows, toCsv, toGeoJson } from './exportRows';
import { visibleArcs } from './visibleArcs';

describe('exportRows', () => {
  it('gives one row per event on each partnership shown, named in the reader’s language', () => {
    const arcs = visibleArcs(atlas, '2019-01-01');
    const rows = exportRows(atlas, arcs, 'fr');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      vn_id: 'VN-HN',
      vn_name: 'Hanoï',
      partner_country: 'KZ',
      date: '2018-11-21',
    });
    expect(exportRows(atlas, arcs, 'vi')[0]?.vn_name).toBe('Hà Nội');
    const all = visibleArcs(atlas, '2026-01-01');
    expect(exportRows(atlas, all, 'en')).toHaveLength(all.reduce((n, a) => n + a.events.length, 0));
  });
});

describe('toCsv', () => {
  it('defuses every cell a spreadsheet would run as a formula, and keeps the text', () => {
    const [row] = exportRows(atlas, visibleArcs(atlas, '2019-01-01'), 'fr');
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
    const fc = toGeoJson(atlas, arcs, 'en');
    expect(fc.features.map((f) => f.id)).toEqual(arcs.map((a) => a.id));
    const qn = fc.features.find((f) => f.id === 'VN-13~JP-01');
    expect(qn?.geometry).toMatchObject({ type: 'LineString' });
    expect((qn?.properties?.events as unknown[]).length).toBe(1);
  });
});
