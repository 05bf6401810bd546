/**
 * Rule `english-org-heads` (English sentences): a run of capitalized words that ends in an
 * organization's head noun is one organization: `the Islamabad High Court`, `the Nigeria Labour
 * Congress`, `Sudan's Rapid Support Forces`, `the Chinese Foreign Ministry`; with `of` and more
 * capitalized words after the head: `the General Confederation of Labour`, `the Ministry of
 * Defence`. English puts the head last, where Indonesian puts it first (`Pengadilan Tinggi
 * Islamabad`): the tagger, trained on Indonesian news, took such runs for places or cut them
 * (`Islamabad High`, `Nigeria Labour`), and a known place inside (`Islamabad`, `Nigeria`) then
 * stood for the whole. So do Indonesian regional bodies in English (`the Bangka Belitung High
 * Prosecutor's Office`, `the Papua Regional House of Representatives`: `House` heads a name only
 * before `of`).
 * The run is two words at least (`Ministry of Defence`, not `Ministry`); a sentence-initial word that
 * is not a name (`The`, `Members`) is not part of it; a known person or organization up to the head, or
 * crossing the run's start, leaves it alone (the gazetteer knows better), and so does a run that is exactly one
 * known name. The span replaces the tagged spans inside it and is kept whole (see `isOwnSpan`).
 */
import type { Token } from '../../types.js';
import { placeSpans, type TaggedSpan } from '../tagger.js';
import { markOwnSpan } from './regional-office.js';
import { knownWords } from '../../morph/lexicon.js';
import { commonWords } from '../../gazetteer/load.js';
import { FUNCTION_WORDS_EN, SENTENCE_STARTERS_EN } from '../../lang/en/words.js';
import { upperStart } from '../../text/chars.js';
import { isCalendarWord } from './drop-not-names.js';

/** Head nouns that end an English organization's name. */
const HEADS = new Set([
  'court', 'congress', 'council', 'party', 'union', 'front', 'army', 'navy', 'forces', 'corps', 'guard', 'guards',
  'police', 'movement', 'commission', 'committee', 'agency', 'bank', 'ministry', 'university', 'institute', 'force',
  'association', 'federation', 'confederation', 'corporation', 'company', 'authority', 'organization',
  'organisation', 'alliance', 'coalition', 'league', 'foundation', 'fund', 'tribunal', 'assembly', 'parliament',
  'senate', 'department', 'bureau', 'brigade', 'brigades', 'battalion', 'directorate', 'secretariat', 'cabinet',
  'office', 'service', 'board', 'command',
]);

/** Common nouns that may own the rest of an organization's name (`Attorney General's Office`). */
const INNER_POSSESSORS = new Set(['general', 'people', 'women', 'children', 'men', 'nations', 'workers', 'farmers', 'veterans', 'journalists', 'lawyers', 'teachers', 'students', 'traders', 'world', 'state', 'prosecutor', 'prosecutors']);

/** Lower-case nouns of groups after their name (`the Viv Ansanm gang`, `his National Unity Platform party`). */
export const GROUP_NOUNS = new Set(['party', 'gang', 'gangs', 'coalition', 'group', 'militia', 'movement', 'alliance', 'faction', 'network', 'cartel', 'rebels', 'insurgents', 'syndicate']);

/** A sentence's first word that may be a name's: not a lower-case word of the dictionaries. */
function nameWordAtStart(t: Token): boolean {
  return !knownWords().has(t.norm) && !commonWords().has(t.norm);
}

function capitalizedWord(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'abbreviation') && upperStart(t.text);
}

/**
 * `known(a, b)`: a gazetteer name spans exactly tokens [a, b); `blocking(a, b)`: a known person or
 * organization lies inside [a, b) or crosses its edges.
 */
