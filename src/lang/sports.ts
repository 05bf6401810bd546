/**
 * Words of sports reports, Indonesian and English. A sentence with one of the strong words, or two
 * of the weak ones, reports a match or a season: its acts of war are figures of speech
 * (relations/events.ts) and a city's name in it is the club's (gazetteer/link.ts: `Milan menang atas
 * Roma`).
 */
import type { Token } from '../types.js';

/** Words of sports reports: one of the first set, or two of the second (`30 menit` alone is no match report). */
const SPORTS = new Set(['gol', 'imbang', 'laga', 'pertandingan', 'skor', 'babak', 'liga', 'penalti', 'tendangan', 'match', 'goal', 'league', 'smes', 'semifinal', 'perempat', 'sepakan', 'tandukan', 'sundulan', 'gawang', 'offside']);
const SPORTS_WEAK = new Set(['menit', 'klub', 'juara', 'kompetisi', 'turnamen', 'pemain', 'pelatih', 'kiper', 'striker', 'bek', 'gelandang', 'stadion', 'club', 'coach', 'set', 'ganda', 'tunggal', 'poin', 'final', 'bola', 'umpan']);
/** words beside a capitalized `League`/`Liga` that make it a competition */
const LEAGUE_WORDS = /^(premier|champions|europa|conference|nations|super|major|primera|inggris|spanyol|italia|jerman|prancis|perancis|belanda|indonesia|champion|mls|bri|football|soccer|basketball|\d+)$/;

/** Does tokens[from..to) read as a sports report? */
export function sportsReport(tokens: Token[], from: number, to: number): boolean {
  let sports = false;
  let weak = 0;
  for (let i = from; i < to && !sports; i++) {
    const n = tokens[i]!.norm;
    // (a capitalized `League`/`Liga` names a body unless a competition's word is beside it: `Arab
    // League`, `Awami League`, `National League for Democracy` are no sport; `Premier League`, `Liga 1` are)
    if ((n === 'league' || n === 'liga') && /^[A-Z]/.test(tokens[i]!.text) && !LEAGUE_WORDS.test(tokens[i - 1]?.norm ?? '') && !LEAGUE_WORDS.test(tokens[i + 1]?.norm ?? '')) continue;
    sports = SPORTS.has(n) || (SPORTS_WEAK.has(n) && ++weak >= 2);
  }
  return sports;
}

/** Words of matches and transfers: one makes a sentence about sport for naming a club. */
const CLUB_CONTEXT = new Set([
  'menang', 'kalah', 'imbang', 'mengalahkan', 'menjamu', 'dijamu', 'bertandang', 'tandang', 'kandang', 'merekrut', 'mendatangkan',
  'transfer', 'musim', 'trofi', 'klasemen', 'menekuk', 'membungkam', 'menundukkan', 'menaklukkan', 'mengandaskan', 'ditahan',
  'beat', 'draw', 'signed', 'season', 'striker', 'gelandang', 'bek', 'kiper', 'penyerang', 'pelatih', 'pemain', 'skuad', 'klub',
]);

/**
 * Is tokens[from..to) about sport, for naming a club (`Pelatih Barcelona`, `Milan menang 2-1`)? Looser
 * than `sportsReport`: one word of a match or a transfer, or a score (`3-0`, `2 - 1`), is enough.
 */
export function sportsContext(tokens: Token[], from: number, to: number): boolean {
  if (sportsReport(tokens, from, to)) return true;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (CLUB_CONTEXT.has(t.norm)) return true;
    if (t.text === '-' && i > from && i + 1 < to && tokens[i - 1]!.kind === 'number' && tokens[i + 1]!.kind === 'number' && tokens[i - 1]!.text.length <= 2 && tokens[i + 1]!.text.length <= 2) return true;
  }
  return false;
}
