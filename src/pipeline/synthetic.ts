/**
 * A synthetic, realistic dataset for tests and the bench — never published. Rows in the columns of
 * data/partnerships.csv, every one marked as synthetic (id `synthetic-…`, outlet "SYNTHETIC TEST DATA"),
 * shaped like the real world (syntheticWorld.ts): Hà Nội and Ho Chi Minh City with 40-odd partners
 * each, border provinces with their Chinese, Lao and Cambodian neighbours, partners in ~35 countries
 * on every continent, several events per pair, events naming several provinces, from 1990 to mid-2026
 * and across the 1 July 2025 reform (merged-away units only before it, their successors from it).
 * Deterministic: the same options give the same text. Built from names the gazetteer resolves, so
 * every row builds without a problem or a warning (synthetic.test.ts checks it).
 */
import Papa from 'papaparse';
import { successorAt, type AdminChange } from '../core/adminChanges';
import type { Gazetteer } from '../core/geo/gazetteer';
import { geocode } from '../core/geo/geocode';
import { ROW_COLUMNS } from '../core/rows/partnershipRow';
import { DOMAIN_IDS, type Kind } from '../core/vocabulary';
import type { GazetteerPlace, Level } from '../core/types';
import { standalone } from './buildAtlas';
import { GROUPS, HUBS } from './syntheticWorld';

export interface SyntheticOptions {
  /** Number of rows (events): 300 for the golden fixture, 2,000 for stress. */
  events: number;
  /** Seed of the pseudo-random generator: another seed, another (equally shaped) dataset. */
  seed?: number;
}

/** Marks every row: a reader of any copy of the file sees that it is not real data. */
export const SYNTHETIC_OUTLET = 'SYNTHETIC TEST DATA';
/** The last year events are drawn in (until June: the fixture must not depend on today's date). */
const LAST_YEAR = 2026;
const PARTNER_LEVELS: Level[] = ['region', 'city', 'country'];
/** The columns of data/partnerships.csv, in its order; every synthetic event is current (no `status`). */
const COLUMNS = ROW_COLUMNS.filter((c) => c !== 'status');

