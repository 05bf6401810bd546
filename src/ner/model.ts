/**
 * The NER model: a first-order structured perceptron (averaged, trained by
 * scripts/train-ner.ts on IDNer train), decoded with Viterbi under IOB2 constraints.
 * Weights live in data/model/ner.json as a hash table of feature ids (base64) and quantized weights.
 */
import { readData } from '../data-path.js';
import { MISSING, ROLES, roleFeatures, type WordInfo } from './features.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Tag = (typeof TAGS)[number];
export const NT = TAGS.length;

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, cur: number): boolean {
  if (cur === 0 || cur % 2 === 1) return true; // O or B-*
  return prev === cur || prev === cur - 1;
}

export interface SavedModel {
  version: 1;
  tags: string[];
  /** base64 of Int32Array feature ids */
  keys: string;
  /** base64 of Int16Array weights, NT per feature, multiplied by `scale` */
  weights: string;
  scale: number;
  /** (NT + 1) × NT transition weights; row NT is the start */
  trans: number[];
  meta: Record<string, unknown>;
}

/**
 * Open-addressing hash table from feature id to its NT weights, packed as 10 int16 per slot (the
 * id in two halves, then NT quantized weights): 20 bytes a slot, ~650 KB for the whole model,
 * so lookups stay in cache. A bitset of present ids turns away most absent features first.
 */
export const SLOT = 10;

export class WeightTable {
  readonly slots: Int16Array;
  /** weight = int16 × unit */
  readonly unit: number;
  private readonly mask: number;
  readonly size: number;
  private readonly present = new Uint32Array(1 << 15);

  constructor(ids: Int32Array, q: Int16Array, unit: number) {
    let cap = 1;
    while (cap * 0.7 < ids.length) cap <<= 1;
    this.slots = new Int16Array(cap * SLOT);
    this.mask = cap - 1;
    this.size = ids.length;
    this.unit = unit;
    const used = new Uint8Array(cap);
    for (let r = 0; r < ids.length; r++) {
      const id = ids[r]!;
      let s = this.slot(id);
      while (used[s]) s = (s + 1) & this.mask;
      used[s] = 1;
      const o = s * SLOT;
      this.slots[o] = id >> 16;
      this.slots[o + 1] = id & 0xffff;
      for (let t = 0; t < NT; t++) this.slots[o + 2 + t] = q[r * NT + t]!;
      const b = id >>> 12;
      this.present[b >>> 5]! |= 1 << (b & 31);
    }
  }

  private slot(id: number): number {
    return (Math.imul(id, 0x9e3779b1) >>> 7) & this.mask;
  }

  /** Offset of the feature's first weight in `slots`, or -1 (feature ids are never 0). */
  offset(id: number): number {
    const b = id >>> 12;
    if ((this.present[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    const hi = id >> 16;
    const lo = (id << 16) >> 16;
    let s = this.slot(id);
    for (;;) {
      const o = s * SLOT;
      const h = this.slots[o]!;
      const l = this.slots[o + 1]!;
      if (h === hi && l === lo) return o + 2;
      if (h === 0 && l === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }
}

export class NerModel {
  readonly table: WeightTable;
  readonly trans: Float32Array;

  constructor(table: WeightTable, trans: Float32Array) {
    this.table = table;
    this.trans = trans;
  }

  /** Summed weights of a word's role features, computed once per distinct word and model. */
  roleVector(wi: WordInfo): Float64Array {
    if (wi.vec && wi.vecOwner === this) return wi.vec;
    const v = new Float64Array(ROLES * NT);
    const buf = new Int32Array(16);
    const w = this.table.slots;
    const u = this.table.unit;
    for (let role = 0; role < ROLES; role++) {
      const n = roleFeatures(wi, role, buf, 0);
      for (let k = 0; k < n; k++) {
        const o = this.table.offset(buf[k]!);
        if (o < 0) continue;
        for (let t = 0; t < NT; t++) v[role * NT + t]! += w[o + t]! * u;
      }
    }
    wi.vec = v;
    wi.vecOwner = this;
    return v;
  }

  /** Add the weights of `n` features to `scores` (NT per token) at token offset `at`. */
  score(feats: Int32Array, n: number, scores: Float64Array, at: number): void {
    const w = this.table.slots;
    const u = this.table.unit;
    for (let k = 0; k < n; k++) {
      const o = this.table.offset(feats[k]!);
      if (o < 0) continue;
      for (let t = 0; t < NT; t++) scores[at + t]! += w[o + t]! * u;
    }
  }
}

/** Best tag sequence for `len` tokens with emission scores (len × NT), as tag indices. */
let deltaBuf = new Float32Array(64 * NT);
let backBuf = new Int8Array(64 * NT);

export function viterbi(scores: Float64Array | Float32Array, len: number, trans: Float32Array, out: Int8Array): void {
  if (len === 0) return;
  if (deltaBuf.length < len * NT) {
    deltaBuf = new Float32Array(len * NT * 2);
    backBuf = new Int8Array(len * NT * 2);
  }
  const delta = deltaBuf;
  const back = backBuf;
  for (let t = 0; t < NT; t++) delta[t] = allowed(-1, t) && (t === 0 || t % 2 === 1) ? scores[t]! + trans[NT * NT + t]! : -Infinity;
  for (let i = 1; i < len; i++) {
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NT; p++) {
        if (!allowed(p, t)) continue;
        const v = delta[(i - 1) * NT + p]! + trans[p * NT + t]!;
        if (v > best) { best = v; arg = p; }
      }
      delta[i * NT + t] = best + scores[i * NT + t]!;
      back[i * NT + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < NT; t++) {
    const v = delta[(len - 1) * NT + t]!;
    if (v > best) { best = v; arg = t; }
  }
  for (let i = len - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * NT + arg]!;
  }
}

/** Decoded bytes in a fresh, aligned buffer (a pooled Buffer's offset may not suit typed arrays). */
function fromBase64(s: string): Uint8Array {
  const b = Buffer.from(s, 'base64');
  const out = new Uint8Array(b.byteLength);
  out.set(b);
  return out;
}

export function modelFromSaved(m: SavedModel): NerModel {
  const kb = fromBase64(m.keys);
  const ids = new Int32Array(kb.buffer, kb.byteOffset, kb.byteLength / 4);
  const wb = fromBase64(m.weights);
  const q = new Int16Array(wb.buffer, wb.byteOffset, wb.byteLength / 2);
  return new NerModel(new WeightTable(ids, q, 1 / m.scale), Float32Array.from(m.trans));
}

export function saveModel(ids: Int32Array, weights: Float32Array, trans: Float32Array, meta: Record<string, unknown>): SavedModel {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? 32767 / max : 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i]! * scale);
  return {
    version: 1,
    tags: [...TAGS],
    keys: Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength).toString('base64'),
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
    scale,
    trans: [...trans],
    meta,
  };
}

let model: NerModel | undefined | null;

/** warta's trained model (data/model/ner.json), loaded once. */
export function defaultModel(): NerModel {
  if (!model) model = modelFromSaved(JSON.parse(readData('model/ner.json')) as SavedModel);
  return model;
}
