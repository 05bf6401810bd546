/**
 * A worker thread of the pool (pool.ts): runs extract() on the documents it is sent and answers
 * with the result as a JSON string (cheaper to pass between threads than an object graph).
 */
import { parentPort } from 'node:worker_threads';
import { createExtractor } from './extract.js';
import { WartaError } from './errors.js';

const ex = createExtractor();

parentPort?.on('message', (msg: { id: number; text: unknown; options?: Record<string, unknown> }) => {
  try {
    const result = ex.extract(msg.text as string, msg.options);
    parentPort!.postMessage({ id: msg.id, json: JSON.stringify(result) });
  } catch (e) {
    const err = e instanceof WartaError ? e.toJSON() : { code: 'WORKER_FAILED', message: (e as Error).message };
    parentPort!.postMessage({ id: msg.id, error: err });
  }
});
