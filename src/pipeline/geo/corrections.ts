import type { GazetteerPlace, Level, Names } from '../../core/types';

/**
 * Corrections to Natural Earth admin-1 records, by NE `adm1_code`, each with its reason. Applied at
 * refresh, so the committed gazetteer carries them and every reader of it agrees.
 */
export interface NeFix {
  /** The ISO 3166-2 code, where NE's is wrong or shared. */
  id?: string;
  names?: Partial<Names>;
  /** Alternate names NE gives that belong to another unit. */
  dropAlt?: string[];
  alt?: string[];
  roles?: Level[];
  /** NE's `type_en`, where NE swaps it between two units (read for whether the unit is a city). */
  type?: string;
  /** The day a unit NE holds began (ISO date), where it is younger than the partnerships named. */
  validFrom?: string;
  reason: string;
}

export const NE_FIXES: Record<string, NeFix> = {
  'LAO-3283': {
    id: 'LA-VT',
    names: { vi: 'Thủ đô Viêng Chăn', fr: 'Préfecture de Vientiane', en: 'Vientiane Prefecture' },
    alt: ['Viêng Chăn', 'Vientiane', 'Vientiane Capital', 'Nakhon Luang Vientiane', 'Nakhonluang Vientiane'],
    roles: ['city'],
    reason: 'the capital (ISO LA-VT); NE gives it the code of Vientiane province and a bracketed name',
  },
  'LAO-3284': {
    id: 'LA-VI',
    names: { vi: 'tỉnh Viêng Chăn', fr: 'Province de Vientiane', en: 'Vientiane Province' },
    dropAlt: ['Viangchan'],
    reason: 'the province around the capital, ~115 km from it: its names must not be the capital’s',
  },
  'RUS-2364': {
    id: 'RU-MOS',
    names: { vi: 'Tỉnh Moskva', fr: 'Oblast de Moscou', en: 'Moscow Oblast' },
    alt: ['Moskovskaya Oblast', 'Moscow Region', 'Podmoskovye'],
    dropAlt: ['Moskovskaya'],
    reason: 'NE swaps the ISO codes of Moscow Oblast (RU-MOS) and the city (RU-MOW) and names both "Moscow"',
  },
  'RUS-2365': { id: 'RU-MOW', roles: ['city'], reason: 'the federal city of Moscow is RU-MOW' },
  'RUS-2336': {
    names: { en: 'Leningrad Oblast', fr: 'Oblast de Léningrad' },
    dropAlt: ['Saint Petersburg', 'Sankt-Peterburgskaya G.'],
    reason: 'NE lists the federal city’s names for the oblast around it',
  },
  'RUS-2337': { roles: ['city'], alt: ['Saint Petersburg', 'St Petersburg'], reason: 'a federal city' },
  'KOR-2506': {
    dropAlt: ['Kwangju', 'Kwangju-gwangyoksi'],
    reason: 'these are Gwangju’s names (KR-29), a separate metropolitan city',
  },
  'KOR-2509': {
    dropAlt: ['Taegu', "Daegu Gwang'yeogsi", 'Taegu-gwangyoksi', 'Taikyu'],
    reason: 'these are Daegu’s names (KR-27), a separate metropolitan city',
  },
  'THA-5499': {
    validFrom: '2011-03-23',
    reason: 'Bueng Kan province was carved out of Nong Khai by an act in force on 23 March 2011',
  },
  'KOR-5129': {
    validFrom: '2012-07-01',
    reason:
      'Sejong Special Self-Governing City was launched on 1 July 2012 (from parts of South Chungcheong)',
  },
  'AUS-2654': { id: 'AU-NSW', reason: 'NE gives AU-NSW to Lord Howe Island too' },
  'AUS-2659': { dropAlt: ['New South Wales'], reason: 'Lord Howe Island is part of New South Wales, not it' },
  'PHL-2559': { id: 'PH-BEN', reason: 'NE gives PH-BEN to the city of Baguio too' },
  'BLR-2345': {
    names: { vi: 'Tỉnh Minsk', fr: 'Région de Minsk', en: 'Minsk Region' },
    alt: ['Minsk Oblast', 'Minsk Voblast'],
    dropAlt: ['Минск'],
    type: 'Region',
    reason:
      'the oblast around Minsk (BY-MI): NE names it "Minsk" and types it as the municipality, the city’s type',
  },
  'BLR-4825': {
    dropAlt: ['Минская Область', 'Minsk Oblast', "Minskaya Voblasts'"],
    type: 'Municipality',
    reason:
      'the city of Minsk (BY-HM), a first-level unit: NE gives it the oblast’s alternate names and type',
  },
  'KHM-1787': { names: { en: 'Kampong Speu' }, reason: 'NE’s English name is cut to "Kam"' },
  'EGY-1533': {
    names: { fr: 'Le Caire' },
    reason: 'NE’s French name is "du Caire", read without its article as "Caire" (a reader’s review)',
  },
  'ITA-5459': {
    names: { en: 'South Tyrol', fr: 'Tyrol du Sud' },
    reason: 'NE names the province of Bolzano after the whole region (Trentino-South Tyrol, IT-32)',
  },
};

