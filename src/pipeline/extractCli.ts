/**
 * `npm run --silent extract -- FILE... [--lang fr|vi|en] [--json] [--data DIR] [--geo DIR]`
 * Reads plain-text news reports and prints proposed rows for data/partnerships.csv on stdout: the
 * file's columns, in its order, plus `confidence` and `evidence`; `--json` prints the same as JSON.
 * A CSV cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is
 * prefixed with `'`, as the page's CSV export does: the output is meant to be pasted into one.
 * Never writes the dataset. Exit 0 when every file gave at least one row, 1 when one gave none (the
 * reason on stderr), 2 on a usage error or an unreadable file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { assembleGazetteer } from '../core/geo/assembleGazetteer';
import { formatProblem } from '../core/rows/csv';
import { proposeRows, ROW_COLUMNS } from '../core/intake/intake';
import { isLang } from '../core/i18n';
import { readSupport } from './build';
import { parseCli, runAsMain, usageError, writeLines, type Cli } from './cli';
import { describeFsError, PlainError } from './fsErrors';

const USAGE =
  'usage: npm run --silent extract -- FILE... [--lang fr|vi|en] [--json] [--data DIR] [--geo DIR]';

export const run: Cli = async (argv, io) => {
  const args = parseCli(argv, {
    lang: { type: 'string' },
    json: { type: 'boolean', default: false },
    data: { type: 'string', default: 'data' },
    geo: { type: 'string' },
  });
  if (!args.ok) return usageError(io, USAGE, args.message);
  const { values, positionals } = args;
  if (positionals.length === 0) return usageError(io, USAGE, 'no file given');
  const lang = values.lang;
  if (lang !== undefined && !isLang(lang))
    return usageError(io, USAGE, `--lang takes fr, vi or en, not "${lang}"`);
  const texts: { file: string; text: string }[] = [];
  for (const file of positionals) {
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (e) {
      return usageError(io, USAGE, describeFsError(e, file));
    }
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      texts.push({ file, text: text.replace(/^\uFEFF/, '') });
    } catch {
      return usageError(io, USAGE, `${file} is not UTF-8 text`);
    }
  }

  let support: ReturnType<typeof readSupport>;
  try {
    support = readSupport(values.data, values.geo ?? join(values.data, 'geo'));
  } catch (e) {
    if (!(e instanceof PlainError)) throw e;
    io.stderr(`extract failed: ${e.message}\n`);
    return 1;
  }
  writeLines(io.stderr, support.problems.map(formatProblem));
  const { gazetteer } = assembleGazetteer(support.gazetteer, support.changes, support.aliases);

  let missing = 0;
  const out: Record<string, string | number>[] = [];
  for (const { file, text } of texts) {
    const r = proposeRows(gazetteer, text, { ...(lang ? { lang } : {}), file });
    if (r.proposals.length === 0) {
      missing++;
      io.stderr(`${file}: no row proposed (${r.lang}): ${r.notes.join('; ')}\n`);
    }
    for (const p of r.proposals) out.push({ ...p.row, confidence: p.confidence, evidence: p.evidence });
  }
  if (values.json) io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  else if (out.length) {
    io.stdout(
      `${Papa.unparse(out, { columns: [...ROW_COLUMNS, 'confidence', 'evidence'], escapeFormulae: true })}\n`,
    );
  }
  return missing ? 1 : 0;
};

runAsMain(import.meta.url, run);
