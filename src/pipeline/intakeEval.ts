/**
 * Scores the article intake on the corpus in src/pipeline/fixtures/intake (articles written for the
 * project, in French, Vietnamese and English, with `expected.json`): precision and recall of
 * (Vietnamese place, partner place) pairs, and how many proposed dates equal the expected ones.
 */
import { arcId } from '../core/arcId';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../core/geo/gazetteer';
import { proposeRows, type Proposal } from '../core/intake/intake';

export const CORPUS_DIR = 'src/pipeline/fixtures/intake';
/** The corpus's "today" for articles without any date (their names are read in today's geography). */
export const CORPUS_TODAY = '2026-01-01';

export interface Expected {
  date: string;
  kind: string;
  vn: string[];
  partners: string[];
}

export function readCorpus(dir = CORPUS_DIR) {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected[]>;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const f of files) if (!(f in expected)) throw new Error(`${dir}/${f} has no entry in expected.json`);
  return files.map((file) => ({
    file,
    text: readFileSync(join(dir, file), 'utf8'),
    expected: expected[file] as Expected[],
  }));
}

const pairsOf = (rows: { vn: string[]; partners: string[] }[]) =>
  new Set(rows.flatMap((r) => r.vn.flatMap((v) => r.partners.map((p) => arcId(v, p)))));

export function scoreCorpus(g: Gazetteer, corpus = readCorpus()) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let datesRight = 0;
  let datesTotal = 0;
  let kindsRight = 0;
  const misses: string[] = [];
  const results: { file: string; proposals: Proposal[] }[] = [];
  for (const { file, text, expected } of corpus) {
    const proposals = proposeRows(g, text, { file, today: CORPUS_TODAY }).proposals;
    results.push({ file, proposals });
    const got = pairsOf(proposals.map((p) => p.places));
    const want = pairsOf(expected);
    for (const p of got)
      if (want.has(p)) tp++;
      else {
        fp++;
        misses.push(`${file}: extra pair ${p}`);
      }
    for (const p of want)
      if (!got.has(p)) {
        fn++;
        misses.push(`${file}: missed pair ${p}`);
      }
    for (const e of expected) {
      datesTotal++;
      const match = proposals.find((p) => p.places.partners.some((id) => e.partners.includes(id)));
      if (match?.row.date === e.date) datesRight++;
      else misses.push(`${file}: date ${match?.row.date ?? '(no row)'} instead of ${e.date}`);
      if (match?.row.kind === e.kind) kindsRight++;
      else misses.push(`${file}: kind ${match?.row.kind ?? '(no row)'} instead of ${e.kind}`);
    }
  }
  return {
    articles: corpus.length,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    pairs: { tp, fp, fn },
    dateAccuracy: datesTotal ? datesRight / datesTotal : 1,
    kindAccuracy: datesTotal ? kindsRight / datesTotal : 1,
    misses,
    results,
  };
}
