import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describeFsError, errorCode, PlainError } from './fsErrors';

/** A file's content: a string, or pieces of one (a big JSON written without being one string). */
export type Content = string | Iterable<string>;

const BATCH = 1 << 20;

/** Writes a file and flushes it to the disk, so a rename that follows never exposes a short file. */
function writeDurably(path: string, content: Content): void {
  const fd = openSync(path, 'w');
  try {
    if (typeof content === 'string') writeSync(fd, content);
    else {
      let batch: string[] = [];
      let size = 0;
      for (const piece of content) {
        batch.push(piece);
        size += piece.length;
        if (size >= BATCH) {
          writeSync(fd, batch.join(''));
          batch = [];
          size = 0;
        }
      }
      writeSync(fd, batch.join(''));
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const rmQuietly = (path: string) => rmSync(path, { recursive: true, force: true });

/**
 * Writes every file or none: each goes to a temporary sibling (`name.<pid>.tmp`) and is renamed into
 * place once all are written. For files that are independent of each other (the geodata); a set
 * the page reads together goes through `writeOutputSet`. Stale temporaries of a killed run are
 * removed first; on failure the temporaries are removed and the error names the file in plain words.
 */
export function writeFilesAtomic(files: Record<string, string>): void {
  const temps: [string, string][] = [];
  try {
    // A folder in the way would fail its rename after the others were done: refuse it first.
    for (const path of Object.keys(files)) {
      if (statOrNull(path)?.isDirectory()) throw Object.assign(new Error(path), { code: 'EISDIR', path });
    }
    for (const [path, content] of Object.entries(files)) {
      removeStaleTemps(path);
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      temps.push([tmp, path]);
      writeDurably(tmp, content);
    }
    for (const [tmp, path] of temps) renameSync(tmp, path);
  } catch (e) {
    for (const [tmp] of temps) rmQuietly(tmp);
    const named = (e as { path?: unknown }).path;
    const path = typeof named === 'string' ? named : (temps.at(-1)?.[1] ?? Object.keys(files)[0] ?? '');
    throw new PlainError(`cannot write ${describeFsError(e, path)}; nothing was changed`);
  }
}

function statOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function removeStaleTemps(path: string): void {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // no folder yet: nothing stale
  }
  for (const n of names) if (n.startsWith(prefix) && n.endsWith('.tmp')) rmQuietly(join(dir, n));
}

/** Sets made by this process: two sets made in the same millisecond still get different names. */
let serial = 0;

/** Where the sets behind `outDir` are kept by default: a hidden folder beside it. */
export const defaultSetsDir = (outDir: string) => join(dirname(outDir), `.${basename(outDir)}.sets`);

/**
 * Replaces the whole set of files of `outDir` in one step, so that a reader (the page, the dev
 * server, a copy) sees the old set or the new one, never a mix. The set is written into a fresh
 * folder of `setsDir`, and `outDir` is a symbolic link switched to it by a single `rename`, the one
 * operation POSIX makes atomic (a folder cannot be renamed over a non-empty one). A crash at any
 * point leaves the old link or the new one; the folders it leaves behind are removed by the next run.
 * A real folder at `outDir` (from before sets) is replaced the first time.
 *
 * Throws a `PlainError` naming the path and the reason (full disk, read-only, a file in the way)
 * after removing what it wrote; `outDir` is then unchanged.
 *
 * @example writeOutputSet('public/data', {'atlas.json': '{…}', 'basemap.json': '{…}'})
 */
export function writeOutputSet(
  outDir: string,
  files: Record<string, Content>,
  setsDir = defaultSetsDir(outDir),
): void {
  const link = `${outDir}.link.tmp`;
  const legacy = `${outDir}.old.tmp`;
  recoverOutputs(outDir);
  const current = currentSet(outDir);
  const set = join(setsDir, `set-${Date.now().toString(36)}-${process.pid}-${serial++}`);
  let step = setsDir;
  try {
    // Leftovers of a killed run: sets no link points at, a half-made link, a folder being replaced.
    rmQuietly(link);
    rmQuietly(legacy);
    step = setsDir;
    mkdirSync(setsDir, { recursive: true });
    for (const n of readdirSync(setsDir)) {
      if (resolve(setsDir, n) !== current) rmQuietly(join(setsDir, n));
    }
    mkdirSync(set);
    for (const [name, content] of Object.entries(files)) {
      step = join(set, name);
      writeDurably(step, content);
    }
    const dirFd = openSync(set, 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
    step = outDir;
    mkdirSync(dirname(outDir), { recursive: true });
    symlinkSync(relative(dirname(resolve(outDir)), resolve(set)), link, 'dir');
    if (current === 'folder') renameSync(outDir, legacy);
    renameSync(link, outDir);
  } catch (e) {
    rmQuietly(set);
    rmQuietly(link);
    throw new PlainError(`cannot write ${describeFsError(e, step)}; nothing was changed`);
  }
  rmQuietly(legacy);
  // Only a set of ours goes: a link someone made by hand to a folder elsewhere is left alone.
  if (current && current !== 'folder' && dirname(current) === resolve(setsDir)) rmQuietly(current);
}

/**
 * Puts back the real folder that a run killed between its two renames had set aside (only when
 * `writeOutputSet` replaces a folder of an older build by its first link). Every build calls it
 * first, so the page finds its data even if that build then fails.
 */
export function recoverOutputs(outDir: string): void {
  const legacy = `${outDir}.old.tmp`;
  if (statOrNull(outDir) || !statOrNull(legacy)?.isDirectory()) return;
  try {
    renameSync(legacy, outDir);
  } catch (e) {
    throw new PlainError(`cannot put back ${describeFsError(e, outDir)}`);
  }
}

/** The set `outDir` links to, 'folder' for a real folder, null when absent; a file in the way throws. */
function currentSet(outDir: string): string | 'folder' | null {
  try {
    const st = lstatSync(outDir);
    if (st.isSymbolicLink()) return resolve(dirname(outDir), readlinkSync(outDir));
    if (st.isDirectory()) return 'folder';
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return null;
    throw new PlainError(`cannot write ${describeFsError(e, outDir)}; nothing was changed`);
  }
  throw new PlainError(
    `cannot write ${outDir}: it is a file, and the build writes a folder there (move the file away); nothing was changed`,
  );
}
