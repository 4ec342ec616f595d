import { describe, expect, it } from 'vitest';
import { createGazetteer } from './gazetteer';
import { geocode, MAX_NAME_CHARS, type Geocode } from './geocode';
import { readQualifiers } from './qualifiers';
import { isDemonym, variants } from './adminWords';
import { PLACES } from './fixtures/places';

const g = createGazetteer(PLACES);
const id = (r: Geocode) => (r.kind === 'resolved' ? r.place.id : `${r.kind}`);
const note = (r: Geocode) => r.note ?? '';

describe('readQualifiers', () => {
  it.each([
    ['Hạ Long (Quảng Ninh)', { core: 'Hạ Long', parent: 'Quảng Ninh' }],
    ['Kanazawa, Ishikawa', { core: 'Kanazawa', parent: 'Ishikawa' }],
    ['Hạ Long, Quảng Ninh, Việt Nam', { core: 'Hạ Long', parent: 'Quảng Ninh, Việt Nam' }],
    ['Hà Tây (cũ)', { core: 'Hà Tây', former: true }],
    ['Hà Tây (trước đây)', { core: 'Hà Tây', former: true }],
    ['Bắc Ninh cũ', { core: 'Bắc Ninh', former: true }],
    ['Viêng Chăn (thủ đô)', { core: 'Viêng Chăn', capital: true }],
    [
      'châu Văn Sơn, tỉnh Vân Nam (Trung Quốc)',
      { core: 'châu Văn Sơn', parent: 'tỉnh Vân Nam (Trung Quốc)' },
    ],
    ['Hà Tây, Hà Nội (cũ)', { core: 'Hà Tây', parent: 'Hà Nội', former: true }],
    ['id:FR-BRE', { core: 'id:FR-BRE', id: 'FR-BRE' }],
    ['Quảng Ninh', { core: 'Quảng Ninh' }],
    // An apposition after a comma: the chain's last link has its own parent, unless it is "capital".
    ['Sanjo city, Niigata prefecture of Japan', { core: 'Sanjo city', parent: 'Niigata prefecture, Japan' }],
    ['Vientiane, capital city of Laos', { core: 'Vientiane, capital city', parent: 'Laos' }],
  ])('reads "%s"', (q, want) => {
    expect(readQualifiers(q)).toEqual(want);
  });

  it('never reads a name that only begins with "Cu" as "former"', () => {
    expect(readQualifiers('Củ Chi')).toEqual({ core: 'Củ Chi' });
  });
});

