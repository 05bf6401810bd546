/**
 * One-off import: data/lexicon/id-common.txt, Indonesian words that are ordinary words as well as
 * possible names (`malang` unlucky / Malang the city, `antara` between / Antara the news agency).
 * The gazetteer does not link a single-word alias that is one of these at the start of a sentence
 * or in a title-case headline, where capitals prove nothing.
 *
 * Sources (both MIT): Wordnet Bahasa lemmas of verb, adjective and adverb synsets (never proper
 * nouns), and the words the IDNer training data writes in lower case inside a sentence.
 * Usage: tsx scripts/import/common-words.ts [wn-data-ind.tab] [idner train.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const wn = process.argv[2] ?? '../shared/sources/omw_wordnet_bahasa/wn-data-ind.tab';
const idner = process.argv[3] ?? '../shared/data/idner-news-2k/train.txt';
const words = new Set<string>();
for (const line of readFileSync(wn, 'utf8').split('\n')) {
  const [syn, kind, w] = line.split('\t');
  if (kind !== 'ind:lemma' || !syn || !w) continue;
  if (!/-[vars]$/.test(syn)) continue;
  const x = w.trim().toLowerCase();
  if (/^[a-z]+$/.test(x) && x.length >= 3) words.add(x);
}
// IDNer: words written in lower case inside sentences more often than capitalized
let first = true;
const lower = new Map<string, number>();
const upper = new Map<string, number>();
for (const line of readFileSync(idner, 'utf8').split(/\r?\n/)) {
  if (!line.trim()) { first = true; continue; }
  const tok = line.split(/\s+/)[0]!;
  if (!first && /^[A-Za-z]{3,}$/.test(tok)) {
    const k = tok.toLowerCase();
    const m = tok === k ? lower : upper;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  first = false;
}
for (const [w, n] of lower) if (n >= 2 && n > (upper.get(w) ?? 0)) words.add(w);
// place names Wordnet lists as adjectives (Javanese, Asian…) that news uses as names first
for (const w of ['asia', 'afrika', 'eropa', 'amerika', 'australia', 'tibet', 'scotland', 'kashmir', 'alaska', 'hollywood', 'siberia', 'scandinavia', 'jawa', 'timor', 'dakar', 'sabah', 'bali', 'sumatera', 'kalimantan', 'papua', 'sulawesi', 'madura', 'sunda', 'melayu', 'arab']) words.delete(w);
const list = [...words].sort();
writeFileSync('data/lexicon/id-common.txt', '# Indonesian common words (Wordnet Bahasa non-noun lemmas + lower-case words of IDNer train; both MIT). See data/SOURCES.md.\n' + list.join('\n') + '\n');
console.log(`wrote ${list.length} common words`);
