/**
 * Rule `regional-office`: an office or agency, then `Provinsi`/`Kabupaten`/`Kota` and a known region,
 * is one organization: `DPRD Kota Bogor`, `BPBD Provinsi Jawa Barat`, `KPU Kabupaten Intan Jaya`,
 * `Dinas Kesehatan Provinsi Jawa Timur`. Indonesian names the regional branch of a national body this
 * way; read as two names, the branch became the national body or the region itself (`Ketua DPRD
 * Kota Bogor X` was the chair of Bogor). Offices with regional branches (`Kejaksaan Tinggi`, `Polres`,
 * `KPU`, `Dinas …`) are also named by the region alone (`Kejaksaan Tinggi Sulawesi Selatan`). The office is a tagged organization or a known one ending
 * right before the region word, an acronym in capitals (`DPRD`), or capitalized words opening with
 * an organization head (`Dinas Kesehatan`). The region must be a known place (`Kota Bogor`,
 * `Provinsi Jawa Barat`). `Wali Kota Bogor` is a title, not an office; `Pemerintah Kabupaten X` is
 * the regency itself acting as a government.
 *
 * The span is a name of its own: the known names inside it do not replace it (see `isOwnSpan`).
 */
import type { Token } from '../../types.js';
import { placeSpan, type TaggedSpan } from '../tagger.js';
import { CUE_ORGHEAD, CUE_TITLE, nerLexicon } from '../lexicon.js';
import { upperStart } from '../../text/chars.js';

const REGION_WORDS = new Set(['provinsi', 'prov.', 'kabupaten', 'kab.', 'kota']);

/** Indonesia's missions abroad, named by their (foreign) city: `KBRI Kuala Lumpur`, `KJRI Jeddah`. */
const MISSIONS = new Set(['kbri', 'kjri']);

/** Heads of offices with regional branches, named by their region alone. */
const REGIONAL_HEADS = new Set(['pwnu', 'pcnu', 'pwm', 'pdm', 'biro', 'sudin', 'inspektorat', 'satpol', 'kejaksaan', 'kejati', 'kejari', 'pengadilan', 'polres', 'polresta', 'polrestabes', 'polsek', 'kodam', 'korem', 'kodim', 'dinas', 'badan', 'kantor', 'kanwil', 'balai', 'bpbd', 'kpu', 'kpud', 'bawaslu', 'basarnas', 'dprd', 'bnnp', 'bnnk', 'pemkot', 'pemkab', 'pemprov', ...MISSIONS]);

const own = new WeakSet<TaggedSpan>();

/** A span this rule (or `titled-organization`) made: one organization, whatever known names lie inside. */
export function isOwnSpan(t: TaggedSpan): boolean {
  return own.has(t);
}

/** Marks a span as one organization of its own (see `isOwnSpan`). */
export function markOwnSpan(t: TaggedSpan): void {
  own.add(t);
}

/**
 * `spans` with `span` placed as a name of its own (see `placeSpan`, `isOwnSpan`); `spans` unchanged
 * when a tagged span crosses its edges (the tagger's call).
 */
export function placeOwnSpan(spans: TaggedSpan[], span: TaggedSpan): TaggedSpan[] {
  const next = placeSpan(spans, span);
  if (!next) return spans;
  own.add(span);
  return next;
}

function capitalized(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && upperStart(t.text);
}

/**
 * `orgStart(i)`: where a known organization name ending at token i starts (-1: none);
 * `placeEnd(i)`: the end of a known place name starting at token i (-1: none).
 */
// (no closures over the loop's variables below: a closure capturing them makes V8 allocate a context
// for every iteration, i.e. for every token of the document)
function orgEndingAt(spans: TaggedSpan[], end: number): TaggedSpan | undefined {
  // (spans are sorted and do not overlap, so their ends rise too: halve to the first ending at or
  // after `end`, and a sentence of thousands of names stays linear)
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < spans.length && spans[k]!.end === end; k++) if (spans[k]!.type === 'ORG') return spans[k];
  return undefined;
}

/** A person span that starts in [from, end) and runs on past `end`. */
function personRunningOn(spans: TaggedSpan[], from: number, end: number): TaggedSpan | undefined {
  for (const sp of spans) if (sp.type === 'PER' && sp.start >= from && sp.start < end && sp.end > end) return sp;
  return undefined;
}

