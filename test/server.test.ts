import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { startServer, type WartaServer } from '../src/server/index.js';

const ARTICLE = readFileSync('examples/jakarta-bogor-summit.txt', 'utf8');

/** A stand-in worker for the timing tests: `sleep:N` answers after N ms, `crash` kills the worker. */
const FAKE_WORKER = new URL(
  'data:text/javascript,' +
    encodeURIComponent(`import { parentPort } from 'node:worker_threads';
parentPort.on('message', (m) => {
  const t = String(m.text);
  if (t === 'crash') process.exit(1);
  const ms = Number(/^sleep:(\\d+)/.exec(t)?.[1] ?? 0);
  setTimeout(() => parentPort.postMessage({ id: m.id, json: JSON.stringify({ language: 'id', text: t }) }), ms);
});`),
);

async function post(base: string, path: string, body: string, type = 'application/json') {
  const r = await fetch(base + path, { method: 'POST', headers: { 'content-type': type }, body });
  return { status: r.status, headers: r.headers, text: await r.text() };
}

/** A raw HTTP/1.1 exchange (for bodies fetch would not send, and to see the connection close). */
function raw(port: number, data: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(data));
    let out = '';
    s.on('data', (d) => (out += d.toString('latin1')));
    s.on('close', () => resolve(out));
    s.on('error', (e) => (out ? resolve(out) : reject(e)));
  });
}

