/**
 * Speed on real news: warta's stages against wink-nlp, natural and a whitespace split, all in this
 * process, on the same raw text. Then a correctness pass over every article.
 *
 *   npm run bench -- [path to IndoSum JSONL]   (default ../shared/data/indosum-dev/dev.01.jsonl)
 *
 * `npm run bench` first bundles this file (and load.ts) with esbuild into bench-out/, as tsup bundles
 * the package users install, and runs the bundle with plain node. Run through tsx instead
 * (`npx tsx benchmarks/speed.ts`), warta's code is slower than what ships: tsx compiles with esbuild's
 * keepNames, which names every closure with a `__name(fn, …)` call (an Object.defineProperty) each time
 * the closure is created; a CPU profile of extract under tsx spends ~3 % of its time there, and extract
 * ran ~10 % slower (2026-11-26: 478k–489k against 543k–545k words/s in alternated runs).
 */
import { createRequire } from 'node:module';
import { extract, splitSentences, tokenize } from '../src/index.js';
import { analyzeText } from '../src/text/tokenize.js';
import { defaultGazetteer } from '../src/gazetteer/load.js';
import { linkMentions } from '../src/gazetteer/link.js';
import { recognize } from '../src/ner/recognize.js';
import { defaultModel } from '../src/ner/model.js';
import { checkSentences, checkTokens } from './lib/invariants.js';
import { DEFAULT_INDOSUM, loadIndoSum } from './lib/indosum.js';
import { printTable, timeIt } from './lib/report.js';

const require = createRequire(import.meta.url);
const path = process.argv[2] ?? DEFAULT_INDOSUM;
const articles = loadIndoSum(path);
if (!articles) {
  console.log(`benchmark skipped: ${path} not found (pass the path to IndoSum's dev.01.jsonl)`);
  process.exit(0);
}
const texts = articles.map((a) => a.text);
const words = articles.reduce((n, a) => n + a.words, 0);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(`IndoSum: ${articles.length} articles, ${words.toLocaleString('en')} words, ${(bytes / 1e6).toFixed(2)} MB (${path})\n`);

// Peers, loaded the way their docs say; natural only through its tokenizer submodule.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const winkNLP = require('wink-nlp');
const winkModel = require('wink-eng-lite-web-model');
const winkTok = winkNLP(winkModel, []);
const winkFull = winkNLP(winkModel);
const AggressiveTokenizerId = require('natural/lib/natural/tokenizers/aggressive_tokenizer_id');
const naturalTok = new AggressiveTokenizerId();

const gaz = defaultGazetteer();
const model = defaultModel();
const rows = [
  timeIt('warta tokenize (+sentences, language, morphology)', texts, (t) => tokenize(t).length, words, bytes),
  timeIt('warta splitSentences', texts, (t) => splitSentences(t).length, words, bytes),
  timeIt('warta tokenize + gazetteer match + link', texts, (t) => {
    const { tokens, sentences } = analyzeText(t);
    return linkMentions(gaz, gaz.match(tokens, sentences), tokens, undefined).length;
  }, words, bytes),
  timeIt('warta tokenize + NER (gazetteer, tagger, resolution)', texts, (t) => {
    const { tokens, sentences } = analyzeText(t);
    return recognize(t, tokens, sentences, gaz, model, undefined).entities.length;
  }, words, bytes),
  timeIt('warta extract (everything: layout, values, NER, relations)', texts, (t) => extract(t, { tokens: false }).relations.length, words, bytes),
  timeIt('wink-nlp tokenizer (empty pipe)', texts, (t) => winkTok.readDoc(t).tokens().length(), words, bytes),
  // (the same with the tokens' text taken out, as warta's tokens carry theirs)
  timeIt('wink-nlp tokenizer + token texts (tokens().out())', texts, (t) => winkTok.readDoc(t).tokens().out().length, words, bytes),
  timeIt('wink-nlp full pipeline (sbd, pos, ner …)', texts, (t) => winkFull.readDoc(t).tokens().length(), words, bytes, 2),
  timeIt('natural AggressiveTokenizerId', texts, (t) => naturalTok.tokenize(t).length, words, bytes),
  timeIt('whitespace split', texts, (t) => t.split(/\s+/).length, words, bytes),
];
printTable(rows, 'warta tokenize (+sentences, language, morphology)');

// Loading costs, in a fresh process
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// (bundled by npm run bench: bench-out/load.mjs next to this bundle; run by tsx: the source)
const bundled = import.meta.url.endsWith('.mjs');
const loadArgs = bundled ? [fileURLToPath(new URL('./load.mjs', import.meta.url))] : ['--import', 'tsx', 'benchmarks/load.ts'];
console.log('\n' + execFileSync(process.execPath, ['--expose-gc', ...loadArgs], { encoding: 'utf8' }).trim());

// Correctness pass: offsets, coverage, tiling, on every article.
let failures = 0;
for (const a of articles) {
  const { tokens, sentences } = analyzeText(a.text);
  try {
    checkTokens(a.text, tokens);
    checkSentences(a.text, sentences, tokens);
  } catch (e) {
    failures++;
    if (failures <= 5) console.log(`  ${a.id}: ${(e as Error).message}`);
  }
}
console.log(`\nCorrectness: ${articles.length - failures}/${articles.length} articles pass (token offsets reproduce text, no overlap, every non-space character covered, sentences tile the text)`);

// Where the peers are wrong: a few phenomena of Indonesian news, side by side.
const probe = 'Turki mengirim drone ke Ukraina senilai Rp 2,5 miliar, Senin (3/1/2022).';
console.log(`\nProbe: ${probe}`);
console.log(`  warta   : ${tokenize(probe).map((t) => t.text).join(' | ')}`);
console.log(`  natural : ${naturalTok.tokenize(probe).join(' | ')}`);
console.log(`  wink-nlp: ${winkTok.readDoc(probe).tokens().out().join(' | ')}`);
