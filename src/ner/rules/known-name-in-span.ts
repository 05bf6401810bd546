import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { LinkedMention } from '../../gazetteer/link.js';
import type { EntityType } from '../../types.js';
import { CUE_DEMONYMHEAD, CUE_HONORIFIC, CUE_LOCHEAD, CUE_ORGHEAD, CUE_TITLE, nerLexicon } from '../lexicon.js';
import { knownWords } from '../../morph/lexicon.js';
import { isNameLike } from '../features.js';
import { skipRanksForward, titleEndingAt, titleStartingAt } from './role-before-name.js';

/**
 * Words for a country's government or its forces before its name (`Pemerintah Jerman`, `Kepolisian
 * Singapura`, `Militer Myanmar`): the country itself, as `polisi Malaysia` and `pasukan Israel` are.
 */
const GOVERNMENT = new Set(['pemerintah', 'pemerintahan', 'otoritas', 'rezim', 'junta', 'kabinet', 'kepolisian', 'polisi', 'militer', 'tentara', 'government', 'authorities', 'regime', 'police', 'military', 'army']);

/** Legal forms of companies, Indonesian and foreign. */
const LEGAL_FORMS = new Set(['pt', 'pt.', 'persero', 'tbk', 'tbk.', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'ltd', 'ltd.', 'limited', 'llc', 'plc', 'co.', 'ag', 'se', 'nv', 'n.v.', 'bv', 'gmbh', 'bhd', 'bhd.', 'berhad', 'sdn']);

/** Ordinary words Indonesians also carry as a second name (`Putra`, `Putri`, `Pratama`). */
const SECOND_NAMES = new Set(['putra', 'putri', 'pratama', 'saputra', 'saputri', 'wijaya', 'kusuma', 'nugraha', 'permana', 'perdana', 'utama', 'jaya', 'sakti', 'mulia', 'lestari', 'ramadhan', 'ramadan', 'akbar', 'fajar']);

const CONLL: Record<EntityType, 'PER' | 'ORG' | 'LOC'> = { PERSON: 'PER', ORGANIZATION: 'ORG', COUNTRY: 'LOC', LOCATION: 'LOC' };

/**
 * A tagger span that contains gazetteer names plus other words. `link`: the other words are
 * heads (`Partai`, `Gedung`) or the acronym in parentheses, so the span names the same entity;
 * `gazetteer`: the other words are ordinary words (`Otoritas Turki`, a title-case `Erdogan Janji`),
 * so only the known name is a name; `span`: a different, unknown entity (`Kremlin Pool Photo`).
 */
