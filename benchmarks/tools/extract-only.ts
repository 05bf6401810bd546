/**
 * Time `extract` alone over the IndoSum articles (3 warm-up passes, best of 8): what alternating two
 * versions of the code compares (build each into a bundle, e.g. from a `git worktree`, and run them in
 * turn: `npx esbuild benchmarks/tools/extract-only.ts --bundle --platform=node --format=esm
 * --outfile=bench-out/b.mjs && node bench-out/b.mjs`: inside the checkout, where the bundle finds warta's data). Node flags go before the script (`node
 * --max-semi-space-size=64 bench-out/b.mjs`).
 * Usage: npx tsx benchmarks/tools/extract-only.ts [IndoSum JSONL]
 */
import { extract } from '../../src/index.js';
import { DEFAULT_INDOSUM, loadIndoSum } from '../lib/indosum.js';

const path = process.argv[2] ?? DEFAULT_INDOSUM;
const articles = loadIndoSum(path);
if (!articles) {
  console.log(`skipped: ${path} not found`);
  process.exit(0);
}
const words = articles.reduce((n, a) => n + a.words, 0);
for (let r = 0; r < 3; r++) for (const a of articles) extract(a.text, { tokens: false });
let best = Infinity;
for (let r = 0; r < 8; r++) {
  const t0 = performance.now();
  for (const a of articles) extract(a.text, { tokens: false });
  best = Math.min(best, performance.now() - t0);
}
console.log(`extract: ${Math.round(words / best)}k words/s (best of 8 passes over ${articles.length} articles)`);
