import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_CHANGE_COLUMNS, AdminChangeRow, ALIAS_COLUMNS, AliasCsvRow } from '../core/rows/auxRows';
import type { AdminChangeWithNames, AliasRow } from '../core/geo/assembleGazetteer';
import { parseCsv, type Problem } from '../core/rows/csv';
import { validateRows } from '../core/rows/validateRows';

/** The editorial inputs, as text, with the paths that problems will name. */
export interface InputFile {
  file: string;
  text: string;
}

/** Reads a file as UTF-8; bytes that are not UTF-8 become U+FFFD, which `parseCsv` reports. */
export function readInput(dir: string, name: string): InputFile {
  return readInputFile(join(dir, name));
}

/** `readInput` by path. */
export function readInputFile(file: string): InputFile {
  if (!existsSync(file)) return { file, text: '' };
  return { file, text: new TextDecoder('utf-8').decode(readFileSync(file)) };
}

export function parseAdminChanges(input: InputFile): {
  changes: (AdminChangeWithNames & { line: number })[];
  problems: Problem[];
} {
  const table = parseCsv(input.text, input.file, ADMIN_CHANGE_COLUMNS);
  const { rows, problems } = validateRows(table, AdminChangeRow, input.file);
  return {
    changes: rows.map((r) => ({ ...r.value, line: r.line })),
    problems: [...table.problems, ...problems],
  };
}

export function parseAliases(input: InputFile): { aliases: AliasRow[]; problems: Problem[] } {
  const table = parseCsv(input.text, input.file, ALIAS_COLUMNS);
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
