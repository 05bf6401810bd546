/**
 * Compile data/ into data/compiled/ (what the package loads at run time):
 *   id-words.txt, id-common.txt   word lists for the morphology and the gazetteer guards
 *   gazetteer.json                entities + folded aliases (see src/gazetteer/compile.ts)
 *   predicates.json               the predicate lexicon expanded to surface forms
 * Run by `npm run build:data`, `npm run build` and `npm test`. Fails on any invalid row.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { entityFiles, loadAllEntities } from './lib/data-files.js';
import { compileGazetteer } from '../src/gazetteer/compile.js';
import { compilePredicates } from './lib/predicates.js';

mkdirSync('data/compiled', { recursive: true });
const t0 = Date.now();

function wordList(src: string, dst: string): Set<string> {
  const words = readFileSync(src, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  writeFileSync(dst, words.join('\n') + '\n');
  return new Set(words);
}
const idWords = wordList('data/lexicon/id-words.txt', 'data/compiled/id-words.txt');
const common = wordList('data/lexicon/id-common.txt', 'data/compiled/id-common.txt');

const { entries, problems } = loadAllEntities();
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`build:data: ${problems.length} problem(s) in data/; fix them (npm run data:report shows all checks)`);
  process.exit(1);
}
const compiled = compileGazetteer(entries, (w) => common.has(w));
writeFileSync('data/compiled/gazetteer.json', JSON.stringify(compiled));

const predicates = await compilePredicates();
writeFileSync('data/compiled/predicates.json', JSON.stringify(predicates));

console.log(
  `build:data: ${idWords.size} words, ${common.size} common words, ${compiled.entities.length} entities / ${compiled.aliases.length} aliases from ${entityFiles().length} files, ` +
    `${predicates.forms.length} predicate forms (${Date.now() - t0} ms)`,
);
