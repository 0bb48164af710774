/**
 * The matcher benchmark in Node, on fake-indexeddb (in-memory IndexedDB): what the CLI runs on.
 */
import { serialize } from 'node:v8';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openCorpus, type CorpusDb } from '@/lib/corpus/db';
import { importCorpus, measureBruteForce, measureLookups, measureSaves } from './measure';
import { storyGenerator, type SourceArticle } from './synthetic';
import type { SizeFigures } from './report';

const NOW = Date.UTC(2026, 0, 1);
/** Reports generated and imported at a time. */
const CHUNK = 5_000;

/** Runs every measurement on a corpus of `size` synthetic reports. */
export async function benchNode(
  sources: readonly SourceArticle[],
  size: number,
  plan: Plan,
): Promise<SizeFigures> {
  const gen = storyGenerator(sources, size);
  const db = openCorpus(`bench-${size}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  });
  let importMs = 0;
  for (let done = 0; done < size; done += CHUNK)
    importMs += await importCorpus(db, gen.next(Math.min(CHUNK, size - done)), NOW);
  const sample = gen.sample();
  const members = new Map(sample.map((s) => [s.story.id, s.members]));
  const pick = () => sample[Math.floor(gen.random() * sample.length)]!.story;
  const queries = Array.from({ length: plan.lookups }, () => pick().report());
  const lookups = await measureLookups(db, queries, (s) => members.get(s) ?? []);
  const brute = await measureBruteForce(db, queries.slice(0, plan.bruteForce));
  const saves = await measureSaves(
    db,
    Array.from({ length: plan.saves }, () => pick().report()),
    NOW,
  );
  const heap = heapMb();
  return {
    env: 'node',
    size,
    importMs,
    lookup: lookups.timing,
    syntheticPrecision: lookups.precision,
    syntheticRecall: lookups.recall,
    bruteForce: brute,
    save: saves,
    heapMb: heap,
    dbMb: await serializedMb(db),
  };
}

export interface Plan {
  lookups: number;
  bruteForce: number;
  saves: number;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** Structured-clone size of every stored row (fake-indexeddb keeps rows as such clones in memory). */
async function serializedMb(db: CorpusDb): Promise<number> {
  let bytes = 0;
  for (const table of db.tables) await table.each((row) => (bytes += serialize(row).length));
  return bytes / 2 ** 20;
}
