/**
 * The stored form of an article's matching features (one row per article in the corpus's
 * `features` table): typed arrays and packed keys that clone out of IndexedDB fast, weighted with
 * an IDF snapshot that the corpus keeps within a factor of two of today's statistics.
 */
import type { ArticleFeatures } from './features';
import { resolveDates } from './event-dates';
import { idfOf } from './vector';

/**
 * Matching features, kept apart from the text so retrieval loads only what scoring needs. Counts and
 * IDF are typed arrays: a row is cloned out of IndexedDB on every lookup, and typed arrays clone as
 * one block where arrays of pairs clone element by element.
 */
export interface StoredFeatures {
  id: string;
  /**
   * Typed keys ("t:" term, "e:" name word, "p:" multi-word name, "q:" quantity; see
   * features.ts) in hash order, joined by newlines: one string clones far faster than a
   * hundred, and scoring a stored row never needs them (vocabOf unpacks them).
   */
  vocab: string;
  /** Ascending 32-bit hashes of the vocab keys (pair scoring merges on these). */
  hashes: Uint32Array;
  /** Kind code of each key (vector.ts). */
  kinds: Uint8Array;
  /** Occurrences of each vocab key in the article (capped at 255). */
  tf: Uint8Array;
  /** Occurrences of each vocab key in the lede (capped at 255). */
  lead: Uint8Array;
  /**
   * IDF of each vocab key when the row was last weighted. A lookup weighs its query with live
   * statistics and its candidates with these, so it never reads the statistics of every candidate key.
   */
  idf: Float32Array;
  /** Corpus size when `idf` was computed; rows weighted on less than half today's corpus are refreshed. */
  weightedAt: number;
  /** Retrieval keys, in a multiEntry index. */
  keys: string[];
  /** MinHash band keys, in a multiEntry index (near-duplicates). */
  nearKeys: string[];
  minhash: number[];
  /** Words in the text. */
  length: number;
  /** Days since the epoch of the published time, else of a date in the text's opening lines; null if neither. */
  day: number | null;
  /**
   * The event's dates from the title and lede, resolved against `day` (lib/match/event-dates.ts).
   * Absent on rows written before FEATURE_VERSION 2, which the upkeep recomputes.
   */
  dates?: Int32Array;
  /** The FEATURE_VERSION the row was computed with (absent: 1). */
  version?: number;
}

/**
 * Version of what a row holds: rows of an older version lack features scoring now weighs, and the
 * upkeep (lib/corpus/feature-rows.ts) recomputes them from their article. 2: event dates.
 */
export const FEATURE_VERSION = 2;

/** The packed form of a row's vocabulary: keys joined by newlines, which no key contains. */
const SEPARATOR = '\n';

/** One string for a row: it clones out of IndexedDB far faster than an array of a hundred. */
export function packVocab(keys: readonly string[]): string {
  return keys.join(SEPARATOR);
}

/** The vocabulary keys of a stored row, or of computed features (returned as they are). */
export function vocabOf(f: { vocab: string | readonly string[] }): readonly string[] {
  return typeof f.vocab === 'string' ? (f.vocab ? f.vocab.split(SEPARATOR) : []) : f.vocab;
}

/** The row for an article with `features`, weighted with `df` (after the article is counted) of `docCount` articles. */
export function featureRow(
  id: string,
  features: ArticleFeatures,
  day: number | null,
  df: ReadonlyMap<string, number>,
  docCount: number,
): StoredFeatures {
  return {
    id,
    vocab: packVocab(features.vocab),
    hashes: Uint32Array.from(features.hashes),
    kinds: Uint8Array.from(features.kinds),
    tf: Uint8Array.from(features.tf, (n) => Math.min(255, n)),
    lead: Uint8Array.from(features.lead, (n) => Math.min(255, n)),
    idf: Float32Array.from(features.vocab, (k) => idfOf(df.get(k) ?? 1, docCount)),
    weightedAt: docCount,
    keys: features.keys,
    nearKeys: features.nearKeys,
    minhash: features.minhash,
    length: features.length,
    day,
    dates: Int32Array.from(resolveDates(features.dateMentions, day)),
    version: FEATURE_VERSION,
  };
}
