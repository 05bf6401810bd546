/**
 * Timing and table printing shared by the benchmarks. Best of several runs after a warm-up of one
 * whole pass over the texts, for every system alike (V8 compiles a function's optimized code only
 * after it has run a while; a corpus tool's throughput is its rate once warm).
 */

export interface Row {
  name: string;
  seconds: number;
  wordsPerSec: number;
  mbPerSec: number;
}

export function timeIt(name: string, texts: string[], fn: (t: string) => unknown, words: number, bytes: number, runs = 5): Row {
  for (const t of texts) fn(t); // warm-up: one whole pass
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { name, seconds: best, wordsPerSec: words / best, mbPerSec: bytes / 1e6 / best };
}

function fmt(n: number): string {
  if (n >= 1e6) return (n / 1e6).toFixed(2) + 'M';
  if (n >= 1e3) return (n / 1e3).toFixed(0) + 'k';
  return n.toFixed(0);
}

/** Prints rows with words/s, MB/s and the ratio of `reference` to each row. */
export function printTable(rows: Row[], reference: string): void {
  const ref = rows.find((r) => r.name === reference);
  const w = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'system'.padEnd(w)} | words/s  | MB/s   | ${ref ? 'warta ×' : ''}`);
  console.log(`${'-'.repeat(w)}-|----------|--------|--------`);
  for (const r of rows) {
    const ratio = ref ? (ref.wordsPerSec / r.wordsPerSec).toFixed(2) + '×' : '';
    console.log(`${r.name.padEnd(w)} | ${fmt(r.wordsPerSec).padStart(8)} | ${r.mbPerSec.toFixed(2).padStart(6)} | ${ratio}`);
  }
}
