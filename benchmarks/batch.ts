/**
 * Batch throughput of the built CLI: `node dist/cli.js extract --jsonl --workers N` on IndoSum's 750
 * articles (detokenized, repeated to make a longer run), with N = 1 (main thread, no pool) and N = 2
 * (the worker pool). Prints docs/s, words/s and the speedup, for the whole run and for the first
 * (cold) pass and for the second half of the passes (warm); checks that every input line got its output
 * line, in order. Builds dist/ with tsup first when it is missing or older than src/ (lib/build.ts).
 *
 * Then the ceiling of any two-way split on this machine: two separate `--workers 1` processes at once,
 * each on half the passes (no pool, nothing shared, no coordination); `--no-ceiling` skips it.
 *
 *   npm run bench:batch -- [path to IndoSum JSONL] [--repeat 16] [--workers 1,2] [--no-ceiling]
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_INDOSUM, loadIndoSum } from './lib/indosum.js';
import { ensureBuilt } from './lib/build.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repeat: { type: 'string', default: '16' }, workers: { type: 'string', default: '1,2' }, 'no-ceiling': { type: 'boolean', default: false } },
});
const path = positionals[0] ?? DEFAULT_INDOSUM;
const repeat = Math.max(1, Number(values.repeat) || 1);
const counts = values.workers!.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);

const articles = loadIndoSum(path);
if (!articles) {
  console.log(`benchmark skipped: ${path} not found (pass the path to IndoSum's dev.01.jsonl)`);
  process.exit(0);
}

ensureBuilt();
const cli = 'dist/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'warta-bench-batch-'));
const input = join(dir, 'in.jsonl');
let lines = '';
let words = 0;
let chars = 0;
for (let k = 0; k < repeat; k++) {
  for (const a of articles) {
    lines += JSON.stringify({ id: `${a.id}#${k}`, text: a.text }) + '\n';
    words += a.words;
    chars += a.text.length;
  }
}
writeFileSync(input, lines);
// the two halves of the passes, for the two-process ceiling
const half = Math.ceil(repeat / 2);
const halves = [join(dir, 'half-a.jsonl'), join(dir, 'half-b.jsonl')];
{
  const all = lines.split('\n');
  const cut = articles.length * half;
  writeFileSync(halves[0]!, all.slice(0, cut).join('\n') + '\n');
  writeFileSync(halves[1]!, all.slice(cut).join('\n'));
}
const docs = articles.length * repeat;
console.log(`IndoSum: ${articles.length} articles × ${repeat} = ${docs} documents, ${words.toLocaleString('en')} words, ${(chars / 1e6).toFixed(1)}M characters`);
console.log(`machine: ${availableParallelism()} cores, Node ${process.version}\n`);

/**
 * Runs the CLI with stdin from the input file. This process only counts output lines (memchr) and
 * checks each line's start (`{"id":<the expected id>,"result":`), noting when each pass over the
 * articles is complete, so the cold first pass and the warm later ones can be told apart.
 */
