/**
 * The corpus database. This module alone defines the schema; the version history is append-only
 * and every migration is tested (tests/lib/corpus/db.test.ts).
 */
import Dexie, { type Table } from 'dexie';
import type { Sentence } from '../text/sentences';

export type ArticleOrigin = 'seed' | 'saved' | 'imported';

/** One article as stored: display data, the text every offset points into, and provenance. */
export interface StoredArticle {
  id: string;
  url: string | null;
  /** Unique when present (absent, not null, so IndexedDB leaves it out of the unique index). */
  canonicalUrl?: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** Epoch milliseconds. */
  savedAt: number;
  origin: ArticleOrigin;
  lang: string | null;
  text: string;
  sentences: Sentence[];
  tags: string[];
  /** For seeds: manifest version and file fingerprint; a change replaces the record. */
  seedVersion?: string;
  exactHash: string;
}

/**
 * Matching features, kept apart from the text so retrieval loads only what scoring needs. Counts and
 * IDF are typed arrays: a row is cloned out of IndexedDB on every lookup, and typed arrays clone as
 * one block where arrays of pairs clone element by element.
 */
export interface StoredFeatures {
  id: string;
  /**
   * Typed keys ("t:" term, "e:" name word, "p:" multi-word name, "q:" quantity; see
   * lib/match/features.ts) in hash order, joined by newlines: one string clones far faster than a
   * hundred, and scoring a stored row never needs them (vocabOf unpacks them).
   */
  vocab: string;
  /** Ascending 32-bit hashes of the vocab keys (pair scoring merges on these). */
  hashes: Uint32Array;
  /** Kind code of each key (lib/match/vector.ts). */
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
}

/** Document frequency of a vocabulary key: how many stored articles have it in their features. */
export interface KeyStat {
  key: string;
  df: number;
}

/**
 * The claims of a stored article (its sentence-level statements), precomputed at save time so that
 * "who else carries this quote" is an index lookup. One row per article: a comparison reads all of
 * an article's claims, and one row reads far faster than one per claim (see lib/claims/store.ts).
 * Their parts and storage form are defined in lib/claims.
 */
export interface StoredClaim {
  /** The article id. */
  id: string;
  articleId: string;
  /** Lookup keys (quote fingerprints) of all its claims, in a multiEntry index. */
  keys: string[];
  /** The claims, in lib/claims/store.ts's storage form. */
  claim: unknown;
}

/**
 * A change to the document frequencies not yet folded into `stats`: a save or delete writes one of
 * these (one request) instead of reading and writing a row per key (two requests per key, about
 * 0.1 ms each in Chromium), and a later maintenance step folds them in batches. The frequencies are
 * always `stats` plus every pending delta (lib/corpus/stats.ts), so they change in the transaction
 * of the article they count.
 */
export interface StatDeltaRow {
  /** Auto-incremented: folding takes the oldest first. */
  seq?: number;
  /** The keys, packed as in StoredFeatures.vocab. */
  keys: string;
  /** The change of each key's frequency (+1 saved, -1 deleted). */
  deltas: Int32Array;
}

/** A seed article the reader deleted: seed imports leave it out from then on. */
export interface RemovedSeed {
  id: string;
  /** Epoch milliseconds. */
  removedAt: number;
}

export interface MetaRow {
  key: string;
  value: number;
}

export class CorpusDb extends Dexie {
  articles!: Table<StoredArticle, string>;
  features!: Table<StoredFeatures, string>;
  stats!: Table<KeyStat, string>;
  meta!: Table<MetaRow, string>;
  claims!: Table<StoredClaim, string>;
  statDeltas!: Table<StatDeltaRow, number>;
  removedSeeds!: Table<RemovedSeed, string>;

  constructor(name: string, dependencies?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    super(
      name,
      dependencies ? { indexedDB: dependencies.indexedDB, IDBKeyRange: dependencies.IDBKeyRange } : {},
    );
    this.version(1).stores({
      articles: 'id, &canonicalUrl, exactHash, url, origin, savedAt, siteName, *tags',
      features: 'id, *keys, *nearKeys, weightedAt',
      stats: 'key',
      meta: 'key',
      claims: 'id, articleId, *keys',
    });
    // Version 2 only adds tables: nothing to migrate (an empty journal, no removed seeds).
    this.version(2).stores({
      statDeltas: '++seq',
      removedSeeds: 'id',
    });
  }
}

/** Opens (creating if needed) the corpus named `name`; pass fake-indexeddb's factory in Node. */
export function openCorpus(
  name = 'parallax',
  dependencies?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange },
): CorpusDb {
  return new CorpusDb(name, dependencies);
}