/**
 * Official romanisations (Revised Romanization, with and without the -do / -si suffix) and the
 * Vietnamese exonyms used by Vietnamese outlets for Lao and Cambodian provinces, by ISO 3166-2 id.
 */
/**
 * GeoNames cities that are a Natural Earth unit, where the two sources' admin1 codes differ so the
 * refresh cannot pair them by code: city id → unit id. The unit takes the city's names and plays the
 * city too. Paris is one territory and, since 2019, one collectivité (the Ville de Paris), commune and
 * département at once (loi n° 2017-257 of 28 February 2017).
 */
export const SAME_PLACES: Record<string, string> = { 'gn:2988507': 'FR-75' };

/**
 * GeoNames cities whose main name is not the one readers know, by id: the names to show, GeoNames' own
 * kept among the alternates. Applied where the cities are read, before any other step uses their names.
 */
export const CITY_NAMES: Record<string, { names: Names; reason: string }> = {
  'gn:610612': {
    names: { vi: 'Aktau', fr: 'Aktaou', en: 'Aktau' },
    reason:
      'GeoNames names it Shevchenko, its Soviet name from 1964 to 1991; Aktau (Aqtau) since, a partner of Đà Nẵng since 2025',
  },
};

export const EXTRA_NAMES: Record<string, string[]> = {
  'KR-11': ['Seoul Special City', 'Seoul-si'],
  'KR-26': ['Busan-gwangyeoksi', 'Busan Metropolitan City', 'Busan-si'],
  'KR-27': ['Daegu-gwangyeoksi', 'Daegu Metropolitan City', 'Daegu-si'],
  'KR-28': ['Incheon-gwangyeoksi', 'Incheon Metropolitan City', 'Incheon-si'],
  'KR-29': ['Gwangju-gwangyeoksi', 'Gwangju Metropolitan City'],
  'KR-30': ['Daejeon-gwangyeoksi', 'Daejeon Metropolitan City'],
  'KR-31': ['Ulsan-gwangyeoksi', 'Ulsan Metropolitan City'],
  'KR-50': ['Sejong-teukbyeoljachisi', 'Sejong Special Self-Governing City', 'Sejong City'],
  'KR-41': ['Gyeonggi-do', 'Kyonggi'],
  'KR-42': ['Gangwon-do', 'Gangwon-teukbyeoljachido', 'Gangwon State'],
  'KR-43': ['Chungcheongbuk-do', 'Chungcheongbuk', 'Chungbuk', 'Chungcheong Bắc'],
  'KR-44': ['Chungcheongnam-do', 'Chungcheongnam', 'Chungnam', 'Chungcheong Nam'],
  'KR-45': ['Jeollabuk-do', 'Jeollabuk', 'Jeonbuk', 'Jeonbuk-teukbyeoljachido', 'Jeonbuk State'],
  'KR-46': ['Jeollanam-do', 'Jeollanam', 'Jeonnam'],
  'KR-47': ['Gyeongsangbuk-do', 'Gyeongsangbuk', 'Gyeongbuk'],
  'KR-48': ['Gyeongsangnam-do', 'Gyeongsangnam', 'Gyeongnam'],
  'KR-49': ['Jeju-do', 'Jeju Special Self-Governing Province', 'Jeju-teukbyeoljachido'],
  'LA-PH': ['Phông-xa-lỳ', 'Phongsaly'],
  'LA-OU': ['U-đôm-xay', 'Oudomxay', 'Udomxay'],
  'LA-LM': ['Luổng Nậm Thà', 'Luang Namtha'],
  'LA-BK': ['Bò Kẹo', 'Bokeo'],
  'LA-XA': ['Xay-nha-bu-ly', 'Xayaboury', 'Sayaboury', 'Xaignabouli'],
  'LA-BL': ['Bô-ly-khăm-xay', 'Bolikhamxay', 'Bolykhamxay', 'Borikhamxay'],
  'LA-KH': ['Khăm Muộn', 'Khammuane'],
  'LA-SV': ['Xa-vắn-na-khệt', 'Xavannakhet', 'Savannakhet'],
  'LA-SL': ['Xa-la-van', 'Salavan', 'Saravane'],
  'LA-CH': ['Chăm-pa-xắc', 'Champasak', 'Champassak'],
  'LA-LP': ['Luông Pha Bang', 'Luang Prabang', 'Luông Prabang'],
  'LA-HO': ['Hủa Phăn', 'Houaphanh', 'Huaphan'],
  'LA-XI': ['Xiêng Khoảng', 'Xiengkhouang', 'Xieng Khouang'],
  'LA-XE': ['Xê Kông', 'Sê Kông', 'Sekong'],
  'LA-AT': ['A-tô-pư', 'Attapeu', 'Attapư'],
  'KH-16': ['Ra-ta-na-ki-ri', 'Rattanakiri', 'Ratanakiri'],
  'KH-11': ['Mon-đun-ki-ri', 'Mondulkiri'],
  'KH-10': ['Kra-chê', 'Kratie'],
  'KH-3': ['Công-pông Chàm', 'Kông Pông Chàm', 'Kampong Cham'],
  'KH-20': ['Xvây Riêng', 'Svây Riêng'],
  'KH-14': ['Prây Veng'],
  'KH-8': ['Kan-đan'],
  'KH-21': ['Ta-keo', 'Takeo'],
  'KH-7': ['Cam-pốt', 'Kampốt'],
  'KH-2': ['Bát-tam-bang', 'Bát Tam Bang'],
  'KH-19': ['Xtung Treng', 'Stung Treng'],
  'KH-18': ['Preah Sihanouk', 'Xi-ha-núc-vin', 'Sihanouk'],
  'KH-12': ['Phnôm Pênh', 'Nông Pênh'],
  'KH-22': ['Ô-đô Miên-chây', 'Otdar Meanchey'],
  'KH-1': ['Bantây Miên Chây'],
  'KH-4': ['Công-pông Chnăng'],
  'KH-6': ['Công-pông Thom'],
  'KH-5': ['Công-pông Xpư'],
  'VN-SG': [
    'TP.HCM',
    'TPHCM',
    'TP HCM',
    'HCMC',
    'HCM City',
    'Saigon',
    'Sài Gòn',
    'Hochiminh-Ville',
    'Hochiminh',
  ],
  // Countries as Vietnamese and English-language outlets write them ("(Lào)", "CHDCND Lào", "RoK"),
  // with their official long forms ("Mukdahan Province, Kingdom of Thailand").
  LA: ['Lào', 'CHDCND Lào', 'Laos', 'Lao PDR'],
  KR: ['Hàn Quốc', 'RoK', 'ROK', 'Republic of Korea', 'South Korea', 'Corée du Sud'],
  KH: ['Campuchia', 'Kingdom of Cambodia', 'Royaume du Cambodge'],
  CN: ['Trung Quốc'],
  JP: ['Nhật Bản'],
  FR: ['Pháp', 'CH Pháp'],
  RU: ['Nga', 'LB Nga', 'Liên bang Nga'],
  DE: ['Đức', 'CHLB Đức', 'Federal Republic of Germany'],
  US: ['Mỹ', 'Hoa Kỳ', 'USA', 'the US'],
  TH: ['Thái Lan', 'Kingdom of Thailand', 'Royaume de Thaïlande', 'Vương quốc Thái Lan'],
  PH: ['Philippin', 'Republic of the Philippines'],
  KZ: ['Kazakhstan'],
  CU: ['Cu-ba', 'Cuba', 'Republic of Cuba'],
  AU: ['Australia', 'Úc'],
  'IT-BZ': ['Alto Adige', 'Südtirol', 'Bolzano'],
};

