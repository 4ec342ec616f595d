import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleGazetteer } from '../core/geo/assembleGazetteer';
import { named, scoreIntake, type EvalReport } from './evalSet';
import { support } from './testData';

const { gazetteer: g } = assembleGazetteer(support.gazetteer, support.changes, support.aliases);

/** Scores invented reports (our own sentences) as the bench scores the evaluation set's. */
function score(reports: (EvalReport & { text: string })[]) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-eval-'));
  for (const r of reports) writeFileSync(join(dir, `${r.id}.txt`), r.text);
  const ids = reports.map((r) => r.id);
  return scoreIntake(g, 'dev', dir, {
    names: [],
    reports,
    split: { names: { dev: [], test: [] }, reports: { dev: ids, test: [] } },
  });
}

describe('the intake score', () => {
  it('keys a Vietnamese city written with its province as the province the atlas draws', () => {
    const r = score([
      {
        id: 'r1',
        source: { date: '2023-08-25' },
        pairs: [
          { vn: 'Hội An (Quảng Nam)', partner: 'Wernigerode', partner_country: 'DE', status: 'existing' },
        ],
        text: 'date: 2023-08-25\n\nOn August 25, the twinning between Hoi An city (Quang Nam province, Vietnam) and Wernigerode city was celebrated.',
      },
    ]);
    expect([r.tp, r.fp, r.fn]).toEqual([1, 0, 0]);
  });

  it('reads the key of a report with no date at the day the intake reads the report at', () => {
    const r = score([
      {
        id: 'r2',
        source: { date: null },
        pairs: [{ vn: 'An Giang', partner: 'Takeo', partner_country: 'KH', status: 'signed' }],
        text: 'An Giang province and Takeo province of Cambodia signed a cooperation agreement.',
      },
    ]);
    expect([r.tp, r.fp, r.fn]).toEqual([1, 0, 0]);
  });

  it('counts a pair a text cut short does not name as missed, and apart', () => {
    const r = score([
      {
        id: 'r3',
        source: { date: '2024-05-10' },
        pairs: [
          { vn: 'Hà Nội', partner: 'Île-de-France', partner_country: 'FR', status: 'existing' },
          { vn: 'Thừa Thiên Huế', partner: 'Poitou-Charentes', partner_country: 'FR', status: 'existing' },
        ],
        // (The copy stops before Huế's tie: the bench reads the stored copies of most reports.)
        text: 'date: 2024-05-10\n\nOn May 10, Hanoi signed a cooperation agreement with Île-de-France. Thua Thi',
      },
    ]);
    expect([r.tp, r.fp, r.fn, r.fnBeyond]).toEqual([1, 0, 1, 1]);
    expect(r.recall).toBe(0.5);
    expect(r.recallNamed).toBe(1);
    expect(r.details).toEqual(['r3: missed pair VN-26~FR-T (not named in the text at hand)']);
  });

  it("takes a place as named by its gazetteer names and the geocoder's fallbacks, as whole words", () => {
    const text = 'Le jumelage entre Lao Cai et Poitou-Charente se poursuit à Hanoï.';
    expect(named(g, text, 'Poitou-Charentes', 'FR-T')).toBe(true);
    expect(named(g, text, 'Lào Cai', 'VN-02')).toBe(true);
    expect(named(g, text, 'Hà Nội', 'VN-HN')).toBe(true);
    expect(named(g, text, 'Île-de-France', 'FR-IDF')).toBe(false);
    // Second-tier names; a Vietnamese province by its cities (the intake reads "Nha Trang" as Khánh Hòa).
    expect(named(g, 'Thái Bình et Xayaburi', 'Sainyabuli', 'LA-XA')).toBe(true);
    expect(named(g, 'Brest avec Hai Phòng et Nha Trang', 'Khánh Hòa', 'VN-34')).toBe(true);
    // (Not inside another word: "Lao" is no "Laos".)
    expect(named(g, text, 'Laos', '?Laos')).toBe(false);
  });
});
