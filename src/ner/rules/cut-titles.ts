/**
 * Rule: titles and ranks are not part of names.
 *   `Kompol Dedi Santoso` tagged as one person      → `Dedi Santoso` (a rank opens the span)
 *   `Polda Jawa Barat Inspektur` + `Jenderal Anton` → `Polda Jawa Barat` (a rank that runs past
 *                                                      the end of an organization belongs to the name after it)
 *   `Jaya Irjen Karyoto` tagged as one person       → `Karyoto` (a rank inside the span: what comes
 *                                                      before it is the end of another name, `Polda Metro Jaya`)
 * The tagger learned names from capitals; a capitalized title next to a name is easily taken in.
 */
import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';
import { titleEndingAt, titleStartingAt } from './role-before-name.js';
import { upperStart } from '../../text/chars.js';

/** Last words of a body's name (a title before them is part of the name: `Prince Group`). */
const BODY_LAST_WORDS = /^(Group|Holdings|Company|Corporation|Corp|Bank|Foundation|Institute|University|Party|Hospital|Airlines|Airways)$/;

/** Honorifics of the clergy before a name. */
const CLERGY = /^(pendeta|pdt\.|mgr|mgr\.|monsignor|pastor|pater|romo|biksu|bhikkhu|bhante|ustaz|ustadz|ustazah|ustadzah)$/;

/** English honorifics written without a period (`Mr Albanese`); the dotted ones are abbreviation tokens. */
const HONORIFICS_EN = /^(Mr|Mrs|Ms|Mx|Dr|Messrs|Mr\.|Mrs\.|Ms\.|Dr\.)$/;

function titleOrRankAt(tokens: Token[], i: number, limit: number): number {
  return (titleStartingAt(tokens, i, limit, 'ranks') ?? titleStartingAt(tokens, i, limit, 'titles'))?.end ?? -1;
}

/** `conll`: spans as CoNLL datasets mark them (IDNer keeps an honorific inside the name: `Mr Smith`). */
export function cutTitles(tokens: Token[], spans: TaggedSpan[], sentenceEnd: number, conll = false): TaggedSpan[] {
  for (const sp of spans) {
    if (sp.type === 'PER') {
      // a title that began before the span and ends inside it (`U.S. Treasury [Secretary Scott Bessent]`)
      for (let j = Math.min(sp.end - 1, sp.start + 3); j > sp.start; j--) {
        const t = titleEndingAt(tokens, j, Math.max(0, sp.start - 3));
        if (t && t.start < sp.start) { sp.start = j; break; }
      }
      // leading titles and ranks, as long as a name is left
      // (not one word of a body's name: `Prince Group`, `Royal Bank` are bodies)
      for (let guard = 0; guard < 3; guard++) {
        const e = titleOrRankAt(tokens, sp.start, sp.end);
        if (e < 0 || e >= sp.end) break;
        if (sp.end - e === 1 && BODY_LAST_WORDS.test(tokens[e]!.text)) { sp.type = 'ORG'; break; }
        sp.start = e;
      }
      // a clergy's honorific opening the span is no part of the name (`Pendeta Benny Giay`, `Mgr Petrus
      // Tumbo`, `Pdt. Simon Kogoya`); not `Gus`, `Habib`, `Kiai`, which many go by (`Gus Dur`)
      while (sp.end - sp.start > 1 && CLERGY.test(tokens[sp.start]!.norm)) sp.start++;
      // nor is an English honorific: written without its period, as British and Australian papers do
      // (`Mr Albanese`, `Ms Ardern`, `Dr Tedros`), or with it before a full name (`Dr. Stuart Fischer`);
      // a dotted one before a single word may be a stage name (`Dr. Dre`, `Mr. Bean`)
      if (!conll && sp.end - sp.start > 1 && HONORIFICS_EN.test(tokens[sp.start]!.text) && (!tokens[sp.start]!.text.endsWith('.') || sp.end - sp.start > 2)) sp.start++;
      // a faction is its party, no person (`dari Fraksi NasDem, Ahmad Sahroni`: the tagger took the
      // faction before a comma for a name)
      if (sp.end - sp.start > 1 && tokens[sp.start]!.norm === 'fraksi') { sp.start++; sp.type = 'ORG'; continue; }
      // the legal form ending a company's name is no part of the person after it (`PT BRI (Persero) Tbk Sunarso`)
      // (nor is a group's last word, when two words of a name are left: `Hyundai Motor [Group] Chung Eui-sun`)
      while (sp.end - sp.start > 1 && (/^tbk\.?$/.test(tokens[sp.start]!.norm) || (sp.end - sp.start > 2 && /^(group|grup|holdings)$/.test(tokens[sp.start]!.norm)))) sp.start++;
      // a rank inside: the name is what follows it
      for (let j = sp.end - 2; j > sp.start; j--) {
        const r = titleStartingAt(tokens, j, sp.end, 'ranks');
        if (r && r.end < sp.end) { sp.start = r.end; break; }
      }
      // a capitalized word between a rank and the span is the name's first word, even when it is also
      // an ordinary word (`Irjen [Ribut] Hari Wibowo`: the tagger left out `Ribut`, noisy)
      const k = sp.start - 1;
      // (not a word of the rank or a title itself: `Irjen Pol`, `Komisaris Besar Polisi`, `Jenderal`)
      if (k > 0 && tokens[k]!.kind === 'word' && upperStart(tokens[k]!.text) && titleEndingAt(tokens, k, 0, 'ranks') !== undefined
        && titleEndingAt(tokens, k + 1, 0, 'ranks') === undefined && titleEndingAt(tokens, k + 1, 0) === undefined
        && !/^(pol|polisi|inf|tni|purn|laut|udara|darat|marinir|kav|art|czi|cpm|kes|jenderal|haji|hj|h)$/.test(tokens[k]!.norm)
        && !spans.some((o) => o !== sp && o.start <= k && o.end > k)) sp.start = k;
      continue;
    }
    // a rank or title that starts inside an organization or place and runs past its end
    for (let j = sp.start + 1; j < sp.end; j++) {
      const e = titleOrRankAt(tokens, j, sentenceEnd);
      if (e > sp.end || (e === sp.end && upperStart(tokens[e]?.text ?? ''))) {
        sp.end = j;
        break;
      }
    }
  }
  return spans;
}