/**
 * Units created after Natural Earth's data, with their label point (their seat, from GeoNames) and
 * the day they began. Their shape is not in NE: the map marks their point. East Kazakhstan (KZ-VOS)
 * and Almaty and Karaganda regions, which Abai, Jetisu and Ulytau were carved from on 8 June 2022,
 * keep one record each with NE's older extent.
 */
export const NEW_UNITS: GazetteerPlace[] = [
  {
    id: 'KZ-10',
    level: 'region',
    country: 'KZ',
    lon: 80.2275,
    lat: 50.4111,
    names: { vi: 'Abai', fr: 'Abaï', en: 'Abai' },
    alt: ['Abay', 'Abai Region', 'Abai oblysy'],
    validFrom: '2022-06-08',
  },
  {
    id: 'KZ-33',
    level: 'region',
    country: 'KZ',
    lon: 78.3736,
    lat: 45.0156,
    names: { vi: 'Jetisu', fr: 'Jetyssou', en: 'Jetisu' },
    alt: ['Zhetysu', 'Zhetisu', 'Jetysu', 'Jetisu Region'],
    validFrom: '2022-06-08',
  },
  {
    id: 'KZ-62',
    level: 'region',
    country: 'KZ',
    lon: 67.7144,
    lat: 47.7833,
    names: { vi: 'Ulytau', fr: 'Oulytaou', en: 'Ulytau' },
    alt: ['Ulytau Region'],
    validFrom: '2022-06-08',
  },
  {
    id: 'KH-25',
    level: 'region',
    country: 'KH',
    lon: 105.6553,
    lat: 11.9083,
    names: { vi: 'Tbong Khmum', fr: 'Tboung Khmum', en: 'Tbong Khmum' },
    alt: ['Tboung Khmum', 'Tbaung Khmum', 'Thbong Khmum', 'Tbông Khmum'],
    validFrom: '2013-12-31',
  },
  {
    // Established as a province on 13 December 2013 (Laos' 18th); before, a special zone (1994 to
    // 13 January 2006) whose districts went back to Vientiane and Xiangkhouang provinces. Seat:
    // Anouvong (Xaisomboun town). The special zone is not modelled: a row before 2014 resolves to
    // this record with a note that it was not yet in force.
    id: 'LA-XS',
    level: 'region',
    country: 'LA',
    lon: 103.092,
    lat: 18.9057,
    names: { vi: 'Xay-xổm-bun', fr: 'Xaisomboun', en: 'Xaisomboun' },
    alt: ['Xaysomboun', 'Saysomboun', 'Xaisomboun Province', 'Xay Xổm Bun'],
    validFrom: '2013-12-13',
  },
  {
    // The Fédération Wallonie-Bruxelles (the French Community of Belgium, so named since 2011): a
    // community, not a territory (it serves the French speakers of Wallonia and Brussels), and a
    // partner in its own right, through Wallonie-Bruxelles International, of Vietnam and its
    // provinces. No ISO 3166-2 code: id `be:FWB`. No shape (it is not the union of two regions):
    // labelled at its seat, Brussels (GeoNames 2800866's point), the map marks its point.
    id: 'be:FWB',
    level: 'region',
    country: 'BE',
    lon: 4.34878,
    lat: 50.85045,
    names: {
      vi: 'Liên hiệp Wallonie-Bruxelles',
      fr: 'Fédération Wallonie-Bruxelles',
      en: 'Wallonia-Brussels Federation',
    },
    alt: [
      'Wallonie-Bruxelles',
      'Wallonia-Brussels',
      'Communauté française de Belgique',
      'French Community of Belgium',
      'Cộng đồng Wallonie-Bruxelles',
    ],
  },
];

