/**
 * News layout: which lines of an article are the headline, the byline, the publication date
 * line, photo captions, the dateline (`Moskow -`, `Jakarta, CNN Indonesia --`), body paragraphs,
 * `Baca juga` links and the trailing editor codes (`(nvc/idh)`).
 *
 * Line-based and linear: every regex below runs on one line and is anchored, with bounded
 * repetition, so no input can make it backtrack badly. Lines longer than MAX_HEADER_LINE are
 * never header material and skip the header regexes altogether.
 */
import type { Layout, Span, Zone } from '../types.js';
import { dayOf, isoDate, monthOf, pad2, validDate, fullYear } from './dates.js';
import { fold } from './fold.js';
import { FUNCTION_WORDS_ID, OFFICE_WORDS_ID, SENTENCE_STARTERS_ID } from '../lang/id/words.js';
import { lowerStart } from './chars.js';

const MAX_HEADER_LINE = 300;

interface Line {
  start: number;
  end: number; // trimmed
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
      j++;
    }
    // trim
    let a = i, b = j;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    out.push({ start: a, end: b, text: text.slice(a, b) });
    if (j >= n) break;
    i = j + (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? 2 : 1);
  }
  return out;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x0b || c === 0x0c;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

const reTerminal = /[.!?…"'”’)]$/;
const reEditorCode = /^[([]\s?[a-z]{2,5}(?:\s?\/\s?[a-z]{2,5}){0,4}\s?[)\]]$/i;
const reEditorCodeTail = /\s[([][a-z]{2,5}(?:\/[a-z]{2,5}){1,4}[)\]]$/i;
const reRelated = /^(?:baca juga|simak juga|lihat juga|tonton juga|saksikan juga|artikel terkait|read also|see also|\[gambas)\b/i;
const reByline = /^(?:oleh|penulis|reporter|editor|by)\s*:?\s+\S/i;
const reCaptionCue = /(?:\((?:dok|foto|photo|ist|istimewa|reuters|afp|ap|antara)\b|\bphoto\b|\bfoto:|\bvia ap\b|\bap photo\b|reuters\/|antara foto|afp\/|getty images|\(file\)|\bshutterstock\b|\bdok\.)/i;
/** a line that is only a capitalized name of one to five words (a byline) */
const reNameLine = /^[A-Z][\p{L}.']+(?: [A-Z][\p{L}.']+){0,4}$/u;
const reDatelineOnly = /^([A-Z][\p{L}.'’ ]{1,40}?)(?:\s*,\s*([\p{L}][\p{L}\d.'’ ]{1,40}?))?(?:\s*\(([\p{L}.]{2,20})\))?\s*(?:-{1,3}|–|—)$/u;
const reDatelineLead = /^([A-Z][\p{L}.'’]*(?: [A-Z][\p{L}.'’]*){0,3})(?:\s*,\s*(\p{Lu}[\p{L}\d.'’-]*(?: [\p{L}\d.'’]+){0,3}))?(?:\s*\(([\p{L}.]{2,20})\))?(?:\s+(?:-{1,3}|–|—)|\s*(?:–|—|-{2,3}))\s+\S/u;

/** `Moskow - …`, `Jakarta, CNN Indonesia -- …`; not `Ketua DPR - RI Setya Novanto …` (a place, not an office). */
function isDatelineLead(head: string): boolean {
  const m = reDatelineLead.exec(head);
  if (!m) return false;
  const words = m[1]!.split(' ');
  const first = words[0]!.toLowerCase();
  // `Rekan - rekan musisi …`: a reduplicated word that detokenized text split at its hyphen
  const after = /^\S+/.exec(head.slice(m[0].length - 1))?.[0] ?? '';
  if (!m[2] && lowerStart(after) && after === words[words.length - 1]!.toLowerCase()) return false;
  return !OFFICE_WORDS_ID.has(first) && !FUNCTION_WORDS_ID.has(first) && !SENTENCE_STARTERS_ID.has(first);
}

