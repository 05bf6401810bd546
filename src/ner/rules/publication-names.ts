/**
 * Rule `publication-names`: an unknown name a report is quoted from is a publication, an
 * organization (`seperti dikutip dari Marca`, `dilansir dari Xinhua`, `Sumber: The Verge`), and so is
 * a one-word outlet named `…news` (`Rimanews -` opening the article, `kata X kepada Rimanews`). The
 * tagger, trained on Indonesian news that names its sources in a few fixed ways, took such names for
 * places or people. recognize.ts retypes the tagged span.
 */
import type { Token } from '../../types.js';

/** A one-word name of a news outlet (`Rimanews`, `Tribunnews`, `Antaranews`). */
export const NEWS_OUTLET = /^[A-Z][A-Za-z]+news$/;

/** The words before token i cite a publication: `dikutip dari`, `dilansir (dari)`, `melansir`, `Sumber: (The)`. */
export function quotedSource(tokens: Token[], i: number, from: number): boolean {
  let p = i - 1;
  if (p > from && tokens[p]!.norm === 'the') p--;
  if (p < from) return false;
  const a = tokens[p]!.norm;
  const b = p - 1 >= from ? tokens[p - 1]!.norm : '';
  return a === 'melansir' || a === 'dilansir' || (a === 'dari' && (b === 'dikutip' || b === 'dilansir' || b === 'mengutip')) || (a === ':' && b === 'sumber');
}
