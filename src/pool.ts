/**
 * A pool of worker threads running extract(), shared by the CLI (`--workers N`) and the HTTP
 * service. Each worker takes one document at a time; results come back as JSON strings. A worker
 * that throws or dies is replaced, and the document it held is reported as an error, not lost.
 * A document over its time budget gets its worker terminated and a TIMEOUT error.
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
  busy: Pending | undefined;
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
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = startWorker(this.file);
    const slot: Slot = { worker, busy: undefined };
    worker.on('message', (msg: { id: number; json?: string; bytes?: Uint8Array; error?: { code: WartaErrorCode; message: string } }) => {
      const p = slot.busy;
      if (!p || p.id !== msg.id) return;
      this.finish(slot);
      if (msg.error) p.reject(new WartaError(msg.error.code, msg.error.message));
      else p.resolve(msg.bytes ?? msg.json!);
    });
    const fail = (why: string) => {
      const p = slot.busy;
      slot.busy = undefined;
      if (p) {
        if (p.timer) clearTimeout(p.timer);
        p.reject(new WartaError('WORKER_FAILED', `the worker processing this document failed (${why}); it was replaced`));
      }
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

  private finish(slot: Slot): void {
    if (slot.busy?.timer) clearTimeout(slot.busy.timer);
    slot.busy = undefined;
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || !this.queue.length) continue;
      const p = this.queue.shift()!;
      slot.busy = p;
      p.timer = setTimeout(() => {
        if (slot.busy !== p) return;
        slot.busy = undefined;
        p.reject(new WartaError('TIMEOUT', `the document took longer than ${this.timeoutMs} ms`));
        this.replace(slot);
      }, this.timeoutMs);
      slot.worker.postMessage({ id: p.id, text: p.task.text, options: p.task.options, bytes: p.bytes });
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
    return this.queue.length + this.slots.filter((s) => s.busy).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new WartaError('WORKER_FAILED', 'the pool was closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
