import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PlainError } from './fsErrors';

/** Where a CLI writes: the process's streams in use, strings in tests. Each call is whole lines. */
export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

/** A CLI as a function: arguments in, exit code out (0 done, 1 problems found, 2 usage error). */
export type Cli = (argv: string[], io: CliIo) => Promise<number>;

/**
 * Arguments of the project's CLIs: options and positionals, or the message of a usage error
 * (also for arguments `parseArgs` rejects), which the CLI prints with its usage line and exit 2.
 */
export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return { ok: true as const, ...parseArgs({ args: argv, allowPositionals: true, options }) };
  } catch (e) {
    return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Prints a usage error and gives its exit code. */
export function usageError(io: CliIo, usage: string, message: string): number {
  io.stderr(`${message}\n${usage}\n`);
  return 2;
}

/** Lines written in batches: a list of 100,000 problems is a few hundred writes, not 100,000. */
export function writeLines(write: (s: string) => void, lines: readonly string[]): void {
  for (let i = 0; i < lines.length; i += 1000) write(lines.slice(i, i + 1000).join('\n') + '\n');
}

/**
 * The bin part of a CLI module: when the module is the program being run, runs it on the process's
 * arguments and streams and sets `process.exitCode` — never `process.exit()`, which would cut short
 * output still on its way down a pipe. A `PlainError` is printed as it is; anything else with a stack.
 */
export function runAsMain(moduleUrl: string, cli: Cli): void {
  const main = process.argv[1];
  if (main === undefined || resolve(main) !== fileURLToPath(moduleUrl)) return;
  const io: CliIo = {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
  };
  cli(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      io.stderr(
        `${e instanceof PlainError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
