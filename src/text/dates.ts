/**
 * Calendar helpers: ISO formatting, validation, and resolving day/month forms (`Minggu (2/1)`)
 * against the publication date.
 */
import { MONTHS_ID, DAYS_ID } from '../lang/id/words.js';
import { MONTHS_EN, DAYS_EN } from '../lang/en/words.js';

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function validDate(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1 && y <= 9999)) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const MONTHS = new Map<string, number>([...Object.entries(MONTHS_EN), ...Object.entries(MONTHS_ID)]);
const DAYS = new Map<string, number>([...Object.entries(DAYS_EN), ...Object.entries(DAYS_ID)]);

/** Month number of a (folded) month name or abbreviation, Indonesian or English; 0 if none. */
export function monthOf(word: string): number {
  const w = word.endsWith('.') ? word.slice(0, -1) : word;
  return MONTHS.get(w) ?? 0;
}

/** Day of week (0 = Sunday) of a folded day name; -1 if none. */
export function dayOf(word: string): number {
  return DAYS.get(word) ?? -1;
}

/** Two-digit years: 00–69 → 2000s, 70–99 → 1900s. */
export function fullYear(y: number, digits: number): number {
  if (digits > 2) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

/**
 * The year for a day and month written without one, relative to the reference date: the same
 * year, unless that puts the date more than 60 days after the reference (then the year before).
 */
export function resolveYear(m: number, d: number, ref: string | undefined): number | undefined {
  if (!ref) return undefined;
  const ry = Number(ref.slice(0, 4));
  const rm = Number(ref.slice(5, 7)) || 1;
  const rd = Number(ref.slice(8, 10)) || 1;
  const refT = Date.UTC(ry, rm - 1, rd);
  const t = Date.UTC(ry, m - 1, d);
  const day = 86_400_000;
  if (t - refT > 60 * day) return ry - 1;
  if (refT - t > 300 * day) return ry + 1;
  return ry;
}

/** Accepts an ISO date string or a Date; returns `YYYY-MM-DD` or undefined when invalid. */
export function normalizeDateOption(v: unknown): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (!m) return undefined;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return validDate(y, mo, d) ? isoDate(y, mo, d) : undefined;
}
