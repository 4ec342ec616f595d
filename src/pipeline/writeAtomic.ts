import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes every file or none: each goes to a temporary sibling first and is renamed into place only
 * once all of them are written, so a failed build never leaves a half-written output.
 */
export function writeFilesAtomic(files: Record<string, string>): void {
  const temps: [string, string][] = [];
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, content);
      temps.push([tmp, path]);
    }
  } catch (e) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, path] of temps) renameSync(tmp, path);
}
