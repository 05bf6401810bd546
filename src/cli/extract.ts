/**
 * `warta extract`: files, standard input, or JSON lines (--jsonl), in this thread or on a pool of
 * worker threads, written in input order in one of the output formats of ../io/formats.ts.
 *
 * Streaming: documents are read one at a time; at most `runner.window` documents are in flight or
 * waiting for an earlier one to finish. When the window is full, reading stops until the oldest
 * document is written (and stdout has drained), so memory stays bounded on inputs of any length.
 */
import { resultJson as fastJson } from '../io/json.js';
import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { WartaError } from '../index.js';
import type { ExtractResult } from '../types.js';
import { normalizeDateOption } from '../text/dates.js';
import { RELATIONS_PER } from '../extract.js';
import { OUTPUT_FORMATS, TSV_HEADER, formatDocument, type OutputFormat } from '../io/formats.js';
import { InputError, Output, UsageError, inputName, openInput, readAll, readLines } from './stream.js';
import { Progress } from './progress.js';
import { asWartaError, mainThreadRunner, poolRunner, type Extracted, type Runner } from './run.js';

export const DEFAULT_MAX_CHARS = 10 * 1024 * 1024;
const FIELDS = ['language', 'date', 'sentences', 'tokens', 'layout', 'values', 'entities', 'relations'] as const;

export function extractHelp(): string {
  return `Usage: warta extract [files…|-] [options]
       warta extract --jsonl [file|-] [options]

Reads each file (or standard input, with - or no file) as one article and prints its result.

With --jsonl, reads one JSON object per line, {"id": …, "text": …, "date"?: …, "lang"?: …}, and
writes exactly one line per input line, in input order (memory stays constant on any input size):
  {"id": …, "result": {…}}
  {"id": …|null, "line": N, "error": {"code": …, "message": …}}   for a line that cannot be read:
      blank, invalid JSON, "text" missing or not a string (INVALID_INPUT), "text" longer than
      --max-chars (INPUT_TOO_LARGE), a bad "date" or "lang" (INVALID_OPTION), a worker that died
      (WORKER_FAILED) or ran over --timeout (TIMEOUT). Processing goes on with the next line.
Standard input in, standard output out, nothing else on stdout: the map step of Hadoop Streaming,
Spark's RDD.pipe and GNU parallel --pipe.

Options:
  --jsonl               read JSON lines (one file, or standard input)
  --format FORMAT       json (default), jsonl, conll, brat, ntriples or tsv (see below)
  --lang auto|id|en     language of the text (default auto: decided per sentence); a line's "lang" wins
  --date YYYY-MM-DD     publication date (default: the article's date line); a line's "date" wins
  --relations sentence|document
                        one relation per (type, subject, object) in each sentence (default: a
                        fact reported twice comes twice, each with its evidence) or in the document
  --fields LIST         json/jsonl only: result fields to keep, comma-separated
                        (language,date,sentences,tokens,layout,values,entities,relations)
  --workers N           worker threads, 1 to 256 (default: the number of cores, ${defaultWorkers()} here);
                        1 extracts in the main thread without a pool, which is faster for a few
                        thousand documents or fewer (every worker warms up on its own);
                        output order is always input order
  --max-chars N         longest text accepted, in UTF-16 code units (default ${DEFAULT_MAX_CHARS}, 10 Mi);
                        a longer document fails with INPUT_TOO_LARGE
  --timeout MS          time budget per document on a worker (default 30000); over it: TIMEOUT
  --allow-errors        exit 0 even when some documents failed (each is still reported): for map
                        steps where a non-zero exit fails the task (Hadoop Streaming, Spark's pipe)
  --progress            progress on standard error (docs, docs/s, ETA) even when it is not a terminal
  --no-progress         no progress (default: shown only when standard error is a terminal)
  --pretty / --compact  JSON layout of a single document (default: pretty on a terminal)
  -h, --help            this help

Formats:
  json      one document: its result object; several (files or --jsonl): one JSON object per line,
            {"file": …, "result": …} for files, {"id": …, "result": …} for --jsonl
  jsonl     like json, always compact
  conll     TOKEN TAG per line, IOB2 tags (B-PER, I-ORG, B-LOC, O) from the entity mentions, a blank
            line after each sentence; with several documents each starts with "-DOCSTART- O"
  brat      brat standoff (.ann): T lines for mentions, R lines for relations, AnnotatorNotes with
            entity ids and relation labels; with several documents each starts with "# doc <id>"
  ntriples  RDF N-Triples, IRIs under https://warta.dev/ (scheme: src/io/README.md in the repository)
  tsv       a header, then one relation per row: doc sentence type subject subject_name object
            object_name predicate label cameo modality negated time
  With conll, brat, ntriples and tsv, failed documents are reported on standard error.

Exit codes: 0 all documents done; 1 some documents failed (each reported); 2 usage error
(unknown option, bad value); 3 input not readable.`;
}

