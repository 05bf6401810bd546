/**
 * Load test of `warta serve` (npm run bench:serve -- [--duration S] [--connections 1,16,64] [--cache] [--workers N]).
 *
 * Builds dist/ when it is missing or older than src/, starts `node dist/cli.js serve` on a free port
 * with the default number of workers, and runs autocannon against POST /extract with news articles
 * as bodies: the IndoSum dev articles (../shared/data/indosum-dev/dev.01.jsonl) when present, else
 * the bundled example. The result cache is off (`--cache-entries 0`) so every request is a real
 * extraction; `--cache` keeps the default cache (repeated articles then come from memory).
 * Prints requests/s, p50/p99 latency and errors per connection count; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { availableParallelism } from 'node:os';
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
  },
});
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

// warm-up: every worker loads its data and the JIT settles
await Promise.all(bodies.slice(0, 4 * health.workers).map((body) => fetch(url + '/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.text())));

// 4. the runs
let next = 0;
const rows: string[][] = [];
for (const c of connections) {
  process.stdout.write(`running ${c} connection${c > 1 ? 's' : ''} for ${duration} s … `);
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
  console.log('done');
  rows.push([
    String(c),
    r.requests.average.toFixed(1),
    ((r.requests.average * meanWords) / 1000).toFixed(1) + 'k',
    `${r.latency.p50} ms`,
    `${r.latency.p99} ms`,
    String(r.errors),
    String(r.timeouts),
    String(r.non2xx),
    String(r.requests.total),
  ]);
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
