import { CsvReader, type CsvOptions, type CsvRow, type CsvSummary } from './csvReader';

export { formatProblem, type Problem } from './problem';
export { CSV_LIMITS, CsvReader, type CsvOptions, type CsvRow, type CsvSummary } from './csvReader';

/** A whole CSV file read at once: its rows, and what `CsvReader` found. */
export interface CsvTable extends Omit<CsvSummary, 'rows'> {
  rows: CsvRow[];
}

/**
 * Parses a spreadsheet's CSV export held in a string (small files, tests); `CsvReader` reads big
 * ones piece by piece. Everything it cannot read becomes a located `Problem`, never an exception.
 *
 * @example parseCsv('a,b\n1,2\n', 'x.csv').rows[0] → {line: 2, cells: {a: '1', b: '2'}}
 */
export function parseCsv(text: string, file: string, options: CsvOptions = {}): CsvTable {
  const rows: CsvRow[] = [];
  const reader = new CsvReader(file, options, (r) => rows.push(r));
  reader.push(new TextEncoder().encode(text));
  const { rows: _count, ...summary } = reader.end();
  return { ...summary, rows };
}

/** 1-based spreadsheet column of a header name (0 when absent). */
export function columnOf(table: Pick<CsvTable, 'header'>, field: string): number {
  return table.header.indexOf(field) + 1;
}
