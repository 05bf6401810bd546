/**
 * Each tokenizer's first passes over the IndoSum articles, each system in a fresh process of its own:
 * the rate a single cold run sees (JIT warm-up, lazily loaded word lists, memos filling) beside the
 * warm rate `npm run bench` reports (one warm-up pass, then the best of five).
 * Usage (bundled, from inside the checkout so the bundle finds warta's data):
 *   npx esbuild benchmarks/tools/first-passes.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=bench-out/first.mjs && node bench-out/first.mjs [IndoSum JSONL]
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../../src/index.js';
import { DEFAULT_INDOSUM, loadIndoSum } from '../lib/indosum.js';

const PASSES = 6;
const SYSTEMS = ['warta tokenize', 'wink-nlp tokenizer (empty pipe)'];
const path = process.argv[2] ?? DEFAULT_INDOSUM;
const child = process.argv[3];

if (child === undefined) {
  if (!loadIndoSum(path)) {
    console.log(`skipped: ${path} not found`);
    process.exit(0);
  }
  console.log(`words/s of passes 1–${PASSES} over ${path}, each system in a fresh process\n`);
  const self = fileURLToPath(import.meta.url);
  const rows = SYSTEMS.map((s) => [s, execFileSync(process.execPath, [self, path, s], { encoding: 'utf8' }).trim()] as const);
  const w = Math.max(...SYSTEMS.map((s) => s.length));
  for (const [s, line] of rows) console.log(`${s.padEnd(w)} | ${line}`);
} else {
  const articles = loadIndoSum(path)!;
  const words = articles.reduce((n, a) => n + a.words, 0);
  let run: (t: string) => number;
  if (child === SYSTEMS[0]) run = (t) => tokenize(t).length;
  else {
    const require = createRequire(import.meta.url);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const wink = require('wink-nlp')(require('wink-eng-lite-web-model'), []);
    run = (t) => wink.readDoc(t).tokens().length();
  }
  const rates: string[] = [];
  for (let p = 0; p < PASSES; p++) {
    const t0 = performance.now();
    for (const a of articles) run(a.text);
    rates.push(`${(words / (performance.now() - t0) / 1e3).toFixed(2)}M`.padStart(6));
  }
  console.log(rates.join(' | '));
}
