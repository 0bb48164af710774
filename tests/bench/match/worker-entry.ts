/**
 * The benchmark inside the extension's service worker: bundled by run-chromium.ts and evaluated
 * there, it drives the same measurements as Node on Chromium's own IndexedDB. It exposes one global,
 * `parallaxBench`, whose calls each stay short (the driver imports in chunks) so no single
 * evaluation runs for minutes.
 */
import Dexie from 'dexie';
import { openCorpus, type CorpusDb } from '@/lib/corpus/db';
import { importCorpus, measureBruteForce, measureLookups, measureSaves } from './measure';
import { storyGenerator, type SourceArticle } from './synthetic';

const NOW = Date.UTC(2026, 0, 1);

let db: CorpusDb | undefined;
let gen: ReturnType<typeof storyGenerator> | undefined;
let importMs = 0;

const bench = {
  /** A fresh database for a corpus of `size` reports. */
  async start(sources: SourceArticle[], size: number): Promise<void> {
    db?.close();
    await Dexie.delete(`parallax-bench`);
    db = openCorpus('parallax-bench');
    gen = storyGenerator(sources, size);
    importMs = 0;
  },
  /** Generates and imports the next `count` reports; returns the total import time so far (ms). */
  async importNext(count: number): Promise<number> {
    importMs += await importCorpus(db!, gen!.next(count), NOW);
    return importMs;
  },
  async measure(plan: { lookups: number; bruteForce: number; saves: number }) {
    const sample = gen!.sample();
    const members = new Map(sample.map((s) => [s.story.id, s.members]));
    const pick = () => sample[Math.floor(gen!.random() * sample.length)]!.story;
    const queries = Array.from({ length: plan.lookups }, () => pick().report());
    const lookups = await measureLookups(db!, queries, (s) => members.get(s) ?? []);
    const bruteForce = await measureBruteForce(db!, queries.slice(0, plan.bruteForce));
    const save = await measureSaves(
      db!,
      Array.from({ length: plan.saves }, () => pick().report()),
      NOW,
    );
    const estimate = await navigator.storage.estimate();
    return { lookups, bruteForce, save, dbMb: (estimate.usage ?? 0) / 2 ** 20 };
  },
  async finish(): Promise<void> {
    db?.close();
    await Dexie.delete('parallax-bench');
    db = undefined;
    gen = undefined;
  },
};

(globalThis as unknown as { parallaxBench: typeof bench }).parallaxBench = bench;
