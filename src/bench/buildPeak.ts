/**
 * `npm run data` in a process of its own for the bench, which then reads its peak memory: runs the
 * build CLI on its arguments and prints, last, `{"exit":…,"maxRssMB":…}` on stdout.
 */
import { run } from '../pipeline/buildCli';

let progress = 0;
const exit = await run(process.argv.slice(2), {
  stdout: () => {},
  // Progress lines ("10,000 rows read …") are counted: a long build must say how far it is.
  stderr: (s) => void (progress += (s.match(/rows read/g) ?? []).length),
});
process.stdout.write(
  `${JSON.stringify({ exit, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), progress })}\n`,
);
