import type { Lang } from '../i18n';
import { fold } from '../normalize';
import type { Domain, Kind } from '../vocabulary';

export type { Lang } from '../i18n';

const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const FR_WORDS = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'et',
  'avec',
  'une',
  'est',
  'dans',
  'pour',
  'sur',
  'ont',
]);
const EN_WORDS = new Set([
  'the',
  'and',
  'of',
  'with',
  'a',
  'is',
  'in',
  'for',
  'on',
  'was',
  'were',
  'have',
  'has',
]);

/** The language of an article: Vietnamese by its letters, French or English by their commonest words. */
export function detectLanguage(text: string): Lang {
  const letters = text.match(/\p{L}/gu)?.length ?? 1;
  if ((text.match(VI_LETTERS)?.length ?? 0) / letters > 0.03) return 'vi';
  let fr = 0;
  let en = 0;
  for (const w of fold(text).split(' ')) {
    if (FR_WORDS.has(w)) fr++;
    if (EN_WORDS.has(w)) en++;
  }
  return en > fr ? 'en' : 'fr';
}

/**
 * The words that name each kind, folded, in French, Vietnamese and English. Listed from the most
 * specific kind to the least: an article that mentions a memorandum establishing a twinning is a
 * twinning; a joint committee that signs memorandums is a joint committee.
 */
export const KIND_WORDS: [Kind, string[]][] = [
  [
    'twinning',
    [
      'jumelage',
      'jumele',
      'jumelee',
      'jumelees',
      'jumeles',
      'twinning',
      'sister city',
      'sister province',
      'sister cities',
      'ket nghia',
    ],
  ],
  [
    'joint-committee',
    [
      'comite de travail conjoint',
      'comite de travail mixte',
      'comite du travail mixte',
      'comite mixte',
      'commission mixte',
      'joint working committee',
      'joint committee',
      'joint working group',
      'uy ban cong tac lien hop',
      'uy ban hop tac',
    ],
  ],
  [
    'cooperation-agreement',
    [
      'accord de cooperation',
      'cooperation agreement',
      'agreement on cooperation',
      'thoa thuan hop tac',
      'hiep dinh hop tac',
    ],
  ],
  [
    'mou',
    [
      'memorandum',
      'protocole d accord',
      'protocoles d accord',
      'mou',
      'mous',
      'ban ghi nho',
      'bien ban ghi nho',
    ],
  ],
  [
    'meeting',
    [
      'rencontre',
      'seance de travail',
      'entretien',
      'reunion',
      'meeting',
      'talks',
      'working session',
      'hoi dam',
      'hoi nghi',
      'gap go',
      'buoi lam viec',
      'tiep',
      'a recu',
      'recoit',
      'received',
      'receives',
      'held talks',
    ],
  ],
  ['visit', ['visite', 'visit', 'chuyen tham', 'tham va lam viec']],
];

export const DOMAIN_WORDS: [Domain, string[]][] = [
  ['economy', ['economie', 'economique', 'economiques', 'economy', 'economic', 'kinh te']],
  [
    'trade',
    [
      'commerce',
      'commercial',
      'commerciaux',
      'commerciale',
      'trade',
      'thuong mai',
      'xuat nhap khau',
      'exportations',
      'exports',
    ],
  ],
  ['investment', ['investissement', 'investissements', 'investment', 'investments', 'dau tu']],
  [
    'education',
    [
      'education',
      'enseignement',
      'universite',
      'universites',
      'university',
      'universities',
      'giao duc',
      'dai hoc',
    ],
  ],
  ['training', ['formation', 'training', 'dao tao', 'boi duong']],
  ['culture', ['culture', 'culturel', 'culturelle', 'culturels', 'culturelles', 'cultural', 'van hoa']],
  ['tourism', ['tourisme', 'touristique', 'tourism', 'du lich']],
  [
    'science-technology',
    [
      'science',
      'sciences',
      'technologie',
      'technologies',
      'technology',
      'scientific',
      'khoa hoc',
      'cong nghe',
    ],
  ],
  ['agriculture', ['agriculture', 'agricole', 'agricoles', 'agricultural', 'nong nghiep', 'nong san']],
  [
    'infrastructure',
    [
      'infrastructure',
      'infrastructures',
      'transport',
      'transports',
      'logistique',
      'logistics',
      'connectivite',
      'connectivity',
      'ha tang',
      'giao thong',
    ],
  ],
  ['environment', ['environnement', 'environment', 'environmental', 'moi truong']],
  ['health', ['sante', 'health', 'y te']],
  [
    'exchanges',
    [
      'echanges entre les peuples',
      'echanges de delegations',
      'people to people',
      'giao luu nhan dan',
      'giao luu',
      'amitie',
      'friendship',
    ],
  ],
];

