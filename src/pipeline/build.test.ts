import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlasJsonSchema } from '../core/atlas';
import { MAP_THEMES } from '../core/draw/theme';
import { firstViewFile, type PictureBox, runBuild, WIDE_SETS } from './build';
import { WIDE_LAYOUT } from '../core/draw/boxLayout';
import { pictureOfSet } from '../core/draw/layoutPicture';
import type { Lang } from '../core/i18n';
import { run } from './buildCli';
import { describeFsError } from './fsErrors';
import { FIXTURES, memoryIo } from './testData';
import { defaultSetsDir, recoverOutputs, writeFilesAtomic, writeOutputSet } from './writeAtomic';

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

  it('draws the first-view picture in each language and scheme, its place names in that language', () => {
    const { data, out, geoDir } = tmpData();
    runBuild({ dataDir: data, geoDir, outDir: out, schemaPath: null, log: quiet });
    const names = (lang: Lang, theme: 'light' | 'dark', box: PictureBox = 'any') =>
      // (Each name is a path of its outline, its words in `aria-label`, lines joined by a space, as
      // the live map breaks it.)
      [
        ...readFileSync(join(out, firstViewFile(lang, theme, box)), 'utf8').matchAll(
          /<path aria-label="([^"]*)"/g,
        ),
      ].map((m) => m[1]!.replace(/- /g, '-'));
    expect(firstViewFile('fr', 'dark')).toBe('first-view-dark.svg');
    expect(firstViewFile('vi', 'light')).toBe('first-view-vi.svg');
    // A narrow box's picture (public/theme.js gives it to phones): its words only, in each language too.
    expect(firstViewFile('fr', 'light', 'narrow')).toBe('first-view-narrow.svg');
    expect(firstViewFile('en', 'dark', 'narrow')).toBe('first-view-narrow-en-dark.svg');
    expect(names('en', 'dark', 'narrow')).toContain('East Kazakhstan');
    // (The places' names; a phone's close-up, of its own shape, may show a province the others do not.)
    const provinces = new Set(['Thanh Hóa', 'Sơn La', 'Thái Nguyên', 'Hải Phòng', 'Lào Cai']);
    expect(names('fr', 'light')).toEqual(
      expect.arrayContaining(names('fr', 'light', 'narrow').filter((n) => !provinces.has(n))),
    );
    expect(names('fr', 'light', 'narrow').length).toBeLessThan(names('fr', 'light').length / 2);
    // A narrow embed's (its map has the phone's shape there): the phone's map's words only, not a
    // short map's.
    expect(firstViewFile('vi', 'dark', 'narrow-embed')).toBe('first-view-narrow-embed-vi-dark.svg');
    const phone = readFileSync(join(out, firstViewFile('fr', 'light', 'narrow')), 'utf8');
    const embed = readFileSync(join(out, firstViewFile('fr', 'light', 'narrow-embed')), 'utf8');
    const set = (svg: string, id: string) => svg.match(new RegExp(`<g class="${id}">.*?</g></g>`))?.[0];
    expect(set(embed, 'narrow')).toBe(set(phone, 'narrow'));
    expect(embed).not.toContain('class="short"');
    expect(embed.length).toBeLessThan(phone.length);
    expect(names('fr', 'light')).toContain('Kazakhstan-Oriental');
    expect(names('en', 'dark')).toContain('East Kazakhstan');
    expect(names('vi', 'light')).toContain('Quảng Tây');
    expect(names('vi', 'dark')).toEqual(names('vi', 'light'));
    // A class of box width's (public/theme.js gives it to a viewport of that class): any box's picture
    // with that class's words only (and those of its shorter boxes, shown by the picture's media).
    expect(WIDE_SETS).toEqual(WIDE_LAYOUT.sets.filter((s) => !s.of).map((s) => s.id));
    expect(firstViewFile('fr', 'light', 'wide')).toBe('first-view-wide.svg');
    expect(firstViewFile('vi', 'dark', 'wall4k')).toBe('first-view-wall4k-vi-dark.svg');
    for (const id of WIDE_SETS) {
      const any = readFileSync(join(out, firstViewFile('en', 'dark')), 'utf8');
      const own = readFileSync(join(out, firstViewFile('en', 'dark', id)), 'utf8');
      expect(own).toBe(pictureOfSet(any, WIDE_LAYOUT, id));
      expect(names('en', 'dark', id)).toContain('East Kazakhstan');
    }
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

  it('reports an empty, a missing and a folder partnerships.csv in plain words', () => {
    const { data, out, geoDir } = tmpData();
    const csv = join(data, 'partnerships.csv');
    const first = () =>
      runBuild({ dataDir: data, geoDir, outDir: out, schemaPath: null, log: quiet }).problems[0];
    writeFileSync(csv, '');
    expect(first()?.message).toMatch(/the file is empty/);
    rmSync(csv);
    expect(first()).toEqual({
      file: csv,
      line: 1,
      column: 0,
      message: 'cannot read the file: it does not exist',
    });
    mkdirSync(csv);
    expect(first()?.message).toBe('cannot read the file: it is a folder, not a file');
    expect(existsSync(join(out, 'atlas.json'))).toBe(false);
  });

  it('the committed JSON Schema of atlas.json is the one the code generates', () => {
    expect(JSON.parse(readFileSync('schema/atlas.schema.json', 'utf8'))).toEqual(atlasJsonSchema());
  });
});

