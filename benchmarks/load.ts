/**
 * Cost of loading warta's data in a fresh process: the gazetteer index (target ≤ 50 ms and
 * ≤ 50 MB of heap), the NER model and the predicate lexicon. Prints one line per part.
 *   npx tsx benchmarks/load.ts   (also run, bundled, by npm run bench)
 */
export {};
const collect = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  collect?.();
  return process.memoryUsage().heapUsed;
};
const { defaultGazetteer } = await import('../src/gazetteer/load.js');
const { defaultModel } = await import('../src/ner/model.js');
const { predicateLexicon } = await import('../src/relations/lexicon.js');
for (const [name, load] of [['gazetteer index', defaultGazetteer], ['NER model', defaultModel], ['predicate lexicon', predicateLexicon]] as const) {
  const h0 = heap();
  const t0 = performance.now();
  load();
  const ms = performance.now() - t0;
  console.log(`load ${name.padEnd(18)} ${ms.toFixed(1).padStart(6)} ms  ${((heap() - h0) / 1e6).toFixed(1).padStart(5)} MB heap${collect ? '' : ' (run with --expose-gc for exact heap)'}`);
}
