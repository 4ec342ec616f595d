/**
 * The closed vocabularies of the `kind`, `domains` and `status` columns, with their labels. data/README.md
 * documents the same lists; a test keeps the two in step.
 */
/** A label in each interface language. */
type Labels = { readonly en: string; readonly fr: string; readonly vi: string };

/** The kinds, in the order of data/README.md (the zod schemas enumerate this tuple). */
export const KIND_IDS = [
  'twinning',
  'mou',
  'cooperation-agreement',
  'joint-committee',
  'meeting',
  'visit',
] as const;
export type Kind = (typeof KIND_IDS)[number];

export const KINDS: Readonly<Record<Kind, Labels>> = {
  twinning: { en: 'Twinning', fr: 'Jumelage', vi: 'Kết nghĩa' },
  mou: { en: 'Memorandum of understanding', fr: "Protocole d'accord", vi: 'Bản ghi nhớ' },
  'cooperation-agreement': {
    en: 'Cooperation agreement',
    fr: 'Accord de coopération',
    vi: 'Thỏa thuận hợp tác',
  },
  'joint-committee': { en: 'Joint committee', fr: 'Comité mixte', vi: 'Ủy ban công tác liên hợp' },
  meeting: { en: 'Meeting', fr: 'Rencontre', vi: 'Gặp gỡ, làm việc' },
  visit: { en: 'Visit', fr: 'Visite', vi: 'Chuyến thăm' },
};

/** The domains, in the order of data/README.md. */
export const DOMAIN_IDS = [
  'economy',
  'trade',
  'investment',
  'education',
  'training',
  'culture',
  'tourism',
  'science-technology',
  'agriculture',
  'infrastructure',
  'environment',
  'health',
  'exchanges',
] as const;
export type Domain = (typeof DOMAIN_IDS)[number];

export const DOMAINS: Readonly<Record<Domain, Labels>> = {
  economy: { en: 'Economy', fr: 'Économie', vi: 'Kinh tế' },
  trade: { en: 'Trade', fr: 'Commerce', vi: 'Thương mại' },
  investment: { en: 'Investment', fr: 'Investissement', vi: 'Đầu tư' },
  education: { en: 'Education', fr: 'Éducation', vi: 'Giáo dục' },
  training: { en: 'Training', fr: 'Formation', vi: 'Đào tạo' },
  culture: { en: 'Culture', fr: 'Culture', vi: 'Văn hóa' },
  tourism: { en: 'Tourism', fr: 'Tourisme', vi: 'Du lịch' },
  'science-technology': {
    en: 'Science & technology',
    fr: 'Sciences et technologies',
    vi: 'Khoa học và công nghệ',
  },
  agriculture: { en: 'Agriculture', fr: 'Agriculture', vi: 'Nông nghiệp' },
  infrastructure: {
    en: 'Infrastructure & transport',
    fr: 'Infrastructures et transports',
    vi: 'Hạ tầng và giao thông',
  },
  environment: { en: 'Environment', fr: 'Environnement', vi: 'Môi trường' },
  health: { en: 'Health', fr: 'Santé', vi: 'Y tế' },
  exchanges: { en: 'People-to-people exchanges', fr: 'Échanges entre les peuples', vi: 'Giao lưu nhân dân' },
};

/**
 * What the source says was signed (the `status` column). Empty in the CSV means the source does not
 * say: the page then claims nothing. Only `signed` is counted as an agreement.
 */
export const STATUS_IDS = ['signed', 'not-signed'] as const;
export type Status = (typeof STATUS_IDS)[number];
export const isStatus = (s: string): s is Status => (STATUS_IDS as readonly string[]).includes(s);

export const isKind = (s: string): s is Kind => (KIND_IDS as readonly string[]).includes(s);
export const isDomain = (s: string): s is Domain => (DOMAIN_IDS as readonly string[]).includes(s);
