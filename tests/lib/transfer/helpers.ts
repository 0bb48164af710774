/** Test wiring for the transfer service: a fresh staging database and a service over a corpus. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CorpusDb } from '@/lib/corpus/db';
import { openStaging, type StagingDb } from '@/lib/transfer/staging-db';
import { CorpusTransfer } from '@/lib/transfer/staged-import';

let counter = 0;

/** A fresh, empty staging database on its own in-memory IndexedDB. */
export function freshStaging(): StagingDb {
  return openStaging(`staging-${++counter}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  });
}

/** A transfer service over `db` with a fixed clock and predictable import ids. */
export function transferFor(db: CorpusDb, staging: StagingDb = freshStaging()): CorpusTransfer {
  let n = 0;
  return new CorpusTransfer({ db, staging, now: () => Date.UTC(2026, 0, 2), newId: () => `import-${++n}` });
}

/** Everything a test compares after a round trip: ids, titles, tags, text and origin, by id. */
export async function snapshot(db: CorpusDb): Promise<Record<string, unknown>[]> {
  const articles = await db.articles.orderBy('id').toArray();
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    tags: [...a.tags].sort(),
    text: a.text,
    origin: a.origin,
    url: a.url,
    canonicalUrl: a.canonicalUrl ?? null,
    savedAt: a.savedAt,
  }));
}

/** Rows of every corpus table, to prove a failed write left nothing behind. */
export async function everyRow(db: CorpusDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
