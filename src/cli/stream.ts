/**
 * Streaming helpers of the CLI: a line reader with constant memory, a stdout writer that waits for
 * 'drain' (backpressure), and whole-input readers.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/** An input that could not be read: exit code 3. */
export class InputError extends Error {
  readonly exitCode = 3;
}

/** A usage error: exit code 2. */
export class UsageError extends Error {}

export function inputName(file: string | undefined): string {
  return file === undefined || file === '-' ? 'standard input' : file;
}

export function openInput(file: string | undefined): Readable {
  const stream = file === undefined || file === '-' ? process.stdin : createReadStream(file);
  stream.setEncoding('utf8');
  return stream;
}

/**
 * The lines of a stream, split at `\n` only (a trailing `\r` is dropped; a lone `\r` is not a line
 * end, so line numbers match `wc -l`, Hadoop and Spark). A line longer than `maxLineChars` is not
 * kept in memory: it is yielded as `null`. Reading is pulled: while the consumer does not ask for
 * the next line, the stream is not read (backpressure), so memory stays bounded.
 */
export async function* readLines(stream: Readable, maxLineChars = Infinity, file?: string): AsyncGenerator<string | null> {
  let rest = '';
  let restLen = 0;
  let overflow = false;
  const end = (s: string) => (s.endsWith('\r') ? s.slice(0, -1) : s);
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      let start = 0;
      let nl = chunk.indexOf('\n');
      if (nl < 0) {
        if (!overflow) {
          rest += chunk;
          restLen += chunk.length;
          if (restLen > maxLineChars) { overflow = true; rest = ''; }
        }
        continue;
      }
      // the line that began in an earlier chunk
      if (overflow || restLen + nl > maxLineChars) yield null;
      else yield end(rest + chunk.slice(0, nl));
      rest = '';
      restLen = 0;
      overflow = false;
      start = nl + 1;
      while ((nl = chunk.indexOf('\n', start)) >= 0) {
        yield nl - start > maxLineChars ? null : end(chunk.slice(start, nl));
        start = nl + 1;
      }
      const tail = chunk.length - start;
      if (tail > maxLineChars) overflow = true;
      else { rest = chunk.slice(start); restLen = tail; }
    }
  } catch (e) {
    throw new InputError(`cannot read ${inputName(file)}: ${(e as Error).message}`);
  }
  if (overflow) yield null;
  else if (restLen > 0) yield end(rest);
}

/** All of a stream as one string (`null` when it is longer than `maxChars`: the rest is drained, not kept). */
export async function readAll(file: string | undefined, maxChars = Infinity): Promise<string | null> {
  const parts: string[] = [];
  let len = 0;
  try {
    for await (const chunk of openInput(file) as AsyncIterable<string>) {
      len += chunk.length;
      if (len <= maxChars) parts.push(chunk);
      else parts.length = 0;
    }
  } catch (e) {
    throw new InputError(`cannot read ${inputName(file)}: ${(e as Error).message}`);
  }
  return len > maxChars ? null : parts.join('');
}

/** Writes to a stream, waiting for 'drain' when its buffer is full. */
export class Output {
  constructor(private readonly stream: Writable = process.stdout) {}
  async write(s: string | Uint8Array): Promise<void> {
    if (!s.length) return;
    if (!this.stream.write(s)) await once(this.stream, 'drain');
  }
}
