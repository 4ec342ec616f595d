/**
 * CI proof that no test depends on what the editorial data holds: edits this clean clone's
 * `data/partnerships.csv` as a journalist would — a valid row added, a row removed, a title changed —
 * before `npm test` runs. A test that read the editorial data would then fail on a correct edit.
 *
 * Usage: `tsx .ci/edit-data.ts data/partnerships.csv`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';

const file = process.argv[2] ?? 'data/partnerships.csv';
const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
const fields = Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? [];
const [first] = data;
if (!first) throw new Error(`${file} has no row to edit`);
const rows = [...data];
// A row added: the first event again under a new id, retitled (valid: same places, dates, sources).
rows.push({ ...first, id: 'ci-check-added-row', title_en: `${first.title_en} (added by the CI check)` });
// A row removed (the last of the journalist's rows), when another remains.
if (data.length > 1) rows.splice(data.length - 1, 1);
// A title changed.
rows[0] = { ...first, title_fr: `${first.title_fr} (titre modifié par le contrôle CI)` };
writeFileSync(file, Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }) + '\n');
console.log(`${file}: ${data.length} rows → ${rows.length} (one added, one removed, one title changed)`);
