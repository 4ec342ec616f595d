import { textInput } from './readInputs';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/rows/csv';
import { buildAtlas, partnerHistory, readerNames, standalone, type BuildResult } from './buildAtlas';
import { buildFrom, support } from './testData';
import { createGazetteer } from '../core/geo/gazetteer';
import type { GazetteerPlace } from '../core/types';

const FIVE = readFileSync('src/pipeline/fixtures/in/five-reports.csv', 'utf8');
const [HEADER = '', ...ROWS] = FIVE.trimEnd().split('\n');
const columns = HEADER.split(',');
/** The Quang Ninh–Hokkaido row (no quoted commas in its first cells), with some cells replaced. */
const BASE = ROWS.find((r) => r.startsWith('2023-11-quang-ninh-hokkaido')) ?? '';
function row(changes: Record<string, string>, base = BASE): string {
  // Cells of BASE up to `domains` hold no commas; the rest of the row is kept as is.
  const cut = columns.indexOf('title_fr');
  const head = base.split(',').slice(0, cut);
  const tail = base.split(',').slice(cut).join(',');
  for (const [k, v] of Object.entries(changes)) head[columns.indexOf(k)] = v;
  return [...head, tail].join(',');
}
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const problems = (text: string) => buildFrom(text).problems.map(formatProblem);

