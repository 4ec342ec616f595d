import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Arguments of the project's CLIs: options and positionals, with `fail(message)` printing the
 * message and the usage line and exiting 2 — also for arguments `parseArgs` rejects.
 */
export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: T) {
  const fail = (message: string): never => {
    console.error(`${message}\n${usage}`);
    process.exit(2);
  };
  try {
    return { ...parseArgs({ allowPositionals: true, options }), fail };
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}
