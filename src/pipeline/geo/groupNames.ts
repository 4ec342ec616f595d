/**
 * Units above Natural Earth's admin-1 at which partnerships are made: France's régions (NE gives the
 * départements), Italy's regions (NE: provinces), Spain's autonomous communities (NE: provinces), the
 * United Kingdom's nations and Belgium's regions. Each is the union of the NE units whose `key` field
 * (`region_cod`, `geonunit` or `region`) equals `key`. Ids are ISO 3166-2. Names: English, French and
 * the form Vietnamese outlets use (mostly the local name); `alt` other names in use.
 */
export interface GroupName {
  id: string;
  country: string;
  field: 'region_cod' | 'geonunit' | 'region';
  key: string;
  en: string;
  fr: string;
  vi: string;
  alt?: string[];
  /** For the régions created by the 2016 French reform (Loi n° 2015-29 of 16 January 2015). */
  validFrom?: string;
}

const fr = (id: string, en: string, frName: string, alt: string[] = [], validFrom?: string): GroupName => ({
  id,
  country: 'FR',
  field: 'region_cod',
  key: id,
  en,
  fr: frName,
  vi: frName,
  alt,
  ...(validFrom ? { validFrom } : {}),
});
const NEW = '2016-01-01';
const it = (id: string, en: string, frName: string, local: string, alt: string[] = []): GroupName => ({
  id,
  country: 'IT',
  field: 'region_cod',
  key: id,
  en,
  fr: frName,
  vi: local,
  alt: [local, ...alt],
});
const es = (code: string, en: string, frName: string, local: string, alt: string[] = []): GroupName => ({
  id: `ES-${code}`,
  country: 'ES',
  field: 'region_cod',
  key: `ES.${code}`,
  en,
  fr: frName,
  vi: local,
  alt: [local, ...alt],
});

export const GROUPS: GroupName[] = [
  fr('FR-ARA', 'Auvergne-Rhône-Alpes', 'Auvergne-Rhône-Alpes', [], NEW),
  fr('FR-BFC', 'Bourgogne-Franche-Comté', 'Bourgogne-Franche-Comté', ['Burgundy-Franche-Comté'], NEW),
  fr('FR-BRE', 'Brittany', 'Bretagne', ['Breizh']),
  fr('FR-CVL', 'Centre-Val de Loire', 'Centre-Val de Loire'),
  fr('FR-COR', 'Corsica', 'Corse'),
  fr('FR-GES', 'Grand Est', 'Grand Est', ['Alsace-Champagne-Ardenne-Lorraine'], NEW),
  fr('FR-HDF', 'Hauts-de-France', 'Hauts-de-France', ['Nord-Pas-de-Calais-Picardie'], NEW),
  fr('FR-IDF', 'Île-de-France', 'Île-de-France', ['Paris Region', 'Région parisienne'], undefined),
  fr('FR-NOR', 'Normandy', 'Normandie', [], NEW),
  fr('FR-NAQ', 'Nouvelle-Aquitaine', 'Nouvelle-Aquitaine', ['New Aquitaine'], NEW),
  fr('FR-OCC', 'Occitania', 'Occitanie', ['Languedoc-Roussillon-Midi-Pyrénées'], NEW),
  fr('FR-PDL', 'Pays de la Loire', 'Pays de la Loire'),
  fr('FR-PAC', "Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur", ['PACA', 'Région Sud']),
  it('IT-21', 'Piedmont', 'Piémont', 'Piemonte'),
  it('IT-23', 'Aosta Valley', "Vallée d'Aoste", "Valle d'Aosta"),
  it('IT-25', 'Lombardy', 'Lombardie', 'Lombardia'),
  it('IT-32', 'Trentino-South Tyrol', 'Trentin-Haut-Adige', 'Trentino-Alto Adige'),
  it('IT-34', 'Veneto', 'Vénétie', 'Veneto'),
  it('IT-36', 'Friuli-Venezia Giulia', 'Frioul-Vénétie Julienne', 'Friuli-Venezia Giulia'),
  it('IT-42', 'Liguria', 'Ligurie', 'Liguria'),
  it('IT-45', 'Emilia-Romagna', 'Émilie-Romagne', 'Emilia-Romagna'),
  it('IT-52', 'Tuscany', 'Toscane', 'Toscana'),
  it('IT-55', 'Umbria', 'Ombrie', 'Umbria'),
  it('IT-57', 'Marche', 'Marches', 'Marche'),
  it('IT-62', 'Lazio', 'Latium', 'Lazio'),
  it('IT-65', 'Abruzzo', 'Abruzzes', 'Abruzzo'),
  it('IT-67', 'Molise', 'Molise', 'Molise'),
  it('IT-72', 'Campania', 'Campanie', 'Campania'),
  it('IT-75', 'Apulia', 'Pouilles', 'Puglia'),
  it('IT-77', 'Basilicata', 'Basilicate', 'Basilicata'),
  it('IT-78', 'Calabria', 'Calabre', 'Calabria'),
  it('IT-82', 'Sicily', 'Sicile', 'Sicilia'),
  it('IT-88', 'Sardinia', 'Sardaigne', 'Sardegna'),
  es('AN', 'Andalusia', 'Andalousie', 'Andalucía'),
  es('AR', 'Aragon', 'Aragon', 'Aragón'),
  es('AS', 'Asturias', 'Asturies', 'Asturias', ['Principality of Asturias']),
  es('CN', 'Canary Islands', 'Îles Canaries', 'Canarias', ['Islas Canarias']),
  es('CB', 'Cantabria', 'Cantabrie', 'Cantabria'),
  es('CL', 'Castile and León', 'Castille-et-León', 'Castilla y León'),
  es('CM', 'Castilla–La Mancha', 'Castille-La Manche', 'Castilla-La Mancha'),
  es('CT', 'Catalonia', 'Catalogne', 'Cataluña', ['Catalunya']),
  es('EX', 'Extremadura', 'Estrémadure', 'Extremadura'),
  es('NA', 'Navarre', 'Navarre', 'Navarra', ['Comunidad Foral de Navarra']),
  es('GA', 'Galicia', 'Galice', 'Galicia'),
  es('PM', 'Balearic Islands', 'Îles Baléares', 'Illes Balears', ['Islas Baleares']),
  es('LO', 'La Rioja', 'La Rioja', 'La Rioja'),
  es('MD', 'Community of Madrid', 'Communauté de Madrid', 'Comunidad de Madrid'),
  es('MU', 'Region of Murcia', 'Région de Murcie', 'Región de Murcia'),
  es('PV', 'Basque Country', 'Pays basque', 'País Vasco', ['Euskadi']),
  es('VC', 'Valencian Community', 'Communauté valencienne', 'Comunidad Valenciana'),
  ...(
    [
      ['GB-ENG', 'England', 'England', 'Angleterre', 'England', ['xứ Anh']],
      ['GB-SCT', 'Scotland', 'Scotland', 'Écosse', 'Scotland', ['Xcốt-len']],
      ['GB-WLS', 'Wales', 'Wales', 'Pays de Galles', 'xứ Wales', []],
      ['GB-NIR', 'Northern Ireland', 'Northern Ireland', 'Irlande du Nord', 'Bắc Ireland', []],
    ] as const
  ).map(([id, key, en, frName, vi, alt]): GroupName => ({
    id,
    country: 'GB',
    field: 'geonunit',
    key,
    en,
    fr: frName,
    vi,
    alt: [...alt],
  })),
  {
    id: 'BE-VLG',
    country: 'BE',
    field: 'region',
    key: 'Flemish',
    en: 'Flanders',
    fr: 'Flandre',
    vi: 'Flanders',
    alt: ['Vlaanderen', 'Flemish Region', 'Région flamande', 'Vùng Flanders'],
  },
  {
    id: 'BE-WAL',
    country: 'BE',
    field: 'region',
    key: 'Walloon',
    en: 'Wallonia',
    fr: 'Wallonie',
    vi: 'Wallonie',
    alt: ['Walloon Region', 'Région wallonne', 'Wallonia'],
  },
];