async function runCli(workers: number): Promise<{ seconds: number; passes: number[]; lines: number; bad?: string }> {
  const fin = openSync(input, 'r');
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, 'extract', '--jsonl', '--workers', String(workers)], { stdio: [fin, 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const passes: number[] = [];
  let lines = 0;
  let head = '';
  let capturing = true;
  let bad: string | undefined;
  const n = articles!.length;
  const checkHead = () => {
    if (bad) return;
    const want = `{"id":${JSON.stringify(`${articles![lines % n]!.id}#${Math.floor(lines / n)}`)},"result":`;
    if (!head.startsWith(want)) bad = `line ${lines + 1} starts with ${head.slice(0, 120)}, expected ${want}`;
  };
  child.stdout!.on('data', (buf: Buffer) => {
    let pos = 0;
    for (;;) {
      const nl = buf.indexOf(10, pos);
      const end = nl < 0 ? buf.length : nl;
      if (capturing) {
        head += buf.toString('latin1', pos, Math.min(end, pos + 200 - head.length));
        if (head.length >= 200 || nl >= 0) {
          checkHead();
          capturing = false;
          head = '';
        }
      }
      if (nl < 0) break;
      lines++;
      if (lines % n === 0) passes.push((performance.now() - t0) / 1000);
      pos = nl + 1;
      capturing = true;
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - t0) / 1000;
  closeSync(fin);
  if (code !== 0) bad = `exit code ${code}: ${stderr.slice(0, 500)}`;
  else if (lines !== docs) bad ??= `${lines} output lines for ${docs} input lines`;
  return { seconds, passes, lines, ...(bad ? { bad } : {}) };
}

/** Two `--workers 1` processes at once, one per half of the input: wall time until both are done. */
async function runPair(): Promise<{ seconds: number; bad?: string }> {
  const t0 = performance.now();
  const one = (file: string) => new Promise<{ lines: number; code: number | null }>((resolve) => {
    const fin = openSync(file, 'r');
    const child = spawn(process.execPath, [cli, 'extract', '--jsonl', '--workers', '1'], { stdio: [fin, 'pipe', 'ignore'] });
    let n = 0;
    child.stdout!.on('data', (buf: Buffer) => { for (let p = buf.indexOf(10); p >= 0; p = buf.indexOf(10, p + 1)) n++; });
    child.on('close', (code) => { closeSync(fin); resolve({ lines: n, code }); });
  });
  const [a, b] = await Promise.all(halves.map(one));
  const seconds = (performance.now() - t0) / 1000;
  if (a!.code !== 0 || b!.code !== 0) return { seconds, bad: `exit codes ${a!.code}, ${b!.code}` };
  if (a!.lines + b!.lines !== docs) return { seconds, bad: `${a!.lines + b!.lines} output lines for ${docs} input lines` };
  return { seconds };
}

let pair: { seconds: number; bad?: string } | undefined;
const rows: Array<{ workers: number; seconds: number; docsPerSec: number; wordsPerSec: number; cold: number; warm: number | undefined }> = [];
try {
  for (const w of counts) {
    const r = await runCli(w);
    if (r.bad) {
      console.log(`--workers ${w}: FAILED (${r.bad})`);
      process.exitCode = 1;
      continue;
    }
    const cold = r.passes[0]!;
    // the second half of the passes: the rate of a long run, once every thread is warm
    const half = Math.floor(r.passes.length / 2);
    const warm = half > 0 ? (r.passes[r.passes.length - 1]! - r.passes[r.passes.length - 1 - half]!) / half : undefined;
    rows.push({ workers: w, seconds: r.seconds, docsPerSec: docs / r.seconds, wordsPerSec: words / r.seconds, cold, warm });
  }
  if (!values['no-ceiling'] && repeat >= 2) pair = await runPair();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const base = rows.find((r) => r.workers === 1) ?? rows[0];
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? (a / b).toFixed(2) + '×' : '–');
console.log('command                                       | seconds | docs/s | words/s | speedup | 1st pass s (×) | 2nd half s/pass (×)');
console.log('----------------------------------------------|---------|--------|---------|---------|----------------|--------------------');
for (const r of rows) {
  const name = `node dist/cli.js extract --jsonl --workers ${r.workers}`;
  const cold = `${r.cold.toFixed(2)} (${ratio(base?.cold, r.cold)})`;
  const warm = r.warm === undefined ? '–' : `${r.warm.toFixed(2)} (${ratio(base?.warm, r.warm)})`;
  console.log(`${name.padEnd(46)}| ${r.seconds.toFixed(2).padStart(7)} | ${r.docsPerSec.toFixed(0).padStart(6)} | ${(r.wordsPerSec / 1e3).toFixed(0).padStart(6)}k | ${ratio(base?.seconds, r.seconds).padStart(7)} | ${cold.padEnd(14)} | ${warm}`);
}
if (pair) {
  const name = `2 processes, --workers 1, half the input each`;
  if (pair.bad) console.log(`${name}: FAILED (${pair.bad})`);
  else {
    console.log(`${name.padEnd(46)}| ${pair.seconds.toFixed(2).padStart(7)} | ${(docs / pair.seconds).toFixed(0).padStart(6)} | ${(words / pair.seconds / 1e3).toFixed(0).padStart(6)}k | ${ratio(base?.seconds, pair.seconds).padStart(7)} | (the ceiling of any two-way split: nothing shared)`);
    const two = rows.find((r) => r.workers === 2);
    if (two) console.log(`\n--workers 2 reaches ${((100 * pair.seconds) / two.seconds).toFixed(0)} % of the two-process ceiling.`);
  }
}
console.log(`
Wall time of the whole command (process start, worker start-up and data loading included); every
output line is checked (count, order, ids). Every thread warms up on its own: V8 compiles its hot
code (measured: ~2 s of compiler CPU per thread over the first few thousand documents, on threads
of its own) and warta fills its per-word caches (folding, morphology, NER features). On two cores
two warming workers and their compiler threads share the cores, so the first passes gain little
from a second worker; the second half of the passes is the rate a long corpus run settles at.
load average during the run: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes on the machine lower the speedup)`);
