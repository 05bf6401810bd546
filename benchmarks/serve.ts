/**
 * Load test of `warta serve` (npm run bench:serve -- [--duration S] [--connections 1,16,64] [--cache]
 * [--workers N] [--client wrk|autocannon]).
 *
 * Builds dist/ when it is missing or older than src/, starts `node dist/cli.js serve` on a free port
 * with the default number of workers, and sends POST /extract with news articles as bodies: the
 * IndoSum dev articles (../shared/data/indosum-dev/dev.01.jsonl) when present, else the bundled
 * example. The result cache is off (`--cache-entries 0`) so every request is a real extraction;
 * `--cache` keeps the default cache (repeated articles then come from memory).
 *
 * The load generator runs on the same cores as the server, so its own CPU use shows in the
 * latencies: wrk (C, `apt-get install wrk`) is used when it is on the PATH, autocannon (JavaScript,
 * a dev dependency, one Node thread) otherwise or with `--client autocannon`.
 * Prints requests/s, p50/p99 latency and errors per connection count; asserts nothing.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_INDOSUM, loadIndoSum } from './lib/indosum.js';
import { ensureBuilt } from './lib/build.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '1,16,64' },
    cache: { type: 'boolean', default: false },
    workers: { type: 'string' },
    data: { type: 'string', default: DEFAULT_INDOSUM },
    client: { type: 'string' },
  },
});
const hasWrk = (() => {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    // wrk --version exits 1 after printing its version; only a missing binary throws ENOENT
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
})();
const client = values.client ?? (hasWrk ? 'wrk' : 'autocannon');
if (client !== 'wrk' && client !== 'autocannon') throw new Error('--client must be wrk or autocannon');
if (client === 'wrk' && !hasWrk) throw new Error('wrk is not installed (apt-get install wrk), use --client autocannon');
const duration = Number(values.duration);
const connections = values.connections.split(',').map(Number);
if (!(duration > 0) || connections.some((c) => !(c >= 1))) throw new Error('usage: bench:serve [--duration S] [--connections 1,16,64] [--cache] [--workers N]');

// 1. build when needed
ensureBuilt();

// 2. the bodies
const articles = loadIndoSum(values.data);
const texts = articles ? articles.map((a) => a.text) : [readFileSync('examples/jakarta-bogor-summit.txt', 'utf8')];
const bodies = texts.map((text) => JSON.stringify({ text }));
const meanBytes = Math.round(bodies.reduce((n, b) => n + Buffer.byteLength(b), 0) / bodies.length);
const meanWords = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0) / texts.length;
console.log(`bodies: ${articles ? `${bodies.length} IndoSum articles (${values.data})` : 'the bundled example article (IndoSum not found)'}, mean ${meanBytes} bytes, ${Math.round(meanWords)} words`);

// 3. the server
const port = await new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as net.AddressInfo).port;
    s.close(() => resolve(p));
  });
});
const args = ['dist/cli.js', 'serve', '--port', String(port), '--host', '127.0.0.1', ...(values.cache ? [] : ['--cache-entries', '0']), ...(values.workers ? ['--workers', values.workers] : [])];
const server = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'pipe'] });
// never leave the server behind when this script fails
process.on('exit', () => {
  if (server.exitCode === null) server.kill('SIGKILL');
});
let serverLog = '';
server.stderr.on('data', (d: Buffer) => (serverLog += d));
const url = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(url + '/healthz')).ok) break;
  } catch {
    // not up yet
  }
  if (i > 100 || server.exitCode !== null) throw new Error(`the server did not start:\n${serverLog}`);
  await new Promise((r) => setTimeout(r, 100));
}
const health = (await (await fetch(url + '/healthz')).json()) as { workers: number };
console.log(`server: node ${args.join(' ')} (${health.workers} workers on ${availableParallelism()} cores, Node ${process.version})`);

// warm-up: every article once, 16 at a time, so that every worker has loaded its data, filled its
// per-word caches and had its hot code compiled (the first ~1,000 documents of a fresh thread are
// up to 3× slower than later ones)
{
  let k = 0;
  const lane = async () => {
    while (k < bodies.length) {
      const body = bodies[k++]!;
      await fetch(url + '/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.text());
    }
  };
  await Promise.all(Array.from({ length: 16 }, lane));
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  total: number;
}

let next = 0;
async function withAutocannon(c: number): Promise<Run> {
  const r = await autocannon({
    url: url + '/extract',
    connections: c,
    duration,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req: Record<string, unknown>) => ({ ...req, body: bodies[next++ % bodies.length] }),
      },
    ],
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, total: r.requests.total };
}

const tmp = mkdtempSync(join(tmpdir(), 'warta-bench-serve-'));
const bodyFile = join(tmp, 'bodies.jsonl');
writeFileSync(bodyFile, bodies.join('\n') + '\n');

/** wrk with one thread (the server needs the cores), --latency for the percentiles. */
async function withWrk(c: number): Promise<Run> {
  const script = new URL('./lib/wrk-post.lua', import.meta.url).pathname;
  const { stdout: out } = await promisify(execFile)('wrk', ['-t1', `-c${c}`, `-d${duration}s`, '--timeout', '60s', '--latency', '-s', script, url + '/extract', '--', bodyFile], { encoding: 'utf8' });
  const ms = (pct: string) => {
    const m = new RegExp(`^\\s*${pct}%\\s+([\\d.]+)(us|ms|s)$`, 'm').exec(out);
    if (!m) throw new Error(`no ${pct}% latency in wrk's output:\n${out}`);
    return Number(m[1]) * (m[2] === 'us' ? 1e-3 : m[2] === 's' ? 1e3 : 1);
  };
  const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? 0);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: num(/Requests\/sec:\s+([\d.]+)/),
    p50: ms('50'),
    p99: ms('99'),
    errors: sock ? Number(sock[1]) + Number(sock[2]) + Number(sock[3]) : 0,
    timeouts: sock ? Number(sock[4]) : 0,
    non2xx: num(/Non-2xx or 3xx responses: (\d+)/),
    total: num(/(\d+) requests in/),
  };
}

