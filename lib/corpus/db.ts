/**
 * The corpus database. This module alone defines the schema; the version history is append-only
 * and every migration is tested (tests/lib/corpus/db.test.ts).
 */
import Dexie, { type Table } from 'dexie';
import type { StoredFeatures } from '../match/feature-row';
import { wordsOf } from '../text/fold';
import type { Sentence } from '../text/sentences';

export type { StoredFeatures } from '../match/feature-row';

/** `read`: kept because the reader read it (expires); read and then saved counts as `saved` (never expires). */
export type ArticleOrigin = 'seed' | 'saved' | 'imported' | 'read';

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
  /** When the reader last read it (epoch ms); absent when never read. Retention counts from here. */
  readAt?: number;
  lang: string | null;
  text: string;
  sentences: Sentence[];
  tags: string[];
  /** For seeds: manifest version and file fingerprint; a change replaces the record. */
  seedVersion?: string;
  exactHash: string;
}

/** Document frequency of a vocabulary key: how many stored articles have it in their features. */
export interface KeyStat {
  key: string;
  df: number;
}

/**
 * The claims of a stored article (its sentence-level statements), computed at save time so that a
 * comparison never re-reads the article's text for them. One row per article: a comparison reads
 * all of an article's claims, and one row reads far faster than one per claim (see claims.ts).
 */
export interface StoredClaim {
  /** The article id. */
  id: string;
  /** The claims, in lib/claims/codec.ts's storage form. */
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

/**
 * The words of an article (title, byline and text, folded, each once) for the corpus page's word
 * search: a multiEntry index finds the articles with a word without reading any article. A table of
 * its own so that reading an article never reads its word list.
 */
export interface WordRow {
  /** The article id. */
  id: string;
  words: string[];
}

export interface MetaRow {
  key: string;
  value: number;
  /** A text value (a place in a walk over ids: lib/corpus/feature-rows.ts). */
  text?: string;
}

export class CorpusDb extends Dexie {
  articles!: Table<StoredArticle, string>;
  features!: Table<StoredFeatures, string>;
  stats!: Table<KeyStat, string>;
  meta!: Table<MetaRow, string>;
  claims!: Table<StoredClaim, string>;
  statDeltas!: Table<StatDeltaRow, number>;
  removedSeeds!: Table<RemovedSeed, string>;
  words!: Table<WordRow, string>;

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
    // Version 3 drops the claims' quote-key and articleId indexes: nothing in the product looked
    // quotes up across the corpus (a story's reports are aligned claim by claim instead), and every
    // save paid for keeping them. Rows lose the two fields with them.
    this.version(3)
      .stores({ claims: 'id' })
      .upgrade((tx) =>
        tx
          .table('claims')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            delete row.keys;
            delete row.articleId;
          }),
      );
    // Version 4 keeps what the reader reads: `readAt` (indexed, for retention and "forget") and the
    // word index of the corpus search, filled here for the articles already stored.
    this.version(4)
      .stores({
        articles: 'id, &canonicalUrl, exactHash, url, origin, savedAt, siteName, *tags, readAt',
        words: 'id, *words',
      })
      .upgrade(async (tx) => {
        // In batches, so a large corpus's word rows are never all in memory at once.
        const articles = tx.table<StoredArticle, string>('articles');
        for (let after: string | null = null; ;) {
          const batch: StoredArticle[] = await (
            after === null ? articles.orderBy(':id') : articles.where(':id').above(after)
          )
            .limit(UPGRADE_BATCH)
            .toArray();
          if (batch.length === 0) break;
          await tx.table('words').bulkPut(batch.map(wordRowOf));
          after = batch[batch.length - 1]!.id;
        }
      });
  }
}

/** Articles read per step of the v4 upgrade's word index. */
const UPGRADE_BATCH = 500;

/**
 * The word index row of an article: its distinct words, folded as every comparison folds them
 * (lib/text/fold.ts: case, accents, typography), so a search for "cafe" finds "Café".
 */
export function wordRowOf(article: Pick<StoredArticle, 'id' | 'title' | 'byline' | 'text'>): WordRow {
  return {
    id: article.id,
    words: [...new Set(wordsOf(`${article.title}\n${article.byline ?? ''}\n${article.text}`))],
  };
}

/** Opens (creating if needed) the corpus named `name`; pass fake-indexeddb's factory in Node. */
export function openCorpus(
  name = 'parallax',
  dependencies?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange },
): CorpusDb {
  return new CorpusDb(name, dependencies);
}
