import { z } from 'zod';
import { parseDay } from './dates';

/** Columns of data/admin-changes.csv: one row per unit that ceased, naming the unit it went to. */
export const ADMIN_CHANGE_COLUMNS = [
  'date',
  'kind',
  'from_id',
  'to_id',
  'to_name_vi',
  'to_name_fr',
  'to_name_en',
  'reference',
] as const;

export const AdminChangeRow = z
  .object({
    date: z.string().refine((s) => parseDay(s) !== null, 'must be a full day, YYYY-MM-DD'),
    kind: z.enum(['merge', 'status'], { error: 'must be "merge" or "status"' }),
    from_id: z.string().regex(/^VN(25)?-[A-Z0-9-]+$/, 'must be a Vietnamese unit id (VN-…)'),
    to_id: z.string().regex(/^VN(25)?-[A-Z0-9-]+$/, 'must be a Vietnamese unit id (VN25-…)'),
    to_name_vi: z.string().min(1, 'is empty'),
    to_name_fr: z.string().min(1, 'is empty'),
    to_name_en: z.string().min(1, 'is empty'),
    reference: z.string().min(1, 'is empty: cite the legal act'),
  })
  .transform((r) => ({
    date: r.date,
    kind: r.kind,
    from: r.from_id,
    to: r.to_id,
    names: { vi: r.to_name_vi, fr: r.to_name_fr, en: r.to_name_en },
  }));

/** Columns of data/aliases.csv. */
export const ALIAS_COLUMNS = ['place_id', 'action', 'value', 'reason'] as const;

export const AliasCsvRow = z.object({
  place_id: z.string().min(1, 'is empty'),
  action: z.enum(['alias', 'name_vi', 'name_fr', 'name_en'], {
    error: 'must be one of alias, name_vi, name_fr, name_en',
  }),
  value: z.string().min(1, 'is empty'),
  reason: z.string().min(1, 'is empty: say why the gazetteer needs this'),
});