describe('npm run data (CLI)', () => {
  const build = async (args: string[]) => {
    const io = memoryIo();
    const status = await run(args, io);
    return { status, stdout: io.out, stderr: io.err };
  };

  it('prints every problem as file:line:column, the count last, and exits 1', async () => {
    const { data, out, geoDir } = tmpData();
    const csv = join(data, 'partnerships.csv');
    writeFileSync(
      csv,
      readFileSync(csv, 'utf8')
        .replace('Quang Ninh,préfecture', 'Quang Nin,préfecture')
        .replace(',meeting,', ',meting,'),
    );
    const r = await build(['--data', data, '--geo', geoDir, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${csv}:2:7: kind: "meting" is not a kind — did you mean "meeting"?`);
    expect(r.stderr).toContain(`${csv}:4:4: vn_places: unknown place "Quang Nin"`);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      '2 problems: nothing was written; the previous outputs are unchanged.',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('builds, prints the summary on stdout and progress on stderr, and exits 0', async () => {
    const { data, out, geoDir } = tmpData();
    const r = await build(['--data', data, '--geo', geoDir, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^5 events, \d+ places, 7 pairs/);
    expect(r.stderr).toMatch(/wrote outputs \(\d+ ms, heap \d+ MB, rss \d+ MB\)/);
  });

  it('says in plain words, without a stack, that the gazetteer is damaged and how to repair it', async () => {
    const { data, out } = tmpData();
    const geo = join(data, 'geo');
    mkdirSync(geo);
    writeFileSync(
      join(geo, 'gazetteer.json'),
      readFileSync(join(FIXTURES.geo, 'gazetteer.json'), 'utf8').slice(0, 5000),
    );
    const r = await build(['--data', data, '--geo', geo, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `build failed: ${geo}/gazetteer.json is damaged or cut short (not a gazetteer): run \`npm run geo:refresh\``,
    );
    expect(r.stderr).not.toMatch(/\bat \w+ \(/);
  });

  it('rejects bad usage with exit code 2 and the usage line', async () => {
    const r = await build(['--frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run data/);
  });

  it('runs as a program: the whole list of 6,000 problems reaches a pipe, the count last', () => {
    const { data, out, geoDir } = tmpData();
    const csv = join(data, 'partnerships.csv');
    const [header, first] = readFileSync(csv, 'utf8').split('\n');
    const rows = Array.from({ length: 6000 }, (_, i) =>
      (first as string)
        .replace(/^[^,]+/, `bad-${i}`)
        .replace(/,(meeting|twinning|mou|visit|cooperation-agreement|joint-committee),/, ',nope,'),
    );
    writeFileSync(csv, [header, ...rows].join('\n') + '\n');
    // stderr into a pipe whose reader starts late, as `| less` or a busy CI log: the pipe fills up.
    const q = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
    const command = `npx tsx src/pipeline/buildCli.ts --data ${q(data)} --geo ${q(geoDir)} --out ${q(out)} 2>&1 >/dev/null | (sleep 1; cat); exit "\${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', command], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('kind: "nope" is not a kind'))).toHaveLength(6000);
    expect(lines.at(-1)).toBe('6000 problems: nothing was written; the previous outputs are unchanged.');
  }, 60_000);
});

describe('the outputs change together or not at all', () => {
  const tag = (dir: string) =>
    ['atlas.json', 'basemap.json', 'first-view.svg', 'first-view-dark.svg'].map(
      (f) => readFileSync(join(dir, f), 'utf8').split('\n')[0],
    );

  it('switches the whole set in one step, and keeps no old set nor temporary file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-set-')), 'data');
    const set = (t: string) => ({
      'atlas.json': t,
      'basemap.json': t,
      'first-view.svg': t,
      'first-view-dark.svg': t,
    });
    writeOutputSet(out, set('1'));
    writeOutputSet(out, set('2'));
    expect(tag(out)).toEqual(['2', '2', '2', '2']);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readdirSync(defaultSetsDir(out))).toHaveLength(1);
    expect(readdirSync(dirname(out)).sort()).toEqual(['.data.sets', 'data']);
  });

  it('replaces a real folder left by an older build', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-set-')), 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'atlas.json'), 'old');
    writeOutputSet(out, { 'atlas.json': 'new' });
    expect(readFileSync(join(out, 'atlas.json'), 'utf8')).toBe('new');
    expect(readdirSync(dirname(out)).sort()).toEqual(['.data.sets', 'data']);
  });

  it('puts back a real folder that a killed run had set aside, and replaces it', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-set-')), 'data');
    mkdirSync(`${out}.old.tmp`);
    writeFileSync(join(`${out}.old.tmp`, 'atlas.json'), 'old');
    recoverOutputs(out);
    expect(readFileSync(join(out, 'atlas.json'), 'utf8')).toBe('old');
    writeOutputSet(out, { 'atlas.json': 'new' });
    expect(readFileSync(join(out, 'atlas.json'), 'utf8')).toBe('new');
    expect(readdirSync(dirname(out)).sort()).toEqual(['.data.sets', 'data']);
  });

  it('refuses, in plain words and changing nothing, when a file is where the folder goes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-set-')), 'data');
    writeFileSync(out, 'a file');
    expect(() => writeOutputSet(out, { 'atlas.json': 'x' })).toThrow(
      `cannot write ${out}: it is a file, and the build writes a folder there (move the file away); nothing was changed`,
    );
    expect(readFileSync(out, 'utf8')).toBe('a file');
  });

  it('refuses, in plain words and changing nothing, when an output path is a folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-set-'));
    mkdirSync(join(root, 'schema.json'));
    writeFileSync(join(root, 'other.json'), 'old');
    expect(() =>
      writeFilesAtomic({ [join(root, 'other.json')]: 'new', [join(root, 'schema.json')]: 'x' }),
    ).toThrow(/cannot write .*schema\.json is a folder, not a file; nothing was changed/);
    expect(readFileSync(join(root, 'other.json'), 'utf8')).toBe('old');
    expect(readdirSync(root).sort()).toEqual(['other.json', 'schema.json']);
  });

  it('names a full disk, a read-only disk and a missing folder in plain words', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(describeFsError(err('ENOSPC'), 'out/atlas.json')).toBe(
      'out/atlas.json cannot be written: the disk is full (free some space and run again)',
    );
    expect(describeFsError(err('EROFS'), 'out')).toBe('out is on a read-only disk');
    expect(describeFsError(err('ENOENT'), 'in.csv')).toBe('in.csv does not exist');
  });

  it('leaves the old set or the new one, never a mix, when the writer is killed at random points', async () => {
    const kills = 5;
    const outs = Array.from({ length: kills }, () =>
      join(mkdtempSync(join(tmpdir(), 'atlas-kill-')), 'data'),
    );
    await Promise.all(
      outs.map(
        (out) =>
          new Promise<void>((done, fail) => {
            const child = spawn(process.execPath, [
              '--import',
              'tsx',
              'src/pipeline/fixtures/faults/writeSetLoop.ts',
              out,
            ]);
            child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.random() * 150));
            child.on('exit', (_code, signal) =>
              signal === 'SIGKILL' ? done() : fail(new Error(`exited ${_code}`)),
            );
          }),
      ),
    );
    for (const out of outs) {
      const [t, ...rest] = tag(out);
      expect(rest).toEqual([t, t, t]);
      // The next run clears what the killed one left behind.
      writeOutputSet(out, { 'atlas.json': 'next' });
      expect(readdirSync(defaultSetsDir(out))).toHaveLength(1);
      expect(readdirSync(dirname(out)).sort()).toEqual(['.data.sets', 'data']);
    }
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

  it('documents the limits the build enforces', async () => {
    const { CSV_LIMITS } = await import('../core/rows/csv');
    const { CELL_LIMITS } = await import('../core/rows/partnershipRow');
    const limits = readFileSync('data/README.md', 'utf8').split('<!-- limits -->')[1] ?? '';
    const row = (name: string) => limits.split('\n').find((l) => l.startsWith(`| ${name}`)) ?? '';
    const n = (x: number) => x.toLocaleString('en');
    expect(row('any cell')).toContain(`${n(CSV_LIMITS.cellBytes)} bytes`);
    expect(row('rows of one file')).toContain(n(CSV_LIMITS.rows));
    expect(row('`id`')).toContain(`${n(CELL_LIMITS.id)} characters`);
    expect(row('`vn_places`')).toContain(`${n(CELL_LIMITS.places)} characters`);
    expect(row('`partner_country`')).toContain(`${n(CELL_LIMITS.partner_country)} characters`);
    expect(row('`source_url`')).toContain(`${n(CELL_LIMITS.source_url)} characters`);
  });
});
