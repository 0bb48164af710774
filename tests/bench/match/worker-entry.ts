/**
 * The benchmark inside the extension's service worker: bundled by run-chromium.ts and evaluated
 * there, it runs the same session as Node on Chromium's own IndexedDB. It exposes one global,
 * `parallaxBench`, whose calls each stay short (the driver imports in chunks), so no single
 * evaluation runs for minutes.
 */
import Dexie from 'dexie';
import { openCorpus, type CorpusDb } from '@/lib/corpus/db';
import { benchSession } from './session';
import type { SourceArticle } from './synthetic';

const DB_NAME = 'parallax-bench';

let db: CorpusDb | undefined;
let session: ReturnType<typeof benchSession> | undefined;

const bench = {
  /** A fresh database for a corpus of `size` reports. */
  async start(sources: SourceArticle[], size: number): Promise<void> {
    db?.close();
    await Dexie.delete(DB_NAME);
    db = openCorpus(DB_NAME);
    session = benchSession(db, sources, size);
  },
  importNext: (count: number) => session!.importNext(count),
  lookups: (count: number) => session!.lookups(count),
  bruteForce: (count: number) => session!.bruteForce(count),
  saves: (count: number) => session!.saves(count),
  /** Bytes the extension's origin uses (IndexedDB and the worker's script cache), in MB. */
  async storageMb(): Promise<number> {
    return ((await navigator.storage.estimate()).usage ?? 0) / 2 ** 20;
  },
  async finish(): Promise<void> {
    db?.close();
    await Dexie.delete(DB_NAME);
    db = undefined;
    session = undefined;
  },
};

(globalThis as unknown as { parallaxBench: typeof bench }).parallaxBench = bench;