export function englishOrgHeads(
  tokens: Token[], spans: TaggedSpan[], from: number, to: number,
  known: (a: number, b: number) => boolean, blocking: (a: number, b: number) => boolean,
): TaggedSpan[] {
  // (the spans to place, in order and disjoint: placed together at the end, in one pass)
  const adds: TaggedSpan[] = [];
  let i = from;
  while (i < to) {
    if (!capitalizedWord(tokens[i])) { i++; continue; }
    // the capitalized run [a, e), and the last head noun in it
    const a0 = i;
    let e = i;
    // (a possessive inside a name after a common noun: `Attorney General's Office`, `People's Liberation
    // Army`, `Women's League`; not after a name: `Indonesia's Attorney …` starts a new run)
    while (e < to && (capitalizedWord(tokens[e]) || (e > a0 && /^['’]s$/.test(tokens[e]!.text) && tokens[e]!.start === tokens[e - 1]!.end && INNER_POSSESSORS.has(tokens[e - 1]!.norm) && capitalizedWord(tokens[e + 1])))) e++;
    let head = -1;
    for (let k = e - 1; k >= a0; k--) if (HEADS.has(tokens[k]!.norm) || (tokens[k]!.norm === 'house' && k === e - 1 && tokens[e]?.norm === 'of')) { head = k; break; }
    i = e;
    // `his National Unity Platform party said`, `the Viv Ansanm gang`: a run of two capitalized words or
    // more after a determiner, then a lower-case group noun, is the group's name (the noun is no part of it)
    if (head < 0 && e - a0 >= 2 && e < to && GROUP_NOUNS.has(tokens[e]!.text) && a0 > from && /^(the|his|her|its|their)$/.test(tokens[a0 - 1]!.norm)
      && !known(a0, e) && !blocking(a0, e)) {
      adds.push({ start: a0, end: e, type: 'ORG' });
      continue;
    }
    if (head < 0) continue;
    let b = head + 1;
    // `of` and the capitalized words after the head (`Confederation of Labour`, `Ministry of Defence`,
    // `National Commission on Human Rights`, `Office for the Coordination of …`)
    // (not a day or month: `the Constitutional Court on Thursday`)
    if (b === e && b + 1 < to && /^(of|for|on)$/.test(tokens[b]!.norm) && capitalizedWord(tokens[b + 1]) && !isCalendarWord(tokens[b + 1]!.norm)) {
      let c = b + 1;
      // (a plural possessive inside: `of Indonesian Workers' Unions`)
      while (c < to && c - b <= 5 && (capitalizedWord(tokens[c]) || (/^['’]$/.test(tokens[c]!.text) && tokens[c]!.start === tokens[c - 1]!.end && capitalizedWord(tokens[c + 1])))) c++;
      // `and` and more capitalized words ending the name: `Ministry of Energy and Mineral Resources`,
      // `Association of Machinists and Aerospace Workers` (not a possessive: `of Defence and Russia's army`)
      if (c < to && tokens[c]!.norm === 'and' && capitalizedWord(tokens[c + 1])) {
        let d = c + 1;
        while (d < to && d - c <= 3 && capitalizedWord(tokens[d]) && !/['’]/.test(tokens[d]!.text)) d++;
        if (d - c <= 3 && !(d < to && (capitalizedWord(tokens[d]) || /^['’]/.test(tokens[d]!.text))) && !blocking(c + 1, d)) c = d;
      }
      b = c;
      i = c;
    }
    // no sentence-initial common word before the name (`The`, `Members`: a capital only for the start)
    let a = a0;
    if (a === from && a < head && (FUNCTION_WORDS_EN.has(tokens[a]!.norm) || SENTENCE_STARTERS_EN.has(tokens[a]!.norm) || !nameWordAtStart(tokens[a]!))) a++;
    // (`the Algeria-backed Polisario Front`, `Iran-aligned`: a compound describing the name is no part of it)
    while (a < head && /-[a-z]+$/.test(tokens[a]!.text)) a++;
    // (a known name after `of` is part of the name: `General Confederation of Labour`)
    if (b - a < 2 || head < a || known(a, b) || blocking(a, head + 1)) continue;
    adds.push({ start: a, end: b, type: 'ORG' });
  }
  if (!adds.length) return spans;
  const { out, placed } = placeSpans(spans, adds);
  for (const sp of placed) markOwnSpan(sp);
  return out;
}
