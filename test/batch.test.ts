import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { WorkerPool } from '../src/pool.js';
import { WartaError } from '../src/errors.js';
import { readLines } from '../src/cli/stream.js';
import { parseJsonLine } from '../src/cli/extract.js';

const TSX = ['--import', 'tsx', 'src/cli/main.ts'];
const dir = mkdtempSync(join(tmpdir(), 'warta-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [...TSX, ...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Sentences written for these tests in the style of Indonesian news.
const NEWS = [
  'Jakarta - Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor, Senin (8/1/2024).',
  'Menteri Luar Negeri Retno Marsudi mengkritik Israel atas serangan ke Gaza, Palestina.',
  'Badan Nasional Penanggulangan Bencana (BNPB) mengirimkan bantuan ke Sulawesi Tengah.',
  'Surabaya - Wali Kota Surabaya Eri Cahyadi meresmikan jembatan baru di Kenjeran.',
  'Presiden Turki Recep Tayyip Erdogan berbicara melalui telepon dengan Presiden Rusia Vladimir Putin.',
];

type Line = { id: string | number | null; good?: boolean; code?: string; raw: string | Buffer };
const garbage = Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x1b, 0x0d, 0x7f, 0xc3, 0x28, 0x7b, 0x22]);
const LINES: Line[] = [];
for (let i = 0; i < 24; i++) {
  // one long document among short ones, so that workers finish out of order
  const text = i === 3 ? Array(12).fill(NEWS[0]).join(' ') : NEWS[i % NEWS.length]!;
  LINES.push({ id: `n${i}`, good: true, raw: JSON.stringify({ id: `n${i}`, text }) });
  if (i === 2) LINES.push({ id: null, code: 'INVALID_INPUT', raw: '{"id": "broken", "text": "Presiden Joko' });
  if (i === 5) LINES.push({ id: 'no-text', code: 'INVALID_INPUT', raw: '{"id": "no-text", "title": "Banjir di Jakarta"}' });
  if (i === 7) LINES.push({ id: 'num-text', code: 'INVALID_INPUT', raw: '{"id": "num-text", "text": 20240108}' });
  if (i === 9) LINES.push({ id: 'too-long', code: 'INPUT_TOO_LARGE', raw: JSON.stringify({ id: 'too-long', text: 'Banjir melanda Jakarta. '.repeat(200) }) });
  if (i === 11) LINES.push({ id: null, code: 'INVALID_INPUT', raw: '' });
  if (i === 13) LINES.push({ id: null, code: 'INVALID_INPUT', raw: garbage });
  if (i === 15) LINES.push({ id: 42, raw: JSON.stringify({ id: 42, text: '\u0000\uffff\ud800 \u202e\u0007 Rp\u00a0 \x1b[31m ' + garbage.toString('latin1') }) });
  if (i === 17) LINES.push({ id: 'bad-lang', code: 'INVALID_OPTION', raw: JSON.stringify({ id: 'bad-lang', text: NEWS[1], lang: 'fr' }) });
}
const INPUT = Buffer.concat(LINES.flatMap((l) => [Buffer.isBuffer(l.raw) ? l.raw : Buffer.from(l.raw), Buffer.from('\n')]));
const FILE = join(dir, 'mixed.jsonl');
writeFileSync(FILE, INPUT);

function checkBatch(stdout: string) {
  const out = stdout.split('\n');
  expect(out.pop()).toBe('');
  expect(out.length).toBe(LINES.length);
  out.forEach((raw, k) => {
    const o = JSON.parse(raw);
    const want = LINES[k]!;
    expect(o.id, `line ${k + 1}`).toEqual(want.id);
    if (want.code) {
      expect(Object.keys(o)).toEqual(['id', 'line', 'error']);
      expect(o.line).toBe(k + 1);
      expect(Object.keys(o.error)).toEqual(['code', 'message']);
      expect(o.error.code, `line ${k + 1}`).toBe(want.code);
      expect(o.error.message.length).toBeGreaterThan(5);
    } else {
      expect(Object.keys(o)).toEqual(['id', 'result']);
      if (want.good) expect(o.result.entities.length, `line ${k + 1}`).toBeGreaterThan(0);
    }
  });
  return out;
}

describe('warta extract --jsonl (batch)', () => {
  let pooled: string[] = [];
  it('with --workers 2: one output line per input line, in order, errors in place; exit 1', () => {
    const r = run(['extract', '--jsonl', '--workers', '2', '--max-chars', '2000', '--fields', 'entities,relations', FILE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    pooled = checkBatch(r.stdout);
  });
  it('with --workers 1 (no pool), from standard input: the same output', () => {
    const r = run(['extract', '--jsonl', '--workers', '1', '--max-chars', '2000', '--fields', 'entities,relations'], INPUT);
    expect(r.code).toBe(1);
    expect(checkBatch(r.stdout)).toEqual(pooled);
  });
  it('many small documents on two workers stay in input order; all good exits 0', () => {
    const n = 600;
    const input = Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, text: NEWS[i % NEWS.length]!.repeat(1 + (i % 7)), date: '2024-01-08' })).join('\n') + '\n';
    const r = run(['extract', '--jsonl', '--workers', '2', '--format', 'jsonl', '--fields', 'date'], input);
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(out.every((o) => o.result.date === '2024-01-08')).toBe(true);
  });
});

