/**
 * The import staging area: its own database ("parallax-staging"), so a half-sent import never
 * touches the corpus schema. An import's records wait here, validated and with their features
 * computed, until one corpus transaction merges them all (see staged-import.ts).
 */
import Dexie, { type Table } from 'dexie';
import type { ArticleInput } from '../corpus/articles';
import type { ArticleOrigin } from '../corpus/db';
import type { ArticleClaims } from '../claims/types';
import type { ArticleFeatures } from '../match/features';

/** One import in progress. */
export interface StagedImport {
  id: string;
  /** Epoch milliseconds. */
  startedAt: number;
  /** Articles the sender announced. */
  total: number;
  /** Articles staged so far; the next chunk must start at this index. */
  received: number;
}

/** An article ready to merge: everything saveArticle needs, computed by us, nothing taken from the file but its fields. */
export interface PreparedArticle {
  input: ArticleInput & { id: string; tags: string[] };
  features: ArticleFeatures;
  /** The claims, computed while staging (older staged records may lack them). */
  claims?: ArticleClaims;
  origin: ArticleOrigin;
  /** Epoch milliseconds. */
  savedAt: number;
}

export interface StagedRecord {
  importId: string;
  /** Index of the article in the file. */
  index: number;
  article: PreparedArticle;
}

export class StagingDb extends Dexie {
  imports!: Table<StagedImport, string>;
  records!: Table<StagedRecord, [string, number]>;

  constructor(name: string, dependencies?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    super(
      name,
      dependencies ? { indexedDB: dependencies.indexedDB, IDBKeyRange: dependencies.IDBKeyRange } : {},
    );
    this.version(1).stores({
      imports: 'id',
      records: '[importId+index]',
    });
  }
}

/** Opens (creating if needed) the staging database; pass fake-indexeddb's factory in Node. */
export function openStaging(
  name = 'parallax-staging',
  dependencies?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange },
): StagingDb {
  return new StagingDb(name, dependencies);
}