describe('warta serve (real workers)', () => {
  let srv: WartaServer;
  let base: string;
  beforeAll(async () => {
    srv = await startServer({ port: 0, workers: 2, maxBodyBytes: 64 * 1024, maxBatch: 5, headersTimeoutMs: 1000, requestTimeoutMs: 5000 });
    base = srv.url;
  });
  afterAll(async () => {
    await srv?.close(1000);
  });

  it('POST /extract answers the ExtractResult JSON', async () => {
    const r = await post(base, '/extract', JSON.stringify({ text: ARTICLE }));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const out = JSON.parse(r.text);
    expect(out.date).toBe('2024-01-08');
    expect(out.language).toBe('id');
    expect(out.layout.dateline.place).toBe('Bogor');
    for (const t of out.tokens) expect(ARTICLE.slice(t.start, t.end)).toBe(t.text);
  });

  it('fields keeps only the asked parts; lang and date are honoured', async () => {
    const r = await post(base, '/extract', JSON.stringify({ text: 'Harga naik 30 persen pada Senin (3/1).', lang: 'id', date: '2022-01-05', fields: ['language', 'values'] }));
    expect(r.status).toBe(200);
    const out = JSON.parse(r.text);
    expect(Object.keys(out)).toEqual(['language', 'values']);
    expect(out.values).toContainEqual(expect.objectContaining({ kind: 'date', value: '2022-01-03' }));
  });

  it('a repeated document is a cache hit, counted in /metrics', async () => {
    const body = JSON.stringify({ text: 'Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Bogor. (cache test)' });
    const a = await post(base, '/extract', body);
    const b = await post(base, '/extract', body);
    expect(a.headers.get('x-warta-cache')).toBe('miss');
    expect(b.headers.get('x-warta-cache')).toBe('hit');
    expect(b.text).toBe(a.text);
    const m = await (await fetch(base + '/metrics')).text();
    expect(Number(/^warta_cache_hits_total (\d+)$/m.exec(m)?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(/^warta_cache_misses_total (\d+)$/m.exec(m)?.[1])).toBeGreaterThanOrEqual(1);
  });

  it('a batch keeps its order with a bad item in the middle (JSON and JSONL)', async () => {
    const docs = [{ text: 'Jokowi tiba di Bali.' }, { text: 42 }, { lang: 'id' }, { text: 'Putin menelepon Erdogan.', fields: 'language' }];
    const r = await post(base, '/extract/batch', JSON.stringify(docs));
    expect(r.status).toBe(200);
    const out = JSON.parse(r.text);
    expect(out).toHaveLength(4);
    expect(out[0].result.sentences[0].text).toBe('Jokowi tiba di Bali.');
    expect(out[1].error.code).toBe('INVALID_INPUT');
    expect(out[2].error.code).toBe('INVALID_INPUT');
    expect(out[3]).toEqual({ result: { language: 'id' } });

    const jl = await post(base, '/extract/batch', '{"text":"Satu."}\n{oops\n\n{"text":"Dua.","fields":["sentences"]}\n', 'application/x-ndjson');
    expect(jl.status).toBe(200);
    const lines = JSON.parse(jl.text);
    expect(lines.map((x: { result?: unknown; error?: { code: string } }) => (x.result ? 'ok' : x.error!.code))).toEqual(['ok', 'BAD_REQUEST', 'ok']);
    expect(lines[2].result.sentences[0].text).toBe('Dua.');
  });

  it('errors: 413 body and batch, 415, 400, 422, 404, 405', async () => {
    const big = await post(base, '/extract', JSON.stringify({ text: 'x'.repeat(70 * 1024) }));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text).error.code).toBe('INPUT_TOO_LARGE');

    const many = await post(base, '/extract/batch', JSON.stringify(Array.from({ length: 6 }, () => ({ text: 'a' }))));
    expect(many.status).toBe(413);

    const cases: Array<[string, string, string, number, string]> = [
      ['/extract', '{"text":"a"}', 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['/extract', '{"text":"a"}', 'application/json; charset=latin1', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['/extract', '{"text": "a"', 'application/json', 400, 'BAD_REQUEST'],
      ['/extract/batch', '[{"text": "a"}', 'application/json', 400, 'BAD_REQUEST'],
      ['/extract', '{"lang":"id"}', 'application/json', 422, 'INVALID_INPUT'],
      ['/extract', '{"text":["a"]}', 'application/json', 422, 'INVALID_INPUT'],
      ['/extract', '"just a string"', 'application/json', 422, 'INVALID_INPUT'],
      ['/extract', '{"text":"a","lang":"fr"}', 'application/json', 422, 'INVALID_OPTION'],
      ['/extract', '{"text":"a","fields":["nope"]}', 'application/json', 422, 'INVALID_OPTION'],
      ['/extract', '{"text":"a","relations":"paragraph"}', 'application/json', 422, 'INVALID_OPTION'],
      ['/extract/batch', '{"text":"a"}', 'application/json', 422, 'INVALID_INPUT'],
      ['/nope', '{}', 'application/json', 404, 'NOT_FOUND'],
    ];
    for (const [path, body, type, status, code] of cases) {
      const r = await post(base, path, body, type);
      expect([path, body, type, r.status]).toEqual([path, body, type, status]);
      expect(JSON.parse(r.text)).toEqual({ error: { code, message: expect.any(String) } });
    }
    const get = await fetch(base + '/extract');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(((await get.json()) as { error: { code: string } }).error.code).toBe('METHOD_NOT_ALLOWED');
    expect((await fetch(base + '/healthz', { method: 'POST' })).status).toBe(405);
  });

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(base + '/extract', { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
        req.destroy();
      });
      req.on('error', (e) => reject(e));
      // 10 MB announced nowhere (chunked); the server must answer long before it is all sent
      const chunk = Buffer.alloc(16 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 10 * 1024 * 1024 && !req.destroyed) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!req.destroyed) req.end();
      };
      req.write('{"text":"');
      pump();
    });
    expect(status).toBe(413);
    // announced with Content-Length: refused before reading, and the connection is closed
    const r = await raw(srv.port, `POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{"text":"`);
    expect(r).toMatch(/^HTTP\/1\.1 413 /);
    expect(r).toMatch(/connection: close/i);
  });

  it('GET /healthz reports status, pool size and pending', async () => {
    const r = await fetch(base + '/healthz');
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ok', workers: 2, pending: expect.any(Number) });
  });

  it('GET /metrics is Prometheus text with the request, error and latency counters', async () => {
    const r = await fetch(base + '/metrics');
    expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const m = await r.text();
    expect(m).toMatch(/^warta_http_requests_total\{route="\/extract",method="POST",status="200"\} [1-9]\d*$/m);
    expect(m).toMatch(/^warta_http_requests_total\{route="\/extract",method="POST",status="415"\} 2$/m);
    expect(m).toMatch(/^warta_http_requests_total\{route="other",method="POST",status="404"\} 1$/m);
    expect(m).toMatch(/^warta_errors_total\{code="INPUT_TOO_LARGE"\} [1-9]/m);
    expect(m).toMatch(/^warta_errors_total\{code="BAD_REQUEST"\} [1-9]/m);
    expect(m).toMatch(/^# TYPE warta_http_request_duration_seconds histogram$/m);
    expect(m).toMatch(/^warta_http_request_duration_seconds_bucket\{route="\/extract",le="\+Inf"\} [1-9]/m);
    expect(Number(/^warta_documents_processed_total (\d+)$/m.exec(m)?.[1])).toBeGreaterThanOrEqual(5);
    expect(Number(/^warta_words_processed_total (\d+)$/m.exec(m)?.[1])).toBeGreaterThan(100);
    expect(m).toMatch(/^warta_worker_restarts_total 0$/m);
    // every sample line is `name{labels} number`
    for (const line of m.split('\n')) if (line && !line.startsWith('#')) expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? [-+0-9.eInf]+$/);
  });

  it('a client that sends its headers slowly does not block others, and is cut at headersTimeout', async () => {
    const slow = net.connect(srv.port, '127.0.0.1');
    const request = 'POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Slow: ' + 'a'.repeat(200);
    let i = 0;
    const closed = new Promise<string>((resolve) => {
      let got = '';
      slow.on('data', (d) => (got += d));
      slow.on('close', () => resolve(got));
      slow.on('error', () => undefined);
    });
    const drip = setInterval(() => {
      if (i < request.length && !slow.destroyed) slow.write(request[i++]!);
    }, 20);
    try {
      await new Promise((r) => setTimeout(r, 150));
      const r = await post(base, '/extract', JSON.stringify({ text: 'Jokowi tiba di Bali, sementara klien lambat menetes.' }));
      expect(r.status).toBe(200);
      // answered while the slow client is still connected, still dribbling its headers
      expect(slow.destroyed).toBe(false);
      const answer = await closed; // headersTimeout 1 s, checked every 500 ms
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      clearInterval(drip);
      slow.destroy();
    }
  });
});