export function judgeExtras(tokens: Token[], t: TaggedSpan, inside: LinkedMention[], gaz: Gazetteer): 'link' | 'gazetteer' | 'span' {
  // (a known short form of another entity in parentheses that spells this name is this name's own:
  // `Partai Tehreek-e-Insaf (PTI)`, whatever else `PTI` may stand for)
  if (inside.length > 1) {
    const own = inside.filter((g) => !(g.tokenEnd - g.tokenStart === 1 && tokens[g.tokenStart - 1]?.text === '(' && tokens[g.tokenEnd]?.text === ')' && g.tokenStart - 1 > t.start && initialsOf(tokens, t.start, g.tokenStart - 1, tokens[g.tokenStart]!.text)));
    if (own.length && own.length < inside.length && own.every((g) => gaz.entities[g.entity]!.type === 'ORGANIZATION')) inside = own;
  }
  const lex = nerLexicon();
  const known = knownWords();
  const sameEntity = inside.every((g) => g.entity === inside[0]!.entity);
  const type = gaz.entities[inside[0]!.entity]!.type;
  let heads = true;
  let ordinary = true;
  let government = type === 'COUNTRY' && sameEntity;
  let extras = 0;
  const known_ = new Uint8Array(t.end - t.start);
  for (const g of inside) known_.fill(1, g.tokenStart - t.start, g.tokenEnd - t.start);
  for (let i = t.start; i < t.end; i++) {
    if (known_[i - t.start]) continue;
    const tok = tokens[i]!;
    if (tok.text === '(' || tok.text === ')') continue;
    // (the short form of the known name's English form: `Tentara Kemerdekaan Kachin (KIA)` is the
    // Kachin Independence Army)
    if (sameEntity && tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && spellsName(gaz.entities[inside[0]!.entity]!.name, tok.text)) continue;
    // the short form in parentheses, spelled by the capitals before it, is no word of another name
    // (`Partai Gerindra (PG)` is the party), though no ordinary word either (`Banteng Muda Indonesia (BMI)`
    // is more than Indonesia)
    if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && initialsOf(tokens, t.start, i - 1, tok.text)) {
      extras++;
      ordinary = false;
      government = false;
      continue;
    }
    // a company's legal form says nothing more of whom (`PT Bank Rakyat Indonesia (Persero) Tbk`, `Nvidia Corp`)
    if (t.type === 'ORG' && type === 'ORGANIZATION' && LEGAL_FORMS.has(tok.norm)) continue;
    extras++;
    if (!GOVERNMENT.has(tok.norm)) government = false;
    const cue = lex.cueBits.get(tok.norm) ?? 0;
    if (!(cue & (t.type === 'LOC' ? CUE_LOCHEAD : CUE_ORGHEAD))) heads = false;
    if (!(known.has(tok.norm) || cue & (CUE_TITLE | CUE_DEMONYMHEAD | CUE_HONORIFIC))) ordinary = false;
    // (a given name that is no title right before a known person's name is another person's:
    // `Charles Kushner` is not Jared Kushner, whatever word lists `charles` is in)
    else if (type === 'PERSON' && !(cue & (CUE_TITLE | CUE_DEMONYMHEAD | CUE_HONORIFIC)) && lex.names.has(tok.norm) && /^\p{Lu}/u.test(tok.text) && inside.some((g) => g.tokenStart === i + 1)) ordinary = false;
    // (and a second name right after a known person's one-word name, in a person the tagger read:
    // `Beckham Putra` is not David Beckham)
    else if (type === 'PERSON' && t.type === 'PER' && (lex.names.has(tok.norm) || SECOND_NAMES.has(tok.norm)) && /^\p{Lu}/u.test(tok.text) && inside.some((g) => g.tokenEnd === i && g.tokenEnd - g.tokenStart === 1)) ordinary = false;
  }
  // only known names (and parentheses): one entity written twice (`Komisi Pemberantasan Korupsi (KPK)`),
  // or several known names making a larger one (`Kejaksaan Tinggi Sulawesi Selatan`)
  if (extras === 0) {
    // `U.S. State Department`, `Indonesian Navy`: a country then its own known organization is that
    // organization (the country only qualifies it)
    if (inside.length === 2 && inside[0]!.tokenStart === t.start && inside[0]!.tokenEnd === inside[1]!.tokenStart) {
      const c = gaz.entities[inside[0]!.entity]!;
      const o = gaz.entities[inside[1]!.entity]!;
      if (c.type === 'COUNTRY' && o.type === 'ORGANIZATION' && o.country !== undefined && o.country === c.id) return 'gazetteer';
      // (and a known body then its own country: `Kementerian Pertahanan RI`, `Kejaksaan Agung RI`)
      // (one name of the body, so that the country is no second actor beside it)
      if (c.type === 'ORGANIZATION' && o.type === 'COUNTRY' && c.country !== undefined && c.country === o.id && inside[1]!.tokenEnd === t.end && CONLL[c.type] === t.type) return 'link';
      // `Kontingen Garuda UNIFIL`, `Kopassus TNI`: a known body, then another's acronym it serves in or
      // belongs to — two bodies, not a larger unknown one
      if (c.type === 'ORGANIZATION' && o.type === 'ORGANIZATION' && inside[0]!.entity !== inside[1]!.entity && inside[1]!.tokenEnd === t.end
        && inside[1]!.tokenEnd - inside[1]!.tokenStart === 1 && /^[A-Z]{2,}$/.test(tokens[inside[1]!.tokenStart]!.text)) return 'gazetteer';
    }
    // `di Bogor Jawa Barat`, `Sochi Rusia`: known places written one after another, each inside the
    // next (its parent or its country), are a chain without commas, not a larger unknown place
    if (t.type === 'LOC' && placeChain(inside, t, gaz)) return 'gazetteer';
    return sameEntity && CONLL[type] === t.type ? 'link' : 'span';
  }
  // `Pemerintah Jerman`, `Otoritas Iran`, `Junta Myanmar`: the country's government is the country
  if (government) return 'gazetteer';
  if (heads) return sameEntity && CONLL[type] === t.type ? 'link' : 'span'; // `Gedung BEI Medan`
  if (ordinary) return 'gazetteer';
  return 'span';
}


/** Is `short` (2–6 capitals) the initials of the capitalized words of `name` (`KIA`: Kachin Independence Army)? */
function spellsName(name: string, short: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(short)) return false;
  const initials = name.replace(/\(.*?\)/g, ' ').split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === short;
}

/**
 * Is `short` (2–6 capitals) spelled, in order, by the capitals that open words or hyphenated parts
 * of tokens [from, to)? `PTI` by `Partai Tehreek-e-Insaf`, `KPK` by `Komisi Pemberantasan Korupsi`.
 */
