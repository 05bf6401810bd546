/**
 * One-off import: the single-word lemmas of Wordnet Bahasa (MIT, ../shared/sources/omw_wordnet_bahasa)
 * into data/lexicon/id-words.txt, the list of known Indonesian words the morphology uses to decide
 * whether `bukunya` is `buku` + `-nya` and `sekolah` is not `seko` + `-lah`.
 * Usage: tsx scripts/import/wordnet-words.ts [path to wn-data-ind.tab]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const src = process.argv[2] ?? '../shared/sources/omw_wordnet_bahasa/wn-data-ind.tab';
const words = new Set<string>();
for (const line of readFileSync(src, 'utf8').split('\n')) {
  const cols = line.split('\t');
  if (cols[1] !== 'ind:lemma') continue;
  const w = (cols[2] ?? '').trim().toLowerCase();
  if (/^[a-z]+(-[a-z]+)?$/.test(w) && w.length >= 2) words.add(w);
}
const list = [...words].sort();
writeFileSync(
  'data/lexicon/id-words.txt',
  '# Indonesian single-word lemmas from Wordnet Bahasa (MIT); see data/SOURCES.md. One per line.\n' + list.join('\n') + '\n',
);
console.log(`wrote ${list.length} words`);
