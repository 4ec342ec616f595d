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
