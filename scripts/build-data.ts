/**
 * Compile data/ into data/compiled/ (what the package loads at run time):
 *   id-words.txt, id-common.txt   word lists for the morphology and the gazetteer guards
 *   gazetteer.json                entities + folded aliases (see src/gazetteer/compile.ts)
 *   predicates.json               the predicate lexicon expanded to surface forms
 * Run by `npm run build:data`, `npm run build` and `npm test`. Fails on any invalid row.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { entityFiles, loadAllEntities } from './lib/data-files.js';
import { aliasKey, compileGazetteer } from '../src/gazetteer/compile.js';
import type { CompiledNerLexicon } from '../src/ner/lexicon.js';
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

// NER lexicon: cue words and name tokens
const cues = new Map<string, [Set<string>, string]>();
for (const line of readFileSync('data/lexicon/cues.tsv', 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('cue\t')) continue;
  const [cue, cls, , role] = line.split('\t');
  if (!cue || !cls) throw new Error(`data/lexicon/cues.tsv: bad line "${line}"`);
  const key = aliasKey(cue);
  const e = cues.get(key) ?? [new Set<string>(), ''];
  e[0].add(cls);
  if (role && !e[1]) e[1] = role;
  cues.set(key, e);
}
const names = new Set(readFileSync('data/lexicon/person-names.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
// (names curated from news: only those that are no ordinary word)
for (const l of readFileSync('data/lexicon/person-names-news.txt', 'utf8').split('\n')) if (l && !l.startsWith('#') && !common.has(l)) names.add(l);
for (const e of entries) {
  if (e.type !== 'PERSON') continue;
  for (const n of [e.name, ...(e.aliases ?? [])]) {
    const parts = aliasKey(n).split(' ').filter((w) => w.length >= 3 && /^[a-z'-]+$/.test(w) && !common.has(w));
    if (parts.length > 1) for (const w of [parts[0]!, parts[parts.length - 1]!]) names.add(w);
  }
}
const notNames = readFileSync('data/lexicon/not-names.txt', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => aliasKey(l.trim()));
// titles that name their organization (`Kapolri`): title key → organization id of the gazetteer
const titleOrgs: Array<[string, string]> = [];
for (const line of readFileSync('data/lexicon/title-orgs.tsv', 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('title\t')) continue;
  const [title, org] = line.split('\t');
  if (!title || !org) throw new Error(`data/lexicon/title-orgs.tsv: bad line "${line}"`);
  if (!cues.get(aliasKey(title))?.[0].has('title')) throw new Error(`data/lexicon/title-orgs.tsv: "${title}" is no title of data/lexicon/cues.tsv`);
  if (!entries.some((e) => e.id === org)) throw new Error(`data/lexicon/title-orgs.tsv: no organization "${org}" in data/`);
  titleOrgs.push([aliasKey(title), org]);
}
// buildings that stand for the institution seated in them: place id → institution id
const seats: Array<[string, string]> = [];
for (const line of readFileSync('data/lexicon/seats.tsv', 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('place\t')) continue;
  const [place, institution] = line.split('\t');
  if (!place || !institution) throw new Error(`data/lexicon/seats.tsv: bad line "${line}"`);
  for (const id of [place, institution]) if (!entries.some((e) => e.id === id)) throw new Error(`data/lexicon/seats.tsv: no entity "${id}" in data/`);
  seats.push([place, institution]);
}
const nerLexicon: CompiledNerLexicon = { version: 1, cues: [...cues].map(([k, [cls, role]]) => [k, [...cls].join('|'), role]), names: [...names].sort(), notNames, titleOrgs, seats };
writeFileSync('data/compiled/ner-lexicon.json', JSON.stringify(nerLexicon));

const predicates = await compilePredicates();
writeFileSync('data/compiled/predicates.json', JSON.stringify(predicates));

console.log(
  `build:data: ${idWords.size} words, ${common.size} common words, ${compiled.entities.length} entities / ${compiled.aliases.length} aliases from ${entityFiles().length} files, ` +
    `${nerLexicon.cues.length} cues, ${nerLexicon.names.length} name tokens, ${predicates.forms.length} predicate forms (${Date.now() - t0} ms)`,
);
