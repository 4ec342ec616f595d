import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { assembleGazetteer } from '../core/geo/assembleGazetteer';
import { SYNTHETIC_OUTLET, syntheticCsv } from './synthetic';
import { buildFrom, support } from './testData';

const { gazetteer } = assembleGazetteer(support.gazetteer, support.changes, support.aliases);
const FIXTURE = 'src/pipeline/fixtures/in/synthetic-300.csv';
const csv300 = syntheticCsv(gazetteer, support.changes, { events: 300 });
const csv2000 = syntheticCsv(gazetteer, support.changes, { events: 2_000 });
const built = buildFrom(csv300);
const atlas = built.atlas;
const REFORM = '2025-07-01';

/** Partners of a Vietnamese unit across the reform (the unit and its successor). */
const partnersOf = (...vn: string[]) =>
  new Set(atlas?.pairs.filter((p) => vn.includes(p.vn)).map((p) => p.partner));

describe('the synthetic dataset', () => {
  it('is deterministic and is the committed fixture (regenerate with REGEN=1)', () => {
    expect(syntheticCsv(gazetteer, support.changes, { events: 300 })).toBe(csv300);
    expect(syntheticCsv(gazetteer, support.changes, { events: 300, seed: 7 })).not.toBe(csv300);
    if (process.env.REGEN && process.env.CI !== 'true') writeFileSync(FIXTURE, csv300);
    expect(readFileSync(FIXTURE, 'utf8')).toBe(csv300);
  });

  it('builds 300 and 2,000 events without a problem; warnings are only documented readings', () => {
    for (const [text, n] of [
      [csv300, 300],
      [csv2000, 2_000],
    ] as const) {
      const r = buildFrom(text);
      expect(r.problems).toEqual([]);
      expect(r.stats.events).toBe(n);
      for (const w of r.warnings) expect(w).toMatch(/ read as .*(seat city|administrative word)/);
    }
  });

  it('marks every row as synthetic', () => {
    const rows = Papa.parse<Record<string, string>>(csv2000, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2_000);
    for (const r of rows) {
      expect(r.id).toMatch(/^synthetic-\d{4}$/);
      expect(r.source_outlet).toBe(SYNTHETIC_OUTLET);
      expect(r.title_en).toMatch(/^SYNTHETIC TEST DATA/);
    }
  });

  it('has two hubs, Hà Nội and Ho Chi Minh City, with 30 to 50 partners each', () => {
    const hanoi = partnersOf('VN-HN').size;
    const hcmc = partnersOf('VN-SG', 'VN25-HO-CHI-MINH').size;
    expect(hanoi).toBeGreaterThanOrEqual(30);
    expect(hanoi).toBeLessThanOrEqual(50);
    expect(hcmc).toBeGreaterThanOrEqual(30);
    expect(hcmc).toBeLessThanOrEqual(50);
  });

  it('links border provinces with their Chinese, Lao and Cambodian neighbours', () => {
    expect(partnersOf('VN-02', 'VN25-LAO-CAI')).toContain('CN-YN');
    expect(partnersOf('VN-09')).toContain('CN-GX');
    expect(partnersOf('VN-71')).toContain('LA-PH');
    expect(partnersOf('VN-37', 'VN25-TAY-NINH')).toContain('KH-20');
  });

  it('has partners in at least 30 countries on every continent', () => {
    const countries = new Set(atlas?.events.map((e) => e.partnerCountry));
    expect(countries.size).toBeGreaterThanOrEqual(30);
    // One or more per continent: Asia, Europe, North and South America, Africa, Oceania.
    for (const c of ['CN', 'JP', 'KR', 'LA', 'KH', 'FR', 'RU', 'US', 'CU', 'BR', 'ZA', 'AU']) {
      expect(countries).toContain(c);
    }
  });

  it('has several events on many pairs, and events naming several provinces', () => {
    const several = atlas?.pairs.filter((p) => p.events.length >= 3) ?? [];
    expect(several.length).toBeGreaterThanOrEqual(15);
    expect(atlas?.events.filter((e) => e.vn.length >= 3).length).toBeGreaterThanOrEqual(5);
  });

  it('runs from 1990 to 2026, across the reform: merged-away units only before it, successors from it', () => {
    const years = atlas?.events.map((e) => Number(e.start.slice(0, 4))) ?? [];
    expect(Math.min(...years)).toBeLessThanOrEqual(1992);
    expect(Math.max(...years)).toBe(2026);
    const places = new Map(atlas?.places.map((p) => [p.id, p]));
    let before = 0;
    let after = 0;
    for (const e of atlas?.events ?? []) {
      for (const id of e.vn) {
        const p = places.get(id);
        if (p?.validTo) expect(e.start <= p.validTo, `${e.id}: ${id} after ${p.validTo}`).toBe(true);
        if (p?.validFrom) expect(e.start >= p.validFrom, `${e.id}: ${id} before ${p.validFrom}`).toBe(true);
      }
      if (e.start < REFORM) before++;
      else after++;
    }
    expect(before).toBeGreaterThan(100);
    expect(after).toBeGreaterThan(10);
    expect(atlas?.events.some((e) => e.start >= REFORM && e.vn.some((id) => id.startsWith('VN25-')))).toBe(
      true,
    );
  });
});
