/**
 * Rule: a place name right after a company or institution name is part of it (`PT Transportasi
 * Jakarta`), when the name opens with a company or institution head (`PT`, `CV`, `Perum`, `Bank`,
 * `Universitas`, `Institut`, `Yayasan`, `Koperasi`, `RS`) and runs straight into the place, with no
 * comma: the tagger, trained on short names, ends the company at the
 * known place and makes the place a location of its own (`Direktur Utama PT Transportasi [Jakarta]
 * Budi Kaliwono`). Offices named by their region (`Polres Bogor`, `Pemkot Surabaya`) are left to
 * the role rules. A head alone before a span the tagger took for a person's is the institution's
 * name (`Universitas Ibrani Yerusalem`).
 */
import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';

const HEADS = new Set(['pt', 'pt.', 'cv', 'cv.', 'perum', 'perumda', 'persero', 'bank', 'universitas', 'institut', 'politeknik', 'sekolah', 'yayasan', 'koperasi', 'rs', 'rsud', 'rumah']);

/**
 * `placeEnd(i)`: the end of a known place name starting at token i, or -1 (gazetteer); `known`: a
 * gazetteer name spans exactly these tokens.
 * Extends company spans over the place that follows them; drops a tagged place span it absorbs.
 */
export function joinOrgPlace(tokens: Token[], spans: TaggedSpan[], placeEnd: (i: number) => number, known: (start: number, end: number) => boolean): TaggedSpan[] {
  let out = spans;
  for (let k = 0; k < out.length; k++) {
    const sp = out[k]!;
    // the head alone, then a name the tagger took for a person's (`dengan [Universitas] [Ibrani
    // Yerusalem]`): one institution, named after whatever follows its head
    const after = out[k + 1];
    if (sp.type === 'ORG' && sp.end - sp.start === 1 && HEADS.has(tokens[sp.start]!.norm) && after && after.start === sp.end && after.type === 'PER') {
      if (out === spans) out = spans.slice();
      out[k] = { start: sp.start, end: after.end, type: 'ORG' };
      out.splice(k + 1, 1);
      continue;
    }
    // a known name keeps its link (`PT Pertamina Indonesia`, `Universitas Gadjah Mada Yogyakarta`)
    if (sp.type !== 'ORG' || sp.end - sp.start < 2 || !HEADS.has(tokens[sp.start]!.norm) || known(sp.start, sp.end)) continue;
    const next = out[k + 1];
    let end = -1;
    if (next && next.start === sp.end && next.type === 'LOC' && next.end - next.start <= 3) end = next.end;
    else if (!next || next.start > sp.end) end = placeEnd(sp.end);
    if (end < 0) continue;
    if (out === spans) out = spans.slice();
    out[k] = { start: sp.start, end, type: 'ORG' };
    if (next && next.start === sp.end) out.splice(k + 1, 1);
  }
  return out;
}
