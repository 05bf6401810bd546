/**
 * warta's HTTP service (`warta serve`), on Node's `http` module. The main thread only parses,
 * validates and routes; extraction runs on the worker pool (../pool.ts), and results travel as the
 * JSON strings the workers produce, through the shared result cache (../cache.ts).
 *
 * Endpoints:
 *   POST /extract        {text, lang?, date?, fields?} → the ExtractResult JSON
 *   POST /extract/batch  JSON array of such objects, or JSONL (application/x-ndjson)
 *                        → JSON array of {"result": …} or {"error": …}, in input order
 *   GET  /healthz        {"status":"ok","workers":N,"pending":P}
 *   GET  /metrics        Prometheus text format
 *
 * Errors are `{"error":{"code","message"}}` with: 400 BAD_REQUEST (malformed JSON), 404 NOT_FOUND,
 * 405 METHOD_NOT_ALLOWED, 413 INPUT_TOO_LARGE (body over --max-body, or a batch over --max-batch
 * documents), 415 UNSUPPORTED_MEDIA_TYPE, 422 INVALID_INPUT / INVALID_OPTION (missing or
 * non-string `text`, bad `lang`/`date`/`fields`, body of the wrong shape), 500 WORKER_FAILED,
 * 503 OVERLOADED (too many documents waiting for a worker) or SHUTTING_DOWN, 504 TIMEOUT (a
 * document over --timeout). In a batch, per-document errors are items; the response is 200.
 */
import http from 'node:http';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import { WorkerPool } from '../pool.js';
import { ResultCache, DEFAULT_CACHE_BYTES, DEFAULT_CACHE_ENTRIES, type CacheOptions } from '../cache.js';
import { WartaError } from '../errors.js';
import { checkExtractOptions } from '../extract.js';
import { Metrics, countWords } from './metrics.js';

export interface ServeOptions {
  /** TCP port (default 8080; 0 picks a free port). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Worker threads (default: the machine's cores). */
  workers?: number;
  /** Largest request body in bytes (default 5 MiB). */
  maxBodyBytes?: number;
  /** Most documents in one batch request (default 100). */
  maxBatch?: number;
  /** Per-document time budget on a worker, in ms (default 10 000). */
  timeoutMs?: number;
  /** Most documents waiting for or running on a worker before requests get 503 (default max(256, 2 × maxBatch)). */
  maxQueue?: number;
  /** Result cache bounds (default 1000 entries, 64 MiB); `{ maxEntries: 0 }` turns it off. */
  cache?: CacheOptions;
  /** Time a client has to send the request headers, in ms (default 10 000). */
  headersTimeoutMs?: number;
  /** Time a client has to send the whole request, and to take the response, in ms (default 30 000). */
  requestTimeoutMs?: number;
  /** Idle time before a keep-alive connection is closed, in ms (default 5 000). */
  keepAliveTimeoutMs?: number;
  /** How long close() waits for in-flight requests before cutting connections, in ms (default 10 000). */
  shutdownTimeoutMs?: number;
  /** Warm the workers up (load data) right after start (default true). */
  warmup?: boolean;
  /** Worker script (tests). */
  workerFile?: URL | string;
}

export interface WartaServer {
  readonly server: http.Server;
  readonly pool: WorkerPool;
  readonly cache: ResultCache;
  readonly metrics: Metrics;
  readonly port: number;
  readonly host: string;
  /** `http://host:port` */
  readonly url: string;
  /**
   * Graceful stop: stop accepting connections, let in-flight requests finish (up to `deadlineMs`,
   * default the shutdownTimeoutMs option), then cut what is left and close the worker pool.
   */
  close(deadlineMs?: number): Promise<void>;
}

const FIELDS = ['language', 'date', 'sentences', 'tokens', 'layout', 'values', 'entities', 'relations'];
const DOC_KEYS = new Set(['text', 'lang', 'date', 'fields', 'relations']);

export const SERVE_DEFAULTS = {
  port: 8080,
  host: '127.0.0.1',
  maxBodyBytes: 5 * 1024 * 1024,
  maxBatch: 100,
  timeoutMs: 10_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  shutdownTimeoutMs: 10_000,
  cacheEntries: DEFAULT_CACHE_ENTRIES,
  cacheBytes: DEFAULT_CACHE_BYTES,
} as const;

