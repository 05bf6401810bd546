/**
 * Memory allocated by `extract` per pass over the IndoSum articles, garbage included (V8's sampling
 * heap profiler, objects collected by minor and major GCs counted), and the functions that allocate
 * most. Run bundled, so that the names are the source's: `npx esbuild benchmarks/tools/alloc.ts
 * --bundle --platform=node --format=esm --outfile=bench-out/alloc.mjs && node bench-out/alloc.mjs` (inside the checkout, where the bundle finds warta's data).
 */
import { Session } from 'node:inspector/promises';
import { extract } from '../../src/index.js';
import { DEFAULT_INDOSUM, loadIndoSum } from '../lib/indosum.js';

interface ProfileNode { callFrame: { functionName: string }; selfSize: number; children?: ProfileNode[] }

const path = process.argv[2] ?? DEFAULT_INDOSUM;
const articles = loadIndoSum(path);
if (!articles) {
  console.log(`skipped: ${path} not found`);
  process.exit(0);
}
for (let r = 0; r < 2; r++) for (const a of articles) extract(a.text, { tokens: false });
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const passes = 2;
for (let r = 0; r < passes; r++) for (const a of articles) extract(a.text, { tokens: false });
const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
const byFunction = new Map<string, number>();
let total = 0;
const walk = (n: ProfileNode): void => {
  const name = n.callFrame.functionName || '(anonymous)';
  byFunction.set(name, (byFunction.get(name) ?? 0) + n.selfSize);
  total += n.selfSize;
  for (const c of n.children ?? []) walk(c);
};
walk(profile.head);
console.log(`allocated per pass: ${(total / passes / 1e6).toFixed(0)} MB (${articles.length} articles)`);
for (const [name, size] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(size / passes / 1e6).toFixed(1).padStart(7)} MB  ${name}`);
