/**
 * Where documents are extracted: in this thread (`--workers 1`) or on a WorkerPool (../pool.ts).
 * Both answer with a promise; the pool's answer is the result as a JSON string.
 */
import { extract, WartaError } from '../index.js';
import { WorkerPool } from '../pool.js';
import type { ExtractResult } from '../types.js';

export type Extracted =
  | { json: string; result?: undefined; bytes?: undefined }
  | { result: ExtractResult; json?: undefined; bytes?: undefined }
  | { bytes: Uint8Array; json?: undefined; result?: undefined };

export interface Runner {
  /** documents that may be in flight at once (bounded window of the streaming loop) */
  readonly window: number;
  /** `raw`: the caller will write the JSON out unchanged, so the pool may answer with bytes */
  run(text: string, options: Record<string, unknown>, raw?: boolean): Promise<Extracted>;
  close(): Promise<void>;
}

/** Anything thrown that is not a WartaError becomes one (as the worker does). */
export function asWartaError(e: unknown): WartaError {
  if (e instanceof WartaError) return e;
  return new WartaError('WORKER_FAILED', `internal error: ${(e as Error)?.message ?? String(e)}`);
}

export function mainThreadRunner(): Runner {
  return {
    window: 1,
    run(text, options) {
      try {
        return Promise.resolve({ result: extract(text, options) });
      } catch (e) {
        return Promise.reject(asWartaError(e));
      }
    },
    close: () => Promise.resolve(),
  };
}

const BATCH_DEPTH = 8;

export function poolRunner(size: number, timeoutMs?: number): Runner {
  // a batch keeps 8 documents on each worker, so no worker waits for the main thread to be scheduled
  // (measured on 2 cores: with 2 a worker sat idle ~30 % of a run)
  const pool = new WorkerPool(timeoutMs === undefined ? { size, depth: BATCH_DEPTH } : { size, timeoutMs, depth: BATCH_DEPTH });
  return {
    // enough documents to keep every worker busy while a long one holds up the output order
    window: Math.max(32, size * 32),
    run: (text, options, raw) => (raw ? pool.runBytes({ text, options }).then((bytes) => ({ bytes })) : pool.run({ text, options }).then((json) => ({ json }))),
    close: () => pool.close(),
  };
}
