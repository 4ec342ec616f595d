import type { z } from 'zod';
import { columnOf, type CsvTable, type Problem } from './csv';

/**
 * Checks every row of a table against a schema and returns the valid rows with their line, plus one
 * located problem per bad cell (all of them, not just the first).
 */
export function validateRows<S extends z.ZodType>(
  table: CsvTable,
  schema: S,
  file: string,
): { rows: { line: number; value: z.output<S> }[]; problems: Problem[] } {
  const rows: { line: number; value: z.output<S> }[] = [];
  const problems: Problem[] = [];
  for (const r of table.rows) {
    const res = schema.safeParse(r.cells);
    if (res.success) {
      rows.push({ line: r.line, value: res.data });
      continue;
    }
    for (const issue of res.error.issues) {
      const field = String(issue.path[0] ?? '');
      const value = r.cells[field];
      const message =
        issue.code === 'invalid_format' && value !== undefined
          ? `${issue.message} (${JSON.stringify(value)})`
          : issue.message;
      problems.push({
        file,
        line: r.line,
        column: columnOf(table, field),
        ...(field ? { field } : {}),
        message,
      });
    }
  }
  return { rows, problems };
}
