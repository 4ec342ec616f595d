import { z } from 'zod';
import { DOMAIN_IDS, KIND_IDS, STATUS_IDS } from './vocabulary';
import { LEVELS } from './types';

/**
 * The schema of public/data/atlas.json, the one file the page loads. schema/atlas.schema.json is
 * generated from it (`npm run data` writes it; a test checks the committed copy is current).
 */
const Texts = z
  .object({ fr: z.string(), vi: z.string(), en: z.string() })
  .describe('A text in French, Vietnamese and English');
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('ISO 8601 calendar day');

export const AtlasPlace = z.object({
  id: z
    .string()
    .describe(
      'Stable id: ISO 3166-2, VN25-… for post-2025 Vietnamese units, gn:<geonameid> for cities, ISO 3166-1 alpha-2 for countries',
    ),
  names: Texts,
  country: z.string().length(2).describe('ISO 3166-1 alpha-2'),
  level: z.enum(LEVELS),
  lon: z.number().describe('Label point inside the place, WGS 84 degrees'),
  lat: z.number(),
  validFrom: Day.optional().describe('First day the unit existed'),
  validTo: Day.optional().describe('Last day the unit existed'),
});

export const AtlasEvent = z.object({
  id: z.string(),
  date: z.string().describe('As written: YYYY, YYYY-MM or YYYY-MM-DD'),
  precision: z.enum(['year', 'month', 'day']),
  start: Day.describe('First day of the date period: where the timeline places the event'),
  end: Day.describe('Last day of the event (end_date, or the end of the date period)'),
  kind: z.enum(KIND_IDS),
  domains: z.array(z.enum(DOMAIN_IDS)),
  status: z
    .enum([...STATUS_IDS, 'unknown'])
    .describe(
      'What the source says was signed: `signed` (an agreement), `not-signed` (talks, intent), `unknown` (the source does not say)',
    ),
  vn: z.array(z.string()).describe('Vietnamese units as in force on the event date (place ids)'),
  partners: z.array(z.string()).describe('Partner places (place ids)'),
  partnerCountry: z.string().length(2),
  written: z
    .object({ vn: z.array(z.string()), partners: z.array(z.string()) })
    .describe('Place names as the journalist wrote them'),
  title: Texts,
  summary: Texts,
  source: z.object({
    outlet: z.string(),
    date: z.string(),
    headline: z.string(),
    url: z.string().optional(),
  }),
  line: z.number().int().describe('Line of data/partnerships.csv the event comes from'),
});

export const AtlasAdminChange = z
  .object({
    date: Day.describe('The day the change took effect; `from` ceased the day before'),
    kind: z.enum(['merge', 'status']),
    from: z.string().describe('The unit that ceased'),
    to: z.string().describe('The unit its territory went to'),
  })
  .describe(
    "A dated change of a unit: Vietnam's (data/admin-changes.csv) and the partners' that the events name (the gazetteer's valid_to and replaced_by: France's régions of 2016)",
  );

export const AtlasPair = z.object({
  id: z.string().describe('`<vn>~<partner>`'),
  vn: z.string(),
  partner: z.string(),
  start: Day.describe('Start of the first event: when the arc appears'),
  events: z.array(z.string()).describe('Every event of the pair, oldest first'),
});

export const Atlas = z.object({
  version: z.literal(1),
  dataVersion: z.string().describe('Hash of the inputs, for caches and the page version stamp'),
  dateRange: z.object({ start: Day, end: Day }),
  places: z.array(AtlasPlace),
  events: z.array(AtlasEvent),
  pairs: z
    .array(AtlasPair)
    .describe('Vietnam–partner pairs, by first event: the arcs (endpoints only; the page densifies them)'),
  adminChanges: z.array(AtlasAdminChange),
  attribution: z.array(z.string()),
  publication: z
    .object({
      title: Texts,
      standfirst: Texts,
      credit: Texts.describe('Byline or credit line'),
      sources: Texts.describe('The source line: outlets, boundaries, places'),
      archipelagos: Texts.describe('How Hoàng Sa and Trường Sa are drawn'),
      updated: Day.describe('The day the data was last updated: the version readers see'),
    })
    .describe('The publication frame the newsroom edits (data/publication.csv)'),
});
export type Atlas = z.infer<typeof Atlas>;
export type AtlasPlace = z.infer<typeof AtlasPlace>;
export type AtlasEvent = z.infer<typeof AtlasEvent>;
export type AtlasPair = z.infer<typeof AtlasPair>;
export type AdminChange = z.infer<typeof AtlasAdminChange>;

/** The JSON Schema (draft 2020-12) of atlas.json. */
export function atlasJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(Atlas, { io: 'output' }),
    title: 'Partnership Atlas data (public/data/atlas.json)',
  };
}
