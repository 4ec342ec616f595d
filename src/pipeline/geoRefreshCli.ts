/** `npm run geo:refresh`: regenerates data/geo/* from the pinned upstream packages. Takes no arguments. */
import { refreshGeo } from './geo/refresh';
import { parseCli, runAsMain, usageError, type Cli } from './cli';

const USAGE = 'usage: npm run geo:refresh';

export const run: Cli = async (argv, io) => {
  const args = parseCli(argv, {});
  if (!args.ok) return usageError(io, USAGE, args.message);
  if (args.positionals.length > 0)
    return usageError(io, USAGE, `unexpected argument "${args.positionals[0]}"`);
  try {
    await refreshGeo('data', (s) => io.stdout(`${s}\n`));
  } catch (e) {
    io.stderr(`geo:refresh failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  return 0;
};

runAsMain(import.meta.url, run);
