/**
 * The matcher benchmark in Node, on fake-indexeddb (in-memory IndexedDB): what the CLI runs on.
 */
import { serialize } from 'node:v8';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openCorpus, type CorpusDb } from '@/lib/corpus/db';
import type { SizeFigures } from './report';
import { benchSession } from './session';
import type { SourceArticle } from './synthetic';

/** Reports generated and imported at a time. */
const CHUNK = 5_000;

export interface Plan {
  lookups: number;
  bruteForce: number;
  saves: number;
}

/** Runs every measurement on a corpus of `size` synthetic reports. */
export async function benchNode(
  sources: readonly SourceArticle[],
  size: number,
  plan: Plan,
): Promise<SizeFigures> {
  const db = openCorpus(`bench-${size}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  });
  const session = benchSession(db, sources, size);
  let importMs = 0;
  for (let done = 0; done < size; done += CHUNK)
    importMs = await session.importNext(Math.min(CHUNK, size - done));
  const lookups = await session.lookups(plan.lookups);
  const heapMb = heapAfterGc();
  const bruteForce = await session.bruteForce(plan.bruteForce);
  const saves = await session.saves(plan.saves);
  return {
    env: 'node',
    size,
    importMs,
    lookup: lookups.timing,
    syntheticPrecision: lookups.precision,
    syntheticRecall: lookups.recall,
    bruteForce,
    save: saves,
    heapMb,
    dbMb: await serializedMb(db),
  };
}

/** Heap in use after a full GC (needs node --expose-gc; else whatever is in use). */
function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** Structured-clone size of every stored row (fake-indexeddb keeps rows as such clones in memory). */
async function serializedMb(db: CorpusDb): Promise<number> {
  let bytes = 0;
  for (const table of db.tables) await table.each((row) => (bytes += serialize(row).length));
  return bytes / 2 ** 20;
}