function initialsOf(tokens: Token[], from: number, to: number, short: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(short)) return false;
  let k = 0;
  for (let i = from; i < to && k < short.length; i++) {
    const text = tokens[i]!.text;
    for (let j = 0; j < text.length && k < short.length; j++) if (text[j] === short[k] && (j === 0 || text[j - 1] === '-')) k++;
  }
  return k === short.length;
}

/**
 * `Ketua [Komnas HAM] [Nurkholis]`, `Wakil presiden [Boca Juniors] [Horacio Paolini]`: a title, then
 * a span the tagger took whole that opens with a known organization or country and goes on with
 * capitalized words. The organization is the title's; the rest is the person. Returns where the
 * person starts, or -1.
 */
/** Roles of the heads of regions and their secretaries (the title's place is their region, no part of their name). */
export const REGIONAL_ROLES = /^(Deputy |Vice |Acting )?(Regent|Mayor|Governor|Head of Village|Camat|Regional Secretary)$/;

export function titledNameSplit(tokens: Token[], t: TaggedSpan, inside: LinkedMention[], gaz: Gazetteer, floor: number): number {
  const first = inside[0];
  if (!first || first.tokenStart !== t.start || first.tokenEnd >= t.end || first.part) return -1;
  const type = gaz.entities[first.entity]!.type;
  const title = titleEndingAt(tokens, t.start, floor);
  // (a rank after a known body opens the person's name without a title right before the body:
  // `Juru bicara Densus 88 Antiteror [Polri AKBP Mayndra] …`)
  if (!title && !(type === 'ORGANIZATION' && titleStartingAt(tokens, first.tokenEnd, t.end, 'ranks'))) return -1;
  // (a region after a regional head's title: `Bupati [Sleman Kustini]`, `Wali Kota [Surabaya Eri]`)
  if (type !== 'ORGANIZATION' && type !== 'COUNTRY' && !(type === 'LOCATION' && title && REGIONAL_ROLES.test(title.role))) return -1;
  // the rest: capitalized words (a rank before the name is skipped by the role rules), no other known name
  let p = first.tokenEnd;
  // (its short form in parentheses: `Rektor [Universitas Diponegoro (Undip) Suharnomo]`)
  if (tokens[p]?.text === '(' && tokens[p + 2]?.text === ')' && p + 3 < t.end && !/^persero$/.test(tokens[p + 1]!.norm) && !/^tbk\.?$/.test(tokens[p + 3]!.norm)) p += 3;
  if (tokens[p]!.text === ',') p++;
  // (a rank opening the rest is no part of the name: `[Polri AKBP Mayndra]`)
  // (ranks, one after another: `Irjen Pol.`, `Jenderal TNI`)
  p = skipRanksForward(tokens, p, t.end);
  // (the span may end with the ranks: `[Metro Jaya Irjen Pol.] [Fadil Imran]` — the caller joins the
  // person the tagger read right after, or takes no split)
  if (p > t.end || t.end - p > 5) return -1;
  // (a known person there is the holder all the more: `Wakil Ketua Umum [Partai Gerindra Habiburokhman]`)
  for (let i = p; i < t.end; i++) {
    if (!isNameLike(tokens[i]!)) return -1;
    for (const g of inside) if (g !== first && g.tokenStart === i && gaz.entities[g.entity]!.type !== 'PERSON') return -1;
  }
  return p;
}

/**
 * Kinds of places a chain without commas is written of (`Bogor Jawa Barat`): not a building, which
 * names its country as part of its name (`Gedung DPR/MPR RI`). Shared with relations/static.ts.
 */
export const CHAIN_KINDS = new Set(['city', 'regency', 'capital', 'region', 'province', 'state', 'island']);

/** Known places covering the span end to end, each one's parent or country the next one. */
function placeChain(inside: LinkedMention[], t: TaggedSpan, gaz: Gazetteer): boolean {
  if (inside.length < 2 || inside[0]!.tokenStart !== t.start || inside[inside.length - 1]!.tokenEnd !== t.end) return false;
  for (let k = 0; k < inside.length; k++) {
    const e = gaz.entities[inside[k]!.entity]!;
    if (e.type !== 'LOCATION' && e.type !== 'COUNTRY') return false;
    if (k === 0) continue;
    const prev = gaz.entities[inside[k - 1]!.entity]!;
    if (!CHAIN_KINDS.has(prev.kind ?? '')) return false;
    if (inside[k]!.tokenStart !== inside[k - 1]!.tokenEnd) return false;
    if (prev.parent !== e.id && !(e.type === 'COUNTRY' && prev.country === e.id)) return false;
  }
  return true;
}
