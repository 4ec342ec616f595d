/**
 * `npm run data [-- --data DIR --geo DIR --out DIR --sets DIR]`: builds public/data from data/.
 * Progress on stderr, problems on stderr (all of them, then the count last), the summary on stdout.
 * Exit 0 built, 1 on any problem (nothing written), 2 on a usage error.
 */
import { BUILD_DEFAULTS, formatProblem, runBuild } from './build';
import { PlainError } from './fsErrors';
import { parseCli, runAsMain, usageError, writeLines, type Cli } from './cli';

const USAGE = 'usage: npm run data -- [--data DIR] [--geo DIR] [--out DIR] [--sets DIR]';

export const run: Cli = async (argv, io) => {
  const args = parseCli(argv, {
    data: { type: 'string' },
    geo: { type: 'string' },
    out: { type: 'string' },
    sets: { type: 'string' },
  });
  if (!args.ok) return usageError(io, USAGE, args.message);
  if (args.positionals.length > 0)
    return usageError(io, USAGE, `unexpected argument "${args.positionals[0]}"`);
  const { values } = args;
  io.stderr('Building the atlas data…\n');
  // With --out, the sets go beside that folder unless --sets says otherwise.
  const setsDir = values.sets ?? (values.out ? undefined : BUILD_DEFAULTS.setsDir);
  let r: ReturnType<typeof runBuild>;
  try {
    r = runBuild({
      ...BUILD_DEFAULTS,
      dataDir: values.data ?? BUILD_DEFAULTS.dataDir,
      outDir: values.out ?? BUILD_DEFAULTS.outDir,
      ...(setsDir ? { setsDir } : { setsDir: undefined }),
      ...(values.geo ? { geoDir: values.geo } : {}),
      log: (s) => io.stderr(`${s}\n`),
    });
  } catch (e) {
    if (!(e instanceof PlainError)) throw e;
    io.stderr(`build failed: ${e.message}\n`);
    return 1;
  }
  writeLines(
    io.stderr,
    r.warnings.map((w) => `warning: ${w}`),
  );
  if (r.kind === 'failed') {
    writeLines(io.stderr, r.problems.map(formatProblem));
    const n = r.problems.length;
    io.stderr(
      `\n${n} problem${n > 1 ? 's' : ''}: nothing was written; the previous outputs are unchanged.\n`,
    );
    return 1;
  }
  const s = r.stats;
  io.stdout(
    `${s.events} events, ${s.places} places, ${s.pairs} pairs (${s.links} event–pair links), ${r.warnings.length} warnings\n`,
  );
  writeLines(
    io.stdout,
    r.written.map((f) => `wrote ${f}`),
  );
  return 0;
};

runAsMain(import.meta.url, run);
