/**
 * The public output shape of warta. Changing a name here is a breaking change; docs/OUTPUT.md
 * explains the entity and relation contract.
 */

export type Language = 'id' | 'en';

export type TokenKind =
  | 'word'
  | 'number'
  | 'punct'
  | 'symbol'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'date'
  | 'time'
  | 'money'
  | 'percent'
  | 'abbreviation'
  | 'emoji';

/** A piece of a hyphenated compound (`pro-Rusia` → `pro`, `Rusia`). Offsets into the original text. */
export interface TokenPart {
  text: string;
  start: number;
  end: number;
  norm: string;
}

/**
 * A token. `text === input.slice(start, end)` always (UTF-16 offsets). Tokens never contain
 * whitespace, never overlap, and cover every non-space character of the input.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Folded form: lower case, no diacritics, no zero-width characters (`Çavuşoğlu` → `cavusoglu`). */
  norm: string;
  /** Indonesian words: the folded base with clitics split off and reduplication collapsed (`pihaknya` → `pihak`, `negara-negara` → `negara`). Absent when equal to `norm`. */
  base?: string;
  /** Indonesian clitics split off, in text order: `['ku-']`, `['nya']`, `['nya', 'lah']`. */
  clitics?: string[];
  /** Reduplicated word (`negara-negara`, `drone-drone`): a plural or distributive form of `base`. */
  redup?: boolean;
  /** Parts of a hyphenated compound that is not a reduplication (`Rusia-Turki`, `pro-Rusia`, `Turkish-made`). */
  parts?: TokenPart[];
}

export type Zone = 'headline' | 'byline' | 'dateLine' | 'caption' | 'dateline' | 'body' | 'related' | 'editorCode';

export interface Sentence {
  /** Index of the sentence in the document. */
  index: number;
  start: number;
  end: number;
  text: string;
  language: Language;
  /** Token index range `[tokenStart, tokenEnd)` into the token array of the same call. */
  tokenStart: number;
  tokenEnd: number;
  /** Where the sentence sits in the news article (only from `extract`). */
  zone?: Zone;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The parts of a news article. Body paragraphs are what later stages read first. */
export interface Layout {
  headline?: Span;
  byline?: Span & { author?: string; outlet?: string };
  /** The publication date line (`Senin, 03 Jan 2022 14:50 WIB`). */
  dateLine?: Span & { date?: string; time?: string };
  captions: Span[];
  /** The place (and outlet) the story is filed from (`Moskow -`, `Jakarta, CNN Indonesia --`). */
  dateline?: Span & { place?: string; outlet?: string };
  paragraphs: Span[];
  /** `Baca juga: …` lines and similar links to other stories. */
  related: Span[];
  /** Trailing editor initials such as `(nvc/idh)`. */
  editorCodes?: Span;
}

export type ValueKind = 'date' | 'time' | 'money' | 'percent' | 'number';

/** A normalized value found in the text: dates as ISO (`2022-01-03`), money with a currency code. */
export interface Value {
  kind: ValueKind;
  start: number;
  end: number;
  text: string;
  /** ISO date (`2022-01-02`, or `2022-01` / `2021` when partial) for dates, `HH:MM` for times, a number otherwise. */
  value: string | number;
  /** ISO 4217 code for money (`IDR`, `USD`), time zone for times (`WIB`). */
  unit?: string;
  sentence: number;
}

export type EntityType = 'PERSON' | 'COUNTRY' | 'LOCATION' | 'ORGANIZATION';

export interface Mention {
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** A role stated next to the mention (`Presiden`, `Menlu`), in English. */
  role?: string;
}

export interface Entity {
  /** `TUR`, a Wikidata QID, a slug of warta's data, or a document-local id (`doc:…`) for unknown entities. */
  id: string;
  /** Canonical English name. */
  name: string;
  type: EntityType;
  iso2?: string;
  iso3?: string;
  wikidata?: string;
  /** ISO alpha-3 of the country an organization, place or person belongs to (`Kremlin` → `RUS`). */
  country?: string;
  /** Linked to warta's data (true) or recognized only (false). */
  known: boolean;
  mentions: Mention[];
}

export type Modality = 'asserted' | 'intended' | 'possible' | 'reported';

export interface Relation {
  type: string;
  subject: string;
  object: string;
  predicate: string;
  label: string;
  plover?: string;
  cameo?: string;
  symmetric?: boolean;
  role?: string;
  theme?: string;
  since?: string;
  time?: string;
  /**
   * The place an attack landed on, when the relation's object is the country it lies in (`Rusia
   * menghantam Kharkiv` → object `UKR`, location Kharkiv's id), as PLOVER keeps an event's location
   * apart from its actors.
   */
  location?: string;
  negated: boolean;
  modality: Modality;
  attributedTo?: string;
  sentence: number;
  evidence: { start: number; end: number; trigger?: { start: number; end: number }; subject?: { start: number; end: number }; object?: { start: number; end: number } };
}

export interface ExtractResult {
  /** Majority language of the document's body. */
  language: Language;
  /** Publication date (ISO) from the date line or the `date` option, when known. */
  date?: string;
  sentences: Sentence[];
  tokens?: Token[];
  layout?: Layout;
  values: Value[];
  entities: Entity[];
  relations: Relation[];
}
