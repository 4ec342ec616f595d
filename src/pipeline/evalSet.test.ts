import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleGazetteer } from '../core/geo/assembleGazetteer';
import { scoreIntake, type EvalReport } from './evalSet';
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
});