/** Parse a publication date line (`Senin, 03 Jan 2022 14:50 WIB`, `03/01/2022, 14:50 WIB`). */
export function parseDateLine(line: string): { date: string; time?: string } | undefined {
  if (line.length > 80) return undefined;
  const words = fold(line).replace(/[,|]/g, ' ').split(/\s+/).filter(Boolean);
  let k = 0;
  if (words[k] && dayOf(words[k]!) >= 0) k++;
  let date: string | undefined;
  const w0 = words[k] ?? '';
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})$/.exec(w0))) {
    const y = fullYear(Number(m[3]), m[3]!.length);
    if (validDate(y, Number(m[2]), Number(m[1]))) date = isoDate(y, Number(m[2]), Number(m[1]));
    k++;
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(w0))) {
    if (validDate(Number(m[1]), Number(m[2]), Number(m[3]))) date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    k++;
  } else if (/^\d{1,2}$/.test(w0) && words[k + 1] && monthOf(words[k + 1]!) && /^\d{4}$/.test(words[k + 2] ?? '')) {
    const d = Number(w0), mo = monthOf(words[k + 1]!), y = Number(words[k + 2]);
    if (validDate(y, mo, d)) date = isoDate(y, mo, d);
    k += 3;
  } else if (monthOf(w0) && /^\d{1,2}$/.test(words[k + 1] ?? '') && /^\d{4}$/.test(words[k + 2] ?? '')) {
    const mo = monthOf(w0), d = Number(words[k + 1]), y = Number(words[k + 2]);
    if (validDate(y, mo, d)) date = isoDate(y, mo, d);
    k += 3;
  }
  if (!date) return undefined;
  // optional time and zone; nothing else may follow
  let time: string | undefined;
  const tw = words[k];
  if (tw && /^\d{1,2}[:.]\d{2}$/.test(tw)) {
    const [h, mi] = tw.split(/[:.]/);
    time = `${pad2(Number(h))}:${mi}`;
    k++;
  }
  if (words[k] && /^(wib|wita|wit|gmt|utc|gmt\+\d+)$/.test(words[k]!)) k++;
  if (k < words.length) return undefined;
  return time ? { date, time } : { date };
}

export interface LayoutResult {
  layout: Layout;
  /** Zone of each offset range, in text order, for sentence assignment and forced breaks. */
  zones: Array<{ start: number; end: number; zone: Zone }>;
}

