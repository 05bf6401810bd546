/**
 * Rule `place-appositive`: an appositive that says the name before its comma is a place, `X, the
 * capital of Borno state`, `X, a town in North Kivu`, `X, sebuah desa di Kabupaten Garut`, `X, ibu
 * kota Sudan`. NER uses it to take an unknown town for a place (recognize.ts); the relation stage to
 * draw `located_in` from it (relations/static.ts).
 */
import type { Token } from '../../types.js';

/** Nouns of a settlement or an area in such an appositive. */
const PLACE_NOUNS = new Set(['capital', 'city', 'town', 'village', 'district', 'township', 'county', 'suburb', 'port', 'province', 'region', 'state', 'island',
  'kota', 'desa', 'kampung', 'distrik', 'kecamatan', 'kabupaten', 'pulau', 'wilayah', 'daerah', 'provinsi']);
/** Adjectives between the article and the noun (`a small town`, `sebuah desa terpencil` has it after). */
const PLACE_ADJECTIVES = new Set(['small', 'large', 'major', 'remote', 'border', 'coastal', 'port', 'mountainous', 'key', 'strategic',
  'northern', 'southern', 'eastern', 'western', 'kecil', 'besar', 'terpencil']);

/**
 * At token i (right after the comma), the index of the token after the appositive's place noun (the
 * preposition: `of`, `in`, `di`, `near`, or the place itself after `ibu kota`/`kota`), or -1.
 */
export function placeAppositiveAt(tokens: Token[], i: number, end: number): number {
  let k = i;
  if (/^(the|a|an|sebuah)$/.test(tokens[k]?.norm ?? '')) k++;
  for (let n = 0; n < 2 && k < end && PLACE_ADJECTIVES.has(tokens[k]!.norm); n++) k++;
  if (tokens[k]?.norm === 'ibu' && tokens[k + 1]?.norm === 'kota') return k + 2 < end ? k + 2 : -1;
  if (k >= end || !PLACE_NOUNS.has(tokens[k]!.norm) || !/^[a-z]/.test(tokens[k]!.text)) return -1;
  return k + 1 < end ? k + 1 : -1;
}
