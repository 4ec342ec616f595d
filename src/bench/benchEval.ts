/**
 * The issue-15 evaluation set in the bench (src/pipeline/fixtures/eval): real names and reports, scored
 * per half. `BENCH_ONLY=eval npx tsx src/bench/bench.ts` runs this part alone (a few seconds), with
 * `BENCH_VERBOSE=1` for every miss and `ATLAS_EVAL_TEXTS=<folder of rNNN.txt>` for the intake.
 */
import type { Gazetteer } from '../core/geo/gazetteer';
import { EVAL_DIR, scoreIntake, scoreNames, type Half, type ReportHalf } from '../pipeline/evalSet';

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

export function benchEval(g: Gazetteer): void {
  console.log(
    `\nevaluation set (${EVAL_DIR}), names: right / wrong / ambiguous with the right candidate / missed`,
  );
  for (const half of ['dev', 'test'] as Half[]) {
    const n = scoreNames(g, half);
    const c = n.counts;
    console.log(
      `  ${half.padEnd(4)} ${n.total} names: right ${c.right} (${pct(c.right / n.total)}), wrong ${c.wrong}, ambiguous-with-right ${c['ambiguous-with-right']}, missed ${c.missed}; target ≥ 97 % right, 0 wrong`,
    );
    if (process.env.BENCH_VERBOSE) for (const d of n.details) console.log(`    ${d}`);
  }
  const texts = process.env.ATLAS_EVAL_TEXTS;
  if (!texts) {
    console.log(
      '  intake on the evaluation reports: NOT MEASURED — the article texts are kept out of the repository; set ATLAS_EVAL_TEXTS to the folder of rNNN.txt',
    );
    return;
  }
  // (dev2: the second development batch, `ReportHalf`.)
  for (const half of ['dev', 'dev2', 'test'] as ReportHalf[]) {
    const r = scoreIntake(g, half, texts);
    console.log(
      `  ${half.padEnd(4)} intake, ${r.reports} reports${r.without.length ? ` (${r.without.length} without a text: ${r.without.join(' ')})` : ''}: pairs precision ${r.precision.toFixed(2)}, recall ${r.recall.toFixed(2)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn}); target ≥ 0.95 / 0.90; recall over the pairs the texts at hand name ${r.recallNamed.toFixed(2)} (${r.fnBeyond} of the misses not named in them)`,
    );
    if (process.env.BENCH_VERBOSE) for (const d of r.details) console.log(`    ${d}`);
  }
}
