/**
 * A pool of worker threads running extract(), shared by the CLI (`--workers N`) and the HTTP
 * service. Results come back as JSON strings (or their UTF-8 bytes). A worker that throws or dies
 * is replaced, and the document it was working on is reported as an error, not lost. A document
 * over its time budget gets its worker terminated and a TIMEOUT error.
 *
 * Each worker holds up to two documents: the one it works on and the next one, already in its
 * message queue, so it never waits for the main thread between documents (measured under load:
 * with one document at a time a worker sat idle ~16 % of the time while the main thread was busy
 * writing responses). A worker handles its messages in order, so the oldest document it holds is
 * the one it works on: the time budget runs for that one only, and when the worker fails, the
 * documents behind it go back to the front of the queue.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { WartaError, type WartaErrorCode } from './errors.js';

export interface PoolOptions {
  /** number of worker threads (default: the machine's cores) */
  size?: number;
  /** per-document time budget in ms (default 30 000) */
  timeoutMs?: number;
  /** worker script (default: warta's own); tests pass workers that misbehave */
  workerFile?: URL | string;
  /**
   * Documents each worker holds at once, the one in progress included (default 2). Batch runs
   * want more: a worker then never waits for the main thread, even when the main thread is not
   * scheduled for a while (on a machine with as many busy threads as cores). A service wants few:
   * a document queued behind a slow one waits for it, even when another worker is free.
   */
  depth?: number;
}

export interface PoolTask {
  text: unknown;
  options?: Record<string, unknown>;
}

interface Pending {
  id: number;
  task: PoolTask;
  bytes: boolean;
  resolve: (json: string | Uint8Array) => void;
  reject: (e: WartaError) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  /** documents sent to the worker and not answered yet, oldest (the one in progress) first */
  held: Pending[];
}

/** warta's own worker: dist/worker.js next to the bundle, or src/worker.ts when running from source. */
function defaultWorkerFile(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './worker.ts' : './worker.js', here);
}

/** Start a worker; a TypeScript worker (from source, under tsx) registers tsx's loader first. */
function startWorker(file: URL | string): Worker {
  const href = String(file instanceof URL ? file.href : file);
  if (href.endsWith('.ts')) {
    const url = href.startsWith('file:') ? href : new URL(href, 'file://' + process.cwd() + '/').href;
    return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`, { eval: true });
  }
  return new Worker(file);
}

export class WorkerPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly timeoutMs: number;
  private readonly file: URL | string;
  private readonly depth: number;
  private nextId = 1;
  private closed = false;
  /** workers replaced after a crash or timeout */
  restarts = 0;

  constructor(opts: PoolOptions = {}) {
    const size = opts.size ?? availableParallelism();
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new WartaError('INVALID_OPTION', `workers must be an integer from 1 to 256, got ${opts.size}`);
    this.size = size;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.file = opts.workerFile ?? defaultWorkerFile();
    const depth = opts.depth ?? 2;
    if (!Number.isInteger(depth) || depth < 1 || depth > 1024) throw new WartaError('INVALID_OPTION', `depth must be an integer from 1 to 1024, got ${opts.depth}`);
    this.depth = depth;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = startWorker(this.file);
    const slot: Slot = { worker, held: [] };
    worker.on('message', (msg: { id: number; json?: string; bytes?: Uint8Array; error?: { code: WartaErrorCode; message: string } }) => {
      const k = slot.held.findIndex((p) => p.id === msg.id);
      if (k < 0) return;
      const p = slot.held[k]!;
      if (p.timer) clearTimeout(p.timer);
      slot.held.splice(k, 1);
      if (k === 0) this.startClock(slot);
      if (msg.error) p.reject(new WartaError(msg.error.code, msg.error.message));
      else p.resolve(msg.bytes ?? msg.json!);
      this.pump();
    });
    const fail = (why: string) => {
      const p = this.release(slot);
      if (p) p.reject(new WartaError('WORKER_FAILED', `the worker processing this document failed (${why}); it was replaced`));
      this.replace(slot);
    };
    worker.on('error', (e) => fail(e.message));
    worker.on('exit', (code) => {
      if (!this.closed) fail(`exit code ${code}`);
    });
    return slot;
  }

  private replace(slot: Slot): void {
    if (this.closed) return;
    const k = this.slots.indexOf(slot);
    if (k < 0) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate().catch(() => undefined);
    this.restarts++;
    this.slots[k] = this.spawn();
    this.pump();
  }

  /**
   * Takes every document off a failed worker: returns the one it was working on, and puts the ones
   * behind it back at the front of the queue, in order (they were not started, or their answer is lost).
   */
  private release(slot: Slot): Pending | undefined {
    const held = slot.held;
    slot.held = [];
    for (const p of held) {
      if (p.timer) clearTimeout(p.timer);
      p.timer = undefined;
    }
    const head = held.shift();
    this.queue.unshift(...held);
    return head;
  }

  /** The time budget of the document a worker is working on (its oldest). */
  private startClock(slot: Slot): void {
    const p = slot.held[0];
    if (!p || p.timer) return;
    p.timer = setTimeout(() => {
      if (slot.held[0] !== p) return;
      this.release(slot);
      p.reject(new WartaError('TIMEOUT', `the document took longer than ${this.timeoutMs} ms`));
      this.replace(slot);
    }, this.timeoutMs);
  }

  private pump(): void {
    // idle workers first, then a next document for each busy one
    for (let depth = 1; depth <= this.depth && this.queue.length; depth++) {
      for (const slot of this.slots) {
        if (slot.held.length >= depth || !this.queue.length) continue;
        const p = this.queue.shift()!;
        slot.held.push(p);
        this.startClock(slot);
        slot.worker.postMessage({ id: p.id, text: p.task.text, options: p.task.options, bytes: p.bytes });
      }
    }
  }

  /** Extract one document on a worker; resolves to the result as a JSON string. */
  run(task: PoolTask): Promise<string> {
    return this.submit(task, false) as Promise<string>;
  }

  /** Same, as UTF-8 bytes of the JSON (encoded in the worker and moved, not copied): for writing out as is. */
  runBytes(task: PoolTask): Promise<Uint8Array> {
    return this.submit(task, true) as Promise<Uint8Array>;
  }

  private submit(task: PoolTask, bytes: boolean): Promise<string | Uint8Array> {
    if (this.closed) return Promise.reject(new WartaError('WORKER_FAILED', 'the pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, bytes, resolve, reject });
      this.pump();
    });
  }

  /** Documents waiting or in progress. */
  get pending(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.held.length, 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) this.release(slot);
    for (const p of this.queue.splice(0)) p.reject(new WartaError('WORKER_FAILED', 'the pool was closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
