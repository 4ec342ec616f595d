import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet';

describe('embedSnippet', () => {
  it('points the iframe at the embed view of the state, and the script at the host script', () => {
    const s = embedSnippet({
      site: 'https://news.example/maps/atlas/index.html',
      lang: 'vi',
      hash: '#date=2024-12-01&sel=VN-13',
      title: 'Partnership Atlas',
      height: 620.4,
    });
    expect(s).toContain(
      'src="https://news.example/maps/atlas/embed.html?lang=vi#date=2024-12-01&amp;sel=VN-13"',
    );
    expect(s).toContain('<script src="https://news.example/maps/atlas/embed-host.js" async></script>');
    expect(s).toContain('height="620"');
    expect(s).toContain('data-atlas-embed');
  });

  it('keeps a colour scheme the page was asked for, and leaves it to the reader otherwise', () => {
    const at = (theme: 'dark' | null) =>
      embedSnippet({
        site: 'https://x.example/',
        lang: 'en',
        theme,
        hash: '#date=2025-01-01',
        title: 'A',
        height: 500,
      });
    expect(at('dark')).toContain('src="https://x.example/embed.html?lang=en&amp;theme=dark#date=2025-01-01"');
    expect(at(null)).toContain('src="https://x.example/embed.html?lang=en#date=2025-01-01"');
  });

  it('escapes what it puts in attributes', () => {
    const s = embedSnippet({
      site: 'https://x.example/',
      lang: 'fr',
      hash: '',
      title: 'A "quoted" <b>',
      height: 500,
    });
    expect(s).toContain('title="A &quot;quoted&quot; &lt;b>"');
    expect(s).not.toContain('<b>');
  });
});