/** A deterministic pseudo-random generator (mulberry32), so every run builds the same dataset. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A link the events are drawn on: units (pre-2025 ids), partners (`CC:name`), first year, weight. */
interface Link {
  vn: string[];
  partners: string[];
  since: number;
  weight: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * The CSV text of `opts.events` synthetic rows.
 *
 * @example syntheticCsv(gazetteer, changes, { events: 300 }) // header + 300 rows, the same every run
 */
export function syntheticCsv(g: Gazetteer, changes: readonly AdminChange[], opts: SyntheticOptions): string {
  const rand = rng(opts.seed ?? 2025);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

  // Every link gets its first event; the rest go to links by weight, a few links taking many
  // (real pairs range from a single visit to yearly joint committees).
  const links: Link[] = [
    ...HUBS.flatMap((h) =>
      h.partners.map((p) => ({ vn: [h.vn], partners: [p], since: int(...h.since), weight: 0 })),
    ),
    ...GROUPS.map((gr) => ({ vn: gr.vn, partners: gr.partners, since: int(...gr.since), weight: 0 })),
  ];
  for (const l of links) l.weight = rand() ** 3 * (l.vn.length > 1 ? 3 : 1);
  const total = links.reduce((s, l) => s + l.weight, 0);
  const order = links.map((l) => ({ l, k: rand() })).sort((a, b) => a.k - b.k);
  const drawn: { link: Link; first: boolean }[] = order
    .slice(0, opts.events)
    .map(({ l }) => ({ link: l, first: true }));
  while (drawn.length < opts.events) {
    let r = rand() * total;
    const link = links.find((l) => (r -= l.weight) <= 0) ?? (links[0] as Link);
    drawn.push({ link, first: false });
  }

  const events = drawn.map(({ link, first }) => {
    // Later events lean towards recent years, as reporting does.
    const year = first ? link.since : link.since + Math.floor((LAST_YEAR + 1 - link.since) * rand() ** 0.4);
    const month = year === LAST_YEAR ? int(1, 6) : int(1, 12);
    const r = rand();
    const date =
      r < 0.1 ? `${year}` : r < 0.35 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(int(1, 28))}`;
    const start = `${date}-01-01`.slice(0, 10);
    const vnIds = [...new Set(link.vn.map((id) => successorAt(id, start, changes)))];
    const vn = vnIds.map((id) => vnName(g, id, start));
    const read = link.partners.map((p) => partnerName(g, p, start));
    const partners = read.map((p) => p.written);
    const kind: Kind =
      link.vn.length > 1
        ? 'joint-committee'
        : first
          ? pick(['twinning', 'mou', 'cooperation-agreement'] as const)
          : pick(['meeting', 'visit', 'mou', 'cooperation-agreement'] as const);
    const domains = [...new Set([pick(DOMAIN_IDS), pick(DOMAIN_IDS), pick(DOMAIN_IDS)])].slice(0, int(1, 3));
    const country = (link.partners[0] ?? '').slice(0, 2);
    // (Its places in the title as the atlas names them on each page: the build warns of others.)
    const what = (lang: 'fr' | 'vi' | 'en') =>
      `${vnIds.map((id) => standalone(g.byId(id)!.names)[lang]).join(', ')} × ${read.map((p) => standalone(p.place.names)[lang]).join(', ')}`;
    return {
      date,
      end_date: '',
      vn_places: vn.join('; '),
      partner_places: partners.join('; '),
      partner_country: country,
      kind,
      domains: domains.join(';'),
      title_fr: `DONNÉES DE TEST SYNTHÉTIQUES : ${what('fr')}`,
      title_vi: `DỮ LIỆU THỬ NGHIỆM TỔNG HỢP: ${what('vi')}`,
      title_en: `SYNTHETIC TEST DATA: ${what('en')}`,
      summary_fr: 'Ligne inventée pour les tests et le banc d’essai ; aucun événement réel.',
      summary_vi: 'Dòng dữ liệu giả lập cho kiểm thử; không phải sự kiện có thật.',
      summary_en: 'A row invented for tests and the bench; not a real event.',
      source_outlet: SYNTHETIC_OUTLET,
      source_date: date,
      source_url: '',
      notes: 'Synthetic test data made by src/pipeline/synthetic.ts: never publish.',
    };
  });
  // In date order, as a newsroom's file grows; ids follow that order.
  const rows = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i)
    .map(({ e }, i) => ({
      id: `synthetic-${pad(i + 1, 4)}`,
      ...e,
      source_headline: `Synthetic row ${i + 1}, not a real report`,
    }));
  return Papa.unparse(rows, { newline: '\n', columns: COLUMNS }) + '\n';
}

/**
 * The Vietnamese name of a unit, checked to read as that unit on the day: a wrong world table fails
 * here, loudly, rather than as a build problem far away.
 */
function vnName(g: Gazetteer, id: string, day: string): string {
  const p = g.byId(id);
  if (!p) throw new Error(`synthetic world: no Vietnamese unit ${id}`);
  const r = geocode(g, p.names.vi, { country: 'VN', levels: ['province'], date: day });
  if (r.kind !== 'resolved' || r.place.id !== id)
    throw new Error(`synthetic world: "${p.names.vi}" does not read as ${id} on ${day} (${r.kind})`);
  return p.names.vi;
}

/**
 * A partner's name as written, checked to resolve in its country. Like a journalist's "Savannakhet"
 * (the province over its seat city), some resolve by a documented rule: the build warns, and builds.
 */
function partnerName(g: Gazetteer, partner: string, day: string): { written: string; place: GazetteerPlace } {
  const [country = '', name = ''] = partner.split(':');
  const r = geocode(g, name, { country, levels: PARTNER_LEVELS, date: day });
  if (r.kind !== 'resolved') throw new Error(`synthetic world: "${name}" (${country}) is ${r.kind}`);
  return { written: name, place: r.place };
}
