import Papa from 'papaparse';
import type { FeatureCollection } from 'geojson';
import type { Atlas } from '../atlas';
import { indexOf } from '../atlasIndex';
import type { Lang } from '../i18n';
import type { VisibleArc } from './visibleArcs';
import { successorAt } from '../adminChanges';
import { isPlaceholderHeadline } from '../headline';
import { signatories } from './history';
import { DOMAINS, KINDS } from '../vocabulary';

/** Columns of the CSV export: one row per event on each partnership shown. */
export const EXPORT_COLUMNS = [
  'vn_id',
  'vn_name',
  'vn_current_id',
  'vn_current_name',
  'partner_id',
  'partner_name',
  'partner_current_id',
  'partner_current_name',
  'partner_country',
  'event_id',
  'date',
  'kind',
  'domains',
  'title',
  'source_outlet',
  'source_date',
  'source_headline',
  'source_url',
] as const;
export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string>;

/**
 * The partnerships shown (the arcs visible at the date, after filters) as rows, in the reader's
 * language: one row per event and Vietnamese unit that took part, oldest first. `vn_id`/`vn_name` is
 * the unit as it signed (Hà Giang, 2023); `vn_current_id`/`vn_current_name` the unit that holds its
 * territory on `today` (Tuyên Quang since 1 July 2025; the same unit when nothing changed). The
 * partner likewise (`partner_id`: Limousin, 2010; `partner_current_id`: Nouvelle-Aquitaine).
 *
 * @example exportRows(atlas, visibleArcs(atlas, '2025-08-01'), 'en', '2025-08-01')
 *   // [{ vn_id: 'VN-03', vn_name: 'Hà Giang', vn_current_id: 'VN25-TUYEN-QUANG', … }, …]
 */
export function exportRows(
  atlas: Atlas,
  arcs: readonly VisibleArc[],
  lang: Lang,
  today: string,
): ExportRow[] {
  const ix = indexOf(atlas);
  const name = (id: string) => ix.place(id)?.names[lang] ?? '';
  return arcs.flatMap((a) =>
    a.pairs.flatMap((pairId) => {
      const pair = ix.pair(pairId);
      if (!pair) return [];
      const current = successorAt(pair.vn, today, atlas.adminChanges);
      const partnerNow = successorAt(pair.partner, today, atlas.adminChanges);
      return a.events.flatMap((id) => {
        const e = ix.event(id);
        if (!e || !pair.events.includes(id)) return [];
        return [
          {
            vn_id: pair.vn,
            vn_name: name(pair.vn),
            vn_current_id: current,
            vn_current_name: name(current),
            partner_id: pair.partner,
            partner_name: name(pair.partner),
            partner_current_id: partnerNow,
            partner_current_name: name(partnerNow),
            partner_country: e.partnerCountry,
            event_id: e.id,
            date: e.date,
            kind: KINDS[e.kind][lang],
            domains: e.domains.map((d) => DOMAINS[d][lang]).join('; '),
            title: e.title[lang] || e.title.fr,
            source_outlet: e.source.outlet,
            source_date: e.source.date,
            source_headline: isPlaceholderHeadline(e.source.headline) ? '' : e.source.headline,
            source_url: e.source.url ?? '',
          },
        ];
      });
    }),
  );
}

/**
 * CSV (RFC 4180, with a header row). Cells that a spreadsheet would run as a formula — starting with
 * `=`, `+`, `-`, `@`, tab or CR (OWASP "CSV injection") — are prefixed with `'` by Papa Parse's
 * `escapeFormulae`. A BOM makes Excel read the UTF-8 (Vietnamese diacritics) right.
 *
 * @example toCsv([{ …, title: '=HYPERLINK("http://x")' }]) // …,"'=HYPERLINK(""http://x"")",…
 */
export function toCsv(rows: readonly ExportRow[]): string {
  return (
    '\uFEFF' +
    Papa.unparse(
      { fields: [...EXPORT_COLUMNS], data: rows.map((r) => EXPORT_COLUMNS.map((c) => r[c])) },
      { escapeFormulae: true, newline: '\r\n' },
    )
  );
}

/**
 * GeoJSON of the partnerships shown: one LineString (its two ends, as drawn on the day) per arc, with
 * the units that signed on it and its events as rows.
 */
export function toGeoJson(
  atlas: Atlas,
  arcs: readonly VisibleArc[],
  lang: Lang,
  today: string,
): FeatureCollection {
  const ix = indexOf(atlas);
  const rows = exportRows(atlas, arcs, lang, today);
  return {
    type: 'FeatureCollection',
    features: arcs.flatMap((a) => {
      const from = ix.place(a.vn);
      const to = ix.place(a.partner);
      if (!from || !to) return [];
      return [
        {
          type: 'Feature',
          id: a.id,
          properties: {
            vn: a.vn,
            vn_name: from.names[lang],
            partner: a.partner,
            partner_name: to.names[lang],
            // The units that signed on the arc (Hà Giang for the new Tuyên Quang's arc), as they were.
            vn_units: signatories(a),
            vn_units_names: signatories(a).map((u) => ix.place(u)?.names[lang] ?? ''),
            // The partners likewise (Limousin on Nouvelle-Aquitaine's arc from 2016).
            partner_units: signatories(a, 'partner'),
            partner_units_names: signatories(a, 'partner').map((u) => ix.place(u)?.names[lang] ?? ''),
            events: rows.filter((r) => a.pairs.includes(`${r.vn_id}~${r.partner_id}`)),
          },
          geometry: {
            type: 'LineString',
            coordinates: [
              [from.lon, from.lat],
              [to.lon, to.lat],
            ],
          },
        },
      ];
    }),
  };
}
