/** What an editor may put at the top of a pasted article. */
export interface Header {
  date?: string;
  outlet?: string;
  headline?: string;
  url?: string;
}

/**
 * Header lines an editor may put at the top of a pasted article (`date: 2023-02-22`, `outlet: …`,
 * `headline: …`, `url: …`), and the form of the source copies (` date 2024-11 Headline…`).
 * Returns the header and where the body starts.
 */
export function readHeader(text: string): { header: Header; body: string } {
  const header: Header = {};
  const lines = text.split(/\r?\n/);
  let i = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    // A header line left empty ("date:" when the page gives none) is still a header line.
    const kv = /^(date|outlet|source|headline|title|titre|url|link)\s*:\s*(.*)$/i.exec(line);
    const seed = /^date\s+(\d{4}(?:-\d{2}){0,2})\s+(.+)$/i.exec(line);
    if (kv) {
      const key = (kv[1] as string).toLowerCase();
      const value = (kv[2] as string).trim();
      if (!value) continue;
      if (key === 'date') header.date = value;
      else if (key === 'outlet' || key === 'source') header.outlet = value;
      else if (key === 'url' || key === 'link') header.url = value;
      else header.headline = value;
    } else if (seed) {
      header.date = seed[1];
      // In those copies the rest of the line is the headline, or a caption when it is long.
      const rest = (seed[2] as string).trim();
      if (rest.length <= 160 && !/[.!?]$/.test(rest)) header.headline = rest;
      else {
        lines[i] = rest;
        break;
      }
    } else break;
  }
  let body = lines.slice(i).join('\n');
  // A first short line without a final full stop is the headline.
  if (!header.headline) {
    const first = /^\s*([^\n]{8,200})\n/.exec(body);
    if (first && !/[.!?:]\s*$/.test(first[1] as string)) {
      header.headline = (first[1] as string).trim();
      body = body.slice(first[0].length);
    }
  }
  return { header, body };
}
