import { describe, expect, it } from 'vitest';
import { formatProblem, parseCsv } from './csv';

const REQ = ['id', 'name'];
const parse = (text: string) => parseCsv(text, 'x.csv', REQ);
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
      'x.csv:3:0: a quoted cell is never closed: a " is missing; the rest of the file was read as that one cell',
    ]);
  });

  it('reports missing required columns by name', () => {
    expect(messages('id,title\n1,a\n')).toEqual([
      'x.csv:1:0: missing required column: name (header is: id, title)',
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
    expect(messages(latin1)[0]).toMatch(/^x\.csv:2:0: the file is not UTF-8.*CSV UTF-8/);
  });

  it('skips blank lines', () => {
    expect(parse('id,name\n\n1,a\n\n').rows).toEqual([{ line: 3, cells: { id: '1', name: 'a' } }]);
  });
});
