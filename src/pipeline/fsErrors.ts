/**
 * Plain-language reasons for the file-system errors a journalist can meet (a missing folder, a
 * read-only disk, a full disk…), instead of Node's `EACCES: permission denied, open '…'`.
 */
const REASONS: Record<string, string> = {
  ENOENT: 'does not exist',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'is not a folder (a file is in the way)',
  EACCES: 'cannot be accessed: permission denied (check who owns it, or its read/write rights)',
  EPERM: 'cannot be changed: operation not permitted',
  EROFS: 'is on a read-only disk',
  ENOSPC: 'cannot be written: the disk is full (free some space and run again)',
  EDQUOT: 'cannot be written: the disk quota is exceeded',
  EEXIST: 'already exists',
  ENAMETOOLONG: 'has a name that is too long',
  EMFILE: 'cannot be opened: too many files are open',
  ELOOP: 'is a link that points to itself',
  EIO: 'cannot be read or written: input/output error (a failing disk or network drive?)',
};

/** The error code of a Node file-system error, or null for anything else. */
export function errorCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** `path: reason`, from a Node file-system error; other errors keep their message. */
export function describeFsError(e: unknown, path: string): string {
  const code = errorCode(e);
  const reason = code ? REASONS[code] : undefined;
  if (reason) return `${path} ${reason}`;
  return `${path}: ${e instanceof Error ? e.message : String(e)}`;
}

/** An error whose message is for the person running the command: the CLIs print it without a stack. */
export class PlainError extends Error {
  override name = 'PlainError';
}
