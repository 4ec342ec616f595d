import { z } from 'zod';
import { parseDate, type PartialDate } from './dates';
import { didYouMean } from './suggest';
import {
  DOMAIN_IDS,
  isDomain,
  isKind,
  isStatus,
  KIND_IDS,
  STATUS_IDS,
  type Domain,
  type Kind,
  type Status,
} from '../vocabulary';

/** Columns of data/partnerships.csv (documented in data/README.md). */
export const REQUIRED_COLUMNS = [
  'id',
  'date',
  'vn_places',
  'partner_places',
  'partner_country',
  'kind',
  'domains',
  'title_fr',
  'title_vi',
  'title_en',
  'summary_fr',
  'summary_vi',
  'summary_en',
  'source_outlet',
  'source_date',
  'source_headline',
] as const;
export const OPTIONAL_COLUMNS = ['end_date', 'status', 'source_url', 'notes'] as const;
/** Columns whose cells may span several lines; a line break anywhere else is an error. */
export const MULTILINE_COLUMNS = ['summary_fr', 'summary_vi', 'summary_en', 'notes'] as const;

/** Longest cell of each column without a limit of its own text (characters; data/README.md "Limits"). */
export const CELL_LIMITS = {
  id: 100,
  places: 500,
  partner_country: 100,
  source_url: 2000,
  notes: 2000,
} as const;
const atMost = (max: number) =>
  z.string().max(max, `is longer than ${max} characters, the limit of the column: shorten it`);

/** Separator of several values in one cell ("Ha Giang; Quang Ninh"). */
export const LIST_SEPARATOR = ';';
export const splitList = (cell: string) =>
  cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

const quoted = (s: string) => JSON.stringify(s);

const date = z.string().transform((s, ctx): PartialDate => {
  const d = parseDate(s);
  if (d.kind === 'invalid') {
    ctx.addIssue({ code: 'custom', message: s === '' ? 'is empty' : `${d.error} (${quoted(s)})` });
    return z.NEVER;
  }
  return d.date;
});
const text = (max: number) =>
  z.string().min(1, 'is empty').max(max, `is longer than ${max} characters: shorten it`);
const places = atMost(CELL_LIMITS.places).transform((s, ctx) => {
  const list = splitList(s);
  if (list.length === 0) ctx.addIssue({ code: 'custom', message: 'names no place' });
  return list;
});
const kind = z.string().transform((s, ctx): Kind => {
  if (isKind(s)) return s;
  ctx.addIssue({
    code: 'custom',
    message: `${quoted(s)} is not a kind${didYouMean(s, KIND_IDS)} (one of: ${KIND_IDS.join(', ')})`,
  });
  return z.NEVER;
});
const domains = z.string().transform((s, ctx): Domain[] => {
  const list = splitList(s);
  if (list.length === 0) ctx.addIssue({ code: 'custom', message: 'names no domain' });
  const known: Domain[] = [];
  for (const d of list) {
    if (isDomain(d)) known.push(d);
    else {
      ctx.addIssue({
        code: 'custom',
        message: `${quoted(d)} is not a domain${didYouMean(d, DOMAIN_IDS)} (one of: ${DOMAIN_IDS.join(', ')})`,
      });
    }
  }
  return [...new Set(known)];
});

/** The schema of one row: each cell is checked on its own, so every problem names its column. */
export const PartnershipRow = z.object({
  id: atMost(CELL_LIMITS.id).regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lowercase letters, digits and single dashes, e.g. 2023-11-quang-ninh-hokkaido',
  ),
  date,
  end_date: z
    .string()
    .optional()
    .transform((s, ctx): PartialDate | undefined => {
      if (!s) return undefined;
      const d = parseDate(s);
      if (d.kind === 'invalid') {
        ctx.addIssue({ code: 'custom', message: `${d.error} (${quoted(s)})` });
        return z.NEVER;
      }
      return d.date;
    }),
  vn_places: places,
  partner_places: places,
  partner_country: atMost(CELL_LIMITS.partner_country).min(
    1,
    'is empty: give the country (name or ISO code, e.g. "Chine" or CN)',
  ),
  kind,
  domains,
  title_fr: text(200),
  title_vi: text(200),
  title_en: text(200),
  summary_fr: text(1000),
  summary_vi: text(1000),
  summary_en: text(1000),
  source_outlet: text(120),
  source_date: date,
  source_headline: text(300),
  source_url: atMost(CELL_LIMITS.source_url)
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      if (!/^https?:\/\/[^\s]+$/.test(s))
        ctx.addIssue({ code: 'custom', message: `${quoted(s)} is not an http(s) address` });
      return s;
    }),
  notes: atMost(CELL_LIMITS.notes).optional(),
  status: z
    .string()
    .optional()
    .transform((s, ctx): Status | undefined => {
      const v = s?.trim();
      if (!v) return undefined;
      if (isStatus(v)) return v;
      ctx.addIssue({
        code: 'custom',
        message: `${quoted(v)} is not a status${didYouMean(v, STATUS_IDS)} (one of: ${STATUS_IDS.join(', ')}, or empty when the source does not say)`,
      });
      return z.NEVER;
    }),
});
export type PartnershipRow = z.output<typeof PartnershipRow>;

/** The columns of data/partnerships.csv, in order (the schema's keys). */
export const ROW_COLUMNS = Object.keys(PartnershipRow.shape) as (keyof typeof PartnershipRow.shape)[];
