import { fold } from '../../core/normalize';
import type { GazetteerPlace, Names } from '../../core/types';

/**
 * China's prefecture-level units in the two provinces that border Vietnam, Guangxi (CN-GX) and Yunnan
 * (CN-YN): Vietnamese border provinces sign with these (Lào Cai with Honghe, Hà Giang with Wenshan,
 * Cao Bằng with Baise, Lạng Sơn with Chongzuo, Quảng Ninh with Fangchenggang), and Vietnamese outlets
 * write them by their Sino-Vietnamese names ("châu Hồng Hà", "thành phố Bách Sắc"), which GeoNames
 * mostly lacks. Division list: GB/T 2260 (the code in each entry); Sino-Vietnamese readings of the
 * names' characters.
 *
 * - A prefecture-level *city* is one record with its seat city in GeoNames (Nanning, Baise): the
 *   refresh adds the Vietnamese name to that record, found by its seat's name in the province.
 * - An *autonomous prefecture* (自治州, "châu") is no city: it becomes a `region` record of its own,
 *   inside its province (`parents`), labelled at its seat (GeoNames' coordinates, else the seat's
 *   published ones). Its shape is not in Natural Earth: the map marks its point.
 */
interface PrefectureCity {
  gb: string;
  /** The seat's name in GeoNames (the city's name, except Pu'er, seated at Simao). */
  seat: string;
  vi: string;
  alt?: string[];
}
interface AutonomousPrefecture {
  gb: string;
  names: Names;
  alt: string[];
  /** The Sino-Vietnamese reading alone ("Hồng Hà"): a second-tier name, see prefecturesFrom. */
  vi: string;
  lon: number;
  lat: number;
}
interface Province {
  id: string;
  admin1: string;
  cities: PrefectureCity[];
  autonomous: AutonomousPrefecture[];
}

export const BORDER_PROVINCES: Province[] = [
  {
    id: 'CN-GX',
    admin1: 'CN.16',
    cities: [
      { gb: '450100', seat: 'Nanning', vi: 'Nam Ninh' },
      { gb: '450200', seat: 'Liuzhou', vi: 'Liễu Châu' },
      { gb: '450300', seat: 'Guilin', vi: 'Quế Lâm' },
      { gb: '450400', seat: 'Wuzhou', vi: 'Ngô Châu' },
      { gb: '450500', seat: 'Beihai', vi: 'Bắc Hải' },
      { gb: '450600', seat: 'Fangchenggang', vi: 'Phòng Thành Cảng', alt: ['Phòng Thành'] },
      { gb: '450700', seat: 'Qinzhou', vi: 'Khâm Châu' },
      { gb: '450800', seat: 'Guigang', vi: 'Quý Cảng' },
      { gb: '450900', seat: 'Yulin', vi: 'Ngọc Lâm' },
      { gb: '451000', seat: 'Baise', vi: 'Bách Sắc' },
      { gb: '451100', seat: 'Hezhou', vi: 'Hạ Châu' },
      { gb: '451200', seat: 'Hechi', vi: 'Hà Trì' },
      { gb: '451300', seat: 'Laibin', vi: 'Lai Tân' },
      { gb: '451400', seat: 'Chongzuo', vi: 'Sùng Tả' },
    ],
    autonomous: [],
  },
  {
    id: 'CN-YN',
    admin1: 'CN.29',
    cities: [
      { gb: '530100', seat: 'Kunming', vi: 'Côn Minh' },
      { gb: '530300', seat: 'Qujing', vi: 'Khúc Tĩnh' },
      { gb: '530400', seat: 'Yuxi', vi: 'Ngọc Khê' },
      { gb: '530500', seat: 'Baoshan', vi: 'Bảo Sơn' },
      { gb: '530600', seat: 'Zhaotong', vi: 'Chiêu Thông' },
      { gb: '530700', seat: 'Lijiang', vi: 'Lệ Giang' },
      { gb: '530800', seat: 'Simao', vi: 'Phổ Nhĩ', alt: ["Pu'er", 'Puer', 'Tư Mao'] },
      { gb: '530900', seat: 'Lincang', vi: 'Lâm Thương' },
    ],
    // Seats: Chuxiong, Mengzi, Wenshan, Jinghong, Dali, Mangshi, Lushui (Liuku), Shangri-La.
    autonomous: [
      ap('532300', 'Chuxiong Yi Autonomous Prefecture', 'Sở Hùng', 'Chuxiong', 101.5456, 25.0329),
      ap('532500', 'Honghe Hani and Yi Autonomous Prefecture', 'Hồng Hà', 'Honghe', 103.3849, 23.3636),
      ap('532600', 'Wenshan Zhuang and Miao Autonomous Prefecture', 'Văn Sơn', 'Wenshan', 104.2505, 23.3631),
      ap(
        '532800',
        'Xishuangbanna Dai Autonomous Prefecture',
        'Tây Song Bản Nạp',
        'Xishuangbanna',
        100.7341,
        21.991,
      ),
      ap('532900', 'Dali Bai Autonomous Prefecture', 'Đại Lý', 'Dali', 100.2123, 25.5847),
      ap('533100', 'Dehong Dai and Jingpo Autonomous Prefecture', 'Đức Hoành', 'Dehong', 98.5704, 24.4533),
      ap('533300', 'Nujiang Lisu Autonomous Prefecture', 'Nộ Giang', 'Nujiang', 98.8557, 25.8505),
      ap('533400', 'Diqing Tibetan Autonomous Prefecture', 'Địch Khánh', 'Diqing', 99.7078, 27.8251),
    ],
  },
];

