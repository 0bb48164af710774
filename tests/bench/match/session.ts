/**
 * One benchmark corpus and its measurements, step by step, so that the Chromium driver can call
 * each step in its own short evaluation (and sample the worker's heap during lookups only).
 */
import type { CorpusDb } from '@/lib/corpus/db';
import { importCorpus, measureBruteForce, measureLookups, measureSaves } from './measure';
import { storyGenerator, type SourceArticle, type SyntheticArticle } from './synthetic';

const NOW = Date.UTC(2026, 0, 1);

export function benchSession(db: CorpusDb, sources: readonly SourceArticle[], size: number) {
  const gen = storyGenerator(sources, size);
  let importMs = 0;
  let queries: SyntheticArticle[] = [];
  const sample = () => gen.sample();
  const pick = () => {
    const s = sample();
    return s[Math.floor(gen.random() * s.length)]!.story;
  };
  return {
    /** Generates and imports the next `count` reports; returns the total import time so far (ms). */
    async importNext(count: number): Promise<number> {
      importMs += await importCorpus(db, gen.next(count), NOW);
      return importMs;
    },
    /** Same-story lookups of `count` new, unsaved reports of sampled stories. */
    lookups(count: number) {
      queries = Array.from({ length: count }, () => pick().report());
      const members = new Map(sample().map((s) => [s.story.id, s.members]));
      return measureLookups(db, queries, (s) => members.get(s) ?? []);
    },
    /** Brute-force scans for the first `count` lookup queries. */
    bruteForce(count: number) {
      return measureBruteForce(db, queries.slice(0, count));
    },
    /** `count` single saves of new reports of sampled stories. */
    saves(count: number) {
      return measureSaves(
        db,
        Array.from({ length: count }, () => pick().report()),
        NOW,
      );
    },
  };
}
