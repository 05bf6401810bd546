/**
 * Folding: the comparison form of a surface string. Lower case, diacritics removed
 * (`Çavuşoğlu` → `cavusoglu`, NFC and NFD alike), zero-width characters dropped, curly
 * apostrophes made straight. Used by the gazetteer, the morphology and the tagger.
 */

const SPECIAL: Record<string, string> = {
  ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ħ: 'h',
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '`': "'", '\u00b4': "'",
  '\u2010': '-', '\u2011': '-',
};
const reMarks = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const reInvisible = /[\u200b-\u200d\u2060\ufeff\u00ad\ufe00-\ufe0f]/g;
const reSpecial = /[ıßøæœđðłþħ\u2019\u2018\u02bc`\u00b4\u2010\u2011]/g;

/** Fold a string for matching. Fast for plain ASCII. */
export function fold(s: string): string {
  let ascii = true;
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || c === 96) { ascii = false; break; }
    if (c >= 65 && c <= 90) upper = true;
  }
  if (ascii) return upper ? s.toLowerCase() : s;
  return s
    .normalize('NFD')
    .replace(reMarks, '')
    .replace(reInvisible, '')
    .toLowerCase()
    .replace(reSpecial, (ch) => SPECIAL[ch] ?? ch)
    .normalize('NFC');
}