function ap(gb: string, en: string, vi: string, short: string, lon: number, lat: number) {
  const fr = `Préfecture autonome de ${short}`;
  return {
    gb,
    names: { vi: `Châu tự trị ${vi}`, fr, en },
    alt: [short, `${short} Prefecture`],
    vi,
    lon,
    lat,
  };
}

/**
 * The autonomous prefectures as `region` records (id `cn:<GB/T 2260 code>`), and the Vietnamese names
 * to add to the GeoNames records of the prefecture-level cities' seats (by record id). A seat the
 * cities do not hold is listed in `missing`, for the refresh to say so.
 *
 * The Sino-Vietnamese readings are second-tier names (`alt2`, where GeoNames' own Vietnamese names
 * are): the geocoder finds them when nothing else matches, but the article intake, which scans running
 * text for first-tier names only, does not take "Đại lý" (an agent) or a person called Hồng Hà for a
 * Chinese prefecture. "châu Hồng Hà" and "Châu tự trị Hồng Hà" (the first-tier `vi` name) resolve.
 *
 * @example prefecturesFrom(cities).places[0].id → 'cn:532300'
 */
export function prefecturesFrom(cities: readonly GazetteerPlace[]): {
  places: GazetteerPlace[];
  cityNames: Map<string, string[]>;
  missing: string[];
} {
  const places: GazetteerPlace[] = [];
  const cityNames = new Map<string, string[]>();
  const missing: string[] = [];
  for (const p of BORDER_PROVINCES) {
    for (const c of p.cities) {
      const seat = cities
        .filter(
          (x) =>
            x.country === 'CN' &&
            x.admin1 === p.admin1 &&
            [x.names.en, ...(x.alt ?? [])].some((n) => fold(n) === fold(c.seat)),
        )
        .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
      if (seat) cityNames.set(seat.id, [c.vi, ...(c.alt ?? [])]);
      else missing.push(`${c.seat} (${c.gb})`);
    }
    for (const a of p.autonomous)
      places.push({
        id: `cn:${a.gb}`,
        level: 'region',
        country: 'CN',
        lon: a.lon,
        lat: a.lat,
        names: a.names,
        alt: a.alt,
        alt2: [a.vi],
        // No admin1: the geocoder's and the intake's containment checks read a shared admin1 as
        // "inside", and a prefecture does not hold every place of its province. `parents` says where
        // it lies.
        parents: [p.id],
      });
  }
  return { places, cityNames, missing };
}
