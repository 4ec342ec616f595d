import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_CHANGE_COLUMNS, AdminChangeRow, ALIAS_COLUMNS, AliasCsvRow } from '../core/rows/auxRows';
import type { AdminChangeWithNames, AliasRow } from '../core/geo/assembleGazetteer';
import { CsvReader, type CsvOptions, type CsvRow, type CsvSummary, type Problem } from '../core/rows/csv';
import { validateRows } from '../core/rows/validateRows';
import { adminChangeCycles } from '../core/adminChanges';
import { describeFsError, PlainError } from './fsErrors';

/** An editorial input: the path that problems name, and its bytes in pieces (a big file is never whole). */
export interface InputFile {
  file: string;
  chunks(): Iterable<Uint8Array>;
}

/** A small input read whole (the publication frame): its text, empty when it cannot be read (the
 *  parser then reports the empty file with its name). */
export interface TextFile {
  file: string;
  text: string;
}
export function readTextFile(input: InputFile): TextFile {
  try {
    const parts = [...input.chunks()];
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    return { file: input.file, text: new TextDecoder('utf-8').decode(bytes) };
  } catch {
    return { file: input.file, text: '' };
  }
}

/** An input held in a string (tests, the bench). */
export function textInput(file: string, text: string): InputFile {
  return { file, chunks: () => [new TextEncoder().encode(text)] };
}

const CHUNK_BYTES = 1 << 20;

/**
 * A file read in 1 MB pieces; a missing, unreadable or folder path throws a `PlainError` saying so.
 * The pieces share one buffer: each is read (hashed, parsed) before the next one comes.
 */
export function readInputFile(file: string): InputFile {
  return {
    file,
    *chunks() {
      let fd: number;
      try {
        if (statSync(file).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
        fd = openSync(file, 'r');
      } catch (e) {
        throw new PlainError(describeFsError(e, file));
      }
      try {
        const buf = new Uint8Array(CHUNK_BYTES);
        for (;;) {
          let n: number;
          try {
            n = readSync(fd, buf, 0, buf.length, null);
          } catch (e) {
            throw new PlainError(describeFsError(e, file));
          }
          if (n === 0) return;
          yield buf.subarray(0, n);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** `readInputFile` of a file of `dir`. */
export function readInput(dir: string, name: string): InputFile {
  return readInputFile(join(dir, name));
}

/**
 * Reads a CSV input row by row (`onRow`); a file that cannot be read is a problem of its line 1.
 * `onChunk` sees every byte (for the data version hash).
 */
export function readCsv(
  input: InputFile,
  options: CsvOptions,
  onRow: (row: CsvRow, header: readonly string[]) => void,
  onChunk: (bytes: Uint8Array) => void = () => {},
): CsvSummary {
  const reader = new CsvReader(input.file, options, onRow);
  try {
    for (const chunk of input.chunks()) {
      onChunk(chunk);
      reader.push(chunk);
    }
  } catch (e) {
    if (!(e instanceof PlainError)) throw e;
    const reason = e.message.startsWith(input.file) ? e.message.slice(input.file.length).trim() : e.message;
    return {
      header: [],
      delimiter: ',',
      problems: [{ file: input.file, line: 1, column: 0, message: `cannot read the file: it ${reason}` }],
      notes: [],
      rows: 0,
    };
  }
  return reader.end();
}

/** A whole (small) CSV input as a table. */
function readTable(input: InputFile, options: CsvOptions, onChunk?: (bytes: Uint8Array) => void) {
  const rows: CsvRow[] = [];
  const summary = readCsv(input, options, (r) => rows.push(r), onChunk);
  return { ...summary, rows };
}

export function parseAdminChanges(
  input: InputFile,
  onChunk?: (bytes: Uint8Array) => void,
): {
  changes: (AdminChangeWithNames & { line: number })[];
  problems: Problem[];
} {
  const table = readTable(input, { required: ADMIN_CHANGE_COLUMNS }, onChunk);
  const { rows, problems } = validateRows(table, AdminChangeRow, input.file);
  const changes = rows.map((r) => ({ ...r.value, line: r.line }));
  // A cycle would send the successor search round for ever: refuse it here, with its lines.
  const cycles = adminChangeCycles(changes).map((cycle) => ({
    file: input.file,
    line: cycle[0]?.line ?? 1,
    column: 0,
    message:
      cycle.length === 1
        ? `${cycle[0]?.from} is its own successor (from_id = to_id): a unit cannot be merged into itself`
        : `the changes form a cycle, ${[...cycle.map((c) => c.from), cycle[0]?.from].join(' → ')} (lines ${cycle.map((c) => c.line).join(', ')}): a unit cannot become its own successor`,
  }));
  return {
    changes: cycles.length > 0 ? [] : changes,
    problems: [...table.problems, ...problems, ...cycles],
  };
}

export function parseAliases(
  input: InputFile,
  onChunk?: (bytes: Uint8Array) => void,
): { aliases: AliasRow[]; problems: Problem[] } {
  const table = readTable(input, { required: ALIAS_COLUMNS }, onChunk);
  const { rows, problems } = validateRows(table, AliasCsvRow, input.file);
  return {
    aliases: rows.map((r) => ({
      placeId: r.value.place_id,
      action: r.value.action,
      value: r.value.value,
      line: r.line,
    })),
    problems: [...table.problems, ...problems],
  };
}
