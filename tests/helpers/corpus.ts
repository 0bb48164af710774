import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openCorpus, type CorpusDb } from '@/lib/corpus/db';

let counter = 0;

/** A fresh, empty corpus on its own in-memory IndexedDB. */
export function freshCorpus(): CorpusDb {
  return openCorpus(`test-${++counter}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  });
}
