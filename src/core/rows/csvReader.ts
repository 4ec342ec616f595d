import type { Problem } from './problem';
import { didYouMean } from './suggest';

/**
 * Limits of the CSV inputs (data/README.md, "Limits"): a cell or a file past them is an error, and
 * the reader stops storing a cell at its limit, so a hostile file cannot make the build slow or big.
 */
export const CSV_LIMITS: { readonly cellBytes: number; readonly rows: number } = {
  /** Bytes of UTF-8 in one cell (a Vietnamese letter takes 2–3 bytes): 10,000 ≈ 3,300 to 10,000 characters. */
  cellBytes: 10_000,
  /** Rows of data in one file: the build of 100,000 rows fits in 300 MB (`npm run bench`). */
  rows: 100_000,
};

export interface CsvOptions {
  /** Columns the header must have. */
  required?: readonly string[];
  /** Columns it may have; any other column is an error (its data would be lost without a word). */
  optional?: readonly string[];
  /** Columns whose cells may hold line breaks (summaries, notes); elsewhere a line break is an error. */
  multiline?: readonly string[];
  limits?: Partial<typeof CSV_LIMITS>;
}

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: Record<string, string>;
}

/** What a whole file gave, apart from its rows. */
export interface CsvSummary {
  header: string[];
  /** The separator that was found (`,` or `;`). */
  delimiter: string;
  problems: Problem[];
  notes: string[];
  rows: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const [BOM0, BOM1, BOM2] = [0xef, 0xbb, 0xbf];
const DELIMITER_SCAN = 65_536;

type State = 'start' | 'unquoted' | 'quoted' | 'quote';

/** `U+0000` for a code point: how a control character is named in a message. */
const codePoint = (b: number) => `U+${b.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Reads a spreadsheet's CSV export (RFC 4180) from UTF-8 bytes given in pieces, handing over each
 * row as soon as it is complete, so a big file never sits in memory whole. Tolerates what
 * spreadsheets write — a byte order mark, CRLF line ends, French-locale Excel's `;` separator, old
 * Mac CR-only line ends (read as line ends, with a note) — and turns everything else into a located
 * `Problem` (file, line, spreadsheet column, plain reason): a stray or unclosed quote, a control
 * character, a line break in a single-line cell, a cell over the limit, bytes that are not UTF-8, an
 * unknown or missing column. Rows with such a problem are not handed over.
 *
 * @example
 * const r = new CsvReader('x.csv', { required: ['a'] }, (row) => rows.push(row));
 * r.push(new TextEncoder().encode('a\n1\n')); r.end() // rows: [{line: 2, cells: {a: '1'}}]
 */
export class CsvReader {
  private readonly problems: Problem[] = [];
  private readonly notes: string[] = [];
  private readonly limits: typeof CSV_LIMITS;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private head: Uint8Array | null = new Uint8Array(0);
  private delimiter = COMMA;
  private header: string[] | null = null;
  private stopped = false;
  private state: State = 'start';
  private pendingCr = false;
  private sawLoneCr = false;
  private line = 1;
  private rowLine = 1;
  private rowStarted = false;
  private rowCount = 0;
  private cells: string[] = [];
  private rowBad = false;
  private headerLine = 1;
  private cell = new Uint8Array(256);
  private cellLength = 0;
  private cellLine = 1;
  private cellQuoted = false;
  private cellFlags = { tooLong: false, lineBreak: false, control: -1, strayQuote: false, afterQuote: false };
  private notUtf8Reported = false;

  constructor(
    private readonly file: string,
    private readonly options: CsvOptions,
    private readonly onRow: (row: CsvRow, header: readonly string[]) => void,
  ) {
    this.limits = { ...CSV_LIMITS, ...options.limits };
  }

  /** Reads the next piece of the file. */
  push(bytes: Uint8Array): void {
    if (this.stopped) return;
    if (this.head) {
      // Hold the start until the header line is whole: the separator is chosen from it.
      const joined = new Uint8Array(this.head.length + bytes.length);
      joined.set(this.head);
      joined.set(bytes, this.head.length);
      if (joined.indexOf(LF) === -1 && joined.indexOf(CR) === -1 && joined.length < DELIMITER_SCAN) {
        this.head = joined;
        return;
      }
      this.head = null;
      this.begin(joined);
      return;
    }
    this.scan(bytes);
  }

  /** The end of the file: the last row, and what the whole file gave. */
  end(): CsvSummary {
    if (this.head) {
      const head = this.head;
      this.head = null;
      this.begin(head);
    }
    if (!this.stopped) {
      if (this.pendingCr) {
        this.pendingCr = false;
        this.byte(LF);
      }
      if (this.state === 'quoted') {
        this.problem(
          this.cellLine,
          this.cells.length + 1,
          'a quoted cell is never closed: a " is missing; the rest of the file was read as that one cell',
          this.header?.[this.cells.length],
        );
      } else if (this.rowStarted) {
        this.endCell();
        this.endRow();
      }
    }
    if (this.sawLoneCr) {
      this.notes.push(`${this.file}: read with old Mac (CR) line ends; saving it with LF or CRLF is safer`);
    }
    if (!this.header && this.problems.length === 0) {
      this.problem(
        1,
        0,
        `the file is empty: it needs a header row (${(this.options.required ?? []).join(', ')}) and at least one row`,
      );
    } else if (this.rowCount === 0 && this.problems.length === 0) {
      this.problem(1, 0, 'the file has a header but no rows');
    }
    return {
      header: this.header ?? [],
      delimiter: String.fromCharCode(this.delimiter),
      problems: this.problems,
      notes: this.notes,
      rows: this.rowCount,
    };
  }

  private begin(bytes: Uint8Array): void {
    let start = 0;
    if (bytes[0] === BOM0 && bytes[1] === BOM1 && bytes[2] === BOM2) start = 3;
    let lineEnd = bytes.length;
    for (let i = start; i < bytes.length; i++) {
      if (bytes[i] === LF || bytes[i] === CR) {
        lineEnd = i;
        break;
      }
    }
    const first = bytes.subarray(start, lineEnd);
    if (first.indexOf(COMMA) === -1 && first.indexOf(SEMICOLON) !== -1) {
      this.delimiter = SEMICOLON;
      this.notes.push(`${this.file}: read with ";" as the separator (French-locale Excel export)`);
    }
    this.scan(bytes.subarray(start));
  }

  private scan(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length && !this.stopped; i++) {
      const b = bytes[i] as number;
      if (this.pendingCr) {
        this.pendingCr = false;
        this.byte(LF);
        if (b === LF) continue; // CRLF: one line end
        this.sawLoneCr = true;
      }
      if (b === CR) this.pendingCr = true;
      else this.byte(b);
    }
  }

  /** One byte, with every line end already made LF. */
  private byte(b: number): void {
    this.rowStarted = true;
    if (b === LF) this.line++;
    switch (this.state) {
      case 'quoted':
        if (b === QUOTE) this.state = 'quote';
        else this.append(b);
        return;
      case 'quote':
        if (b === QUOTE) {
          this.append(b);
          this.state = 'quoted';
          return;
        }
        if (b === this.delimiter || b === LF) break;
        this.cellFlags.afterQuote = true;
        this.state = 'unquoted';
        this.append(b);
        return;
      case 'start':
        if (b === QUOTE) {
          this.state = 'quoted';
          this.cellQuoted = true;
          this.cellLine = this.line;
          return;
        }
        this.cellLine = this.line;
        if (b === this.delimiter || b === LF) break;
        this.state = 'unquoted';
        this.append(b);
        return;
      case 'unquoted':
        if (b === this.delimiter || b === LF) break;
        if (b === QUOTE) this.cellFlags.strayQuote = true;
        this.append(b);
        return;
    }
    this.endCell();
    if (b === LF) this.endRow();
  }

  private append(b: number): void {
    if (b === LF) this.cellFlags.lineBreak = true;
    else if (b < 0x20 || b === 0x7f) {
      if (this.cellFlags.control === -1) this.cellFlags.control = b;
    }
    if (this.cellLength >= this.limits.cellBytes) {
      this.cellFlags.tooLong = true;
      return;
    }
    if (this.cellLength === this.cell.length) {
      const bigger = new Uint8Array(Math.min(this.cell.length * 2, this.limits.cellBytes));
      bigger.set(this.cell);
      this.cell = bigger;
    }
    this.cell[this.cellLength++] = b;
  }

  private endCell(): void {
    const column = this.cells.length + 1;
    const name = this.header?.[column - 1];
    const at = (message: string) => {
      this.rowBad = true;
      this.problem(this.cellLine, column, message, name);
    };
    const f = this.cellFlags;
    const text = this.decode();
    if (text.includes('\uFFFD')) {
      if (!this.notUtf8Reported) {
        at(
          'the file is not UTF-8 (a character could not be read). In Excel, save as "CSV UTF-8 (Comma delimited)"; in LibreOffice, choose the UTF-8 character set',
        );
      }
      this.notUtf8Reported = true;
    } else if (f.tooLong) {
      at(
        `the cell is longer than ${this.limits.cellBytes.toLocaleString('en')} bytes, the limit of any cell (data/README.md, "Limits"): shorten it`,
      );
    } else if (f.strayQuote) {
      at(
        'a quote (") appears inside a cell that is not quoted as a whole; put the cell in quotes and double the inner quote ("")',
      );
    } else if (f.afterQuote) {
      at('text follows the closing quote of the cell; a quote inside a quoted cell must be doubled ("")');
    } else if (f.control !== -1) {
      const what = f.control === 0 ? 'a NUL byte (U+0000)' : f.control === 9 ? 'a tab' : codePoint(f.control);
      at(`the cell holds ${what}, an invisible control character: delete it`);
    } else if (f.lineBreak && this.header && !(this.options.multiline ?? []).includes(name ?? '')) {
      at('the cell holds a line break; only summaries and notes may span several lines: join the lines');
    }
    this.cells.push(text);
    this.cellLength = 0;
    this.cellQuoted = false;
    this.state = 'start';
    this.cellFlags = { tooLong: false, lineBreak: false, control: -1, strayQuote: false, afterQuote: false };
  }

  /** The cell's text; U+FFFD stands for bytes that are not UTF-8. */
  private decode(): string {
    try {
      return this.decoder.decode(this.cell.subarray(0, this.cellLength));
    } catch {
      return '\uFFFD';
    }
  }

  private endRow(): void {
    const cells = this.cells.map((c) => c.trim());
    const bad = this.rowBad;
    const line = this.rowLine;
    this.cells = [];
    this.rowBad = false;
    this.rowLine = this.line;
    this.rowStarted = false;
    if (!this.header) {
      this.headerLine = line;
      this.readHeader(cells);
      return;
    }
    if (cells.every((c) => c === '') && !bad) return; // blank line
    if (cells.length !== this.header.length) {
      this.problem(
        line,
        0,
        `the row has ${cells.length} cells but the header has ${this.header.length}` +
          (this.delimiter === COMMA && cells.length > this.header.length
            ? '; a cell with a comma must be in quotes'
            : ''),
      );
      return;
    }
    if (++this.rowCount > this.limits.rows) {
      this.problem(
        line,
        0,
        `the file has more than ${this.limits.rows.toLocaleString('en')} rows, the limit (data/README.md, "Limits"); the rest was not read`,
      );
      this.stopped = true;
      return;
    }
    if (bad) return;
    const record: Record<string, string> = {};
    this.header.forEach((h, i) => {
      if (h !== '') record[h] = cells[i] ?? '';
    });
    this.onRow({ line, cells: record }, this.header);
  }

  private readHeader(header: string[]): void {
    if (header.every((h) => h === '')) return; // a blank line above the header
    this.header = header;
    const required = this.options.required ?? [];
    const known = [...required, ...(this.options.optional ?? [])];
    const missing = required.filter((r) => !header.includes(r));
    if (missing.length > 0) {
      this.problem(
        this.headerLine,
        0,
        `missing required column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} (header is: ${header.join(', ')})`,
      );
    }
    const seen = new Set<string>();
    header.forEach((h, i) => {
      if (h === '') {
        this.problem(
          this.headerLine,
          i + 1,
          'a column has no name in the header: name it, or delete the column',
        );
      } else if (seen.has(h)) {
        this.problem(this.headerLine, i + 1, `column "${h}" appears twice in the header`);
      } else if (known.length > 0 && !known.includes(h)) {
        const hint = didYouMean(
          h,
          known.filter((k) => !header.includes(k)),
        );
        this.problem(
          this.headerLine,
          i + 1,
          `unknown column "${h}"${hint}: its cells would be lost (columns: ${known.join(', ')})`,
        );
      }
      seen.add(h);
    });
    if (this.problems.length > 0) this.stopped = true;
  }

  private problem(line: number, column: number, message: string, field?: string): void {
    this.problems.push({ file: this.file, line, column, ...(field ? { field } : {}), message });
  }
}
