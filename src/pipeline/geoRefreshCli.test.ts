import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run } from './geoRefreshCli';
import { memoryIo } from './testData';

describe('npm run geo:refresh (CLI)', () => {
  it('rejects any argument with exit code 2 and the usage line, before touching anything', async () => {
    const io = memoryIo();
    expect(await run(['--data', 'x'], io)).toBe(2);
    expect(io.err).toMatch(/usage: npm run geo:refresh/);
    const extra = memoryIo();
    expect(await run(['data'], extra)).toBe(2);
    expect(extra.err).toMatch(/unexpected argument "data"/);
  });

  it('runs as a program: a usage error sets exit code 2 (smoke test of the bin part)', () => {
    const r = spawnSync('npx', ['tsx', 'src/pipeline/geoRefreshCli.ts', '--nope'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run geo:refresh/);
  }, 30_000);
});
