import type { InputFile } from './readInputs';
import { readSupport } from './build';
import { buildAtlas, type BuildResult } from './buildAtlas';

/** The committed gazetteer, admin changes and aliases, loaded once for the pipeline tests. */
const { problems: _problems, text: _text, ...support } = readSupport('data');

/** Builds an atlas from CSV text against the real gazetteer. */
export function buildFrom(text: string, file = 'partnerships.csv'): BuildResult {
  const partnerships: InputFile = { file, text };
  return buildAtlas({ partnerships, ...support, dataVersion: 'test' });
}
