import type { Lang } from '../core/i18n';
import { translator } from './messages';

/**
 * The video export's strings (French, Vietnamese, English), apart from `MESSAGES`: they load with the
 * export's code, not with the first view. Same rules as `MESSAGES` (`{name}` placeholders).
 */
export const VIDEO_MESSAGES = {
  videoTitle: { fr: 'Vidéo de la chronologie', vi: 'Video dòng thời gian', en: 'Video of the timeline' },
  videoHelp: {
    fr: 'La carte défile d’une date à l’autre, avec le titre, la date, la légende et les crédits dans chaque image.',
    vi: 'Bản đồ diễn biến từ ngày bắt đầu đến ngày kết thúc; mỗi khung hình đều có tiêu đề, ngày, chú giải và nguồn.',
    en: 'The map runs from one date to the other, with the title, date, legend and credits in every frame.',
  },
  videoSize: { fr: 'Format', vi: 'Kích thước', en: 'Size' },
  videoSize1080p: {
    fr: '1920 × 1080 (diapositives, écrans)',
    vi: '1920 × 1080 (trình chiếu, màn hình)',
    en: '1920 × 1080 (slides, screens)',
  },
  videoSize720p: {
    fr: '1280 × 720 (fichier plus léger)',
    vi: '1280 × 720 (tệp nhẹ hơn)',
    en: '1280 × 720 (smaller file)',
  },
  videoSizesquare: {
    fr: '1080 × 1080 (carré, réseaux sociaux)',
    vi: '1080 × 1080 (vuông, mạng xã hội)',
    en: '1080 × 1080 (square, social media)',
  },
  videoLength: { fr: 'Durée', vi: 'Thời lượng', en: 'Length' },
  videoSeconds: { fr: '{n} secondes', vi: '{n} giây', en: '{n} seconds' },
  videoFrom: { fr: 'Du', vi: 'Từ ngày', en: 'From' },
  videoTo: { fr: 'Au', vi: 'Đến ngày', en: 'To' },
  videoCaptions: { fr: 'Titres des événements', vi: 'Tiêu đề các sự kiện', en: 'Event titles' },
  videoFormat: { fr: 'Fichier', vi: 'Định dạng', en: 'File' },
  videoMp4: { fr: 'MP4 (H.264)', vi: 'MP4 (H.264)', en: 'MP4 (H.264)' },
  videoWebm: { fr: 'WebM (VP9)', vi: 'WebM (VP9)', en: 'WebM (VP9)' },
  videoNoH264: {
    fr: 'Ce navigateur ne sait pas encoder le MP4 (H.264) : la vidéo peut être faite en WebM (VP9), que lisent les navigateurs et VLC.',
    vi: 'Trình duyệt này không mã hóa được MP4 (H.264): có thể xuất video WebM (VP9), mở được bằng trình duyệt và VLC.',
    en: 'This browser cannot encode MP4 (H.264): the video can be made as WebM (VP9), which browsers and VLC play.',
  },
  videoNoCodec: {
    fr: 'Ce navigateur ne sait pas encoder de vidéo (WebCodecs absent). Une version récente de Chrome, Edge, Firefox ou Safari le sait.',
    vi: 'Trình duyệt này không mã hóa được video (thiếu WebCodecs). Hãy dùng phiên bản mới của Chrome, Edge, Firefox hoặc Safari.',
    en: 'This browser cannot encode video (no WebCodecs). A recent Chrome, Edge, Firefox or Safari can.',
  },
  videoStatic: {
    fr: 'Sans WebGL, les images sont tirées de la carte statique.',
    vi: 'Không có WebGL: các khung hình được vẽ từ bản đồ tĩnh.',
    en: 'Without WebGL, the frames are drawn from the static map.',
  },
  videoStart: { fr: 'Faire la vidéo', vi: 'Xuất video', en: 'Make the video' },
  videoCancel: { fr: 'Annuler', vi: 'Hủy', en: 'Cancel' },
  videoClose: { fr: 'Fermer', vi: 'Đóng', en: 'Close' },
  videoProgress: { fr: 'Image {i} sur {n}', vi: 'Khung hình {i}/{n}', en: 'Frame {i} of {n}' },
  videoDone: {
    fr: 'Vidéo enregistrée : {file} ({size})',
    vi: 'Đã lưu video: {file} ({size})',
    en: 'Video saved: {file} ({size})',
  },
  videoFailed: {
    fr: 'La vidéo n’a pas pu être faite ({error}).',
    vi: 'Không xuất được video ({error}).',
    en: 'The video could not be made ({error}).',
  },
  videoCancelled: { fr: 'Vidéo annulée.', vi: 'Đã hủy video.', en: 'Video cancelled.' },
  videoBusy: {
    fr: 'Une vidéo est déjà en cours.',
    vi: 'Đang xuất một video khác.',
    en: 'A video is already being made.',
  },
  videoSource: {
    fr: 'Source : Partnership Atlas, {site}',
    vi: 'Nguồn: Partnership Atlas, {site}',
    en: 'Source: Partnership Atlas, {site}',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type VideoMessageKey = keyof typeof VIDEO_MESSAGES;
export type VideoTranslate = (key: VideoMessageKey, vars?: Record<string, string | number>) => string;

/** A translator for the video export's strings. */
export function videoTranslator(lang: Lang): VideoTranslate {
  const t = translator(lang, VIDEO_MESSAGES);
  return (key, vars) => t(key as never, vars);
}
