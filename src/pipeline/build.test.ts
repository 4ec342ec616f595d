import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlasJsonSchema } from '../core/atlas';
import { MAP_THEMES } from '../core/draw/theme';
import { runBuild } from './build';
import { FIXTURES } from './testData';

const quiet = () => {};
/** A data folder made of the fixtures (never the editorial data/), with the committed geodata. */
function tmpData(): { data: string; out: string; geoDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'atlas-'));
  const data = join(root, 'data');
  cpSync(FIXTURES.support, data, { recursive: true });
  cpSync(FIXTURES.seed, join(data, 'partnerships.csv'));
  return { data, out: join(root, 'out'), geoDir: FIXTURES.geo };
}

describe('runBuild', () => {
  it('writes atlas.json, the basemap and the first-view pictures (light and dark) for good data', () => {
    const { data, out, geoDir } = tmpData();
    const r = runBuild({ dataDir: data, geoDir, outDir: out, schemaPath: null, log: quiet });
    expect(r.problems).toEqual([]);
    expect(JSON.parse(readFileSync(join(out, 'atlas.json'), 'utf8')).events).toHaveLength(5);
    expect(JSON.parse(readFileSync(join(out, 'basemap.json'), 'utf8')).type).toBe('Topology');
    const light = readFileSync(join(out, 'first-view.svg'), 'utf8');
    const dark = readFileSync(join(out, 'first-view-dark.svg'), 'utf8');
    expect(light).toContain(`fill="${MAP_THEMES.light.background}"`);
    expect(dark).toContain(`fill="${MAP_THEMES.dark.background}"`);
  });

  it('leaves the previous outputs untouched, and no temporary file, when the data has a problem', () => {
    const { data, out, geoDir } = tmpData();
    runBuild({ dataDir: data, geoDir, outDir: out, schemaPath: null, log: quiet });
    const before = readFileSync(join(out, 'atlas.json'), 'utf8');
    const csv = join(data, 'partnerships.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('2023-11-17,', '2023-13-17,'));
    const r = runBuild({ dataDir: data, geoDir, outDir: out, schemaPath: null, log: quiet });
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.written).toEqual([]);
    expect(readFileSync(join(out, 'atlas.json'), 'utf8')).toBe(before);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a missing partnerships.csv as an empty file', () => {
    const { data, out, geoDir } = tmpData();
    writeFileSync(join(data, 'partnerships.csv'), '');
    const r = runBuild({ dataDir: data, geoDir, outDir: out, schemaPath: null, log: quiet });
    expect(r.problems[0]?.message).toMatch(/the file is empty/);
    expect(existsSync(join(out, 'atlas.json'))).toBe(false);
  });

  it('the committed JSON Schema of atlas.json is the one the code generates', () => {
    expect(JSON.parse(readFileSync('schema/atlas.schema.json', 'utf8'))).toEqual(atlasJsonSchema());
  });
});

describe('npm run data (CLI)', () => {
  it('prints every problem as file:line:column and exits non-zero', () => {
    const { data, out, geoDir } = tmpData();
    const csv = join(data, 'partnerships.csv');
    writeFileSync(
      csv,
      readFileSync(csv, 'utf8')
        .replace('Quang Ninh,préfecture', 'Quang Nin,préfecture')
        .replace(',meeting,', ',meting,'),
    );
    let stderr = '';
    let status = 0;
    try {
      execFileSync(
        'npx',
        ['tsx', 'src/pipeline/buildCli.ts', '--data', data, '--geo', geoDir, '--out', out],
        {
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    } catch (e) {
      const err = e as { status: number; stderr: string };
      status = err.status;
      stderr = err.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain(`${csv}:2:7: kind: "meting" is not a kind — did you mean "meeting"?`);
    expect(stderr).toMatch(
      new RegExp(`${csv.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:4: vn_places: unknown place "Quang Nin"`),
    );
    expect(stderr).toContain('2 problems: nothing was written; the previous outputs are unchanged.');
  }, 30_000);
});

describe('data/README.md', () => {
  it('documents exactly the kinds, domains and statuses the build accepts', async () => {
    const { KIND_IDS, DOMAIN_IDS, STATUS_IDS } = await import('../core/vocabulary');
    const doc = readFileSync('data/README.md', 'utf8');
    const table = (marker: string) => {
      const part = doc.split(`<!-- vocabulary:${marker} -->`)[1]?.trimStart().split('\n\n')[0] ?? '';
      return [...part.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]);
    };
    expect(table('kinds')).toEqual(KIND_IDS);
    expect(table('domains')).toEqual(DOMAIN_IDS);
    expect(table('status')).toEqual(STATUS_IDS);
  });
});
