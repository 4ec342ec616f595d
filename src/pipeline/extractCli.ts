/**
 * `npm run --silent extract -- FILE... [--lang fr|vi|en] [--json]`
 * Reads plain-text news reports and prints proposed rows for data/partnerships.csv on stdout: the
 * file's columns, in its order, plus `confidence` and `evidence`; `--json` prints the same as JSON.
 * Never writes the dataset. Exit 0 when every file gave at least one row, 1 when one gave none (the
 * reason on stderr), 2 on a usage error or an unreadable file.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { assembleGazetteer } from '../core/geo/assembleGazetteer';
import { formatProblem } from '../core/rows/csv';
import { proposeRows, ROW_COLUMNS } from '../core/intake/intake';
import { isLang } from '../core/i18n';
import { readSupport } from './build';
import { parseCli } from './cli';

const USAGE = 'usage: npm run --silent extract -- FILE... [--lang fr|vi|en] [--json]';
const { values, positionals, fail } = parseCli(USAGE, {
  lang: { type: 'string' },
  json: { type: 'boolean', default: false },
  data: { type: 'string', default: 'data' },
});
if (positionals.length === 0) fail('no file given');
const lang =
  values.lang === undefined || isLang(values.lang)
    ? values.lang
    : fail(`--lang takes fr, vi or en, not "${values.lang}"`);
const texts = positionals.map((file) => {
  try {
    const buf = readFileSync(file);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { file, text: text.replace(/^\uFEFF/, '') };
  } catch (e) {
    const why = e instanceof TypeError ? 'is not UTF-8 text' : e instanceof Error ? e.message : String(e);
    return fail(`${file}: ${why}`);
  }
});

const support = readSupport(values.data);
for (const p of support.problems) console.error(formatProblem(p));
const { gazetteer } = assembleGazetteer(support.gazetteer, support.changes, support.aliases);

let missing = 0;
const out: Record<string, string | number>[] = [];
for (const { file, text } of texts) {
  const r = proposeRows(gazetteer, text, { ...(lang ? { lang } : {}), file });
  if (r.proposals.length === 0) {
    missing++;
    console.error(`${file}: no row proposed (${r.lang}): ${r.notes.join('; ')}`);
  }
  for (const p of r.proposals) out.push({ ...p.row, confidence: p.confidence, evidence: p.evidence });
}
if (values.json) console.log(JSON.stringify(out, null, 2));
else if (out.length) console.log(Papa.unparse(out, { columns: [...ROW_COLUMNS, 'confidence', 'evidence'] }));
process.exit(missing ? 1 : 0);
