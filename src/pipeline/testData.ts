import { parseAdminChanges, parseAliases, readInput, type InputFile } from './readInputs';
import { loadGazetteerFile } from './build';
import { buildAtlas, type BuildResult } from './buildAtlas';

/** The committed gazetteer, admin changes and aliases, loaded once for the pipeline tests. */
const gazetteer = loadGazetteerFile('data');
const changesIn = readInput('data', 'admin-changes.csv');
const aliasesIn = readInput('data', 'aliases.csv');
const { changes } = parseAdminChanges(changesIn);
const { aliases } = parseAliases(aliasesIn);

/** Builds an atlas from CSV text against the real gazetteer. */
export function buildFrom(text: string, file = 'partnerships.csv'): BuildResult {
  const partnerships: InputFile = { file, text };
  return buildAtlas({
    partnerships,
    changes,
    changesFile: changesIn.file,
    aliases,
    aliasesFile: aliasesIn.file,
    gazetteer,
    dataVersion: 'test',
  });
}