/** An error answered as `{"error":{code,message}}` with an HTTP status. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const STATUS_OF: Record<string, number> = {
  INVALID_INPUT: 422,
  INVALID_OPTION: 422,
  INPUT_TOO_LARGE: 413,
  BAD_REQUEST: 400,
  TIMEOUT: 504,
  WORKER_FAILED: 500,
  DATA_MISSING: 500,
  GAZETTEER_INVALID: 500,
};

function errorJson(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

/** A validated document of a request. */
interface Doc {
  text: string;
  /** options passed to the worker (and part of the cache key) */
  options: Record<string, unknown>;
  fields: string[] | undefined;
}

function parseFields(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  const list = typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v;
  if (!Array.isArray(list) || !list.every((f) => typeof f === 'string')) {
    throw new WartaError('INVALID_OPTION', `fields must be a list of field names (array or comma-separated string) from ${FIELDS.join(', ')}.`);
  }
  for (const f of list) if (!FIELDS.includes(f)) throw new WartaError('INVALID_OPTION', `unknown field "${f}" in fields; known: ${FIELDS.join(', ')}.`);
  return list as string[];
}

/** Validate one document object; throws WartaError INVALID_INPUT / INVALID_OPTION (→ 422). */
function toDoc(v: unknown): Doc {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new WartaError('INVALID_INPUT', 'each document must be a JSON object like {"text": "…", "lang": "id"}.');
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!DOC_KEYS.has(k)) throw new WartaError('INVALID_OPTION', `unknown key "${k}"; known keys: ${[...DOC_KEYS].join(', ')}.`);
  }
  if (typeof o.text !== 'string') {
    throw new WartaError('INVALID_INPUT', o.text === undefined ? 'missing "text": send {"text": "the article"}.' : `"text" must be a string, got ${o.text === null ? 'null' : Array.isArray(o.text) ? 'an array' : typeof o.text}.`);
  }
  const options: Record<string, unknown> = {};
  if (o.lang !== undefined && o.lang !== null) options.lang = o.lang;
  if (o.date !== undefined && o.date !== null) options.date = o.date;
  if (o.relations !== undefined && o.relations !== null) options.relations = o.relations;
  checkExtractOptions(options);
  const fields = parseFields(o.fields);
  if (fields) {
    if (!fields.includes('tokens')) options.tokens = false;
    if (!fields.includes('layout')) options.layout = false;
  }
  return { text: o.text, options, fields };
}

function pick(json: string, fields: string[]): string {
  const r = JSON.parse(json) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f in r) out[f] = r[f];
  return JSON.stringify(out);
}

/** True once the request body has been read to its end (or there is none). */
function bodyRead(req: http.IncomingMessage): boolean {
  return req.complete || (req.headers['transfer-encoding'] === undefined && !(Number(req.headers['content-length']) > 0));
}

function mediaType(req: http.IncomingMessage): { type: string; charset: string | undefined } {
  const raw = req.headers['content-type'] ?? '';
  const [type = '', ...params] = raw.split(';');
  let charset: string | undefined;
  for (const p of params) {
    const [k, val] = p.split('=');
    if (k?.trim().toLowerCase() === 'charset') charset = val?.trim().replace(/^"|"$/g, '').toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}

const isJson = (t: string) => t === 'application/json' || (t.startsWith('application/') && t.endsWith('+json'));
const isJsonl = (t: string) => t === 'application/x-ndjson' || t === 'application/jsonl' || t === 'application/x-jsonlines' || t === 'application/jsonlines';

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
  } catch (e) {
    throw new HttpError(400, 'BAD_REQUEST', `malformed JSON: ${(e as Error).message}`);
  }
}