/** Find the parts of a news article. Plain text without a header gives only paragraphs. */
export function detectLayout(text: string): LayoutResult {
  const all = lines(text);
  const nonEmpty = all.filter((l) => l.end > l.start);
  const layout: Layout = { captions: [], paragraphs: [], related: [] };
  const zones: LayoutResult['zones'] = [];
  if (nonEmpty.length === 0) return { layout, zones };

  // Trailing editor codes: a last line "(nvc/idh)", or the same glued to the last paragraph
  let last = nonEmpty.length - 1;
  let editorInline: Span | undefined;
  const lastLine = nonEmpty[last]!;
  if (lastLine.text.length <= 40 && reEditorCode.test(lastLine.text) && nonEmpty.length > 1) {
    layout.editorCodes = span(text, lastLine.start, lastLine.end);
    last--;
  } else if (lastLine.text.length > 12) {
    const m = reEditorCodeTail.exec(lastLine.text.slice(-40));
    if (m) {
      const s = lastLine.end - m[0].length + 1;
      editorInline = span(text, s, lastLine.end);
      layout.editorCodes = editorInline;
    }
  }

  // Header: headline, byline, date line, captions, up to the dateline or the first body paragraph
  let k = 0;
  const header: Line[] = [];
  const multi = last >= 1;
  let datelineIdx = -1;
  for (let i = 0; i <= Math.min(last, 12); i++) {
    const l = nonEmpty[i]!;
    if (l.text.length <= 60 && reDatelineOnly.test(l.text)) { datelineIdx = i; break; }
    // a dateline leads a body paragraph: a long line or a finished sentence, unlike a byline
    const paragraphLike = l.text.length > 80 || /[.!?"”]$/.test(l.text);
    if (paragraphLike && l.text.length <= 100_000 && isDatelineLead(l.text.slice(0, MAX_HEADER_LINE))) { datelineIdx = i; break; }
    // a long finished sentence that is no caption is the body already: a dateline further down is
    // a sentence that happens to look like one (`Langkah - langkah …`)
    if (i > 0 && l.text.length > 120 && /[.!?"”]$/.test(l.text) && !reCaptionCue.test(l.text)) break;
  }
  if (multi) {
    const first = nonEmpty[0]!;
    const isHeadline = first.text.length <= 200 && !/[.!?…]$/.test(first.text) && !parseDateLine(first.text) && !(datelineIdx === 0);
    if (isHeadline) {
      layout.headline = span(text, first.start, first.end);
      zones.push({ start: first.start, end: first.end, zone: 'headline' });
      k = 1;
    }
    // lines after the headline, before the dateline (or before the first long paragraph)
    const headerEnd = datelineIdx >= 0 ? datelineIdx : last + 1;
    for (; k < headerEnd; k++) {
      const l = nonEmpty[k]!;
      const dl = l.text.length <= 80 ? parseDateLine(l.text) : undefined;
      if (dl && !layout.dateLine) {
        layout.dateLine = { ...span(text, l.start, l.end), ...dl };
        zones.push({ start: l.start, end: l.end, zone: 'dateLine' });
        continue;
      }
      if (!layout.byline && l.text.length <= 100 && !reTerminal.test(l.text) && (reByline.test(l.text) || / [-|–] /.test(l.text) || reNameLine.test(l.text)) && !layout.captions.length) {
        const parts = l.text.replace(reByline, (m0) => m0.replace(/^\S+\s*:?\s*/, '')).split(/\s+[-|–]\s+/);
        layout.byline = { ...span(text, l.start, l.end), author: parts[0]?.trim() || undefined, outlet: parts[1]?.trim() || undefined };
        if (layout.byline.author === undefined) delete layout.byline.author;
        if (layout.byline.outlet === undefined) delete layout.byline.outlet;
        zones.push({ start: l.start, end: l.end, zone: 'byline' });
        continue;
      }
      if (datelineIdx >= 0 || reCaptionCue.test(l.text)) {
        layout.captions.push(span(text, l.start, l.end));
        zones.push({ start: l.start, end: l.end, zone: 'caption' });
        continue;
      }
      break; // no dateline and not a caption: the body starts here
    }
  }

  // Dateline
  if (datelineIdx >= 0 && datelineIdx >= k) {
    const l = nonEmpty[datelineIdx]!;
    const only = reDatelineOnly.exec(l.text);
    if (only) {
      layout.dateline = { ...span(text, l.start, l.end), place: only[1]!.trim() };
      // (`MANILA, Philippines (AP) —`: the region after the comma belongs to the place, the outlet is in parentheses)
      if (only[2] && only[3]) layout.dateline.place += ', ' + only[2].trim();
      if (only[3] ?? only[2]) layout.dateline.outlet = (only[3] ?? only[2])!.trim();
      zones.push({ start: l.start, end: l.end, zone: 'dateline' });
      k = datelineIdx + 1;
    } else {
      const lead = reDatelineLead.exec(l.text)!;
      const dashEnd = lead[0].length - 1; // up to and including the dash and spaces
      const end = l.start + dashEnd;
      let e = end;
      while (e > l.start && isBlank(text.charCodeAt(e - 1))) e--;
      layout.dateline = { ...span(text, l.start, e), place: lead[1]!.trim() };
      // (`MANILA, Philippines (AP) —`: the region after the comma belongs to the place, the outlet is in parentheses)
      if (lead[2] && lead[3]) layout.dateline.place += ', ' + lead[2].trim();
      if (lead[3] ?? lead[2]) layout.dateline.outlet = (lead[3] ?? lead[2])!.trim();
      zones.push({ start: l.start, end: e, zone: 'dateline' });
      // the rest of the line is the first paragraph
      layout.paragraphs.push(span(text, end, l.end));
      zones.push({ start: end, end: l.end, zone: 'body' });
      k = datelineIdx + 1;
    }
  }

  // Body paragraphs and related-story links
  for (; k <= last; k++) {
    const l = nonEmpty[k]!;
    let e = l.end;
    if (editorInline && k === nonEmpty.length - 1) {
      e = editorInline.start;
      while (e > l.start && isBlank(text.charCodeAt(e - 1))) e--;
    }
    if (reRelated.test(l.text)) {
      layout.related.push(span(text, l.start, e));
      zones.push({ start: l.start, end: e, zone: 'related' });
    } else {
      layout.paragraphs.push(span(text, l.start, e));
      zones.push({ start: l.start, end: e, zone: 'body' });
    }
  }
  if (layout.editorCodes) zones.push({ start: layout.editorCodes.start, end: layout.editorCodes.end, zone: 'editorCode' });
  zones.sort((a, b) => a.start - b.start);
  return { layout, zones };
}
