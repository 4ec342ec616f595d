import Papa from 'papaparse';

/** One problem in an input file, located for the person who edits it. */
export interface Problem {
  file: string;
  /** 1-based line of the file (of the row's start for a multi-line row). */
  line: number;
  /** 1-based spreadsheet column (A = 1), or 0 when the problem is the whole row or file. */
  column: number;
  /** Column header, when the problem is one cell. */
  field?: string;
  message: string;
}

/** `file:line:column: field: message` — the format editors and terminals make clickable. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** The separator that was found (`,` or `;`). */
  delimiter: string;
  problems: Problem[];
  notes: string[];
}

/**
 * Parses a spreadsheet's CSV export (RFC 4180), tolerant of what spreadsheets write: a UTF-8 byte
 * order mark, CRLF line ends, and the semicolon separator of French-locale Excel. Everything it cannot
 * read becomes a located `Problem`, never an exception.
 *
 * @example parseCsv('a,b\n1,2\n', 'x.csv').rows[0] → {line: 2, cells: {a: '1', b: '2'}}
 */
export function parseCsv(text: string, file: string, required: readonly string[] = []): CsvTable {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const at = (line: number, message: string, column = 0): Problem => ({ file, line, column, message });
  const empty: CsvTable = { header: [], rows: [], delimiter: ',', problems, notes };
  if (text.includes('\uFFFD')) {
    problems.push(
      at(
        1 + (text.slice(0, text.indexOf('\uFFFD')).match(/\n/g)?.length ?? 0),
        'the file is not UTF-8 (a character could not be read). In Excel, save as "CSV UTF-8 (Comma delimited)"; in LibreOffice, choose the UTF-8 character set',
      ),
    );
    return empty;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    problems.push(
      at(1, `the file is empty: it needs a header row (${required.join(', ')}) and at least one row`),
    );
    return empty;
  }
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = !headerLine.includes(',') && headerLine.includes(';') ? ';' : ',';
  if (delimiter === ';') notes.push(`${file}: read with ";" as the separator (French-locale Excel export)`);

  // Line where each character offset starts, to place rows and errors on the lines the editor shows.
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const records: { cells: string[]; start: number }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      for (const e of result.errors) {
        const line = lineOf(start);
        if (e.code === 'MissingQuotes') {
          problems.push(
            at(
              line,
              'a quoted cell is never closed: a " is missing; the rest of the file was read as that one cell',
            ),
          );
        } else if (e.code === 'InvalidQuotes') {
          problems.push(
            at(
              line,
              'a quote (") appears inside a cell that is not quoted as a whole; put the cell in quotes and double the inner quote ("")',
            ),
          );
        } else {
          problems.push(at(line, `cannot read the row: ${e.message}`));
        }
      }
      records.push({ cells: result.data, start });
      start = result.meta.cursor;
      // Papaparse's cursor stops before the line break; skip it so the next row starts on its line.
      if (text[start] === '\r') start++;
      if (text[start] === '\n') start++;
    },
  });
  if (problems.length > 0) return empty;

  const [head, ...body] = records;
  const header = (head?.cells ?? []).map((h) => h.trim());
  const missing = required.filter((r) => !header.includes(r));
  if (missing.length > 0) {
    problems.push(
      at(
        1,
        `missing required column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} (header is: ${header.join(', ')})`,
      ),
    );
    return { ...empty, header };
  }
  const seen = new Set<string>();
  header.forEach((h, i) => {
    if (seen.has(h)) problems.push({ ...at(1, `column "${h}" appears twice in the header`), column: i + 1 });
    seen.add(h);
  });

  const rows: CsvRow[] = [];
  for (const r of body) {
    if (r.cells.every((c) => c.trim() === '')) continue; // blank line
    const line = lineOf(r.start);
    if (r.cells.length !== header.length) {
      problems.push(
        at(
          line,
          `the row has ${r.cells.length} cells but the header has ${header.length}` +
            (delimiter === ',' && r.cells.length > header.length
              ? '; a cell with a comma must be in quotes'
              : ''),
        ),
      );
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((h, i) => (cells[h] = (r.cells[i] ?? '').trim()));
    rows.push({ line, cells });
  }
  if (rows.length === 0 && problems.length === 0) problems.push(at(1, 'the file has a header but no rows'));
  return { header, rows, delimiter, problems, notes };
}

/** 1-based spreadsheet column of a header name (0 when absent). */
export function columnOf(table: Pick<CsvTable, 'header'>, field: string): number {
  return table.header.indexOf(field) + 1;
}