interface Doc {
  /** 1-based input line (--jsonl) */
  line?: number;
  /** the id of a JSON line (null when absent or unknown) */
  id?: unknown;
  file?: string;
  /** the document's name in non-JSON formats and messages */
  name?: string;
  text?: string;
  options?: Record<string, unknown>;
  error?: WartaError;
}

type Mode = 'single' | 'files' | 'jsonl';

interface Ctx {
  mode: Mode;
  format: OutputFormat;
  fields: string[] | undefined;
  pretty: boolean;
  options: Record<string, unknown>;
}

function positiveInt(name: string, v: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (v === undefined) return undefined;
  const n = /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be an integer from 1 to ${max} (got "${v}")`);
  return n;
}

function parseFields(v: string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const f of list) {
    if (!(FIELDS as readonly string[]).includes(f)) throw new UsageError(`unknown field "${f}" in --fields; known: ${FIELDS.join(', ')}`);
  }
  return list;
}

export function checkLangValue(v: string | undefined): 'auto' | 'id' | 'en' | undefined {
  if (v === undefined || v === 'auto' || v === 'id' || v === 'en') return v;
  throw new UsageError(`--lang must be auto, id or en (got "${v}")`);
}

function pick(result: ExtractResult, fields: string[] | undefined): unknown {
  if (!fields) return result;
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f in result) out[f] = (result as unknown as Record<string, unknown>)[f];
  return out;
}

function isJson(format: OutputFormat): boolean {
  return format === 'json' || format === 'jsonl';
}

/** The JSON of a document's result (spliced from the worker's string when nothing is to be dropped). */
const decoder = new TextDecoder();

function resultOf(ex: Extracted): ExtractResult {
  return ex.result ?? (JSON.parse(ex.json ?? decoder.decode(ex.bytes)) as ExtractResult);
}

function resultJson(ex: Extracted, ctx: Ctx): string | Uint8Array {
  if (!ctx.fields && !ctx.pretty && ex.json !== undefined) return ex.json;
  if (!ctx.fields && !ctx.pretty && ex.bytes !== undefined) return ex.bytes;
  if (!ctx.fields && !ctx.pretty) return fastJson(resultOf(ex));
  return JSON.stringify(pick(resultOf(ex), ctx.fields), null, ctx.pretty ? 2 : undefined);
}

/** Whether the worker's JSON goes out unchanged (then the pool may answer with bytes). */
function rawJson(ctx: Ctx): boolean {
  return isJson(ctx.format) && !ctx.fields && !ctx.pretty;
}

/**
 * The machine's cores (one core: the main thread, no pool). On two cores, bench:batch measured a
 * corpus run's warm rate 1.6–1.8× that of one thread; each worker first warms up on its own (V8 compiles
 * its hot code), so runs of a few thousand articles or fewer are faster with `--workers 1`.
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

function render(doc: Doc, ex: Extracted, ctx: Ctx): Array<string | Uint8Array> {
  if (isJson(ctx.format)) {
    const body = resultJson(ex, ctx);
    if (ctx.mode === 'single') return [body, '\n'];
    if (ctx.mode === 'files') return [`{"file":${JSON.stringify(doc.file)},"result":`, body, '}\n'];
    return [`{"id":${JSON.stringify(doc.id ?? null)},"result":`, body, '}\n'];
  }
  const r = resultOf(ex);
  const format = ctx.format as Exclude<OutputFormat, 'json' | 'jsonl'>;
  // conll and brat mark document boundaries only when there are several documents
  const id = ctx.mode === 'single' && (format === 'conll' || format === 'brat') ? undefined : doc.name;
  return [formatDocument(format, doc.text ?? '', r, id, { header: false })];
}

function where(doc: Doc): string {
  if (doc.line !== undefined) return `line ${doc.line}${doc.id !== undefined && doc.id !== null ? ` (id ${JSON.stringify(doc.id)})` : ''}`;
  return inputName(doc.file);
}

/** A failed document: its output line (JSON formats with several documents) or a message for stderr. */
function renderError(doc: Doc, e: WartaError, ctx: Ctx): { stdout?: string; stderr?: string } {
  const error = { code: e.code, message: e.message };
  if (isJson(ctx.format) && ctx.mode === 'jsonl') return { stdout: JSON.stringify({ id: doc.id ?? null, line: doc.line, error }) + '\n' };
  if (isJson(ctx.format) && ctx.mode === 'files') return { stdout: JSON.stringify({ file: doc.file, error }) + '\n' };
  return { stderr: `warta: ${where(doc)}: ${e.code}: ${e.message}\n` };
}

function lineError(line: number, id: unknown, code: 'INVALID_INPUT' | 'INPUT_TOO_LARGE', message: string): Doc {
  return { line, id, error: new WartaError(code, message) };
}

function docName(id: unknown, line: number): string {
  if (typeof id === 'string') return id;
  if (id === undefined || id === null) return `line-${line}`;
  return JSON.stringify(id);
}

/** One input line of --jsonl → a document, or a document that already failed. */
export function parseJsonLine(raw: string | null, line: number, maxChars: number): Doc {
  if (raw === null) return lineError(line, null, 'INPUT_TOO_LARGE', `line ${line} is too long: a text may have at most ${maxChars} characters (--max-chars)`);
  if (line === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  if (raw.trim() === '') return lineError(line, null, 'INVALID_INPUT', 'blank line: each line must be a JSON object {"id": …, "text": …}');
  let obj: unknown;
  try {
    obj = JSON.parse(raw);
  } catch (e) {
    return lineError(line, null, 'INVALID_INPUT', `invalid JSON: ${(e as Error).message}`);
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return lineError(line, null, 'INVALID_INPUT', `each line must be a JSON object {"id": …, "text": …}, got ${Array.isArray(obj) ? 'an array' : obj === null ? 'null' : typeof obj}`);
  }
  const o = obj as Record<string, unknown>;
  const id = o.id ?? null;
  if (!('text' in o)) return lineError(line, id, 'INVALID_INPUT', 'the object has no "text" field');
  if (typeof o.text !== 'string') return lineError(line, id, 'INVALID_INPUT', `"text" must be a string, got ${o.text === null ? 'null' : Array.isArray(o.text) ? 'an array' : typeof o.text}`);
  if (o.text.length > maxChars) return lineError(line, id, 'INPUT_TOO_LARGE', `"text" has ${o.text.length} characters; at most ${maxChars} are accepted (--max-chars)`);
  const options: Record<string, unknown> = {};
  if (o.lang !== undefined && o.lang !== null) options.lang = o.lang;
  if (o.date !== undefined && o.date !== null) options.date = o.date;
  return { line, id, name: docName(id, line), text: o.text, options };
}

async function* jsonlDocs(file: string | undefined, maxChars: number): AsyncGenerator<Doc> {
  if (file !== undefined && file !== '-') await checkReadable(file);
  let n = 0;
  // a JSON string escapes a character in at most 6 (\uXXXX): longer lines cannot hold an accepted text
  for await (const raw of readLines(openInput(file), maxChars * 6 + 65_536, file)) yield parseJsonLine(raw, ++n, maxChars);
}

async function checkReadable(file: string): Promise<number> {
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new Error('is a directory');
    return st.size;
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

async function* fileDocs(files: string[], maxChars: number, unreadable: (msg: string) => void): AsyncGenerator<Doc> {
  for (const file of files) {
    const doc: Doc = { file, name: file === '-' ? undefined : file };
    try {
      // a UTF-8 file has at most 3 bytes per UTF-16 code unit
      if (file !== '-' && (await checkReadable(file)) > maxChars * 3) {
        yield { ...doc, error: new WartaError('INPUT_TOO_LARGE', `the file is larger than ${maxChars} characters (--max-chars)`) };
        continue;
      }
      const text = await readAll(file, maxChars);
      if (text === null) yield { ...doc, error: new WartaError('INPUT_TOO_LARGE', `the text is longer than ${maxChars} characters (--max-chars)`) };
      else yield { ...doc, text };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      unreadable(e.message);
    }
  }
}

interface Entry {
  done: boolean;
  stdout?: string | Array<string | Uint8Array>;
  stderr?: string;
  /** characters held: the text while in flight, then the output waiting for its turn */
  chars: number;
}

/**
 * Characters that in-flight texts and waiting results may hold together before reading pauses
 * (besides the count bound of the runner's window). At least one document is always let through.
 */
export const WINDOW_CHARS = 64 * 1024 * 1024;

/** Runs the documents through the runner and writes their output in input order. Returns the number of failed documents. */
async function pump(docs: AsyncIterable<Doc>, runner: Runner, ctx: Ctx, progress: Progress): Promise<number> {
  const out = new Output();
  const pending: Entry[] = [];
  let held = 0;
  let failed = 0;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const headDone = (): Promise<void> => (pending.length === 0 || pending[0]!.done ? Promise.resolve() : new Promise<void>((r) => (wake = r)));
  const flush = async () => {
    while (pending.length && pending[0]!.done) {
      const e = pending.shift()!;
      held -= e.chars;
      if (e.stderr) {
        progress.clear();
        process.stderr.write(e.stderr);
      }
      if (typeof e.stdout === 'string') await out.write(e.stdout);
      else if (e.stdout) for (const part of e.stdout) await out.write(part);
      progress.tick();
    }
  };
  const start = async (doc: Doc, entry: Entry) => {
    try {
      if (doc.error) throw doc.error;
      const ex = await runner.run(doc.text!, doc.options ? { ...ctx.options, ...doc.options } : ctx.options, rawJson(ctx));
      entry.stdout = render(doc, ex, ctx);
    } catch (e) {
      failed++;
      Object.assign(entry, renderError(doc, asWartaError(e), ctx));
    }
    const out = entry.stdout;
    const chars = (typeof out === 'string' ? out.length : out ? out.reduce((n, p) => n + p.length, 0) : 0) + (entry.stderr?.length ?? 0);
    held += chars - entry.chars;
    entry.chars = chars;
    entry.done = true;
    signal();
  };

  for await (const doc of docs) {
    const entry: Entry = { done: false, chars: doc.text?.length ?? 0 };
    held += entry.chars;
    pending.push(entry);
    void start(doc, entry);
    // backpressure: stop reading while the window is full (by count or by characters held)
    for (;;) {
      await flush();
      if (pending.length === 0 || (pending.length < runner.window && held < WINDOW_CHARS)) break;
      await headDone();
    }
  }
  while (pending.length) {
    await headDone();
    await flush();
  }
  return failed;
}

export async function cmdExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean' },
      format: { type: 'string' },
      lang: { type: 'string' },
      date: { type: 'string' },
      relations: { type: 'string' },
      fields: { type: 'string' },
      workers: { type: 'string' },
      'max-chars': { type: 'string' },
      timeout: { type: 'string' },
      'allow-errors': { type: 'boolean' },
      progress: { type: 'boolean' },
      'no-progress': { type: 'boolean' },
      pretty: { type: 'boolean' },
      compact: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(extractHelp() + '\n');
    return 0;
  }
  const format = (values.format ?? 'json') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')} (got "${values.format}")`);
  const lang = checkLangValue(values.lang);
  if (values.date !== undefined && normalizeDateOption(values.date) === undefined) throw new UsageError(`--date must be a date YYYY-MM-DD (got "${values.date}")`);
  const fields = parseFields(values.fields);
  if (fields && !isJson(format)) throw new UsageError('--fields applies to --format json and jsonl only');
  const workers = positiveInt('workers', values.workers, 256) ?? defaultWorkers();
  const maxChars = positiveInt('max-chars', values['max-chars']) ?? DEFAULT_MAX_CHARS;
  const timeoutMs = positiveInt('timeout', values.timeout);
  if (values.jsonl && positionals.length > 1) throw new UsageError('--jsonl reads one file or standard input (cat several files into it)');
  const files = positionals.length ? positionals : ['-'];

  const mode: Mode = values.jsonl ? 'jsonl' : files.length === 1 ? 'single' : 'files';
  const pretty = mode === 'single' && format === 'json' && !values.compact && (values.pretty === true || process.stdout.isTTY === true);
  const options: Record<string, unknown> = {
    tokens: isJson(format) ? !fields || fields.includes('tokens') : format === 'conll',
    layout: isJson(format) ? !fields || fields.includes('layout') : false,
  };
  if (lang) options.lang = lang;
  if (values.date !== undefined) options.date = values.date;
  if (values.relations !== undefined) {
    if (!(RELATIONS_PER as readonly string[]).includes(values.relations)) throw new UsageError(`--relations must be ${RELATIONS_PER.join(' or ')} (got "${values.relations}")`);
    options.relations = values.relations;
  }
  const ctx: Ctx = { mode, format, fields, pretty, options };

  const showProgress = values['no-progress'] ? false : values.progress === true || process.stderr.isTTY === true;
  const progress = new Progress(showProgress, mode === 'jsonl' ? undefined : files.length);
  let unreadable = 0;
  const docs =
    mode === 'jsonl'
      ? jsonlDocs(files[0], maxChars)
      : fileDocs(files, maxChars, (msg) => {
          unreadable++;
          progress.clear();
          process.stderr.write(`warta: ${msg}\n`);
        });
  // a pool only when it can help: never more workers than known documents
  const size = mode === 'jsonl' ? workers : Math.min(workers, files.length);
  const runner = size > 1 ? poolRunner(size, timeoutMs) : mainThreadRunner();
  let failed = 0;
  try {
    if (format === 'tsv') await new Output().write(TSV_HEADER);
    failed = await pump(docs, runner, ctx, progress);
  } finally {
    progress.clear();
    await runner.close();
  }
  if (unreadable) return 3;
  return failed && !values['allow-errors'] ? 1 : 0;
}
