import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run } from './geocodeCli';
import { FIXTURE_ARGS, memoryIo } from './testData';

interface Line {
  query: string;
  status: string;
  place: { id: string; name: string; country: string; level: string; lon: number; lat: number } | null;
  candidates: { id: string }[];
}
async function geocode(args: string[]): Promise<{ lines: Line[]; status: number; stderr: string }> {
  const io = memoryIo();
  const status = await run([...FIXTURE_ARGS, ...args], io);
  return { lines: parseLines(io.out), status, stderr: io.err };
}
const parseLines = (out: string) =>
  out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);

describe('geocode CLI', () => {
  it('resolves every place spelling of the five reports, one JSON object per line', async () => {
    const expected: Record<string, string> = {
      Hanoi: 'VN-HN',
      Astana: 'KZ-AST',
      'Ha Giang': 'VN-03',
      'Quang Ninh': 'VN-13',
      'Lang Son': 'VN-09',
      'Cao Bang': 'VN-04',
      'région autonome Zhuang du Guangxi': 'CN-GX',
      'région autonome de Zhuang du Guangxi': 'CN-GX',
      Guangxi: 'CN-GX',
      Hokkaido: 'JP-01',
      'préfecture de Hokkaido': 'JP-01',
      'Ha Long': 'gn:1580410',
      Asahikawa: 'gn:2130629',
      'province de Bac Ninh': 'VN-56',
      'région du Kazakhstan oriental': 'KZ-VOS',
      Kazakhstan: 'KZ',
      Chine: 'CN',
      Japon: 'JP',
      Vietnam: 'VN',
      'Hô Chi Minh-Ville': 'VN-SG',
      'TP.HCM': 'VN-SG',
      'Hà Nội': 'VN-HN',
      Hanoï: 'VN-HN',
    };
    const { lines, status } = await geocode(['--date', '2024-11-15', ...Object.keys(expected)]);
    expect(status).toBe(0);
    expect(Object.fromEntries(lines.map((l) => [l.query, l.place?.id]))).toEqual(expected);
    for (const l of lines) {
      expect(l.status).toBe('resolved');
      expect(l.place?.country).toMatch(/^[A-Z]{2}$/);
      expect(['province', 'region', 'city', 'country']).toContain(l.place?.level);
      expect(Array.isArray(l.candidates)).toBe(true);
    }
  });

  it('answers unknown with suggestions, ambiguous with candidates, and exits 1', async () => {
    const { lines, status } = await geocode(['Bac Nin', 'Hà Nam']);
    expect(status).toBe(1);
    expect(lines[0]).toMatchObject({ query: 'Bac Nin', status: 'unknown', place: null });
    expect(lines[0]?.candidates.map((c) => c.id)).toContain('VN-56');
    expect(lines[1]).toMatchObject({ query: 'Hà Nam', status: 'ambiguous', place: null });
    expect(lines[1]?.candidates.map((c) => c.id)).toEqual(expect.arrayContaining(['VN-63', 'CN-HA']));
  });

  it('lets --country disambiguate', async () => {
    const { lines } = await geocode(['--country', 'CN', 'Hà Nam']);
    expect(lines[0]?.place?.id).toBe('CN-HA');
  });

  it('rejects bad usage with exit code 2', async () => {
    expect((await geocode([])).status).toBe(2);
    expect((await geocode(['--frobnicate', 'x'])).status).toBe(2);
    const bad = await geocode(['--country', 'China', 'x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/ISO 3166-1 alpha-2/);
  });

  it('says, in plain words and with the repair, that the gazetteer is missing', async () => {
    const io = memoryIo();
    expect(await run(['--data', 'src/pipeline/fixtures/support', '--geo', 'no/such/geo', 'Hanoi'], io)).toBe(
      1,
    );
    expect(io.err).toMatch(/no\/such\/geo\/gazetteer\.json does not exist: run `npm run geo:refresh`/);
  });

  it('runs as a program: one JSON line on stdout, exit code 0 (smoke test of the bin part)', () => {
    const r = spawnSync('npx', ['tsx', 'src/pipeline/geocodeCli.ts', ...FIXTURE_ARGS, 'Hanoi'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(parseLines(r.stdout).map((l) => l.place?.id)).toEqual(['VN-HN']);
  }, 30_000);
});
