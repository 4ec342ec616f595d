import type { Lang } from './i18n';

/**
 * The map's credit lines (its attribution button, a video's credit) in the reader's language: where
 * the boundaries and places come from, with their licences. The English lines are the atlas file's
 * `attribution`, for those who read the data.
 */
export const MAP_CREDIT: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    'Frontières : Natural Earth (domaine public), Hoàng Sa et Trường Sa figurés comme vietnamiens',
    'Lieux : GeoNames (CC BY 4.0), Natural Earth',
  ],
  vi: [
    'Biên giới: Natural Earth (phạm vi công cộng), Hoàng Sa và Trường Sa thuộc chủ quyền Việt Nam',
    'Địa danh: GeoNames (CC BY 4.0), Natural Earth',
  ],
  en: [
    'Boundaries: Natural Earth (public domain), with Hoàng Sa and Trường Sa shown as Vietnamese',
    'Places: GeoNames (CC BY 4.0), Natural Earth',
  ],
};