/**
 * The 16 French régions that ceased on 31 December 2015 (the six others kept their territory and
 * are the same units today). Ids are their former ISO 3166-2 codes; members are département codes.
 */
export const FORMER_FR_REGIONS: {
  id: string;
  en: string;
  fr: string;
  alt?: string[];
  departements: string[];
  successor: string;
}[] = [
  { id: 'FR-A', en: 'Alsace', fr: 'Alsace', departements: ['67', '68'], successor: 'FR-GES' },
  {
    id: 'FR-B',
    en: 'Aquitaine',
    fr: 'Aquitaine',
    departements: ['24', '33', '40', '47', '64'],
    successor: 'FR-NAQ',
  },
  { id: 'FR-C', en: 'Auvergne', fr: 'Auvergne', departements: ['03', '15', '43', '63'], successor: 'FR-ARA' },
  {
    id: 'FR-D',
    en: 'Burgundy',
    fr: 'Bourgogne',
    departements: ['21', '58', '71', '89'],
    successor: 'FR-BFC',
  },
  {
    id: 'FR-G',
    en: 'Champagne-Ardenne',
    fr: 'Champagne-Ardenne',
    departements: ['08', '10', '51', '52'],
    successor: 'FR-GES',
  },
  {
    id: 'FR-I',
    en: 'Franche-Comté',
    fr: 'Franche-Comté',
    departements: ['25', '39', '70', '90'],
    successor: 'FR-BFC',
  },
  {
    id: 'FR-K',
    en: 'Languedoc-Roussillon',
    fr: 'Languedoc-Roussillon',
    departements: ['11', '30', '34', '48', '66'],
    successor: 'FR-OCC',
  },
  { id: 'FR-L', en: 'Limousin', fr: 'Limousin', departements: ['19', '23', '87'], successor: 'FR-NAQ' },
  { id: 'FR-M', en: 'Lorraine', fr: 'Lorraine', departements: ['54', '55', '57', '88'], successor: 'FR-GES' },
  {
    id: 'FR-N',
    en: 'Midi-Pyrénées',
    fr: 'Midi-Pyrénées',
    departements: ['09', '12', '31', '32', '46', '65', '81', '82'],
    successor: 'FR-OCC',
  },
  {
    id: 'FR-O',
    en: 'Nord-Pas-de-Calais',
    fr: 'Nord-Pas-de-Calais',
    departements: ['59', '62'],
    successor: 'FR-HDF',
  },
  {
    id: 'FR-P',
    en: 'Lower Normandy',
    fr: 'Basse-Normandie',
    departements: ['14', '50', '61'],
    successor: 'FR-NOR',
  },
  {
    id: 'FR-Q',
    en: 'Upper Normandy',
    fr: 'Haute-Normandie',
    departements: ['27', '76'],
    successor: 'FR-NOR',
  },
  { id: 'FR-S', en: 'Picardy', fr: 'Picardie', departements: ['02', '60', '80'], successor: 'FR-HDF' },
  {
    id: 'FR-T',
    en: 'Poitou-Charentes',
    fr: 'Poitou-Charentes',
    departements: ['16', '17', '79', '86'],
    successor: 'FR-NAQ',
  },
  {
    id: 'FR-V',
    en: 'Rhône-Alpes',
    fr: 'Rhône-Alpes',
    departements: ['01', '07', '26', '38', '42', '69', '73', '74'],
    successor: 'FR-ARA',
  },
];