describe('warta serve (timeouts, overload, crashes, shutdown)', () => {
  it('504 on a document over its budget, 500 on a crashed worker, 503 when the queue is full', async () => {
    const srv = await startServer({ port: 0, workers: 1, timeoutMs: 300, maxQueue: 2, maxBatch: 2, warmup: false, workerFile: FAKE_WORKER, cache: { maxEntries: 0 } });
    try {
      const slow = await post(srv.url, '/extract', '{"text":"sleep:2000"}');
      expect(slow.status).toBe(504);
      expect(JSON.parse(slow.text).error.code).toBe('TIMEOUT');

      const crash = await post(srv.url, '/extract', '{"text":"crash"}');
      expect(crash.status).toBe(500);
      expect(JSON.parse(crash.text).error.code).toBe('WORKER_FAILED');
      expect((await post(srv.url, '/extract', '{"text":"ok"}')).status).toBe(200);

      const busy = [post(srv.url, '/extract', '{"text":"sleep:200"}'), post(srv.url, '/extract', '{"text":"sleep:200"}')];
      await new Promise((r) => setTimeout(r, 50));
      const over = await post(srv.url, '/extract', '{"text":"sleep:1"}');
      expect(over.status).toBe(503);
      expect(over.headers.get('retry-after')).toBe('1');
      expect(JSON.parse(over.text).error.code).toBe('OVERLOADED');
      expect((await Promise.all(busy)).map((r) => r.status)).toEqual([200, 200]);

      // per-document errors inside a batch are items, the batch itself is 200
      const b = await post(srv.url, '/extract/batch', '[{"text":"sleep:1000"},{"text":"fine"}]');
      expect(b.status).toBe(200);
      expect(JSON.parse(b.text)).toEqual([{ error: { code: 'TIMEOUT', message: expect.any(String) } }, { result: { language: 'id', text: 'fine' } }]);

      const m = await (await fetch(srv.url + '/metrics')).text();
      expect(m).toMatch(/^warta_worker_restarts_total 3$/m);
      expect(m).toMatch(/^warta_errors_total\{code="TIMEOUT"\} 2$/m);
      expect(m).toMatch(/^warta_errors_total\{code="OVERLOADED"\} 1$/m);
      expect(m).toMatch(/^warta_http_requests_total\{route="\/extract",method="POST",status="504"\} 1$/m);
    } finally {
      await srv.close(500);
    }
  });

  it('graceful shutdown: stops accepting, lets the in-flight request finish, closes the pool', async () => {
    const srv = await startServer({ port: 0, workers: 1, warmup: false, workerFile: FAKE_WORKER });
    const inflight = post(srv.url, '/extract', '{"text":"sleep:400"}');
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    const closing = srv.close(5000);
    await new Promise((r) => setTimeout(r, 20));
    // no new connections once closing
    await expect(raw(srv.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n')).rejects.toThrow(/ECONNREFUSED/);
    const r = await inflight;
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).text).toBe('sleep:400');
    await closing;
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(srv.server.listening).toBe(false);
    await expect(srv.pool.run({ text: 'x' })).rejects.toMatchObject({ code: 'WORKER_FAILED' });
  });

  it('shutdown cuts requests that outlive the deadline', async () => {
    const srv = await startServer({ port: 0, workers: 1, warmup: false, workerFile: FAKE_WORKER });
    const stuck = post(srv.url, '/extract', '{"text":"sleep:5000"}').then(
      (r) => r.status,
      () => 'cut',
    );
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    await srv.close(200);
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(await stuck).toBe('cut');
  });
});