export function regionalOffices(tokens: Token[], spans: TaggedSpan[], from: number, to: number, orgStart: (end: number) => number, placeEnd: (i: number) => number, regionEnd: (i: number) => number = () => -1, known: (start: number, end: number) => boolean = () => false): TaggedSpan[] {
  let out = spans;
  const cues = nerLexicon().cueBits;
  for (let i = from + 1; i < to; i++) {
    const w = tokens[i]!;
    const c0 = w.text.charCodeAt(0);
    if (c0 < 65 || c0 > 90) continue;
    // the region: a known place with the region word (`Kota Bogor`) or right after it (`Kota` `Bogor`);
    // or an Indonesian province, regency or city alone (`Kejaksaan Tinggi Sulawesi Selatan`, `Polres Bogor`)
    let end = -1;
    const regionWord = REGION_WORDS.has(w.norm) && capitalized(w);
    if (regionWord) {
      end = placeEnd(i);
      if (end < 0 && i + 1 < to) end = placeEnd(i + 1);
    } else end = regionEnd(i);
    // (a mission abroad is named by a foreign city: `KBRI Kuala Lumpur`)
    if (end < 0 && MISSIONS.has(tokens[i - 1]!.norm)) end = placeEnd(i);
    if (end < 0) continue;
    // the office before it
    const prev = tokens[i - 1]!;
    if (prev.norm === 'wali' || ((cues.get(prev.norm) ?? 0) & CUE_TITLE && !((cues.get(prev.norm) ?? 0) & CUE_ORGHEAD))) continue;
    let start = -1;
    const tagged = orgEndingAt(out, i);
    if (tagged) start = tagged.start;
    if (start < 0) start = orgStart(i);
    if (start < 0 && prev.kind === 'word' && prev.text.length >= 3 && /^[A-Z][A-Z0-9]+$/.test(prev.text)) start = i - 1;
    // (a head of regional offices before the sector's acronym: `Dinas ESDM Provinsi Maluku Utara`,
    // `Kanwil Kemenkumham Jawa Barat`; not `Kantor`, which names the building)
    if (start > from && capitalized(tokens[start - 1]) && /^(dinas|biro|balai|kanwil|sudin)$/.test(tokens[start - 1]!.norm)) start--;
    if (start < 0) {
      // `Dinas Kesehatan`, `Badan Penanggulangan Bencana Daerah`: capitalized words back to a head
      // (`dan` between capitalized words stays inside: `Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Bogor`)
      for (let j = i - 1; j >= Math.max(from, i - 8) && (capitalized(tokens[j]) || (tokens[j]!.norm === 'dan' && j < i - 1 && capitalized(tokens[j - 1]))); j--) {
        if ((cues.get(tokens[j]!.norm) ?? 0) & CUE_ORGHEAD || REGIONAL_HEADS.has(tokens[j]!.norm)) { start = j; break; }
      }
    }
    if (start < 0) continue;
    // with no region word, only offices that have regional branches (`Kejaksaan Tinggi Sulawesi
    // Selatan`, `Polres Bogor`, `KPU Jawa Tengah`); a party or a national body then a region is the
    // body in that region (`PDIP Jawa Barat`, `DPD Bali`), as IDNer annotates it
    if (!regionWord && !REGIONAL_HEADS.has(tokens[start]!.norm)) continue;
    // a name warta knows whole (`Polda Jawa Barat`, `Persib Bandung`) keeps its link
    if (known(start, end)) continue;
    // the tagger's organization that runs into the office's head (`[Pusat Pengendalian Operasi Badan
    // Penanggulan] Bencana Daerah Kabupaten Sukabumi`): a unit, then the office (`Pusat Pengendalian
    // Operasi` of `Badan Penanggulangan Bencana Daerah Kabupaten Sukabumi`)
    let unit: TaggedSpan | undefined;
    for (const sp of out) if (sp.type === 'ORG' && sp.start < start && sp.end > start && sp.end <= i) unit = sp;
    // `Pemerintah Kabupaten Jayawijaya` is the regency as a government (as `Pemerintah Jerman` is Germany)
    if (start === i - 1 && prev.norm === 'pemerintah') continue;
    // the holder's name run on after a titled office (`Kepala Dinas Pendidikan [Kabupaten Bekasi
    // Jamaludin]`: the tagger read the region and the name as one person): the name is what follows
    const cross = personRunningOn(out, i, end);
    if (cross && start > from && (cues.get(tokens[start - 1]!.norm) ?? 0) & CUE_TITLE && capitalized(tokens[end])) {
      out = out.slice();
      out[out.indexOf(cross)] = { start: end, end: cross.end, type: 'PER' };
    }
    // (a tagged span crossing the new one's edges is the tagger's call)
    const span: TaggedSpan = { start, end, type: 'ORG' };
    const next = placeSpan(out, span, unit);
    if (!next) continue;
    own.add(span);
    if (unit) next.splice(next.indexOf(span), 0, { start: unit.start, end: start, type: 'ORG' });
    out = next;
    i = end - 1;
  }
  return out;
}
