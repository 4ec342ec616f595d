import type { z } from 'zod';
import type { CsvRow, CsvTable, Problem } from './csv';

/**
 * Checks one row against a schema: the value with its line, or one located problem per bad cell
 * (all of them, not just the first).
 */
export function validateRow<S extends z.ZodType>(
  row: CsvRow,
  schema: S,
  file: string,
  header: readonly string[],
): { ok: true; line: number; value: z.output<S> } | { ok: false; problems: Problem[] } {
  const res = schema.safeParse(row.cells);
  if (res.success) return { ok: true, line: row.line, value: res.data };
  const problems = res.error.issues.map((issue): Problem => {
    const field = String(issue.path[0] ?? '');
    const value = row.cells[field];
    const message =
      issue.code === 'invalid_format' && value !== undefined
        ? `${issue.message} (${JSON.stringify(value)})`
        : issue.message;
    return { file, line: row.line, column: header.indexOf(field) + 1, ...(field ? { field } : {}), message };
  });
  return { ok: false, problems };
}

/** `validateRow` over a whole table: the valid rows with their line, and every problem. */
export function validateRows<S extends z.ZodType>(
  table: Pick<CsvTable, 'header' | 'rows'>,
  schema: S,
  file: string,
): { rows: { line: number; value: z.output<S> }[]; problems: Problem[] } {
  const rows: { line: number; value: z.output<S> }[] = [];
  const problems: Problem[] = [];
  for (const r of table.rows) {
    const v = validateRow(r, schema, file, table.header);
    if (v.ok) rows.push({ line: v.line, value: v.value });
    else problems.push(...v.problems);
  }
  return { rows, problems };
}
