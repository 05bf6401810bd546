/**
 * Values: dates, clock times, money, percentages and scaled numbers, normalized.
 * Works on tokens, so `Rp 2,5 miliar`, `US$ 280 juta`, `30 persen`, `Senin (3/1/2022)`,
 * `Minggu (2/1)`, `03 Jan 2022` and `Sept. 29, 2021` are each one value spanning several tokens.
 * Numbers are read the Indonesian way (`1.000.000`, `1,5`) in Indonesian sentences and the
 * English way (`1,000,000`, `1.5`) in English ones.
 */
import type { Language, Sentence, Token, Value } from '../types.js';
import { SCALE_ID } from '../lang/id/words.js';
import { SCALE_EN } from '../lang/en/words.js';
import { dayOf, fullYear, isoDate, monthOf, pad2, resolveYear, validDate } from './dates.js';

const CURRENCY = new Map<string, string>(Object.entries({
  rp: 'IDR', 'rp.': 'IDR', idr: 'IDR', rupiah: 'IDR', 'us$': 'USD', usd: 'USD', $: 'USD', dolar: 'USD', dollar: 'USD',
  's$': 'SGD', sgd: 'SGD', 'a$': 'AUD', 'hk$': 'HKD', rm: 'MYR', ringgit: 'MYR', myr: 'MYR', '€': 'EUR', eur: 'EUR',
  euro: 'EUR', '£': 'GBP', pound: 'GBP', poundsterling: 'GBP', '¥': 'JPY', yen: 'JPY', yuan: 'CNY', rmb: 'CNY', riyal: 'SAR', rubel: 'RUB', ruble: 'RUB', rouble: 'RUB', lira: 'TRY', won: 'KRW', rupee: 'INR', rupe: 'INR',
}));
/** Currency words written after the amount (`280 juta dolar AS`, `2,5 miliar rupiah`). */
const CURRENCY_AFTER = new Set(['rupiah', 'dolar', 'dollar', 'dollars', 'euro', 'euros', 'yen', 'yuan', 'ringgit', 'riyal', 'rubel', 'ruble', 'lira', 'won', 'pound', 'poundsterling', 'rupee']);
const PERCENT_WORDS = new Set(['persen', 'percent', 'per cent', 'pct']);
const TZ = new Set(['wib', 'wita', 'wit', 'gmt', 'utc']);

/** Parse a number token written the way `lang` writes numbers. NaN if it is not one. */
export function parseNumber(s: string, lang: Language): number {
  const dots = countChar(s, 46);
  const commas = countChar(s, 44);
  let norm: string;
  if (lang === 'id') {
    if (commas === 0 && dots === 1 && !/\.\d{3}$/.test(s)) norm = s; // 2.5 written English-style
    else norm = s.replace(/\./g, '').replace(',', '.');
  } else {
    if (dots === 0 && commas === 1 && !/,\d{3}$/.test(s)) norm = s.replace(',', '.');
    else norm = s.replace(/,/g, '');
  }
  if (!/^\d+(\.\d+)?$/.test(norm)) return Number.NaN;
  return Number(norm);
}

function countChar(s: string, c: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === c) n++;
  return n;
}

const SCALE = new Map<string, number>([...Object.entries(SCALE_EN), ...Object.entries(SCALE_ID)]);
const OTHER_DOLLARS = new Map<string, string>([['singapura', 'SGD'], ['australia', 'AUD'], ['hongkong', 'HKD'], ['kanada', 'CAD'], ['selandia', 'NZD']]);

function scaleOf(t: Token | undefined): number {
  if (!t || t.kind !== 'word') return 1;
  return SCALE.get(t.norm) ?? 1;
}

function isYearToken(t: Token | undefined): number {
  if (!t || t.kind !== 'number' || t.text.length !== 4) return 0;
  const y = Number(t.text);
  return y >= 1000 && y <= 2199 ? y : 0;
}

function dayNumber(t: Token | undefined): number {
  if (!t || t.kind !== 'number' || t.text.length > 2) return 0;
  const d = Number(t.text);
  return d >= 1 && d <= 31 ? d : 0;
}

