/**
 * A claim: one sentence-level statement of an article and its parts. Claims are stored per article
 * (lib/claims/store.ts), so every field is plain data; offsets index into the article's text.
 */

/** Bump when extraction changes: stored claims of an older version are recomputed on load. */
export const CLAIMS_VERSION = 2;

export interface Span {
  start: number;
  end: number;
}

/** What kind of line a claim is: only statements carry claims worth comparing. */
export type ClaimKind = 'statement' | 'heading' | 'credit';

/** A direct quotation: the words between the marks, whatever their style. */
export interface Quote extends Span {
  /** Folded words of the quoted text (typography, case and diacritics removed). */
  words: string[];
}

/** Who a claim is credited to. */
export interface Speaker extends Span {
  /** Name as written ("Marco Rubio", "officials"); for a pronoun, the name it stands for. */
  name: string;
  /** Folded name keys (surnames and full names) used to compare speakers across articles. */
  keys: string[];
  /** A named person or organisation, or an unnamed group ("officials", "sources"). */
  named: boolean;
  /** Set when the name is a pronoun resolved from an earlier sentence. */
  resolvedFrom?: 'pronoun' | 'quote-continuation';
}

/** Where a statement was made: the outlet, programme or platform. */
export interface Venue extends Span {
  name: string;
  /** Folded outlet name ("cnn" for "CNN's State of the Union"). */
  outlet: string;
  /** Folded full name, outlet and programme ("cnn state of the union"). */
  full: string;
  /** A platform or setting that names no outlet ("social media", "a statement", "reporters"). */
  generic: boolean;
}

export interface NumberMention extends Span {
  value: number;
  /** Stemmed unit noun ("hour", "percent", "usd", "peopl"); empty when none follows. */
  unit: string;
  /** "at least", "about", "nearly" and the like make a number approximate. */
  approximate: boolean;
}

export interface DateMention extends Span {
  /** Calendar fields that were stated; absent fields are unknown, not zero. */
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** Days relative to publication ("yesterday" is -1). */
  relativeDays?: number;
}

/** How firmly the statement is made, on an ordered scale. */
export interface Certainty extends Span {
  /** 1 possibility (could, may, has not ruled out), 2 intent or openness (signalled readiness, considering), 3 commitment (agreed, will). */
  level: 1 | 2 | 3;
  /** The cue words as written. */
  cue: string;
  /** Stem of the word the cue governs ("offer" in "could offer"), when one follows. */
  target: string;
  /** Inside a quotation: the speaker's own hedge rather than the reporter's. */
  quoted: boolean;
}

export interface Negation extends Span {
  /** Stem of the negated word ("confirm" in "did not confirm"). */
  target: string;
  quoted: boolean;
}

export interface Claim extends Span {
  /** Indices into the article's sentences (a claim may join a sentence with its continuation). */
  sentences: number[];
  kind: ClaimKind;
  /** Stemmed content terms, unique, in order of appearance. */
  terms: string[];
  /** Stems of the verbs and adjectives (hyphenated compounds whole): what a negation can contradict. */
  predicates: string[];
  /** One folded key per named entity ("vladimir putin"; titles left out), unique. */
  entities: string[];
  quotes: Quote[];
  speaker: Speaker | null;
  /** Root of the reporting verb ("say", "tell", "warn"), or "according to". */
  verb: string | null;
  venue: Venue | null;
  numbers: NumberMention[];
  dates: DateMention[];
  /** Certainty cues in order; the first one outside quotes governs the main statement. */
  certainty: Certainty[];
  negations: Negation[];
  /** Clause-sized pieces of the claim, for reporting details only one source carries. */
  segments: Span[];
}

/** The claims of one article, as stored and compared. */
export interface ArticleClaims {
  version: number;
  claims: Claim[];
}

/** What a comparison of two articles reports (the CLI contract's `diff` shape). */
export type DifferenceKind =
  'quote' | 'attribution' | 'number' | 'date' | 'certainty' | 'negation' | 'wording';

export interface Passage {
  text: string;
  start: number;
  end: number;
}

export interface Difference {
  kind: DifferenceKind;
  a: Passage;
  b: Passage;
  detail: string;
}

export interface DiffResult {
  differences: Difference[];
  onlyA: Passage[];
  onlyB: Passage[];
  agreements: { a: Passage; b: Passage }[];
}