/** Words that make a sentence about the partnership itself (a signature, a meeting, cooperation). */
export const EVENT_WORDS = [
  ...KIND_WORDS.flatMap(([, w]) => w),
  'cooperation',
  'hop tac',
  'signe',
  'signent',
  'signe un',
  'ont signe',
  'signed',
  'sign',
  'ky ket',
  'partenariat',
  'partnership',
  'lien',
  'liens',
  'ties',
  'relations',
  // How reports state a tie that exists ("sisterhood partnership", "twinned with", "quan hệ hữu
  // nghị", "đối tác", "partenaires"): a list of a province's partners speaks of the ties themselves.
  'sisterhood',
  'twinned',
  'twin',
  'friendship',
  'amitie',
  'huu nghi',
  'quan he',
  'doi tac',
  'partner',
  'partners',
  'partenaire',
  'partenaires',
  'collaboration',
  'cooperer',
  'cooperate',
  // (Its verb as reports conjugate it: "la province coopère avec", "the city cooperates with".)
  'coopere',
  'cooperent',
  'cooperait',
  'cooperaient',
  'cooperates',
  'cooperated',
  'cooperating',
  'collabore',
  'collaborent',
  'collaborates',
  'collaborated',
  'joined hands',
  'join hands',
  'joins hands',
  'agreement',
  'accord',
  'accords',
  'thoa thuan',
];

/** Words of a plan or a wish: a sentence with them does not say what kind the event was. */
export const FUTURE_WORDS = [
  'plan to',
  'plans to',
  'will',
  'intend to',
  'prevoient',
  'envisagent',
  'envisage',
  'souhaite',
  'souhaitent',
  'se ky',
  'se to chuc',
  'du kien',
  'du dinh',
];

/** Words just before a place that make it the venue, not a party ("à Astana", "in Astana", "tại"). */
export const VENUE_BEFORE = [
  'a',
  'au',
  'en',
  'in',
  'at',
  'tai',
  'o',
  'den',
  'to',
  'visite au',
  'visite en',
  'visit to',
  'chuyen tham',
];
/** Words just before a place that make it part of an institution's name ("Université d'Asahikawa"). */
export const INSTITUTION_BEFORE = [
  'universite de',
  'universite d',
  'university of',
  'dai hoc',
  'academie',
  'institut',
  'institute of',
  'truong dai hoc',
  'politique',
  'hoc vien',
];
/** Words just after a place that make it part of an institution's name ("Asahikawa University"). */
export const INSTITUTION_AFTER = ['university', 'college', 'academy', 'institute', 'airport', 'aeroport'];

/** Whether `haystack` (folded) contains `word` (folded) as whole words. */
export const hasWord = (haystack: string, word: string): boolean => ` ${haystack} `.includes(` ${word} `);

/** The kind an article's words name, or null. */
export function kindOf(folded: string): Kind | null {
  for (const [kind, words] of KIND_WORDS) if (words.some((w) => hasWord(folded, w))) return kind;
  return null;
}

/** The domains an article's words name, in vocabulary order. */
export function domainsOf(folded: string): Domain[] {
  return DOMAIN_WORDS.filter(([, words]) => words.some((w) => hasWord(folded, w))).map(([d]) => d);
}