describe('line reading', () => {
  async function lines(chunks: string[], max = Infinity) {
    const out: Array<string | null> = [];
    for await (const l of readLines(Readable.from(chunks), max)) out.push(l);
    return out;
  }
  it('splits at \\n only, drops a trailing \\r, keeps a last line without newline', async () => {
    expect(await lines(['a\r\nb', '\rc\n\nd'])).toEqual(['a', 'b\rc', '', 'd']);
    expect(await lines(['x\n'])).toEqual(['x']);
  });
  it('a line over the limit is not kept (null), the next lines are read', async () => {
    expect(await lines(['ok\n' + 'y'.repeat(10), 'y'.repeat(10), 'y\nok2\n', 'z'.repeat(30)], 20)).toEqual(['ok', null, 'ok2', null]);
  });
  it('parses a JSON line, and names what is wrong with a bad one', () => {
    expect(parseJsonLine('\ufeff{"id":"a","text":"Halo","lang":"id"}', 1, 100)).toMatchObject({ id: 'a', text: 'Halo', options: { lang: 'id' } });
    expect(parseJsonLine('[1,2]', 2, 100).error?.message).toMatch(/JSON object/);
    expect(parseJsonLine('{"id":"x","text":null}', 3, 100).error?.message).toMatch(/must be a string/);
    expect(parseJsonLine(null, 4, 100).error?.code).toBe('INPUT_TOO_LARGE');
  });
});

describe('worker pool with a worker that dies', () => {
  it('reports the crashed document as WORKER_FAILED, finishes the others and keeps working', async () => {
    const pool = new WorkerPool({ size: 2, workerFile: new URL('./fixtures/crash-worker.ts', import.meta.url) });
    try {
      const docs = [NEWS[0]!, 'Warga panik. CRASH_EXIT', NEWS[1]!, NEWS[2]!, NEWS[3]!];
      const settled = await Promise.allSettled(docs.map((text) => pool.run({ text, options: { tokens: false, layout: false } })));
      expect(settled[1]!.status).toBe('rejected');
      const err = (settled[1] as PromiseRejectedResult).reason;
      expect(err).toBeInstanceOf(WartaError);
      expect(err.code).toBe('WORKER_FAILED');
      for (const k of [0, 2, 3, 4]) {
        expect(settled[k]!.status).toBe('fulfilled');
        expect(JSON.parse((settled[k] as PromiseFulfilledResult<string>).value).entities.length).toBeGreaterThan(0);
      }
      expect(pool.restarts).toBe(1);
      // an uncaught error in the worker is a crash too
      await expect(pool.run({ text: 'CRASH_THROW' })).rejects.toMatchObject({ code: 'WORKER_FAILED' });
      expect(pool.restarts).toBe(2);
      // the pool still works, on both workers
      const after = await Promise.all([NEWS[4]!, NEWS[0]!].map((text) => pool.run({ text })));
      expect(JSON.parse(after[0]!).entities.map((e: { name: string }) => e.name)).toContain('Vladimir Putin');
      expect(pool.pending).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('a document queued behind a crash or a hang on the same worker is run again, not lost', async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 1500, workerFile: new URL('./fixtures/crash-worker.ts', import.meta.url) });
    try {
      // one worker holds two documents at a time: the failing one and the one behind it
      const docs = ['Warga panik. CRASH_EXIT', NEWS[0]!, 'Rapat ditunda. HANG_FOREVER', NEWS[1]!];
      const settled = await Promise.allSettled(docs.map((text) => pool.run({ text, options: { tokens: false, layout: false } })));
      expect(settled.map((s) => (s.status === 'rejected' ? (s.reason as WartaError).code : 'ok'))).toEqual(['WORKER_FAILED', 'ok', 'TIMEOUT', 'ok']);
      for (const k of [1, 3]) expect(JSON.parse((settled[k] as PromiseFulfilledResult<string>).value).entities.length).toBeGreaterThan(0);
      expect(pool.restarts).toBe(2);
      expect(pool.pending).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('with a deeper queue (depth 4, as batch runs use 8) every document behind a failure is run again, once', async () => {
    // (the budget covers a fresh worker's start from source under a loaded test run: 400 ms was seen to
    // time out the first document)
    const pool = new WorkerPool({ size: 1, depth: 4, timeoutMs: 1500, workerFile: new URL('./fixtures/crash-worker.ts', import.meta.url) });
    try {
      const docs = [NEWS[0]!, 'Warga panik. CRASH_EXIT', NEWS[1]!, NEWS[2]!, NEWS[3]!, 'Rapat ditunda. HANG_FOREVER', NEWS[4]!, NEWS[0]!];
      const settled = await Promise.allSettled(docs.map((text) => pool.run({ text, options: { tokens: false, layout: false } })));
      expect(settled.map((s) => (s.status === 'rejected' ? (s.reason as WartaError).code : 'ok'))).toEqual(['ok', 'WORKER_FAILED', 'ok', 'ok', 'ok', 'TIMEOUT', 'ok', 'ok']);
      // each answer is its own document's (a document run twice would not change that, a swap would)
      const names = (k: number) => JSON.parse((settled[k] as PromiseFulfilledResult<string>).value).entities.map((e: { name: string }) => e.name);
      expect(names(6)).toContain('Vladimir Putin');
      expect(names(7)).toEqual(names(0));
      expect(pool.restarts).toBe(2);
      expect(pool.pending).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('rejects a depth that is not a whole number from 1 to 1024', () => {
    for (const depth of [0, 1.5, 2000]) expect(() => new WorkerPool({ size: 1, depth })).toThrow(/depth must be an integer/);
  });
});
