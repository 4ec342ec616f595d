import type { Lang } from '../core/i18n';
import { CLOSE_UP_TITLE } from '../core/draw/pictureCloseUp';

/**
 * Every interface string in French, Vietnamese and English. `{name}` is replaced by a value; `{s}`
 * is the plural mark of `{n}` (French: n > 1, English: n ≠ 1, Vietnamese: none). A test fails when a
 * string lacks a language, and `t` falls back visibly (marked with the language) rather than to a key.
 */
export const MESSAGES = {
  title: {
    fr: 'Les provinces du Vietnam et leurs partenaires étrangers',
    vi: 'Các tỉnh, thành phố Việt Nam và đối tác nước ngoài',
    en: "Vietnam's provinces and their foreign partners",
  },
  loading: { fr: 'Chargement des données…', vi: 'Đang tải dữ liệu…', en: 'Loading the data…' },
  loadFailed: {
    fr: 'La carte n’a pas pu être chargée. Vérifiez votre connexion puis rechargez la page.',
    vi: 'Không tải được bản đồ. Hãy kiểm tra kết nối mạng rồi tải lại trang.',
    en: 'The map could not be loaded. Check your connection, then reload the page.',
  },
  status: {
    fr: 'Jusqu’au {date} : {counts}',
    vi: 'Tính đến ngày {date}: {counts}',
    en: 'Up to {date}: {counts}',
  },
  statusDated: {
    fr: 'Jusqu’au {date} (données au {updated}) : {counts}',
    vi: 'Tính đến ngày {date} (dữ liệu cập nhật ngày {updated}): {counts}',
    en: 'Up to {date} (data as of {updated}): {counts}',
  },
  countSigned: {
    fr: '{n} accord{s} signé{s}',
    vi: '{n} văn kiện đã ký',
    en: '{n} agreement{s} signed',
  },
  countLinks: {
    fr: '{n} lien{s} entre {vn} et {partners}',
    vi: '{n} liên kết giữa {vn} và {partners}',
    en: '{n} link{s} between {vn} and {partners}',
  },
  countProvinces: {
    fr: '{n} province{s} vietnamienne{s}',
    vi: '{n} tỉnh, thành phố Việt Nam',
    en: '{n} Vietnamese province{s}',
  },
  countPartners: {
    fr: '{n} partenaire{s} étranger{s}',
    vi: '{n} đối tác nước ngoài',
    en: '{n} foreign partner{s}',
  },
  // (Units counted as they signed, fewer on the day: "47 Vietnamese provinces (31 on the map)" after
  // 2025, against the 34 a reader knows, read as a mistake in a reader's review.)
  countMerged: {
    fr: '{text} au moment de signer ({m} désormais)',
    // ("nay còn": now down to, where "nay là", "now is", left the reader to guess what had changed.)
    vi: '{text} tại thời điểm ký kết (nay còn {m})',
    en: '{text} as they signed (now {m})',
  },
  countNone: { fr: 'aucun événement', vi: 'chưa có sự kiện nào', en: 'no event yet' },
  noMap: {
    fr: 'Sur cet appareil, la carte reste une image : le fil du temps, la recherche et la liste des événements fonctionnent.',
    vi: 'Trên thiết bị này, bản đồ chỉ hiển thị dưới dạng ảnh tĩnh: thanh thời gian, ô tìm kiếm và danh sách sự kiện vẫn dùng được.',
    en: 'On this device the map is a still picture: the timeline, the search and the list of events still work.',
  },
  closeUp: CLOSE_UP_TITLE,
  chooseArc: {
    fr: 'Plusieurs partenariats ici : lequel ?',
    vi: 'Có nhiều quan hệ hợp tác tại vị trí này: chọn một',
    en: 'Several partnerships here: which one?',
  },
  mapLabel: { fr: 'Carte des partenariats', vi: 'Bản đồ quan hệ hợp tác', en: 'Map of the partnerships' },
  visibleTitle: {
    fr: 'Liens recensés jusqu’au {date}',
    vi: 'Các liên kết được ghi nhận tính đến ngày {date}',
    en: 'Links recorded up to {date}',
  },
  announce: {
    fr: '{date} : {n} événement{s}.',
    vi: '{date}: {n} sự kiện.',
    en: '{date}: {n} event{s}.',
  },
  announceNew: { fr: 'Nouveau : {list}.', vi: 'Mới: {list}.', en: 'New: {list}.' },
  allEvents: { fr: 'Tous les événements', vi: 'Tất cả sự kiện', en: 'All events' },
  dataVersion: {
    fr: 'données mises à jour le {date}',
    vi: 'dữ liệu cập nhật ngày {date}',
    en: 'data updated {date}',
  },
  language: { fr: 'Langue', vi: 'Ngôn ngữ', en: 'Language' },
  play: { fr: 'Lecture', vi: 'Phát', en: 'Play' },
  pause: { fr: 'Pause', vi: 'Tạm dừng', en: 'Pause' },
  speed: { fr: 'Vitesse de lecture', vi: 'Tốc độ phát', en: 'Playback speed' },
  date: { fr: 'Date', vi: 'Ngày', en: 'Date' },
  previousEvent: { fr: 'Événement précédent', vi: 'Sự kiện trước', en: 'Previous event' },
  nextEvent: { fr: 'Événement suivant', vi: 'Sự kiện tiếp theo', en: 'Next event' },
  /** The keys as printed on the reader's keyboard (French keyboards: "Pg préc", "Pg suiv"). */
  previousKey: { fr: 'touche Pg suiv', vi: 'phím Page Down', en: 'Page Down key' },
  nextKey: { fr: 'touche Pg préc', vi: 'phím Page Up', en: 'Page Up key' },
  /** The mark says what changed, not only two numbers (read alone, "63 → 34" looked like leftover debug output). */
  reformShort: { fr: '63 → 34 provinces', vi: '63 → 34 tỉnh', en: '63 → 34 provinces' },
  reformName: {
    fr: 'Réforme territoriale du {date}',
    vi: 'Sắp xếp đơn vị hành chính cấp tỉnh ngày {date}',
    en: 'Provincial reform of {date}',
  },
  reformNote: {
    fr: 'Le {date}, les 63 provinces et villes du Vietnam deviennent 34 (résolution 202/2025/QH15). À partir de cette date, la carte montre les nouvelles provinces, et les partenariats des provinces fusionnées partent de la province qui les a reprises.',
    vi: 'Ngày {date}, 63 tỉnh, thành phố của Việt Nam được sắp xếp thành 34 tỉnh, thành phố (Nghị quyết số 202/2025/QH15 của Quốc hội). Từ ngày này, bản đồ thể hiện các tỉnh, thành phố mới; quan hệ hợp tác của các tỉnh, thành phố đã sáp nhập được tính cho tỉnh, thành phố mới.',
    en: 'On {date}, Vietnam’s 63 provinces and cities became 34 (Resolution 202/2025/QH15). From this day the map shows the new provinces, and the partnerships of merged provinces start from the province that took them over.',
  },
  details: { fr: 'Détails', vi: 'Chi tiết', en: 'Details' },
  close: { fr: 'Fermer', vi: 'Đóng', en: 'Close' },
  source: {
    fr: 'Source : {outlet}, {date}, « {headline} »',
    vi: 'Nguồn: {outlet}, {date}, “{headline}”',
    en: 'Source: {outlet}, {date}, “{headline}”',
  },
  sourceNoHeadline: {
    fr: 'Source : {outlet}, {date} (titre non relevé)',
    vi: 'Nguồn: {outlet}, {date} (không có thông tin tiêu đề bài viết)',
    en: 'Source: {outlet}, {date} (headline not recorded)',
  },
  link: { fr: 'lire l’article', vi: 'đọc bài', en: 'read the report' },
  monthPrecision: {
    fr: '{date} (date au mois près)',
    vi: '{date} (chưa rõ ngày cụ thể)',
    en: '{date} (month only)',
  },
  yearPrecision: {
    fr: '{date} (date à l’année près)',
    vi: '{date} (chưa rõ ngày, tháng cụ thể)',
    en: '{date} (year only)',
  },
  events: { fr: '{n} événement{s}', vi: '{n} sự kiện', en: '{n} event{s}' },
  noEvents: {
    fr: 'aucun partenariat à cette date',
    vi: 'chưa có quan hệ hợp tác tính đến ngày này',
    en: 'no partnership by this date',
  },
  /** A unit not yet formed on the day (the new Tuyên Quang in 2024). */
  noEventsNotYet: {
    fr: 'pas encore formée à cette date',
    vi: 'chưa được thành lập tại thời điểm này',
    en: 'not yet formed by this date',
  },
  /** A unit that had ceased on the day, with no partnership of its own ("not yet" would be wrong). */
  noEventsOwn: {
    fr: 'aucun partenariat en propre',
    vi: 'không có quan hệ hợp tác riêng',
    en: 'no partnership of its own',
  },
  partOf: {
    fr: 'fait partie de {new} depuis le {date}',
    vi: 'thuộc {new} từ ngày {date}',
    en: 'part of {new} since {date}',
  },
  formedFrom: {
    fr: 'formée le {date} à partir de : {list}',
    vi: 'thành lập ngày {date} trên cơ sở {list}',
    en: 'formed on {date} from {list}',
  },
  seePlace: { fr: 'Voir {name}', vi: 'Xem {name}', en: 'See {name}' },
  /** The heading of a place's links in its details panel (`SelectionPanel.links`): foldable. */
  linksTitle: {
    fr: '{n} liens, du plus ancien au plus récent',
    vi: '{n} liên kết, từ cũ đến mới',
    en: '{n} links, oldest first',
  },
  mergedInto: {
    fr: 'intégrée à {new} le {date}',
    vi: 'sáp nhập vào {new} ngày {date}',
    en: 'merged into {new} on {date}',
  },
  becameUnit: {
    fr: 'devenue {new} le {date}',
    vi: 'trở thành {new} ngày {date}',
    en: 'became {new} on {date}',
  },
  nowPartOf: {
    fr: '{old} (aujourd’hui partie de {new})',
    vi: '{old} (nay thuộc {new})',
    en: '{old} (now part of {new})',
  },
  nowIs: { fr: '{old} (aujourd’hui {new})', vi: '{old} (nay là {new})', en: '{old} (now {new})' },
  formerSameName: {
    fr: '{old} (avant la fusion du {date})',
    vi: '{old} (trước khi sáp nhập ngày {date})',
    en: '{old} (before the merger of {date})',
  },
  untilYear: { fr: '{name} (jusqu’en {year})', vi: '{name} (đến năm {year})', en: '{name} (until {year})' },
  sinceYear: { fr: '{name} (depuis {year})', vi: '{name} (từ năm {year})', en: '{name} (since {year})' },
  unnamedPlace: {
    fr: 'lieu sans nom dans l’atlas',
    vi: 'địa điểm chưa có tên trên bản đồ',
    en: 'place not named in the atlas',
  },
  /** Short enough for a phone's narrow box ("Chercher un lieu" showed "Chercher ur"); the label says more. */
  searchPlaceholder: { fr: 'Rechercher', vi: 'Tìm kiếm', en: 'Search' },
  searchLabel: {
    fr: 'Chercher une province ou un partenaire',
    vi: 'Tìm tỉnh, thành phố hoặc đối tác',
    en: 'Find a province or a partner',
  },
  noPlace: { fr: 'Aucun lieu trouvé', vi: 'Không tìm thấy địa danh', en: 'No place found' },
  startPlaces: {
    fr: 'Les plus liés sur la carte',
    vi: 'Nhiều đối tác nhất trên bản đồ',
    en: 'Most linked on the map',
  },
  levelProvince: { fr: 'province', vi: 'tỉnh', en: 'province' },
  levelRegion: { fr: 'région', vi: 'vùng', en: 'region' },
  levelVnCity: {
    fr: 'ville de rang provincial',
    vi: 'thành phố trực thuộc trung ương',
    en: 'centrally-run city',
  },
  levelCity: { fr: 'ville', vi: 'thành phố', en: 'city' },
  levelCountry: { fr: 'pays', vi: 'quốc gia', en: 'country' },
  filters: { fr: 'Filtres', vi: 'Bộ lọc', en: 'Filters' },
  filtersOn: { fr: 'Filtres ({n})', vi: 'Bộ lọc ({n})', en: 'Filters ({n})' },
  filterCountry: { fr: 'Pays partenaire', vi: 'Quốc gia đối tác', en: 'Partner country' },
  filterKind: { fr: 'Type', vi: 'Loại', en: 'Kind' },
  filterDomain: { fr: 'Domaine', vi: 'Lĩnh vực', en: 'Domain' },
  showAll: { fr: 'Tout afficher', vi: 'Hiển thị tất cả', en: 'Show all' },
  tipArc: {
    fr: '{arc} · {n} événement{s}',
    vi: '{arc} · {n} sự kiện',
    en: '{arc} · {n} event{s}',
  },
  reachVn: {
    fr: '{n} partenaire{s} dans {countries}',
    vi: '{n} đối tác thuộc {countries}',
    en: '{n} partner{s} in {countries}',
  },
  reachCountries: {
    fr: '{n} pays',
    vi: '{n} quốc gia',
    en: '{n} countries',
  },
  reachCountry: { fr: '1 pays', vi: '1 quốc gia', en: '1 country' },
  reachPartner: {
    fr: 'lié à {n} province{s} vietnamienne{s}',
    vi: 'liên kết với {n} tỉnh, thành phố Việt Nam',
    en: 'linked to {n} Vietnamese province{s}',
  },
  reachAbroad: {
    fr: '{links} · {n} partenaire{s} · {units}',
    vi: '{links} · {n} đối tác · {units}',
    en: '{links} · {n} partner{s} · {units}',
  },
  /** A country's links (Vietnamese unit–partner pairs): the count its flow is named with ("Laos · 25"). */
  reachLinks: { fr: '{n} lien{s}', vi: '{n} liên kết', en: '{n} link{s}' },
  /** Since when a place or an arc has links: its first event's month (`sinceText`). */
  since: { fr: 'depuis {date}', vi: 'từ {date}', en: 'since {date}' },
  tipReach: { fr: '{name} — {reach}', vi: '{name} — {reach}', en: '{name} — {reach}' },
  tipPlace: {
    fr: '{name} · {n} événement{s}',
    vi: '{name} · {n} sự kiện',
    en: '{name} · {n} event{s}',
  },
  legendArc: {
    fr: 'partenariat (plus épais : plus d’événements)',
    vi: 'quan hệ hợp tác (nét càng dày, càng nhiều sự kiện)',
    en: 'partnership (thicker: more events)',
  },
  // (And what the number in a flow's or a hub's name counts, "Inde · 3", "Hanoï · 41" (a reader's
  // review), in a line on a phone: no-break spaces keep "· 3" whole.)
  legendFlow: {
    fr: 'liens avec un pays (épaisseur, «\u00a0·\u00a03\u00a0»\u00a0: nombre de liens)',
    // (As the arcs' key says it: "độ dày", "thickness", alone said nothing of what it measures.)
    vi: 'liên kết với một quốc gia (nét càng dày, càng nhiều liên kết; “·\u00a03”: 3 liên kết)',
    en: 'links with a country (thickness, “·\u00a03”: number of links)',
  },

  // (The names' two inks, each word drawn in its own: the Vietnamese places' and the foreign
  // partners' (`partnerLabel`). In one ink, "Laos · 25" read as a Vietnamese place beside "Hanoï · 41",
  // and in two without a key a reader could not tell what they meant: readers' reviews.)
  legendNames: { fr: 'noms :', vi: 'tên:', en: 'names:' },
  legendNameVn: { fr: 'Viêt Nam', vi: 'Việt Nam', en: 'Vietnam' },
  legendNamePartner: { fr: 'étranger', vi: 'nước ngoài', en: 'abroad' },
  legendArea: {
    fr: 'province ou région partenaire',
    vi: 'tỉnh hoặc vùng có quan hệ hợp tác',
    en: 'province or region with a partner',
  },
  pictureAlt: {
    fr: 'Carte jusqu’au {date} : {counts}',
    vi: 'Bản đồ tính đến ngày {date}: {counts}',
    en: 'Map up to {date}: {counts}',
  },
  exploreMap: { fr: 'Explorer la carte', vi: 'Khám phá bản đồ', en: 'Explore the map' },
  fullMap: { fr: 'Ouvrir la carte complète', vi: 'Mở bản đồ đầy đủ', en: 'Open the full map' },
  mlZoomIn: { fr: 'Zoomer', vi: 'Phóng to', en: 'Zoom in' },
  mlZoomOut: { fr: 'Dézoomer', vi: 'Thu nhỏ', en: 'Zoom out' },
  mlGlobeOn: { fr: 'Afficher le globe', vi: 'Xem dưới dạng quả địa cầu', en: 'Show the globe' },
  mlGlobeOff: { fr: 'Revenir à la carte plane', vi: 'Trở về bản đồ phẳng', en: 'Back to the flat map' },
  mlAttribution: { fr: 'Afficher les crédits', vi: 'Hiện nguồn dữ liệu', en: 'Show the credits' },
  mlCoopWin: {
    fr: 'Ctrl + molette pour zoomer sur la carte',
    vi: 'Giữ Ctrl và cuộn chuột để phóng to, thu nhỏ bản đồ',
    en: 'Use Ctrl + scroll to zoom the map',
  },
  mlCoopMac: {
    fr: '⌘ + molette pour zoomer sur la carte',
    vi: 'Giữ ⌘ và cuộn chuột để phóng to, thu nhỏ bản đồ',
    en: 'Use ⌘ + scroll to zoom the map',
  },
  mlCoopMobile: {
    fr: 'Deux doigts pour déplacer la carte',
    vi: 'Dùng hai ngón tay để di chuyển bản đồ',
    en: 'Use two fingers to move the map',
  },
  share: { fr: 'Partager', vi: 'Chia sẻ', en: 'Share' },
  embed: { fr: 'Intégrer dans un article…', vi: 'Nhúng vào bài viết…', en: 'Embed in an article…' },
  embedTitle: {
    fr: 'Intégrer cette vue dans un article',
    vi: 'Nhúng khung bản đồ này vào bài viết',
    en: 'Embed this view in an article',
  },
  embedHelp: {
    fr: 'Collez ce code dans la page. Il reprend la date, la sélection, les filtres et la langue de cette vue ; le script ajuste la hauteur du cadre à son contenu.',
    vi: 'Dán đoạn mã này vào trang. Mã giữ nguyên ngày, mục đang chọn, bộ lọc và ngôn ngữ của khung bản đồ này; tập lệnh tự điều chỉnh chiều cao khung theo nội dung.',
    en: 'Paste this code into the page. It keeps the date, selection, filters and language of this view; the script fits the frame’s height to its content.',
  },
  embedCode: { fr: 'Code à intégrer', vi: 'Mã nhúng', en: 'Embed code' },
  copy: { fr: 'Copier le code', vi: 'Sao chép mã', en: 'Copy the code' },
  copied: { fr: 'Code copié', vi: 'Đã sao chép mã', en: 'Code copied' },
  exportPng: { fr: 'Image PNG (diapositives)', vi: 'Ảnh PNG (trình chiếu)', en: 'PNG image (slides)' },
  pngSelection: {
    fr: 'Sélection : {name} — les autres liens sont estompés',
    vi: 'Đang chọn: {name} — các liên kết khác được làm mờ',
    en: 'Selected: {name} — other links faded',
  },
  pngWaiting: {
    fr: 'L’image sera enregistrée dès que la carte sera revenue.',
    vi: 'Ảnh sẽ được lưu ngay khi bản đồ hiển thị trở lại.',
    en: 'The picture will be saved as soon as the map is back.',
  },
  exportCsv: { fr: 'Tableau CSV', vi: 'Bảng CSV', en: 'CSV table' },
  exportGeojson: { fr: 'GeoJSON', vi: 'GeoJSON', en: 'GeoJSON' },
  exportVideo: { fr: 'Vidéo MP4…', vi: 'Video MP4…', en: 'MP4 video…' },
  present: { fr: 'Présenter', vi: 'Trình chiếu', en: 'Present' },
  chapter: { fr: 'Étape {i} sur {n}', vi: 'Phần {i}/{n}', en: 'Step {i} of {n}' },
  previous: { fr: 'Précédent', vi: 'Quay lại', en: 'Previous' },
  next: { fr: 'Suivant', vi: 'Tiếp theo', en: 'Next' },
  autoplay: { fr: 'Lecture automatique', vi: 'Tự động trình chiếu', en: 'Autoplay' },
  stopAutoplay: { fr: 'Arrêter la lecture', vi: 'Dừng tự động trình chiếu', en: 'Stop autoplay' },
  leave: { fr: 'Quitter (Échap)', vi: 'Thoát (Esc)', en: 'Leave (Esc)' },
  presentKeys: {
    fr: '← → ou Page préc./suiv. pour changer d’étape',
    vi: '← → hoặc PageUp/PageDown để chuyển phần',
    en: '← → or PageUp/PageDown to change step',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const plural = (lang: Lang, n: number) => (lang === 'vi' ? '' : (lang === 'fr' ? n > 1 : n !== 1) ? 's' : '');

/** A translator for one language. A missing or empty string shows another language, marked, never a key. */
export function translator(
  lang: Lang,
  messages: Record<string, Partial<Record<Lang, string>>> = MESSAGES,
): Translate {
  return (key, vars = {}) => {
    const m = messages[key] ?? {};
    let text = m[lang];
    if (!text) {
      const other = (['fr', 'en', 'vi'] as const).find((l) => m[l]);
      text = other ? `[${other}] ${m[other]}` : `[${key}]`;
    }
    const n = typeof vars.n === 'number' ? vars.n : Number(vars.n ?? 0);
    return text.replace(/\{(\w+)\}/g, (_, k: string) =>
      k === 's' ? plural(lang, n) : String(vars[k] ?? `{${k}}`),
    );
  };
}