// 4. the runs
const rows: string[][] = [];
console.log(`load generator: ${client === 'wrk' ? 'wrk (1 thread)' : 'autocannon (in this Node process)'}`);
try {
  for (const c of connections) {
    process.stdout.write(`running ${c} connection${c > 1 ? 's' : ''} for ${duration} s … `);
    const r = client === 'wrk' ? await withWrk(c) : await withAutocannon(c);
    console.log('done');
    const fmt = (x: number) => `${Number.isInteger(x) ? x : x.toFixed(2)} ms`;
    rows.push([
      String(c),
      r.rps.toFixed(1),
      ((r.rps * meanWords) / 1000).toFixed(1) + 'k',
      fmt(r.p50),
      fmt(r.p99),
      String(r.errors),
      String(r.timeouts),
      String(r.non2xx),
      String(r.total),
    ]);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const head = ['connections', 'req/s', 'words/s', 'p50', 'p99', 'errors', 'timeouts', 'non-2xx', 'requests'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padStart(widths[i]!)).join(' | ') + ' |';
console.log('\n' + line(head));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));

const metrics = await (await fetch(url + '/metrics')).text();
const metric = (name: string) => /^(\S+) (\S+)$/m.exec(metrics.split('\n').filter((l) => l.startsWith(name + ' ')).join('\n'))?.[2] ?? '?';
console.log(
  `\nserver metrics: ${metric('warta_documents_processed_total')} documents, ${metric('warta_words_processed_total')} words, ` +
    `cache hits ${metric('warta_cache_hits_total')} / misses ${metric('warta_cache_misses_total')}, worker restarts ${metric('warta_worker_restarts_total')}`,
);

// 5. graceful stop
const t0 = Date.now();
server.kill('SIGTERM');
const code = await new Promise<number | null>((resolve) => server.on('exit', (c) => resolve(c)));
console.log(`SIGTERM → exit code ${code} after ${Date.now() - t0} ms`);
