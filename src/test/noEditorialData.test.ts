import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the unit tests’ guard on the editorial data', () => {
  it('makes reading data/partnerships.csv fail, and leaves fixtures readable', () => {
    expect(() => readFileSync('data/partnerships.csv', 'utf8')).toThrow(/editorial data/);
    expect(() => readFileSync('./data/../data/aliases.csv')).toThrow(/editorial data/);
    expect(readFileSync('src/pipeline/fixtures/in/five-reports.csv', 'utf8')).toMatch(/^id,date,/);
  });
});
