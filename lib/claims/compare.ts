/**
 * Claim comparison of two articles, in the CLI contract's `diff` shape. Offsets index into each
 * article's extracted text.
 */

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

export interface ComparableArticle {
  text: string;
  sentences: Passage[];
}

/**
 * Compares the claims of two articles. Claim extraction and alignment are not built yet, so this
 * reports nothing rather than guessing: an empty result never invents a disagreement.
 */
export function compareArticles(_a: ComparableArticle, _b: ComparableArticle): DiffResult {
  return { differences: [], onlyA: [], onlyB: [], agreements: [] };
}
