/**
 * The corpus of hostile inputs (fixtures/hostile/cases.json): each case is the fixture data with one
 * fault — a misspelled column, a stray quote, a NUL byte, a cycle of admin changes, a gazetteer cut
 * short, a file where the output folder goes… — and the message the build must give for it. Run
 * through the real CLI (`run(argv, io)`) by the unit tests and by `npm run bench`.
 */
import {
  appendFileSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from './buildCli';
import { FIXTURES } from './testData';
import { writeOutputSet } from './writeAtomic';

export interface HostileCase {
  name: string;
  /** Text replacements per file: [find, replace, times] — `times` repeats `replace`; -1 replaces all. */
  edit?: Record<string, [string, string, number?][]>;
  append?: Record<string, string>;
  write?: Record<string, string>;
  /** Cut files to this many bytes. */
  truncate?: Record<string, number>;
  remove?: string[];
  /** Replace these files with folders. */
  folder?: string[];
  /** Write this file in Latin-1 instead of UTF-8. */
  latin1?: string;
  /** A file stands where the output folder goes. */
  outIsFile?: boolean;
  /** Expected exit code (1 when absent). */
  exit?: number;
  /** A regular expression the error output must match: file, line, column and reason. */
  message: string;
}

export const HOSTILE_CASES = 'src/pipeline/fixtures/hostile/cases.json';

export function loadHostileCases(): HostileCase[] {
  return JSON.parse(readFileSync(HOSTILE_CASES, 'utf8')) as HostileCase[];
}

export interface HostileResult {
  exit: number;
  stderr: string;
  /** The expected message (with its location) was printed. */
  located: boolean;
  /** The previous outputs are exactly as they were, with nothing beside them. */
  untouched: boolean;
}

/** The output folder's state: where it links to, every file's content, and what lies beside it. */
function snapshot(out: string): string {
  const parent = dirname(out);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      const st = lstatSync(p);
      if (st.isSymbolicLink()) return [`${p} -> ${readlinkSync(p)}`];
      if (st.isDirectory()) return [p, ...walk(p)];
      return [`${p}: ${readFileSync(p, 'utf8')}`];
    });
  return walk(parent).join('\n');
}

/** Runs one case in a fresh folder and says what the build did. */
export async function runHostileCase(c: HostileCase): Promise<HostileResult> {
  const root = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  const data = join(root, 'data');
  cpSync(FIXTURES.support, data, { recursive: true });
  cpSync(FIXTURES.seed, join(data, 'partnerships.csv'));
  const touchesGeo = JSON.stringify(c).includes('geo/');
  const geo = touchesGeo ? join(data, 'geo') : FIXTURES.geo;
  if (touchesGeo) {
    mkdirSync(geo);
    for (const f of ['gazetteer.json', 'basemap.topo.json']) cpSync(join(FIXTURES.geo, f), join(geo, f));
  }
  const path = (f: string) => join(data, f);
  for (const [f, edits] of Object.entries(c.edit ?? {})) {
    let text = readFileSync(path(f), 'utf8');
    for (const [find, replace, times = 1] of edits) {
      text = times === -1 ? text.split(find).join(replace) : text.replace(find, () => replace.repeat(times));
    }
    writeFileSync(path(f), text);
  }
  for (const [f, text] of Object.entries(c.append ?? {})) appendFileSync(path(f), text);
  for (const [f, text] of Object.entries(c.write ?? {})) writeFileSync(path(f), text);
  for (const [f, bytes] of Object.entries(c.truncate ?? {})) truncateSync(path(f), bytes);
  for (const f of c.remove ?? []) rmSync(path(f));
  for (const f of c.folder ?? []) {
    rmSync(path(f));
    mkdirSync(path(f));
  }
  if (c.latin1) writeFileSync(path(c.latin1), Buffer.from(readFileSync(path(c.latin1), 'utf8'), 'latin1'));

  const out = join(root, 'site', 'out');
  mkdirSync(dirname(out));
  if (c.outIsFile) writeFileSync(out, 'not a folder');
  else {
    const old = {
      'atlas.json': 'old',
      'basemap.json': 'old',
      'first-view.svg': 'old',
      'first-view-dark.svg': 'old',
    };
    writeOutputSet(out, old);
  }
  const before = snapshot(out);
  let stderr = '';
  const exit = await run(['--data', data, '--geo', geo, '--out', out], {
    stdout: () => {},
    stderr: (s) => void (stderr += s),
  });
  const result = {
    exit,
    stderr,
    located: new RegExp(c.message).test(stderr),
    untouched: snapshot(out) === before,
  };
  rmSync(root, { recursive: true, force: true });
  return result;
}