/** Find values in every sentence; `docDate` (ISO) resolves dates written without a year. */
export function findValues(text: string, tokens: Token[], sentences: Sentence[], docDate: string | undefined): Value[] {
  const out: Value[] = [];
  for (const s of sentences) findInSentence(text, tokens, s, docDate, out);
  return out;
}

function push(out: Value[], text: string, tokens: Token[], a: number, b: number, kind: Value['kind'], value: string | number, sentence: number, unit?: string): void {
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  const v: Value = { kind, start, end, text: text.slice(start, end), value, sentence: sentence };
  if (unit) v.unit = unit;
  out.push(v);
}

function findInSentence(text: string, tokens: Token[], s: Sentence, docDate: string | undefined, out: Value[]): void {
  const lang = s.language;
  const end = s.tokenEnd;
  let i = s.tokenStart;
  while (i < end) {
    const t = tokens[i]!;
    // most tokens are lower-case words: none of the patterns below starts with one
    const c0 = t.text.charCodeAt(0);
    // (t)ahun (s)ejak (s)ince (i)n (r)p (u)sd (i)dr are the only lower-case starts of a value
    if (t.kind === 'word' && c0 >= 97 && c0 <= 122 && c0 !== 116 && c0 !== 115 && c0 !== 105 && c0 !== 114 && c0 !== 117) {
      i++;
      continue;
    }
    const n1 = i + 1 < end ? tokens[i + 1] : undefined;
    const n2 = i + 2 < end ? tokens[i + 2] : undefined;
    const n3 = i + 3 < end ? tokens[i + 3] : undefined;

    // Day name + (d/m[/y]) : "Senin (3/1/2022)", "Minggu (2/1)"
    if (t.kind === 'word' && dayOf(t.norm) >= 0 && n1?.text === '(' && n2?.kind === 'date' && n3?.text === ')') {
      const iso = slashDate(n2.text, docDate);
      if (iso) { push(out, text, tokens, i, i + 4, 'date', iso, s.index); i += 4; continue; }
    }
    if (t.kind === 'date') {
      const iso = slashDate(t.text, docDate);
      if (iso) push(out, text, tokens, i, i + 1, 'date', iso, s.index);
      i++;
      continue;
    }
    // "03 Jan 2022", "3 Januari 2022", "29 September", "29 Sept. 2021"
    const d = dayNumber(t);
    if (d && n1 && (n1.kind === 'word' || n1.kind === 'abbreviation') && monthOf(n1.norm)) {
      const m = monthOf(n1.norm);
      const y = isYearToken(n2);
      if (y && validDate(y, m, d)) { push(out, text, tokens, i, i + 3, 'date', isoDate(y, m, d), s.index); i += 3; continue; }
      const ry = resolveYear(m, d, docDate);
      if (validDate(ry ?? 2000, m, d)) {
        push(out, text, tokens, i, i + 2, 'date', ry ? isoDate(ry, m, d) : `--${pad2(m)}-${pad2(d)}`, s.index);
        i += 2;
        continue;
      }
    }
    // "Sept. 29, 2021", "January 3, 2022", "Januari 2022"
    if ((t.kind === 'word' || t.kind === 'abbreviation') && /^[A-Z]/.test(t.text) && monthOf(t.norm)) {
      const m = monthOf(t.norm);
      const dd = dayNumber(n1);
      if (dd) {
        const hasComma = n2?.text === ',';
        const y = isYearToken(hasComma ? n3 : n2);
        if (y && validDate(y, m, dd)) { const e = i + (hasComma ? 4 : 3); push(out, text, tokens, i, e, 'date', isoDate(y, m, dd), s.index); i = e; continue; }
        const ry = resolveYear(m, dd, docDate);
        if (lang === 'en' && validDate(ry ?? 2000, m, dd)) { push(out, text, tokens, i, i + 2, 'date', ry ? isoDate(ry, m, dd) : `--${pad2(m)}-${pad2(dd)}`, s.index); i += 2; continue; }
      }
      const y = isYearToken(n1);
      if (y) { push(out, text, tokens, i, i + 2, 'date', `${y}-${pad2(m)}`, s.index); i += 2; continue; }
    }
    // "tahun 1952", "sejak 1952"
    if (t.kind === 'word' && (t.norm === 'tahun' || t.norm === 'sejak' || t.norm === 'in' || t.norm === 'since') && isYearToken(n1)) {
      push(out, text, tokens, i + 1, i + 2, 'date', String(isYearToken(n1)), s.index);
      i += 2;
      continue;
    }
    // times: 14:50 WIB, pukul 19.30 WIB
    if (t.kind === 'time') {
      const hm = t.text.replace('.', ':').split(':');
      const value = `${pad2(Number(hm[0]))}:${hm[1]}`;
      if (n1 && n1.kind === 'word' && TZ.has(n1.norm)) { push(out, text, tokens, i, i + 2, 'time', value, s.index, n1.text.toUpperCase()); i += 2; }
      else { push(out, text, tokens, i, i + 1, 'time', value, s.index); i++; }
      continue;
    }
    if (t.kind === 'percent') {
      const v = parseNumber(t.text.slice(0, -1), lang);
      if (!Number.isNaN(v)) push(out, text, tokens, i, i + 1, 'percent', v, s.index);
      i++;
      continue;
    }
    // money glued: Rp2,5 miliar / US$280 juta / $5
    if (t.kind === 'money') {
      const m = /^([^\d]+?)\.?(\d[\d.,]*)$/.exec(t.text);
      if (m) {
        const cur = CURRENCY.get(m[1]!.toLowerCase()) ?? m[1]!;
        const v = parseNumber(m[2]!, lang);
        const sc = scaleOf(n1);
        if (!Number.isNaN(v)) { const e = sc > 1 ? i + 2 : i + 1; push(out, text, tokens, i, e, 'money', v * sc, s.index, cur); i = e; continue; }
      }
      i++;
      continue;
    }
    // currency then amount: "Rp 2,5 miliar", "US$ 280 juta", "USD 5"
    const cur = (t.kind === 'word' || t.kind === 'symbol' || t.kind === 'abbreviation') ? CURRENCY.get(t.norm) : undefined;
    if (cur && !CURRENCY_AFTER.has(t.norm) && n1?.kind === 'number') {
      const v = parseNumber(n1.text, lang);
      if (!Number.isNaN(v)) {
        const sc = scaleOf(n2);
        const e = sc > 1 ? i + 3 : i + 2;
        push(out, text, tokens, i, e, 'money', v * sc, s.index, cur);
        i = e;
        continue;
      }
    }
    if (t.kind === 'number') {
      const v = parseNumber(t.text, lang);
      if (!Number.isNaN(v)) {
        // "30 persen", "30 %"
        if (n1 && (PERCENT_WORDS.has(n1.norm) || n1.text === '%')) { push(out, text, tokens, i, i + 2, 'percent', v, s.index); i += 2; continue; }
        const sc = scaleOf(n1);
        let e = sc > 1 ? i + 2 : i + 1;
        const after = tokens[e];
        // "280 juta dolar AS", "2,5 miliar rupiah"
        if (e < end && after && CURRENCY_AFTER.has(after.norm)) {
          let unit = CURRENCY.get(after.norm) ?? after.norm.toUpperCase();
          let e2 = e + 1;
          const as = tokens[e2];
          if (unit === 'USD' && as && e2 < end && (as.text === 'AS' || as.text === 'Amerika')) e2++;
          else if ((after.norm === 'dolar' || after.norm === 'dollar') && as && e2 < end) {
            const other = OTHER_DOLLARS.get(as.norm);
            if (other) { unit = other; e2++; }
          }
          push(out, text, tokens, i, e2, 'money', v * sc, s.index, unit);
          i = e2;
          continue;
        }
        if (sc > 1) { push(out, text, tokens, i, e, 'number', v * sc, s.index); i = e; continue; }
      }
    }
    i++;
  }
}

/** `3/1/2022` → 2022-01-03; `2/1` → resolved against the document date. */
export function slashDate(s: string, docDate: string | undefined): string | undefined {
  const p = s.split('/');
  const d = Number(p[0]);
  const m = Number(p[1]);
  if (p.length === 3) {
    const y = fullYear(Number(p[2]), p[2]!.length);
    return validDate(y, m, d) ? isoDate(y, m, d) : undefined;
  }
  const y = resolveYear(m, d, docDate);
  if (y === undefined) return validDate(2000, m, d) ? `--${pad2(m)}-${pad2(d)}` : undefined;
  return validDate(y, m, d) ? isoDate(y, m, d) : undefined;
}