describe('buildAtlas on the five reports', () => {
  const r = buildFrom(FIVE);

  it('builds 5 events, 7 pairs and 11 event–pair links without problems, warning of placeholder headlines and of titles that spell places otherwise', () => {
    expect(r.kind).toBe('built');
    expect(r.problems).toEqual([]);
    const headlines = r.warnings.filter((w) => / source_headline: /.test(w));
    expect(headlines).toHaveLength(2);
    for (const w of headlines)
      expect(w).toMatch(/:\d+: source_headline: "\[headline not kept in our copy\].*is a placeholder/);
    // The reports' own spellings, kept in this fixture: the atlas writes "Hanoï" on the French page,
    // "Hokkaidō" and "Quảng Ninh" on every page (issue 14: titles follow the atlas's spelling).
    const titles = r.warnings
      .filter((w) => !headlines.includes(w))
      .map((w) => w.replace(/^.*?:(\d+): /, '$1: '));
    expect(titles).toEqual([
      '2: title_fr: "Hanoi" is written "Hanoï" on the fr page: a title names its places as the atlas does',
      '4: title_fr: "Quang Ninh" is written "Quảng Ninh" on the fr page: a title names its places as the atlas does',
      '4: title_fr: "Hokkaido" is written "Hokkaidō" on the fr page: a title names its places as the atlas does',
      '4: title_vi: "Hokkaido" is written "Hokkaidō" on the vi page: a title names its places as the atlas does',
      '4: title_en: "Quang Ninh" is written "Quảng Ninh" on the en page: a title names its places as the atlas does',
      '4: title_en: "Hokkaido" is written "Hokkaidō" on the en page: a title names its places as the atlas does',
      '5: title_fr: "Bac Ninh" is written "Bắc Ninh" on the fr page: a title names its places as the atlas does',
      '5: title_fr: "Kazakhstan oriental" is written "Kazakhstan-Oriental" on the fr page: a title names its places as the atlas does',
      '5: title_en: "Bac Ninh" is written "Bắc Ninh" on the en page: a title names its places as the atlas does',
    ]);
    expect(r.stats).toMatchObject({ events: 5, pairs: 7, links: 11 });
  });

  it('geocodes the spellings of the reports to the right places', () => {
    const ev = (id: string) => r.atlas?.events.find((e) => e.id === id);
    expect(ev('2018-11-hanoi-astana')).toMatchObject({
      vn: ['VN-HN'],
      partners: ['KZ-AST'],
      partnerCountry: 'KZ',
    });
    expect(ev('2023-02-guangxi-spring-meeting')).toMatchObject({
      vn: ['VN-03', 'VN-13', 'VN-09', 'VN-04'],
      partners: ['CN-GX'],
    });
    expect(ev('2023-11-quang-ninh-hokkaido')).toMatchObject({
      vn: ['VN-13'],
      partners: ['JP-01'],
      partnerCountry: 'JP',
    });
    expect(ev('2024-11-bac-ninh-east-kazakhstan')).toMatchObject({
      vn: ['VN-56'],
      partners: ['KZ-VOS'],
      precision: 'month',
      start: '2024-11-01',
    });
  });

  it('keeps every event of a pair, oldest first', () => {
    expect(r.atlas?.pairs.find((p) => p.id === 'VN-13~CN-GX')?.events).toEqual([
      '2023-02-guangxi-spring-meeting',
      '2025-02-guangxi-spring-meeting',
    ]);
  });

  it('ships all 63 + 34 Vietnamese units with their validity, and fixed upstream names', () => {
    const vn = r.atlas?.places.filter((p) => p.country === 'VN' && p.level === 'province') ?? [];
    const on = (day: string) =>
      vn.filter((p) => (!p.validFrom || p.validFrom <= day) && (!p.validTo || day <= p.validTo));
    expect(on('2024-06-01')).toHaveLength(63);
    expect(on('2025-08-01')).toHaveLength(34);
    const name = (id: string) => vn.find((p) => p.id === id)?.names.vi;
    expect([name('VN-39'), name('VN-53'), name('VN-66')]).toEqual(['Đồng Nai', 'Bắc Kạn', 'Hưng Yên']);
    expect(r.atlas?.places.find((p) => p.id === 'KZ-AST')?.names.en).toBe('Astana');
  });
});

describe('readerNames', () => {
  const official = {
    en: "Lao People's Democratic Republic",
    fr: 'Laos',
    vi: 'Cộng hòa Dân chủ nhân dân Lào',
  };
  it('names a country as readers know it, in each language (labels cannot carry official forms)', () => {
    expect(readerNames('LA', official)).toEqual({ en: 'Laos', fr: 'Laos', vi: 'Lào' });
    expect(readerNames('RU', { en: 'Russian Federation', fr: 'Russie', vi: 'Liên bang Nga' }).en).toBe(
      'Russia',
    );
  });
  it('names Hong Kong and Macao by their names, not their status (CLDR’s "Hong Kong SAR China")', () => {
    const hk = { en: 'Hong Kong', fr: 'Hong Kong', vi: 'Hồng Kông' };
    expect(readerNames('HK', hk)).toEqual({ en: 'Hong Kong', fr: 'Hong Kong', vi: 'Hồng Kông' });
    expect(Object.values(readerNames('MO', { en: 'Macao', fr: 'Macao', vi: 'Ma Cao' }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Ma/)]),
    );
    for (const n of Object.values(readerNames('MO', { en: 'Macao', fr: 'Macao', vi: 'Ma Cao' })))
      expect(n).not.toMatch(/SAR|R\.A\.S\.|Đặc khu|Trung Quốc|Chin/);
  });
  it('keeps the gazetteer’s names for a code CLDR does not know', () => {
    expect(readerNames('QQ', official)).toEqual(official);
  });
});

describe('standalone', () => {
  it('gives a place’s names a capital, as they stand alone in a label, a title or a list', () => {
    expect(standalone({ vi: 'tỉnh Viêng Chăn', fr: 'voïvodie de Mazovie', en: 'la Massana' })).toEqual({
      vi: 'Tỉnh Viêng Chăn',
      fr: 'Voïvodie de Mazovie',
      en: 'La Massana',
    });
    // (The rest as written; a name with its capital unchanged.)
    expect(standalone({ vi: 'Hà Nội', fr: "l'Est", en: 'Hanoi' })).toEqual({
      vi: 'Hà Nội',
      fr: "L'Est",
      en: 'Hanoi',
    });
  });
});

