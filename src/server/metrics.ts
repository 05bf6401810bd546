/**
 * The service's counters, rendered in the Prometheus text exposition format (version 0.0.4) at
 * `GET /metrics`. Label sets are bounded: routes are the known paths or `other`, error codes are
 * warta's own codes.
 */

/** Latency buckets in seconds: a short news article takes a few ms, a 5 MB batch several seconds. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

function esc(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function labels(l: Record<string, string>): string {
  const parts = Object.entries(l).map(([k, v]) => `${k}="${esc(v)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

function num(n: number): string {
  if (n === Infinity) return '+Inf';
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

/** Live values read at scrape time (pool, cache). */
export interface Gauges {
  poolSize: number;
  poolPending: number;
  inflight: number;
  workerRestarts: number;
  cacheHits: number;
  cacheMisses: number;
  cacheEntries: number;
  cacheBytes: number;
}

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly errors = new Map<string, number>();
  private readonly latency = new Map<string, Histogram>();
  documents = 0;
  words = 0;

  /** One finished HTTP request. */
  request(route: string, method: string, status: number, seconds: number): void {
    const k = `${route}\u0000${method}\u0000${status}`;
    this.requests.set(k, (this.requests.get(k) ?? 0) + 1);
    let h = this.latency.get(route);
    if (!h) this.latency.set(route, (h = { counts: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 }));
    for (let i = 0; i < LATENCY_BUCKETS.length; i++) if (seconds <= LATENCY_BUCKETS[i]!) h.counts[i]!++;
    h.sum += seconds;
    h.count++;
  }

  /** One error answered (a whole request or one batch item), by warta error code. */
  error(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  /** One document answered with a result (computed or from the cache). */
  document(words: number): void {
    this.documents++;
    this.words += words;
  }

  render(g: Gauges): string {
    const out: string[] = [];
    const head = (name: string, type: string, help: string) => out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);

    head('warta_http_requests_total', 'counter', 'HTTP requests answered, by route, method and status.');
    for (const [k, v] of [...this.requests].sort()) {
      const [route, method, status] = k.split('\u0000') as [string, string, string];
      out.push(`warta_http_requests_total${labels({ route, method, status })} ${v}`);
    }
    head('warta_errors_total', 'counter', 'Errors answered (requests and batch items), by error code.');
    for (const [code, v] of [...this.errors].sort()) out.push(`warta_errors_total${labels({ code })} ${v}`);

    head('warta_http_request_duration_seconds', 'histogram', 'Time from request start to response end, by route.');
    for (const [route, h] of [...this.latency].sort()) {
      for (let i = 0; i < LATENCY_BUCKETS.length; i++) {
        out.push(`warta_http_request_duration_seconds_bucket${labels({ route, le: num(LATENCY_BUCKETS[i]!) })} ${h.counts[i]}`);
      }
      out.push(`warta_http_request_duration_seconds_bucket${labels({ route, le: '+Inf' })} ${h.count}`);
      out.push(`warta_http_request_duration_seconds_sum${labels({ route })} ${num(h.sum)}`);
      out.push(`warta_http_request_duration_seconds_count${labels({ route })} ${h.count}`);
    }

    const one = (name: string, type: string, help: string, v: number) => {
      head(name, type, help);
      out.push(`${name} ${num(v)}`);
    };
    one('warta_documents_processed_total', 'counter', 'Documents answered with a result (computed or cached).', this.documents);
    one('warta_words_processed_total', 'counter', 'Whitespace-separated words in the documents answered with a result.', this.words);
    one('warta_cache_hits_total', 'counter', 'Result cache hits.', g.cacheHits);
    one('warta_cache_misses_total', 'counter', 'Result cache misses.', g.cacheMisses);
    one('warta_cache_entries', 'gauge', 'Results in the cache.', g.cacheEntries);
    one('warta_cache_bytes', 'gauge', 'Bytes of result JSON in the cache.', g.cacheBytes);
    one('warta_worker_restarts_total', 'counter', 'Workers replaced after a crash or a timeout.', g.workerRestarts);
    one('warta_pool_workers', 'gauge', 'Worker threads in the pool.', g.poolSize);
    one('warta_pool_pending', 'gauge', 'Documents waiting for or running on a worker.', g.poolPending);
    one('warta_http_inflight_requests', 'gauge', 'HTTP requests being processed.', g.inflight);
    return out.join('\n') + '\n';
  }
}

/** Whitespace-separated words in `text` (one pass over the char codes). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}
