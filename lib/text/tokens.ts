/**
 * Word tokens for matching: lower-cased, folded, stop words removed, stemmed (Porter, via `stemmer`).
 */
import { stemmer } from 'stemmer';
import { foldForComparison } from './fold';
import { STOPWORDS } from './stopwords';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Every word of `text` in order, folded to lower case without diacritics (no stemming, no stop-word removal). */
export function words(text: string): string[] {
  return foldForComparison(text).match(WORD) ?? [];
}

/** Content terms: words minus stop words, numbers-only tokens and one-letter tokens, stemmed. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const bare = w.replace(/'s$/, '').replace(/'/g, '');
    if (bare.length < 2 || STOPWORDS.has(w) || STOPWORDS.has(bare) || /^\d+$/.test(bare)) continue;
    out.push(stemmer(bare));
  }
  return out;
}

/** Counts occurrences, preserving first-seen order. */
export function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
