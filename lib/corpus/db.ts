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

/** Matching features, kept apart from the text so retrieval loads only what scoring needs. */
export interface StoredFeatures {
  id: string;
  terms: [string, number][];
  entities: [string, number][];
  keys: string[];
  nearKeys: string[];
  minhash: number[];
  /** Days since the epoch of the published (or saved) time, for time proximity. */
  day: number | null;
}

/** Document frequency of a retrieval key ("t:" term or "e:" entity) across the corpus. */
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

  constructor(name: string, dependencies?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    super(
      name,
      dependencies ? { indexedDB: dependencies.indexedDB, IDBKeyRange: dependencies.IDBKeyRange } : {},
    );
    this.version(1).stores({
      articles: 'id, &canonicalUrl, exactHash, origin, savedAt, siteName, *tags',
      features: 'id, *keys, *nearKeys',
      stats: 'key',
      meta: 'key',
      claims: 'id, articleId, *keys',
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
