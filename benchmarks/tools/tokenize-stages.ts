/**
 * Where `tokenize` spends its time, stage by stage, over the IndoSum articles (best of 15 passes
 * after a warm-up), beside a floor and wink-nlp's tokenizer in the same process:
 *   scan          the char-code scanner alone (tokens with text, offsets, kind and folded form)
 *   scan, facts   the scanner writing each token's facts too (src/text/facts.ts), as tokenize runs it
 *   segment       sentence splitting over scanned tokens and their facts
 *   language      the per-sentence language decision over the facts of split tokens
 *   analyzeText   all of `tokenize`; also with the language forced to `id` (the difference is the
 *                 language decision as it runs inside `tokenize`)
 *   minimal       a tokenizer that only cuts letter runs and single punctuation and builds the same
 *                 token records: no abbreviations, numbers, dates, URLs, sentences, language or
 *                 morphology — what creating the tokens alone costs
 * Stages measured apart run over tokens kept from an earlier pass, so their cache behaviour differs
 * from inside `tokenize`: read them as shares, not as a sum.
 * Usage (bundled, as `npm run bench` runs warta, from inside the checkout so the bundle finds its data):
 *   npx esbuild benchmarks/tools/tokenize-stages.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=bench-out/stages.mjs && node bench-out/stages.mjs [IndoSum JSONL]
 */
import { createRequire } from 'node:module';
import type { Token } from '../../src/types.js';
import { scan, makeToken } from '../../src/text/scan.js';
import { TokenFacts } from '../../src/text/facts.js';
import { segment } from '../../src/text/sentences.js';
import { languageScore } from '../../src/text/language.js';
import { analyzeText } from '../../src/text/tokenize.js';
import { DEFAULT_INDOSUM, loadIndoSum } from '../lib/indosum.js';

const path = process.argv[2] ?? DEFAULT_INDOSUM;
const articles = loadIndoSum(path);
if (!articles) {
  console.log(`skipped: ${path} not found`);
  process.exit(0);
}
const texts = articles.map((a) => a.text);
const words = articles.reduce((n, a) => n + a.words, 0);

function best(run: () => void): number {
  run();
  let b = Infinity;
  for (let r = 0; r < 15; r++) {
    const t0 = performance.now();
    run();
    b = Math.min(b, performance.now() - t0);
  }
  return b;
}

/** 0 space, 1 letter or digit, 2 anything else (one token per character). */
const CLS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) CLS[c] = c <= 32 || c === 0xa0 ? 0 : (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0 ? 1 : 2;
function minimal(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = CLS[text.charCodeAt(i)]!;
    if (k === 0) { i++; continue; }
    let j = i + 1;
    if (k === 1) while (j < n && CLS[text.charCodeAt(j)] === 1) j++;
    const t = text.slice(i, j);
    out.push(makeToken(t, i, j, k === 1 ? 'word' : 'punct', t));
    i = j;
  }
  return out;
}

const rows: Array<[string, number]> = [];
rows.push(['scan', best(() => { for (const t of texts) scan(t); })]);
rows.push(['analyzeText (= tokenize)', best(() => { for (const t of texts) analyzeText(t); })]);
rows.push(["analyzeText, language forced to 'id'", best(() => { for (const t of texts) analyzeText(t, 'id'); })]);
rows.push(['minimal (cut runs, same token records)', best(() => { for (const t of texts) minimal(t); })]);
const tokens: Token[][] = [];
const codes: Int32Array[] = [];
for (const t of texts) {
  const facts = new TokenFacts();
  tokens.push(scan(t, facts));
  codes.push(facts.codes);
}
const ranges = texts.map((t, k) => segment(tokens[k]!, codes[k]!));
rows.push(['scan, facts', best(() => { const facts = new TokenFacts(); for (const t of texts) scan(t, facts); })]);
rows.push(['segment (over scanned tokens)', best(() => { for (let k = 0; k < texts.length; k++) segment(tokens[k]!, codes[k]!); })]);
rows.push(['language (over split tokens)', best(() => { for (let k = 0; k < texts.length; k++) for (const [a, b] of ranges[k]!) languageScore(codes[k]!, a, b); })]);
const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const winkTok = require('wink-nlp')(require('wink-eng-lite-web-model'), []);
rows.push(['wink-nlp tokenizer (empty pipe)', best(() => { for (const t of texts) winkTok.readDoc(t).tokens().length(); })]);

console.log(`IndoSum: ${articles.length} articles, ${words.toLocaleString('en')} words (${path})\n`);
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`${'stage'.padEnd(w)} | ms/pass | words/s`);
for (const [name, ms] of rows) console.log(`${name.padEnd(w)} | ${ms.toFixed(1).padStart(7)} | ${(words / ms / 1000).toFixed(2)}M`);