describe('geocode with qualifiers', () => {
  it('lets a parent in parentheses or after a comma decide between places of one name, and says so', () => {
    expect(geocode(g, 'Hạ Long').kind).toBe('ambiguous');
    const r = geocode(g, 'Hạ Long (Quảng Ninh)');
    expect(id(r)).toBe('gn:10');
    expect(note(r)).toContain('parent');
    expect(geocode(g, 'Kanazawa').kind).toBe('ambiguous');
    expect(id(geocode(g, 'Kanazawa, Ishikawa'))).toBe('gn:20');
    expect(id(geocode(g, 'Kanazawa, Okinawa'))).toBe('gn:21');
  });

  it('reads a parent that is a country or a listed parent unit', () => {
    expect(geocode(g, 'Paris').kind).toBe('ambiguous');
    expect(id(geocode(g, 'Paris (France)'))).toBe('gn:4');
    expect(id(geocode(g, 'Finistère (Bretagne)'))).toBe('FR-29');
  });

  it('refuses a parent that contains none of the candidates rather than guessing', () => {
    const r = geocode(g, 'Kanazawa, Quảng Ninh');
    expect(r.kind).toBe('unknown');
    expect(note(r)).toContain('none of the places');
  });

  it('reads a chain of parents, reading past a link it holds no unit for, and says so', () => {
    const r = geocode(g, 'Kanazawa, Kaga district, Ishikawa');
    expect(id(r)).toBe('gn:20');
    expect(note(r)).toContain(
      'the parent "Kaga district" is no unit whose extent the gazetteer knows: read past it',
    );
    expect(id(geocode(g, 'Hạ Long, Quảng Ninh, Việt Nam'))).toBe(id(geocode(g, 'Hạ Long (Quảng Ninh)')));
    // The next link must still hold the place: a wrong one is refused, never passed over.
    const wrong = geocode(g, 'Kanazawa, Kaga district, Quảng Ninh');
    expect(wrong.kind).toBe('unknown');
    expect(note(wrong)).toContain('read past it; the parent "Quảng Ninh"');
  });

  it('reads "(cũ)" as the unit that has ceased, whatever the date', () => {
    expect(geocode(g, 'Hà Tây').kind).toBe('ambiguous');
    const r = geocode(g, 'Hà Tây (cũ)');
    expect(id(r)).toBe('VN-HT');
    expect(note(r)).toContain('former');
    expect(id(geocode(g, 'Bắc Ninh (cũ)', { country: 'VN', levels: ['province'], date: '2026-01-01' }))).toBe(
      'VN-56',
    );
  });

  it('reads "capital" and "thủ đô" as the capital city, not the province of the same name', () => {
    // Bare, "Viêng Chăn" is written for both (reports say "Vientiane" for the province too).
    expect(geocode(g, 'Viêng Chăn').kind).toBe('ambiguous');
    expect(id(geocode(g, 'Thủ đô Viêng Chăn'))).toBe('LA-VT');
    expect(id(geocode(g, 'Viêng Chăn (thủ đô)'))).toBe('LA-VT');
    expect(id(geocode(g, 'Vientiane Capital'))).toBe('LA-VT');
    expect(id(geocode(g, 'tỉnh Viêng Chăn'))).toBe('LA-VI');
  });

  it('finds a first-level unit that is also a city when asked for a city', () => {
    expect(id(geocode(g, 'Seoul', { levels: ['city'] }))).toBe('KR-11');
    expect(id(geocode(g, 'city of Seoul'))).toBe('KR-11');
  });

  it('pins a record by its current ISO 3166-2 code where the atlas id is an older one, and says so', () => {
    const kz = createGazetteer([
      {
        id: 'KZ-VOS',
        iso: 'KZ-63',
        level: 'region',
        country: 'KZ',
        lon: 82,
        lat: 48,
        names: { vi: 'Đông Kazakhstan', fr: 'Kazakhstan-Oriental', en: 'East Kazakhstan' },
      },
    ]);
    const r = geocode(kz, 'id:KZ-63');
    expect(id(r)).toBe('KZ-VOS');
    expect(note(r)).toBe('pinned by its current ISO 3166-2 code KZ-63 (atlas id KZ-VOS)');
    expect(note(geocode(kz, 'id:KZ-VOS'))).toBe('pinned by its id KZ-VOS');
  });

  it('reads "the <country> capital city", "capitale du <country>" as that country\'s capital, and says so', () => {
    const la = createGazetteer([
      {
        id: 'LA',
        level: 'country',
        country: 'LA',
        lon: 103,
        lat: 18,
        names: { vi: 'Lào', fr: 'Laos', en: 'Laos' },
        alt: ['Lao'],
      },
      {
        id: 'LA-VT',
        level: 'region',
        roles: ['city'],
        feature: 'PPLC',
        country: 'LA',
        lon: 102.6,
        lat: 17.97,
        names: { vi: 'Thủ đô Viêng Chăn', fr: 'Préfecture de Vientiane', en: 'Vientiane Prefecture' },
      },
    ]);
    for (const q of ['the Lao capital city', 'capitale du Laos', 'thủ đô của Lào', 'capital of Laos']) {
      const r = geocode(la, q, { country: 'LA', levels: ['region', 'city', 'country'] });
      expect(id(r)).toBe('LA-VT');
      expect(note(r)).toBe('the capital of Laos was written: its capital city');
    }
    expect(geocode(la, 'the Lao capital city', { country: 'VN' }).kind).toBe('unknown');
  });

  it('reads two words written apart as one when nothing else matches ("Kam Pong Cham"), and says so', () => {
    const kh = createGazetteer([
      {
        id: 'KH-3',
        level: 'region',
        country: 'KH',
        lon: 105.5,
        lat: 12,
        names: { vi: 'Kông Pông Chàm', fr: 'Kampong Cham', en: 'Kampong Cham' },
      },
      {
        id: 'gn:1',
        level: 'city',
        country: 'KH',
        lon: 105,
        lat: 11,
        names: { vi: 'Kam', fr: 'Kam', en: 'Kam' },
      },
    ]);
    const r = geocode(kh, 'Kam Pong Cham');
    expect(id(r)).toBe('KH-3');
    expect(note(r)).toBe('"kam pong" read as one word');
    expect(id(geocode(kh, 'Kam'))).toBe('gn:1');
    expect(geocode(kh, 'Kam Pong').kind).toBe('unknown');
  });

  it('reads a syllable\'s "s" as "x" in a Vietnamese spelling of a Lao name ("Xay Sổm Bun"), and says so', () => {
    const la = createGazetteer([
      {
        id: 'LA-XS',
        level: 'region',
        country: 'LA',
        lon: 103,
        lat: 19,
        names: { vi: 'Xay Xổm Bun', fr: 'Xaisomboun', en: 'Xaisomboun' },
      },
    ]);
    const r = geocode(la, 'Xay Sổm Bun');
    expect(id(r)).toBe('LA-XS');
    expect(note(r)).toBe('"som" read as "xom" (Vietnamese writes s or x in Lao and Khmer names)');
    // Only in names of short syllables written apart: not in one long word.
    expect(geocode(la, 'Saisomboun').kind).toBe('unknown');
  });

  it('reads a short compass word as its "-ern" form when nothing else matches ("West Australia"), and says so', () => {
    const au = createGazetteer([
      {
        id: 'AU-WA',
        level: 'region',
        country: 'AU',
        lon: 122,
        lat: -25,
        names: { vi: 'Tây Úc', fr: 'Australie-Occidentale', en: 'Western Australia' },
      },
      {
        id: 'AU-SA',
        level: 'region',
        country: 'AU',
        lon: 135,
        lat: -30,
        names: { vi: 'Nam Úc', fr: 'Australie-Méridionale', en: 'South Australia' },
      },
    ]);
    const r = geocode(au, 'West Australia state');
    expect(id(r)).toBe('AU-WA');
    expect(note(r)).toBe('"west" read as "western"');
    // Not the other way: "Southern Australia" is a part of the continent, not South Australia.
    expect(geocode(au, 'Southern Australia').kind).toBe('unknown');
  });

  it('reads a French plural slip ("Côte d’Armors") when nothing else matches, and says so', () => {
    const fr = createGazetteer([
      {
        id: 'FR-22',
        level: 'region',
        country: 'FR',
        lon: -2.8,
        lat: 48.4,
        names: { vi: "Côtes-d'Armor", fr: "Côtes-d'Armor", en: "Côtes-d'Armor" },
      },
      {
        id: 'FR-13',
        level: 'region',
        country: 'FR',
        lon: 5.1,
        lat: 43.5,
        names: { vi: 'Bouches-du-Rhône', fr: 'Bouches-du-Rhône', en: 'Bouches-du-Rhône' },
      },
      {
        id: 'gn:2',
        level: 'city',
        country: 'FR',
        lon: 2,
        lat: 47,
        names: { vi: 'Vierzon', fr: 'Vierzon', en: 'Vierzon' },
      },
    ]);
    const r = geocode(fr, 'Côte d’Armors');
    expect(id(r)).toBe('FR-22');
    expect(note(r)).toBe('"cote" read as "cotes" and "armors" read as "armor"');
    expect(id(geocode(fr, 'Bouche-du-Rhône'))).toBe('FR-13');
    // One word alone is never read so (a name of its own, or a common word in running text).
    expect(geocode(fr, 'Vierzons').kind).toBe('unknown');
  });

  it('reads a spaced dash before a parent as a comma, only when the name as written matched nothing', () => {
    const r = geocode(g, 'Hạ Long – Quảng Ninh');
    expect(id(r)).toBe(id(geocode(g, 'Hạ Long, Quảng Ninh')));
    expect(note(r)).toContain('the spaced dash read as a comma: "Quảng Ninh" is the parent');
    expect(geocode(g, 'Hạ Long – Hà Nam').kind).toBe('unknown');
  });

  it('resolves a pinned id, and refuses an unknown id or one outside the options', () => {
    const r = geocode(g, 'id:FR-BRE');
    expect(id(r)).toBe('FR-BRE');
    expect(note(r)).toContain('pinned');
    expect(geocode(g, 'id:FR-XXX').kind).toBe('unknown');
    expect(geocode(g, 'id:FR-BRE', { country: 'VN' }).kind).toBe('unknown');
  });

  it('reads a French name with its elided particle', () => {
    expect(id(geocode(g, "d'Ishikawa"))).toBe('JP-17');
  });

  it('resolves a ceased foreign unit by its name', () => {
    expect(id(geocode(g, 'Poitou-Charentes', { date: '2010-05-01' }))).toBe('FR-T');
    expect(note(geocode(g, 'Poitou-Charentes', { date: '2010-05-01' }))).toBe('');
  });

  it('says when the one place of a name was not in force on the day, and what replaced it', () => {
    const r = geocode(g, 'Poitou-Charentes', { date: '2020-05-01' });
    expect(id(r)).toBe('FR-T');
    expect(note(r)).toContain('not in force on 2020-05-01');
    expect(note(r)).toContain('replaced by FR-NAQ');
  });
});

