import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Line {
  query: string;
  status: string;
  place: { id: string; name: string; country: string; level: string; lon: number; lat: number } | null;
  candidates: { id: string }[];
}
function run(args: string[]): { lines: Line[]; status: number | null; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'src/pipeline/geocodeCli.ts', ...args], { encoding: 'utf8' });
  return {
    lines: r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line),
    status: r.status,
    stderr: r.stderr,
  };
}

describe('geocode CLI', () => {
  it('resolves every place spelling of the five reports, one JSON object per line', () => {
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
    const { lines, status } = run(['--date', '2024-11-15', ...Object.keys(expected)]);
    expect(status).toBe(0);
    expect(Object.fromEntries(lines.map((l) => [l.query, l.place?.id]))).toEqual(expected);
    for (const l of lines) {
      expect(l.status).toBe('resolved');
      expect(l.place?.country).toMatch(/^[A-Z]{2}$/);
      expect(['province', 'region', 'city', 'country']).toContain(l.place?.level);
      expect(Array.isArray(l.candidates)).toBe(true);
    }
  }, 30_000);

  it('answers unknown with suggestions, ambiguous with candidates, and exits 1', () => {
    const { lines, status } = run(['Bac Nin', 'Hà Nam']);
    expect(status).toBe(1);
    expect(lines[0]).toMatchObject({ query: 'Bac Nin', status: 'unknown', place: null });
    expect(lines[0]?.candidates.map((c) => c.id)).toContain('VN-56');
    expect(lines[1]).toMatchObject({ query: 'Hà Nam', status: 'ambiguous', place: null });
    expect(lines[1]?.candidates.map((c) => c.id)).toEqual(expect.arrayContaining(['VN-63', 'CN-HA']));
  }, 30_000);

  it('lets --country disambiguate', () => {
    const { lines } = run(['--country', 'CN', 'Hà Nam']);
    expect(lines[0]?.place?.id).toBe('CN-HA');
  }, 30_000);

  it('rejects bad usage with exit code 2', () => {
    expect(run([]).status).toBe(2);
    expect(run(['--country', 'China', 'x']).stderr).toMatch(/ISO 3166-1 alpha-2/);
  }, 30_000);
});