/**
 * Units whose ISO 3166-2 code changed while the unit stayed (Natural Earth and older lists carry the
 * old code): atlas id → current code, written to the record's `iso`. The atlas id is kept (editors'
 * pins, published links); the refresh checks every code here against CLDR's subdivision list
 * (cldr-core, supplemental/subdivisionContainment.json).
 * - Kazakhstan: ISO replaced the letter codes by numeric ones (the national KATO codes), the ones
 *   CLDR lists and the 2022 regions (KZ-10, KZ-33, KZ-62) were given.
 * - France: Corsica is FR-20R since the Collectivité de Corse replaced the région (2018).
 */
export const ISO_RECODES: Record<string, string> = {
  'KZ-AKM': 'KZ-11',
  'KZ-AKT': 'KZ-15',
  'ne:KAZ-3207': 'KZ-19',
  'KZ-ATY': 'KZ-23',
  'KZ-ZAP': 'KZ-27',
  'KZ-ZHA': 'KZ-31',
  'KZ-KAR': 'KZ-35',
  'KZ-KUS': 'KZ-39',
  'KZ-KZY': 'KZ-43',
  'KZ-MAN': 'KZ-47',
  'KZ-PAV': 'KZ-55',
  'KZ-SEV': 'KZ-59',
  'KZ-YUZ': 'KZ-61',
  'KZ-VOS': 'KZ-63',
  'KZ-AST': 'KZ-71',
  'ne:KAZ-4829': 'KZ-75',
  'FR-COR': 'FR-20R',
};
