import Papa from 'papaparse';
import type { FeatureCollection } from 'geojson';
import type { Atlas } from '../atlas';
import { indexOf } from '../atlasIndex';
import type { Lang } from '../i18n';
import type { VisibleArc } from './visibleArcs';
import { DOMAINS, KINDS } from '../vocabulary';

/** Columns of the CSV export: one row per event on each partnership shown. */
export const EXPORT_COLUMNS = [
  'vn_id',
  'vn_name',
  'partner_id',
  'partner_name',
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
 * language. Names come from the atlas; events from the arcs, oldest first.
 */
export function exportRows(atlas: Atlas, arcs: readonly VisibleArc[], lang: Lang): ExportRow[] {
  const ix = indexOf(atlas);
  return arcs.flatMap((a) =>
    a.events.flatMap((id) => {
      const e = ix.event(id);
      if (!e) return [];
      return [
        {
          vn_id: a.vn,
          vn_name: ix.place(a.vn)?.names[lang] ?? a.vn,
          partner_id: a.partner,
          partner_name: ix.place(a.partner)?.names[lang] ?? a.partner,
          partner_country: e.partnerCountry,
          event_id: e.id,
          date: e.date,
          kind: KINDS[e.kind][lang],
          domains: e.domains.map((d) => DOMAINS[d][lang]).join('; '),
          title: e.title[lang] || e.title.fr,
          source_outlet: e.source.outlet,
          source_date: e.source.date,
          source_headline: e.source.headline,
          source_url: e.source.url ?? '',
        },
      ];
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

/** GeoJSON of the partnerships shown: one LineString (its two ends) per arc, its events as rows. */
export function toGeoJson(atlas: Atlas, arcs: readonly VisibleArc[], lang: Lang): FeatureCollection {
  const ix = indexOf(atlas);
  const rows = exportRows(atlas, arcs, lang);
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
            events: rows.filter((r) => r.vn_id === a.vn && r.partner_id === a.partner),
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
