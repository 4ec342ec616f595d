import { fold } from '../../core/normalize';
import type { GazetteerPlace } from '../../core/types';
import { onePoint, type UnitPoint } from './dr5hnPoints';

/**
 * China's county-level units on the Vietnamese border, in Guangxi and Yunnan: Vietnamese border
 * provinces and districts sign with these (Lạng Sơn with Pingxiang and Ningming, Cao Bằng with
 * Longzhou and Jingxi, Hà Giang with Malipo and Maguan, Lào Cai with Hekou, Quảng Ninh's Móng Cái with
 * Dongxing), and Vietnamese outlets write them by their Sino-Vietnamese names ("huyện Long Châu",
 * "thành phố Bằng Tường"). Division list: GB/T 2260 (the code in each entry); Sino-Vietnamese
 * readings of the names' characters. Curated in this repository.
 *
 * - A county (县, "huyện") becomes a `region` record inside its prefecture and province, at dr5hn's
 *   point of it (`@countrystatecity/countries`, ODbL 1.0: the same name in the same province). Its
 *   shape is not in Natural Earth: the map marks its point.
 * - A county-level city (市) GeoNames holds (Dongxing) keeps its record and gains the Vietnamese names;
 *   one it does not hold (Pingxiang, Jingxi) becomes a `city` record, like a county.
 *
 * English names are "Longzhou County" and "Longzhou", "Pingxiang" and "Pingxiang City": a name another
 * Chinese place bears (Pingxiang in Jiangxi, Hekou in Jiangsu) becomes ambiguous, as it is, and a
 * parent ("Pingxiang, Guangxi", "Bằng Tường") decides. The Vietnamese name is "Long Châu (Quảng Tây)";
 * the Sino-Vietnamese reading alone, and with "huyện" or "thành phố", is second-tier, as for the
 * prefectures ("Phú Ninh", "Đông Hưng", "Giang Thành" are Vietnamese districts too): the geocoder finds
 * it when nothing else matches (a row whose country is China), and the article intake reads it only
 * after such a word in a report that names China.
 */
interface County {
  gb: string;
  /** The parent prefecture's record id (an autonomous prefecture's `cn:` id, else the seat city's). */
  prefecture: string;
  en: string;
  vi: string;
  /** 县 county, 市 county-level city. */
  kind: 'county' | 'city';
}

const GX = 'CN-GX';
const YN = 'CN-YN';
const BORDER_COUNTIES: {
  province: string;
  admin1: string;
  dr5hn: string;
  /** The province's Sino-Vietnamese name, in a county's Vietnamese name. */
  vi: string;
  counties: County[];
}[] = [
  {
    province: GX,
    admin1: 'CN.16',
    vi: 'Quảng Tây',
    dr5hn: 'GX',
    counties: [
      { gb: '450681', prefecture: 'Fangchenggang', en: 'Dongxing', vi: 'Đông Hưng', kind: 'city' },
      { gb: '451481', prefecture: 'Chongzuo', en: 'Pingxiang', vi: 'Bằng Tường', kind: 'city' },
      { gb: '451422', prefecture: 'Chongzuo', en: 'Ningming', vi: 'Ninh Minh', kind: 'county' },
      { gb: '451423', prefecture: 'Chongzuo', en: 'Longzhou', vi: 'Long Châu', kind: 'county' },
      { gb: '451424', prefecture: 'Chongzuo', en: 'Daxin', vi: 'Đại Tân', kind: 'county' },
      { gb: '451081', prefecture: 'Baise', en: 'Jingxi', vi: 'Tĩnh Tây', kind: 'city' },
      { gb: '451026', prefecture: 'Baise', en: 'Napo', vi: 'Na Pha', kind: 'county' },
    ],
  },
  {
    province: YN,
    admin1: 'CN.29',
    vi: 'Vân Nam',
    dr5hn: 'YN',
    counties: [
      { gb: '532624', prefecture: 'cn:532600', en: 'Malipo', vi: 'Ma Lật Pha', kind: 'county' },
      { gb: '532625', prefecture: 'cn:532600', en: 'Maguan', vi: 'Mã Quan', kind: 'county' },
      { gb: '532628', prefecture: 'cn:532600', en: 'Funing', vi: 'Phú Ninh', kind: 'county' },
      { gb: '532532', prefecture: 'cn:532500', en: 'Hekou', vi: 'Hà Khẩu', kind: 'county' },
      { gb: '532530', prefecture: 'cn:532500', en: 'Jinping', vi: 'Kim Bình', kind: 'county' },
      { gb: '532531', prefecture: 'cn:532500', en: 'Lüchun', vi: 'Lục Xuân', kind: 'county' },
      { gb: '530826', prefecture: 'Simao', en: 'Jiangcheng', vi: 'Giang Thành', kind: 'county' },
    ],
  },
];

/**
 * The border counties as records (id `cn:<GB/T 2260 code>`), and the Vietnamese names to add to the
 * GeoNames records of the county-level cities it holds (by record id). A county with no point is
 * listed in `missing`, for the refresh to say so.
 */
export function borderCountiesFrom(
  gazetteer: readonly GazetteerPlace[],
  points: readonly UnitPoint[],
): { places: GazetteerPlace[]; cityNames: Map<string, { vi: string; alt2: string[] }>; missing: string[] } {
  const places: GazetteerPlace[] = [];
  const cityNames = new Map<string, { vi: string; alt2: string[] }>();
  const missing: string[] = [];
  const cn = gazetteer.filter((p) => p.country === 'CN');
  for (const prov of BORDER_COUNTIES) {
    const inProvince = (p: GazetteerPlace, name: string) =>
      p.admin1 === prov.admin1 && [p.names.en, ...(p.alt ?? [])].some((n) => fold(n) === fold(name));
    for (const c of prov.counties) {
      // "Long Châu (Quảng Tây)": a Vietnamese reader's name that indexes no bare reading ("Huyện Long
      // Châu" would: "huyện" is stripped, and Giang Thành is a district of Kiên Giang too).
      const viName = `${c.vi} (${prov.vi})`;
      const held = c.kind === 'city' ? cn.find((p) => p.level === 'city' && inProvince(p, c.en)) : undefined;
      if (held) {
        cityNames.set(held.id, { vi: viName, alt2: [c.vi, `thành phố ${c.vi}`] });
        continue;
      }
      const prefecture = c.prefecture.startsWith('cn:')
        ? c.prefecture
        : cn.find((p) => p.level === 'city' && inProvince(p, c.prefecture))?.id;
      const point = onePoint(points, [c.en], prov.dr5hn);
      if (!point || !prefecture) {
        missing.push(`${c.en} (${c.gb})${point ? '' : ': no point'}${prefecture ? '' : ': no prefecture'}`);
        continue;
      }
      const county = c.kind === 'county';
      places.push({
        id: `cn:${c.gb}`,
        level: county ? 'region' : 'city',
        country: 'CN',
        lon: point.lon,
        lat: point.lat,
        names: {
          vi: viName,
          fr: county ? `Xian de ${c.en}` : c.en,
          en: county ? `${c.en} County` : c.en,
        },
        alt: county ? [c.en] : [`${c.en} City`],
        alt2: [c.vi, `${county ? 'huyện' : 'thành phố'} ${c.vi}`],
        // No admin1 (a county does not hold every place of its province): `parents` says where it lies.
        parents: [prefecture, prov.province],
      });
    }
  }
  return { places, cityNames, missing };
}
