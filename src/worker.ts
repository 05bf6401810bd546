/**
 * A worker thread of the pool (pool.ts): runs extract() on the documents it is sent and answers
 * with the result as a JSON string (cheaper to pass between threads than an object graph).
 */
import { parentPort } from 'node:worker_threads';
import { createExtractor } from './extract.js';
import { WartaError } from './errors.js';
import { resultJson } from './io/json.js';

const ex = createExtractor();
const encoder = new TextEncoder();

parentPort?.on('message', (msg: { id: number; text: unknown; options?: Record<string, unknown>; bytes?: boolean }) => {
  try {
    const result = ex.extract(msg.text as string, msg.options);
    const json = resultJson(result);
    if (msg.bytes) {
      // UTF-8 encoded here and the buffer moved, not copied: the main thread only writes it out
      const bytes = encoder.encode(json);
      parentPort!.postMessage({ id: msg.id, bytes }, [bytes.buffer]);
    } else parentPort!.postMessage({ id: msg.id, json });
  } catch (e) {
    const err = e instanceof WartaError ? e.toJSON() : { code: 'WORKER_FAILED', message: (e as Error).message };
    parentPort!.postMessage({ id: msg.id, error: err });
  }
});
