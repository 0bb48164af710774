/**
 * Lookup keys of a claim, stored in the claims table's multiEntry index so that "who else carries
 * this quote" is an index lookup: an exact key per quotation (folded words), and a small sketch
 * of word 3-shingles (the two smallest hashes) that a reworded copy of the quotation likely shares.
 */
import { fnv1a } from '../util/hash';
import type { Claim } from './types';

/** Quotations shorter than this are phrases ("values peace") that too many articles share. */
export const MIN_KEYED_QUOTE_WORDS = 4;
const SKETCH_SIZE = 2;
const SHINGLE = 3;

/** The exact key of a quotation's folded words. */
export function quoteKey(words: readonly string[]): string {
  return `q:${fnv1a(words.join(' '))}`;
}

/** Sketch keys of a quotation: the smallest hashes of its word 3-shingles. */
export function quoteSketch(words: readonly string[]): string[] {
  const hashes = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) hashes.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return [...hashes]
    .sort()
    .slice(0, SKETCH_SIZE)
    .map((h) => `qs:${h}`);
}

/** Every lookup key of a claim. */
export function claimKeys(claim: Claim): string[] {
  const keys = new Set<string>();
  for (const q of claim.quotes) {
    if (q.words.length < MIN_KEYED_QUOTE_WORDS) continue;
    keys.add(quoteKey(q.words));
    for (const k of quoteSketch(q.words)) keys.add(k);
  }
  return [...keys];
}
