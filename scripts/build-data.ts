/**
 * Compile data/ into data/compiled/ (what the package loads at run time).
 * Run by `npm run build:data`, `npm run build` and `npm test`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

mkdirSync('data/compiled', { recursive: true });
const t0 = Date.now();

// Known Indonesian words for the morphology
const words = readFileSync('data/lexicon/id-words.txt', 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'));
writeFileSync('data/compiled/id-words.txt', words.join('\n') + '\n');

console.log(`build:data: ${words.length} words (${Date.now() - t0} ms)`);