describe('golden fixtures: every fixtures/in/X.csv builds to fixtures/out/X.json', () => {
  const inputs = readdirSync('src/pipeline/fixtures/in').filter((f) => f.endsWith('.csv'));
  it('has inputs to check', () => expect(inputs.length).toBeGreaterThanOrEqual(2));
  it.each(inputs)('%s matches its golden output (regenerate with REGEN=1)', (file) => {
    const r = buildFrom(readFileSync(`src/pipeline/fixtures/in/${file}`, 'utf8'));
    expect(r.problems).toEqual([]);
    const out = `src/pipeline/fixtures/out/${file.replace(/\.csv$/, '.json')}`;
    const text = JSON.stringify(r.atlas, null, 1) + '\n';
    if (process.env.REGEN && process.env.CI !== 'true') writeFileSync(out, text);
    expect(text).toBe(readFileSync(out, 'utf8'));
  });
});

describe('buildAtlas on bad input: every problem, located, with a fix', () => {
  it('unknown place, with suggestions', () => {
    expect(problems(csv(row({ vn_places: 'Quang Nin' })))).toEqual([
      expect.stringMatching(
        /^partnerships\.csv:2:4: vn_places: unknown place "Quang Nin" — did you mean Quảng Ninh \(VN-13, VN, province\)/,
      ),
    ]);
  });

  it('ambiguous place within the country, with its candidates', () => {
    const [p] = problems(csv(row({ partner_places: 'Springfield', partner_country: 'US' })));
    expect(p).toMatch(
      /^partnerships\.csv:2:5: partner_places: ambiguous place "Springfield": it could be .*gn:.*; .*gn:.* — give the country, or an administrative word/,
    );
  });

  it('place in another country than the one given', () => {
    expect(problems(csv(row({ partner_places: 'Guangxi', partner_country: 'JP' })))[0]).toMatch(
      /partner_places: unknown place "Guangxi" \(the name exists, but not in JP and a region or city or country: CN-GX/,
    );
  });

  it('impossible and unparseable dates', () => {
    expect(problems(csv(row({ date: '2023-13-01' })))).toEqual([
      'partnerships.csv:2:2: date: month 13 does not exist (01–12) ("2023-13-01")',
    ]);
    expect(problems(csv(row({ date: 'Feb 2023' })))).toEqual([
      'partnerships.csv:2:2: date: not a date in the form YYYY, YYYY-MM or YYYY-MM-DD — did you mean 2023-02? ("Feb 2023")',
    ]);
  });

  it('kind and domain outside the vocabulary, with the nearest value', () => {
    expect(problems(csv(row({ kind: 'twining', domains: 'culture;turism' })))).toEqual([
      expect.stringMatching(
        /^partnerships\.csv:2:7: kind: "twining" is not a kind — did you mean "twinning"\? \(one of: twinning, mou/,
      ),
      expect.stringMatching(
        /^partnerships\.csv:2:8: domains: "turism" is not a domain — did you mean "tourism"\?/,
      ),
    ]);
  });

  it('duplicate id, naming the first line', () => {
    expect(problems(csv(BASE, BASE))).toEqual([
      'partnerships.csv:3:1: id: duplicate id "2023-11-quang-ninh-hokkaido", first used on line 2: every row needs its own id',
    ]);
  });

  it('missing required column', () => {
    const text = FIVE.replace('partner_country', 'pays');
    expect(problems(text)[0]).toMatch(
      /^partnerships\.csv:1:0: missing required column: partner_country \(header is: id, date/,
    );
  });

  it('unclosed quote', () => {
    expect(problems(csv(BASE) + 'y,"2023-11-17,,Quang Ninh\n')).toEqual([
      'partnerships.csv:3:2: date: a quoted cell is never closed: a " is missing; the rest of the file was read as that one cell',
    ]);
  });

  it('empty file', () => {
    expect(problems('')).toEqual([
      expect.stringMatching(
        /^partnerships\.csv:1:0: the file is empty: it needs a header row \(id, date, vn_places/,
      ),
    ]);
  });

  it('unknown partner country', () => {
    expect(problems(csv(row({ partner_country: 'Japan2' })))[0]).toMatch(
      /partner_country: unknown country "Japan2" — did you mean Japan/,
    );
  });

  it('collects every problem of every row before failing', () => {
    expect(
      problems(
        csv(
          row({ date: '2023-02-30' }),
          row({ id: 'b', vn_places: 'Atlantis' }),
          row({ id: 'c', kind: 'x' }),
        ),
      ),
    ).toHaveLength(3);
  });

  it('accepts a UTF-8 BOM, CRLF line ends and a semicolon-separated export', () => {
    const crlf = '\uFEFF' + FIVE.replace(/\n/g, '\r\n');
    expect(buildFrom(crlf).stats.events).toBe(5);
    const semi = csv(BASE)
      .replace(/,/g, ';')
      .replace('culture;tourism;education;training', '"culture;tourism;education;training"');
    const r = buildFrom(semi);
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.warnings.filter((w) => /read with ";" as the separator/.test(w))).toHaveLength(1);
  });

  it('rejects a province named after it ceased, naming its successor and the day of the change', () => {
    expect(problems(csv(row({ id: 'late', date: '2025-09-01', vn_places: 'Ha Giang' })))).toEqual([
      expect.stringMatching(
        /^partnerships\.csv:2:4: vn_places: Hà Giang \(VN-03\) had ceased on 2025-09-01: from 2025-07-01 its territory is part of Tuyên Quang \(VN25-TUYEN-QUANG\); name Tuyên Quang, or check the date$/,
      ),
    ]);
  });

  it('rejects a partner named after it ceased, naming its successor and the day of the change', () => {
    expect(
      problems(
        csv(row({ id: 'late', date: '2017-03-01', partner_places: 'Limousin', partner_country: 'France' })),
      ),
    ).toEqual([
      expect.stringMatching(
        /^partnerships\.csv:2:5: partner_places: Limousin \(FR-L\) had ceased on 2017-03-01: from 2016-01-01 its territory is part of Nouvelle-Aquitaine \(FR-NAQ\); name Nouvelle-Aquitaine, or check the date$/,
      ),
    ]);
    expect(
      problems(
        csv(
          row({
            id: 'early',
            date: '2012-03-01',
            partner_places: 'Nouvelle-Aquitaine',
            partner_country: 'France',
          }),
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        /Nouvelle-Aquitaine \(FR-NAQ\) did not exist yet on 2012-03-01: it was formed on 2016-01-01/,
      ),
    ]);
  });

  it('rejects a column it does not know, with the column it probably is', () => {
    const typo = csv(BASE).replace('source_url', 'source_ur');
    expect(problems(typo)).toEqual([
      expect.stringMatching(
        /^partnerships\.csv:1:\d+: unknown column "source_ur" — did you mean "source_url"\?/,
      ),
    ]);
  });

  it('carries what the source says was signed, and “unknown” when the status cell is empty', () => {
    const five = buildFrom(FIVE);
    const ev = (id: string) => five.atlas?.events.find((e) => e.id === id)?.status;
    expect(ev('2018-11-hanoi-astana')).toBe('not-signed');
    expect(ev('2023-11-quang-ninh-hokkaido')).toBe('signed');
    expect(ev('2025-02-guangxi-spring-meeting')).toBe('unknown');
  });

  it('rejects a status outside the vocabulary, naming the column and the nearest value', () => {
    expect(BASE.endsWith(',signed')).toBe(true);
    const bad = csv(`${BASE.slice(0, -'signed'.length)}signd`);
    expect(problems(bad).join('\n')).toMatch(/status: "signd" is not a status — did you mean "signed"\?/);
  });

  it('fails without the publication frame, naming publication.csv', () => {
    const r = buildAtlas({
      partnerships: textInput('partnerships.csv', FIVE),
      ...support,
      publication: { file: 'data/publication.csv', text: '' },
      dataVersion: 'test',
    });
    expect(r).toMatchObject({ kind: 'failed', atlas: null });
    expect(r.problems.map(formatProblem).join('\n')).toMatch(/^data\/publication\.csv:1:/m);
  });

  it('warns of a new unit that keeps a former one’s Vietnamese name but not its French or English one', () => {
    // The fixture's admin changes name them alike (Hải Phòng: "Haïphong", "Haiphong"): no warning.
    const drift = (r: BuildResult) => r.warnings.filter((w) => /keeps the Vietnamese name/.test(w));
    expect(drift(buildFrom(FIVE))).toEqual([]);
    // As the 2025 rows first had them: "Haïphong (now part of Hải Phòng)" on the French page.
    const changes = support.changes.map((c) =>
      c.to === 'VN25-HAI-PHONG' ? { ...c, names: { ...c.names, fr: 'Hải Phòng', en: 'Hải Phòng' } } : c,
    );
    const r = buildAtlas({
      partnerships: textInput('partnerships.csv', FIVE),
      ...support,
      changes,
      dataVersion: 'test',
    });
    const line = changes.find((c) => c.to === 'VN25-HAI-PHONG')!.line;
    expect(drift(r)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^src/pipeline/fixtures/support/admin-changes\\.csv:${line}: to_name_fr: VN25-HAI-PHONG keeps the Vietnamese name of VN-HP \\(Hải Phòng\\) but is "Hải Phòng" in French, where the atlas calls VN-HP "Haïphong"`,
        ),
      ),
      expect.stringMatching(
        /: to_name_en: .* "Hải Phòng" in English, where the atlas calls VN-HP "Haiphong"/,
      ),
    ]);
    // A warning, not a problem: the data is built.
    expect(r.kind).toBe('built');
  });
});

describe('partnerHistory (a partner’s changes, from the gazetteer)', () => {
  const p = (id: string, extra: Partial<GazetteerPlace> = {}): GazetteerPlace => ({
    id,
    level: 'region',
    country: 'XX',
    lon: 0,
    lat: 0,
    names: { vi: id, fr: id, en: id },
    ...extra,
  });
  // A → B in 2010 (with A2), B → C in 2020; D renamed E in 2015; S split into T and U.
  const g = createGazetteer([
    p('A', { validTo: '2009-12-31', replacedBy: ['B'] }),
    p('A2', { validTo: '2009-12-31', replacedBy: ['B'] }),
    p('B', { validFrom: '2010-01-01', validTo: '2019-12-31', replacedBy: ['C'] }),
    p('C', { validFrom: '2020-01-01' }),
    p('D', { validTo: '2014-12-31', replacedBy: ['E'] }),
    p('E', { validFrom: '2015-01-01' }),
    p('S', { validTo: '2014-12-31', replacedBy: ['T', 'U'] }),
    p('T'),
    p('U'),
  ]);
  const run = (...ids: string[]) => {
    const used = new Map(ids.map((id) => [id, g.byId(id)!]));
    const changes = partnerHistory(g, used).map((c) => `${c.from}→${c.to} ${c.kind} ${c.date}`);
    return { changes, used: [...used.keys()].sort() };
  };

  it('follows a chain of changes from a partner used, with every predecessor of each successor', () => {
    expect(run('A')).toEqual({
      changes: ['A→B merge 2010-01-01', 'A2→B merge 2010-01-01', 'B→C status 2020-01-01'],
      used: ['A', 'A2', 'B', 'C'],
    });
    // From the middle of the chain too: what it was formed from, and what it became.
    expect(run('B').changes).toEqual(run('A').changes);
  });

  it('tells a new name of the same territory from a merger', () => {
    expect(run('D').changes).toEqual(['D→E status 2015-01-01']);
  });

  it('gives a unit that split no successor', () => {
    expect(run('S')).toEqual({ changes: [], used: ['S'] });
  });
});
