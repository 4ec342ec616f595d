import { describe, expect, it } from 'vitest';
import { CsvReader, formatProblem, parseCsv } from './csv';

const REQ = ['id', 'name'];
const parse = (text: string) => parseCsv(text, 'x.csv', { required: REQ, multiline: ['name'] });
const messages = (text: string) => parse(text).problems.map(formatProblem);

describe('parseCsv', () => {
  it('reads rows with the line each starts on, even after a multi-line cell', () => {
    const t = parse('id,name\n1,"two\nlines"\n2,b\n');
    expect(t.problems).toEqual([]);
    expect(t.rows).toEqual([
      { line: 2, cells: { id: '1', name: 'two\nlines' } },
      { line: 4, cells: { id: '2', name: 'b' } },
    ]);
  });

  it('accepts a UTF-8 byte order mark and CRLF line ends', () => {
    const t = parse('\uFEFFid,name\r\n1,a\r\n2,b\r\n');
    expect(t.problems).toEqual([]);
    expect(t.rows.map((r) => [r.line, r.cells.id, r.cells.name])).toEqual([
      [2, '1', 'a'],
      [3, '2', 'b'],
    ]);
  });

  it("accepts French-locale Excel's semicolon separator and says so", () => {
    const t = parse('id;name\n1;"Ha Giang, Quang Ninh"\n');
    expect(t.problems).toEqual([]);
    expect(t.rows[0]?.cells.name).toBe('Ha Giang, Quang Ninh');
    expect(t.notes[0]).toMatch(/";" as the separator/);
  });

  it('reports an unclosed quote with its line', () => {
    expect(messages('id,name\n1,a\n2,"b\n3,c\n')).toEqual([
      'x.csv:3:2: name: a quoted cell is never closed: a " is missing; the rest of the file was read as that one cell',
    ]);
  });

  it('reports missing required columns by name', () => {
    expect(messages('id,title\n1,a\n')[0]).toBe(
      'x.csv:1:0: missing required column: name (header is: id, title)',
    );
  });

  it('reports a column it does not know, with "did you mean" for a near miss', () => {
    const p = (text: string) =>
      parseCsv(text, 'x.csv', { required: ['id'], optional: ['end_date', 'source_url'] }).problems.map(
        formatProblem,
      );
    expect(p('id,enddate\n1,2024\n')).toEqual([
      'x.csv:1:2: unknown column "enddate" — did you mean "end_date"?: its cells would be lost (columns: id, end_date, source_url)',
    ]);
    expect(p('id,,x\n1,,\n')).toEqual([
      'x.csv:1:2: a column has no name in the header: name it, or delete the column',
      'x.csv:1:3: unknown column "x": its cells would be lost (columns: id, end_date, source_url)',
    ]);
  });

  it('reports an empty file', () => {
    expect(messages('')[0]).toMatch(/^x\.csv:1:0: the file is empty/);
    expect(messages('\uFEFF \n')[0]).toMatch(/the file is empty/);
  });

  it('reports a header without rows', () => {
    expect(messages('id,name\n')).toEqual(['x.csv:1:0: the file has a header but no rows']);
  });

  it('reports a row with the wrong number of cells and hints at quoting', () => {
    expect(messages('id,name\n1,Ha Giang, Quang Ninh\n')).toEqual([
      'x.csv:2:0: the row has 3 cells but the header has 2; a cell with a comma must be in quotes',
    ]);
  });

  it('rejects a file that is not UTF-8 and says how to save it', () => {
    const latin1 = new TextDecoder('utf-8').decode(
      new Uint8Array([0x69, 0x64, 0x2c, 0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x31, 0x2c, 0xe9, 0x0a]),
    );
    expect(messages(latin1)[0]).toMatch(/^x\.csv:2:2: name: the file is not UTF-8.*CSV UTF-8/);
  });

  it('skips blank lines', () => {
    expect(parse('id,name\n\n1,a\n\n').rows).toEqual([{ line: 3, cells: { id: '1', name: 'a' } }]);
  });

  it('reports a stray quote, text after a closing quote, control characters and NUL, at their cell', () => {
    expect(messages('id,name\n1,a "b" c\n2,"b"x\n3,a\u0000b\n4,a\u0007\n5,a\tb\n')).toEqual([
      'x.csv:2:2: name: a quote (") appears inside a cell that is not quoted as a whole; put the cell in quotes and double the inner quote ("")',
      'x.csv:3:2: name: text follows the closing quote of the cell; a quote inside a quoted cell must be doubled ("")',
      'x.csv:4:2: name: the cell holds a NUL byte (U+0000), an invisible control character: delete it',
      'x.csv:5:2: name: the cell holds U+0007, an invisible control character: delete it',
      'x.csv:6:2: name: the cell holds a tab, an invisible control character: delete it',
    ]);
  });

  it('reports a line break in a single-line column, and keeps multi-line columns', () => {
    const t = parseCsv('id,name\n"1\n2",a\n3,"b\nc"\n', 'x.csv', { required: REQ, multiline: ['name'] });
    expect(t.problems.map(formatProblem)).toEqual([
      'x.csv:2:1: id: the cell holds a line break; only summaries and notes may span several lines: join the lines',
    ]);
    expect(t.rows).toEqual([{ line: 4, cells: { id: '3', name: 'b\nc' } }]);
  });

  it('reports a cell over the limit without keeping it, and a file over the row limit', () => {
    const big = parseCsv(`id,name\n1,${'x'.repeat(50)}\n2,${'é'.repeat(20)}\n`, 'x.csv', {
      required: REQ,
      limits: { cellBytes: 30 },
    });
    expect(big.problems.map(formatProblem)).toEqual([
      'x.csv:2:2: name: the cell is longer than 30 bytes, the limit of any cell (data/README.md, "Limits"): shorten it',
      'x.csv:3:2: name: the cell is longer than 30 bytes, the limit of any cell (data/README.md, "Limits"): shorten it',
    ]);
    const many = parseCsv('id,name\n1,a\n2,b\n3,c\n', 'x.csv', { required: REQ, limits: { rows: 2 } });
    expect(many.problems.map(formatProblem)).toEqual([
      'x.csv:4:0: the file has more than 2 rows, the limit (data/README.md, "Limits"); the rest was not read',
    ]);
  });

  it('reads old Mac CR-only line ends like LF, with a note, and counts their lines', () => {
    const cr = parse('id,name\r1,a\r2,"b"x\r');
    expect(cr.problems.map(formatProblem)).toEqual([
      'x.csv:3:2: name: text follows the closing quote of the cell; a quote inside a quoted cell must be doubled ("")',
    ]);
    expect(cr.rows).toEqual([{ line: 2, cells: { id: '1', name: 'a' } }]);
    expect(cr.notes[0]).toMatch(/old Mac \(CR\) line ends/);
  });

  it('gives the right line far into a big file read in pieces', () => {
    const rows: number[] = [];
    const r = new CsvReader('x.csv', { required: REQ, limits: { rows: 200_000 } }, (row) =>
      rows.push(row.line),
    );
    const text = 'id,name\n' + Array.from({ length: 100_001 }, (_, i) => `${i},a`).join('\n') + '\n9,"x\n';
    const bytes = new TextEncoder().encode(text);
    for (let i = 0; i < bytes.length; i += 4093) r.push(bytes.subarray(i, i + 4093));
    const end = r.end();
    expect(rows).toHaveLength(100_001);
    expect(rows.at(-1)).toBe(100_002);
    expect(end.problems.map(formatProblem)).toEqual([
      'x.csv:100003:2: name: a quoted cell is never closed: a " is missing; the rest of the file was read as that one cell',
    ]);
  });
});
