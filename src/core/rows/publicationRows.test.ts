import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './csv';
import { parsePublication } from './publicationRows';

// The frozen fixture copy, never the newsroom's data/publication.csv.
const FIXTURE = readFileSync('src/pipeline/fixtures/support/publication.csv', 'utf8');
const problems = (text: string) => parsePublication(text, 'publication.csv').problems.map(formatProblem);

describe('parsePublication', () => {
  it('reads the frame in three languages and the update day', () => {
    const { publication, problems } = parsePublication(FIXTURE, 'publication.csv');
    expect(problems).toEqual([]);
    expect(publication?.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(publication?.sources.en).toMatch(/^Sources: .*Natural Earth.*GeoNames/);
    expect(publication?.title.vi).toBeTruthy();
  });

  it('names an empty translation, an unknown key, a bad day and a missing row by line and column', () => {
    const text = ['key,fr,vi,en', 'title,Titre,,Title', 'standfrst,a,b,c', 'updated,1 March 2025,,'].join(
      '\n',
    );
    const p = problems(text);
    expect(p).toContain('publication.csv:2:3: vi: is empty: give the title in this language');
    expect(p.join('\n')).toMatch(/publication\.csv:3:1: key: "standfrst" is not a key/);
    expect(p.join('\n')).toMatch(/publication\.csv:4:2: fr: must be a full day, YYYY-MM-DD/);
    expect(p.join('\n')).toMatch(/has no "sources" row/);
  });
});