describe('geocode reads how reports introduce a place', () => {
  it.each([
    ["Japan's Ishikawa prefecture", 'JP-17'],
    ['RoK’s Seoul', 'KR-11'],
    ["The People's Committee of Quảng Ninh province", 'VN-13'],
    ['Comité populaire de la province vietnamienne de Quảng Ninh', 'VN-13'],
    ['UBND tỉnh Quảng Ninh', 'VN-13'],
    // The body that acts for a place, before its name, in the three languages.
    ['Government of Ishikawa Prefecture', 'JP-17'],
    ["People's Government of Guangxi", 'CN-GX'],
    ['Administration of Ishikawa', 'JP-17'],
    ['Conseil régional de Poitou-Charentes', 'FR-T'],
    ["Conseil départemental d'Ishikawa", 'JP-17'],
    ['Gouvernement de la préfecture de Ishikawa', 'JP-17'],
    ['Mairie de Kanazawa, Ishikawa', 'gn:20'],
    ['chính quyền tỉnh Quảng Ninh', 'VN-13'],
    ['préfecture japonaise de Ishikawa', 'JP-17'],
    ['Japanese prefecture of Ishikawa', 'JP-17'],
    // With an article and a compass word before the nationality.
    ['the Japanese prefecture of Ishikawa', 'JP-17'],
    ['the central Japanese prefecture of Ishikawa', 'JP-17'],
    ['Région ex-Poitou-Charentes', 'FR-T'],
    ['région Poitou-Charentes (désormais Nouvelle-Aquitaine)', 'FR-T'],
    ['Kanazawa (Ishikawa, Japon)', 'gn:20'],
    ['Seoul-si', 'KR-11'],
    ['Kanazawa city of Ishikawa prefecture', 'gn:20'],
    ["Kanazawa city in Japan's Okinawa prefecture", 'gn:21'],
    // A comma chain that ends in an apposition: the chain's parent has its own.
    ['Kanazawa city, Ishikawa prefecture of Japan', 'gn:20'],
    ['Kanazawa, Okinawa prefecture in Japan', 'gn:21'],
  ])('reads "%s"', (q, want) => {
    expect(id(geocode(g, q))).toBe(want);
  });

  it.each([
    ['Ishikawa Prefectural Government', 'JP-17'],
    ['Seoul Metropolitan Government', 'KR-11'],
    ['Quảng Ninh Provincial People’s Committee', 'VN-13'],
    ['xian de Nanning', 'gn:1799869'],
  ])('reads the body acting for a place, or a Chinese county in French: "%s"', (q, want) => {
    expect(id(geocode(g, q))).toBe(want);
  });

  it('reads a parenthesis after a comma as the parent’s own parent', () => {
    // Before: "(Japon)" was taken as the parent and both Kanazawas are in Japan.
    const r = geocode(g, 'Kanazawa, Ishikawa (Japon)');
    expect(id(r)).toBe('gn:20');
    expect(note(r)).toContain('the parent "Ishikawa (Japon)" (JP-17) was written');
  });

  it.each([
    ['Ishikawa of Japan', 'JP-17', '"of Japan" read as the parent'],
    ['Kanazawa from Ishikawa', 'gn:20', '"from Ishikawa" read as the parent'],
    ['Kanazawa de la préfecture d’Ishikawa', 'gn:20', '"de la préfecture d’Ishikawa" read as the parent'],
    ['Hạ Long thuộc tỉnh Quảng Ninh', 'gn:10', '"thuộc tỉnh Quảng Ninh" read as the parent'],
    ['Hạ Long à Quảng Ninh', 'gn:10', '"à Quảng Ninh" read as the parent'],
  ])('reads a parent in running words when nothing else matched: "%s", and says so', (q, want, said) => {
    const r = geocode(g, q);
    expect(id(r)).toBe(want);
    expect(note(r)).toContain(said);
  });

  it('reads "de l’…" and a French administrative word ending in "é" as a parent', () => {
    expect(id(geocode(g, 'Kanazawa de l’Ishikawa'))).toBe('unknown');
    expect(id(geocode(g, 'Kanazawa de la municipalité d’Ishikawa'))).toBe('gn:20');
  });

  it('never reads a body named by a common word as a place ("National Assembly", "City Council")', () => {
    expect(variants('national assembly', { query: true }).map((v) => v.key)).toEqual(['national assembly']);
    expect(variants('city council', { query: true }).map((v) => v.key)).not.toContain('city');
  });

  it('still refuses what running words do not decide, and a parent that contains none', () => {
    // Both Kanazawas are in Japan: the parent narrows nothing, so the name stays ambiguous.
    expect(geocode(g, 'Kanazawa au Japon').kind).toBe('ambiguous');
    expect(geocode(g, 'Kanazawa in Quảng Ninh').kind).toBe('unknown');
    // A French particle before a name that is no administrative word is no parent.
    expect(geocode(g, 'Kanazawa de Ishikawa').kind).toBe('unknown');
  });

  it('never reads "Lao" after an administrative word as Laos ("province Lao Cai")', () => {
    expect(isDemonym('lao')).toBe(true);
    expect(variants('province lao cai', { query: true }).map((v) => v.key)).not.toContain('province cai');
  });

  it('never reads an administrative word as a country', () => {
    expect(geocode(g, 'the Japanese capital city').kind).toBe('unknown');
    expect(id(geocode(g, 'Japan'))).toBe('JP');
  });

  it('never strips a nationality that is part of a name', () => {
    expect(geocode(g, 'Russian').kind).toBe('unknown');
  });
});

describe('geocode cost', () => {
  it('refuses a name longer than any place name at once, in time linear in its length', () => {
    // 400 KB: before the bound, the readings and suggestions of such a cell took seconds (issue 18).
    const cell = 'province de '.repeat(40_000).slice(0, 400_000) + 'Bac Ninh';
    const t = performance.now();
    const r = geocode(g, cell);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(r.kind).toBe('unknown');
    expect(note(r)).toContain('longer than any place name');
    expect(id(geocode(g, 'province de '.repeat(3) + 'Hà Nam', { country: 'VN' }))).toBe('VN-63');
    expect(MAX_NAME_CHARS).toBeGreaterThan(130);
  });
});
