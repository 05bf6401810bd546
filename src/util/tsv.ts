/**
 * The TSV reader of warta's data files: header line first, `#` comment lines and empty lines
 * skipped, tab-separated cells. Errors name the file, line and field, so a curator can fix the row;
 * nothing is silently dropped.
 */
import { WartaError } from '../errors.js';

export interface TsvRow {
  /** 1-based line number in the file */
  line: number;
  cells: Record<string, string>;
}

export function tsvError(file: string, line: number, field: string | undefined, message: string): WartaError {
  const where = `${file}:${line}${field ? ` (field "${field}")` : ''}`;
  return new WartaError('GAZETTEER_INVALID', `${where}: ${message}`, { file, line, ...(field ? { field } : {}) });
}

/**
 * Parse TSV text. `known` lists the allowed columns; `required` those that must be present in the
 * header and non-empty in every row.
 */
export function parseTsv(text: string, file: string, known: readonly string[], required: readonly string[]): TsvRow[] {
  const lines = text.split(/\r?\n/);
  let header: string[] | undefined;
  const rows: TsvRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      for (const h of header) if (!known.includes(h)) throw tsvError(file, i + 1, h, `unknown column "${h}"; known columns: ${known.join(', ')}`);
      for (const r of required) if (!header.includes(r)) throw tsvError(file, i + 1, r, `missing required column "${r}"`);
      const dup = header.find((h, k) => header!.indexOf(h) !== k);
      if (dup) throw tsvError(file, i + 1, dup, `column "${dup}" appears twice`);
      continue;
    }
    if (cells.length > header.length) throw tsvError(file, i + 1, undefined, `${cells.length} cells but the header has ${header.length} columns (a stray tab?)`);
    const rec: Record<string, string> = {};
    for (let k = 0; k < header.length; k++) rec[header[k]!] = (cells[k] ?? '').trim();
    for (const r of required) if (!rec[r]) throw tsvError(file, i + 1, r, `required field "${r}" is empty`);
    rows.push({ line: i + 1, cells: rec });
  }
  if (!header) throw tsvError(file, 1, undefined, 'no header line');
  return rows;
}

export function splitList(v: string | undefined): string[] {
  if (!v) return [];
  return v.split('|').map((s) => s.trim()).filter(Boolean);
}