/** Start the service; resolves once it listens. */
export async function startServer(opts: ServeOptions = {}): Promise<WartaServer> {
  const maxBodyBytes = opts.maxBodyBytes ?? SERVE_DEFAULTS.maxBodyBytes;
  const maxBatch = opts.maxBatch ?? SERVE_DEFAULTS.maxBatch;
  const maxQueue = opts.maxQueue ?? Math.max(256, 2 * maxBatch);
  const requestTimeoutMs = opts.requestTimeoutMs ?? SERVE_DEFAULTS.requestTimeoutMs;
  const headersTimeoutMs = opts.headersTimeoutMs ?? SERVE_DEFAULTS.headersTimeoutMs;
  const keepAliveTimeoutMs = opts.keepAliveTimeoutMs ?? SERVE_DEFAULTS.keepAliveTimeoutMs;
  const shutdownTimeoutMs = opts.shutdownTimeoutMs ?? SERVE_DEFAULTS.shutdownTimeoutMs;
  for (const [name, v, min] of [
    ['maxBodyBytes', maxBodyBytes, 1],
    ['maxBatch', maxBatch, 1],
    ['maxQueue', maxQueue, 1],
    ['requestTimeoutMs', requestTimeoutMs, 1],
    ['headersTimeoutMs', headersTimeoutMs, 1],
    ['keepAliveTimeoutMs', keepAliveTimeoutMs, 0],
    ['shutdownTimeoutMs', shutdownTimeoutMs, 0],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < min) throw new WartaError('INVALID_OPTION', `${name} must be an integer ≥ ${min}, got ${v}.`);
  }
  if (maxQueue < maxBatch) throw new WartaError('INVALID_OPTION', `maxQueue (${maxQueue}) must be at least maxBatch (${maxBatch}), or no full batch could ever run.`);

  const cache = new ResultCache(opts.cache ?? {});
  const metrics = new Metrics();
  const pool = new WorkerPool({ size: opts.workers ?? availableParallelism(), timeoutMs: opts.timeoutMs ?? SERVE_DEFAULTS.timeoutMs, ...(opts.workerFile ? { workerFile: opts.workerFile } : {}) });

  let closing = false;
  let inflight = 0;
  let drained: (() => void) | undefined;

  /** Run documents through the cache and the pool; each promise resolves to JSON or rejects. */
  function run(docs: Doc[]): Array<Promise<string>> {
    // (no hashing when the cache is off)
    const keys = cache.enabled ? docs.map((d) => cache.key(d.text, d.options)) : undefined;
    const cached = keys ? keys.map((k) => cache.get(k)) : docs.map(() => undefined);
    const misses = cached.filter((c) => c === undefined).length;
    if (misses && pool.pending + misses > maxQueue) {
      throw new HttpError(503, 'OVERLOADED', `too many documents are waiting (${pool.pending} of at most ${maxQueue}); retry shortly.`, { 'Retry-After': '1' });
    }
    return docs.map(async (d, i) => {
      let json = cached[i];
      if (json === undefined) {
        json = await pool.run({ text: d.text, options: d.options });
        if (keys) cache.set(keys[i]!, json);
      }
      metrics.document(countWords(d.text));
      return d.fields ? pick(json, d.fields) : json;
    });
  }

  function readBody(req: http.IncomingMessage): Promise<string> {
    const declared = Number(req.headers['content-length']);
    if (declared > maxBodyBytes) {
      return Promise.reject(new HttpError(413, 'INPUT_TOO_LARGE', `the request body (${declared} bytes) is over the limit of ${maxBodyBytes} bytes.`));
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const cleanup = () => {
        req.off('data', onData);
        req.off('end', onEnd);
        req.off('error', onError);
        req.off('close', onClose);
      };
      const onData = (c: Buffer) => {
        size += c.length;
        if (size > maxBodyBytes) {
          cleanup();
          req.pause();
          reject(new HttpError(413, 'INPUT_TOO_LARGE', `the request body is over the limit of ${maxBodyBytes} bytes.`));
          return;
        }
        chunks.push(c);
      };
      const onEnd = () => {
        cleanup();
        resolve(Buffer.concat(chunks, size).toString('utf8'));
      };
      const onError = (e: Error) => {
        cleanup();
        reject(new HttpError(400, 'BAD_REQUEST', `could not read the request body: ${e.message}`));
      };
      const onClose = () => {
        if (!req.complete) onError(new Error('the client went away'));
      };
      req.on('data', onData);
      req.on('end', onEnd);
      req.on('error', onError);
      req.on('close', onClose);
    });
  }

  function send(req: http.IncomingMessage, res: http.ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8', headers: Record<string, string> = {}): void {
    if (res.headersSent || res.destroyed) return;
    // a client that does not read its response is cut after requestTimeoutMs of no progress
    res.socket?.setTimeout(requestTimeoutMs);
    const h: Record<string, string | number> = { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...headers };
    // unread body (an early error) or shutting down: do not keep the connection
    if (closing || !bodyRead(req)) h.Connection = 'close';
    res.writeHead(status, h);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function sendError(req: http.IncomingMessage, res: http.ServerResponse, e: unknown): void {
    let status: number, code: string, message: string, headers: Record<string, string> = {};
    if (e instanceof HttpError) ({ status, code, message, headers } = e);
    else if (e instanceof WartaError) {
      code = e.code;
      message = e.message;
      status = STATUS_OF[code] ?? 500;
      if (code === 'WORKER_FAILED' && closing) status = 503;
    } else {
      status = 500;
      code = 'INTERNAL';
      message = `internal error: ${(e as Error)?.message ?? String(e)}`;
    }
    metrics.error(code);
    send(req, res, status, errorJson(code, message), undefined, headers);
  }

  function requireType(req: http.IncomingMessage, batch: boolean): 'json' | 'jsonl' {
    const { type, charset } = mediaType(req);
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `only UTF-8 bodies are accepted, got charset=${charset}.`);
    }
    if (isJson(type)) return 'json';
    if (batch && isJsonl(type)) return 'jsonl';
    const want = batch ? 'application/json (an array) or application/x-ndjson (one document per line)' : 'application/json';
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `send Content-Type: ${want}${type ? `, not ${type}` : ''}.`);
  }

  async function extractOne(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    requireType(req, false);
    const body = parseJson(await readBody(req));
    const doc = toDoc(body);
    const hits = cache.hits;
    const [p] = run([doc]);
    const json = await p!;
    send(req, res, 200, json, undefined, { 'X-Warta-Cache': cache.hits > hits ? 'hit' : 'miss' });
  }

  async function extractBatch(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const kind = requireType(req, true);
    const body = await readBody(req);
    let items: Array<{ value?: unknown; error?: WartaError }>;
    if (kind === 'json') {
      const v = parseJson(body);
      if (!Array.isArray(v)) throw new HttpError(422, 'INVALID_INPUT', 'a JSON batch must be an array of documents like [{"text": "…"}, …] (or send JSONL with Content-Type: application/x-ndjson).');
      items = v.map((value) => ({ value }));
    } else {
      items = [];
      for (const line of body.split('\n')) {
        if (!line.trim()) continue;
        try {
          items.push({ value: JSON.parse(line) });
        } catch (e) {
          items.push({ error: new WartaError('BAD_REQUEST', `malformed JSON line: ${(e as Error).message}`) });
        }
        if (items.length > maxBatch) break;
      }
    }
    if (items.length > maxBatch) {
      throw new HttpError(413, 'INPUT_TOO_LARGE', `a batch holds at most ${maxBatch} documents, got ${kind === 'json' ? items.length : 'more'}; split it.`);
    }
    const docs: Doc[] = [];
    const slots: Array<number | WartaError> = [];
    for (const it of items) {
      if (it.error) {
        slots.push(it.error);
        continue;
      }
      try {
        docs.push(toDoc(it.value));
        slots.push(docs.length - 1);
      } catch (e) {
        if (!(e instanceof WartaError)) throw e;
        slots.push(e);
      }
    }
    const promises = run(docs);
    const settled = await Promise.allSettled(promises);
    const parts = slots.map((s) => {
      let err: { code: string; message: string };
      if (typeof s === 'number') {
        const r = settled[s]!;
        if (r.status === 'fulfilled') return `{"result":${r.value}}`;
        const e = r.reason as unknown;
        err = e instanceof WartaError ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: String((e as Error)?.message ?? e) };
      } else err = { code: s.code, message: s.message };
      metrics.error(err.code);
      return JSON.stringify({ error: err });
    });
    send(req, res, 200, `[${parts.join(',')}]`);
  }

  const ROUTES: Record<string, { methods: string[]; handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void }> = {
    '/extract': { methods: ['POST'], handle: extractOne },
    '/extract/batch': { methods: ['POST'], handle: extractBatch },
    '/healthz': {
      methods: ['GET', 'HEAD'],
      handle: (req, res) => {
        const body = JSON.stringify({ status: closing ? 'shutting_down' : 'ok', workers: pool.size, pending: pool.pending, inflight });
        send(req, res, closing ? 503 : 200, body);
      },
    },
    '/metrics': {
      methods: ['GET', 'HEAD'],
      handle: (req, res) => {
        const s = cache.stats();
        const text = metrics.render({
          poolSize: pool.size,
          poolPending: pool.pending,
          inflight,
          workerRestarts: pool.restarts,
          cacheHits: s.hits,
          cacheMisses: s.misses,
          cacheEntries: s.entries,
          cacheBytes: s.bytes,
        });
        send(req, res, 200, text, 'text/plain; version=0.0.4; charset=utf-8');
      },
    },
  };

  const server = http.createServer({
    headersTimeout: headersTimeoutMs,
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    // how often Node checks the two timeouts above (its default, 30 s, is too coarse for short limits)
    connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(headersTimeoutMs / 2))),
  });
  server.headersTimeout = headersTimeoutMs;
  server.requestTimeout = requestTimeoutMs;
  server.keepAliveTimeout = keepAliveTimeoutMs;

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const t0 = performance.now();
    const path = (req.url ?? '/').split('?')[0]!;
    const route = ROUTES[path];
    const label = route ? path : 'other';
    const method = req.method ?? 'GET';
    inflight++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inflight--;
      metrics.request(label, /^[A-Z]{1,10}$/.test(method) ? method : 'OTHER', res.writableFinished ? res.statusCode : 499, (performance.now() - t0) / 1000);
      if (inflight === 0) drained?.();
    };
    res.on('finish', finish);
    res.on('close', finish);
    void (async () => {
      try {
        if (!route) throw new HttpError(404, 'NOT_FOUND', `no such endpoint ${path}; try POST /extract, POST /extract/batch, GET /healthz or GET /metrics.`);
        if (!route.methods.includes(method)) {
          throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${path} accepts ${route.methods.join(', ')}, not ${method}.`, { Allow: route.methods.join(', ') });
        }
        if (closing && path.startsWith('/extract')) throw new HttpError(503, 'SHUTTING_DOWN', 'the service is shutting down; retry on another instance.');
        await route.handle(req, res);
      } catch (e) {
        sendError(req, res, e);
      }
    })();
  });
  // `Expect: 100-continue` (curl sends it for large bodies): refuse an announced oversize body before it is sent
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!(Number(req.headers['content-length']) > maxBodyBytes)) res.writeContinue();
    server.emit('request', req, res);
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    // malformed HTTP or a header/request timeout: answer if the socket is still writable, then cut
    if (!socket.writable || (err as { code?: string }).code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const timeout = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const body = errorJson(timeout ? 'TIMEOUT' : 'BAD_REQUEST', timeout ? 'the request was not received in time.' : `bad HTTP request: ${err.message}`);
    metrics.error(timeout ? 'TIMEOUT' : 'BAD_REQUEST');
    socket.end(`HTTP/1.1 ${timeout ? '408 Request Timeout' : '400 Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? SERVE_DEFAULTS.port, opts.host ?? SERVE_DEFAULTS.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    await pool.close();
    throw e;
  }

  if (opts.warmup !== false) {
    // load the data in every worker now rather than on the first requests (one task per idle worker)
    for (let i = 0; i < pool.size; i++) pool.run({ text: 'Presiden Joko Widodo tiba di Jakarta, Senin (8/1/2024).' }).catch(() => undefined);
  }

  const addr = server.address() as AddressInfo;
  const host = opts.host ?? SERVE_DEFAULTS.host;
  let closed: Promise<void> | undefined;

  return {
    server,
    pool,
    cache,
    metrics,
    port: addr.port,
    host,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}`,
    close(deadlineMs = shutdownTimeoutMs) {
      closed ??= (async () => {
        closing = true;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        if (inflight > 0) {
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([
            new Promise<void>((resolve) => (drained = resolve)),
            new Promise<void>((resolve) => (timer = setTimeout(resolve, deadlineMs))),
          ]);
          clearTimeout(timer);
        }
        server.closeAllConnections();
        await stopped;
        await pool.close();
      })();
      return closed;
    },
  };
}
