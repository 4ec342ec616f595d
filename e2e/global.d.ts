import type { AtlasApi } from '../src/app/api';

declare global {
  interface Window {
    atlas?: AtlasApi;
  }
}
