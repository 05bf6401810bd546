/**
 * `warta serve`: argument parsing, start-up and signal handling around startServer().
 */
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { WartaError } from '../errors.js';
import { startServer, SERVE_DEFAULTS, type ServeOptions, type WartaServer } from './http.js';

export const SERVE_HELP = `Usage: warta serve [options]

Runs the HTTP service: POST /extract, POST /extract/batch, GET /healthz, GET /metrics.

Options:
  --port N             TCP port (default ${SERVE_DEFAULTS.port}; 0 picks a free port)
  --host ADDR          interface to listen on (default ${SERVE_DEFAULTS.host}; 0.0.0.0 for all)
  --workers N          worker threads (default: the machine's cores, here ${availableParallelism()})
  --max-body SIZE      largest request body, e.g. 512kb, 5mb (default 5mb); larger → 413
  --max-batch N        most documents in one batch (default ${SERVE_DEFAULTS.maxBatch}); more → 413
  --timeout MS         per-document time budget (default ${SERVE_DEFAULTS.timeoutMs}); over → 504
  --max-queue N        most documents waiting for a worker (default max(256, 2 × max-batch)); more → 503
  --cache-entries N    result cache entries (default ${SERVE_DEFAULTS.cacheEntries}; 0 turns the cache off)
  --cache-mb N         result cache size in MiB (default ${SERVE_DEFAULTS.cacheBytes / 1048576})
  -h, --help           this help

SIGTERM or SIGINT stops accepting connections, lets in-flight requests finish (up to 10 s),
closes the workers and exits 0.`;

/** `5mb` → 5 242 880. Units b, kb, mb, gb (binary multiples); a bare number is bytes. */
export function parseSize(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(v);
  if (!m) throw new WartaError('INVALID_OPTION', `a size must look like 512kb or 5mb, got "${v}"`);
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}

function int(v: string | undefined, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim()) || Number(v) < min || Number(v) > max) throw new WartaError('INVALID_OPTION', `--${name} must be an integer from ${min} to ${max}, got "${v}"`);
  return Number(v);
}

function usage(message: string): Error {
  return Object.assign(new Error(`${message}\nRun 'warta serve --help' for usage.`), { exitCode: 2 });
}

/** Parse `warta serve` arguments into startServer options; throws an Error with exitCode 2 on bad usage. */
export function parseServeArgs(argv: string[]): ServeOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        workers: { type: 'string' },
        'max-body': { type: 'string' },
        'max-batch': { type: 'string' },
        'max-queue': { type: 'string' },
        timeout: { type: 'string' },
        'cache-entries': { type: 'string' },
        'cache-mb': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw usage((e as Error).message);
  }
  if (values.help) return 'help';
  try {
    const o: ServeOptions = {};
    const port = int(values.port, 'port', 0, 65535);
    if (port !== undefined) o.port = port;
    if (values.host !== undefined) o.host = values.host;
    const workers = int(values.workers, 'workers', 1, 256);
    if (workers !== undefined) o.workers = workers;
    if (values['max-body'] !== undefined) {
      o.maxBodyBytes = parseSize(values['max-body']);
      if (o.maxBodyBytes < 1) throw new WartaError('INVALID_OPTION', '--max-body must be at least 1 byte');
    }
    const maxBatch = int(values['max-batch'], 'max-batch', 1);
    if (maxBatch !== undefined) o.maxBatch = maxBatch;
    const maxQueue = int(values['max-queue'], 'max-queue', 1);
    if (maxQueue !== undefined) o.maxQueue = maxQueue;
    if (o.maxQueue !== undefined && o.maxQueue < (o.maxBatch ?? SERVE_DEFAULTS.maxBatch)) throw new WartaError('INVALID_OPTION', '--max-queue must be at least --max-batch');
    const timeout = int(values.timeout, 'timeout', 1);
    if (timeout !== undefined) o.timeoutMs = timeout;
    const entries = int(values['cache-entries'], 'cache-entries', 0);
    const mb = values['cache-mb'] === undefined ? undefined : Number(values['cache-mb']);
    if (mb !== undefined && !(mb >= 0 && Number.isFinite(mb))) throw new WartaError('INVALID_OPTION', `--cache-mb must be a number ≥ 0, got "${values['cache-mb']}"`);
    o.cache = {};
    if (entries !== undefined) o.cache.maxEntries = entries;
    if (mb !== undefined) o.cache.maxBytes = Math.floor(mb * 1024 * 1024);
    return o;
  } catch (e) {
    throw usage((e as Error).message);
  }
}

/**
 * The `serve` command: starts the service and resolves to 0 once it listens (the open server keeps
 * the process alive), or to 1 when it cannot start (port in use). Bad usage rejects with an Error
 * carrying `exitCode: 2`. On SIGTERM or SIGINT it shuts down gracefully and exits 0; a second signal
 * exits 1 at once.
 */
export async function serveCommand(argv: string[]): Promise<number> {
  const opts = parseServeArgs(argv);
  if (opts === 'help') {
    process.stdout.write(SERVE_HELP + '\n');
    return 0;
  }
  let s: WartaServer;
  try {
    s = await startServer(opts);
  } catch (e) {
    process.stderr.write(`warta: cannot start the service: ${(e as Error).message}\n`);
    return 1;
  }
  process.stderr.write(`warta: serving on ${s.url} with ${s.pool.size} workers (POST /extract, POST /extract/batch, GET /healthz, GET /metrics)\n`);
  let stopping = false;
  const stop = (sig: string) => {
    if (stopping) {
      process.stderr.write(`warta: ${sig} again, exiting now\n`);
      process.exit(1);
    }
    stopping = true;
    process.stderr.write(`warta: ${sig}: finishing in-flight requests, then exiting\n`);
    s.close().then(
      () => process.exit(0),
      (e: Error) => {
        process.stderr.write(`warta: shutdown failed: ${e.message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  return 0;
}
