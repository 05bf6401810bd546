/** Error codes warta throws. Anything else thrown from warta is a bug. */
export type WartaErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_OPTION'
  | 'INPUT_TOO_LARGE'
  | 'GAZETTEER_INVALID'
  | 'DATA_MISSING'
  | 'TIMEOUT'
  | 'WORKER_FAILED'
  | 'BAD_REQUEST';

/**
 * The one error type of warta. `code` is stable and machine-readable; `message` says what was
 * wrong with the input and what to do.
 */
export class WartaError extends Error {
  readonly code: WartaErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: WartaErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'WartaError';
    this.code = code;
    if (details) this.details = details;
  }
  toJSON(): { code: WartaErrorCode; message: string; details?: Record<string, unknown> } {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/** Throws INVALID_INPUT unless `text` is a string. */
export function assertText(text: unknown, fn: string): asserts text is string {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    throw new WartaError('INVALID_INPUT', `${fn}() expects a string of text, got ${got}. Pass the article text as a string.`);
  }
}
