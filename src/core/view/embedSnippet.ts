import type { Lang } from '../i18n';
import type { Theme } from '../draw/theme';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML a newsroom pastes into an article: the embed view of the current state in an iframe, and
 * the host script that sizes it from the atlas's height messages. `site` is the folder the atlas is
 * published in; `hash` the state (`#date=…&sel=…`); `theme` a colour scheme to impose (without it, the
 * reader's own setting decides). Every value is escaped for its attribute.
 *
 * @example embedSnippet({ site: 'https://news.example/atlas/', lang: 'vi', hash: '#date=2024-12-01', title: 'Atlas', height: 620 })
 *   // <iframe data-atlas-embed src="https://news.example/atlas/embed.html?lang=vi#date=2024-12-01" …
 */
export function embedSnippet(o: {
  site: string;
  lang: Lang;
  theme?: Theme | null;
  hash: string;
  title: string;
  height: number;
}): string {
  const site = new URL('./', o.site);
  const theme = o.theme ? `&theme=${o.theme}` : '';
  const src = new URL(`embed.html?lang=${o.lang}${theme}${o.hash}`, site).toString();
  const script = new URL('embed-host.js', site).toString();
  return [
    `<iframe data-atlas-embed src="${attr(src)}" title="${attr(o.title)}"`,
    `  width="100%" height="${Math.round(o.height)}" style="border:0;width:100%;height:${Math.round(o.height)}px"`,
    `  loading="lazy" allow="fullscreen"></iframe>`,
    `<script src="${attr(script)}" async></script>`,
  ].join('\n');
}
