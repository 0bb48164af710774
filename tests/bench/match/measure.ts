/**
 * The matcher benchmark's measurements, on any CorpusDb: bulk import, same-story lookups of unsaved
 * reports (the popup's path: features computed, candidates retrieved, scored, clustered), single
 * saves, and a brute-force scan that scores the query against every stored row. Environment-free,
 * so Node (fake-indexeddb) and the extension's service worker (Chromium's IndexedDB) run the same code.
 */
import { extractClaims } from '@/lib/claims/extract-claims';
import { saveArticle } from '@/lib/corpus/articles';
import type { CorpusDb, StoredFeatures } from '@/lib/corpus/db';
import { importArticles } from '@/lib/corpus/import-articles';
import { maintainCorpus } from '@/lib/corpus/maintenance';
import { documentFrequencies } from '@/lib/corpus/stats';
import { computeFeatures } from '@/lib/match/features';
import { findRelated } from '@/lib/corpus/find-related';
import { DEFAULT_MODELS } from '@/lib/match/model';
import { datesOf, liveSide, scoreSides, storedSide } from '@/lib/match/score';
import { dayOf } from '@/lib/corpus/articles';
import type { SyntheticArticle } from './synthetic';

export interface Timing {
  p50: number;
  p95: number;
  mean: number;
  n: number;
}

export function timing(ms: readonly number[]): Timing {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return {
    p50: at(0.5),
    p95: at(0.95),
    mean: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length),
    n: s.length,
  };
}

/** Imports `articles` in one bulk import (matching tables only: claims are computed on demand). */
export async function importCorpus(
  db: CorpusDb,
  articles: readonly SyntheticArticle[],
  now: number,
): Promise<number> {
  const t = performance.now();
  await importArticles(db, articles, 'imported', now, { identity: 'id', claims: false });
  return performance.now() - t;
}

export interface LookupFigures {
  timing: Timing;
  /** On the synthetic stories: how many same-story answers were reports of the query's story. */
  precision: number;
  /** And how many of the story's stored reports were found. */
  recall: number;
}

/** Same-story lookups of unsaved reports; `storyOf` gives the stored reports of each query's story. */
export async function measureLookups(
  db: CorpusDb,
  queries: readonly SyntheticArticle[],
  storyMembers: (story: string) => readonly string[],
): Promise<LookupFigures> {
  const ms: number[] = [];
  let answered = 0;
  let right = 0;
  let expected = 0;
  for (const q of queries) {
    const t = performance.now();
    const matches = await findRelated(db, { title: q.title, text: q.text, day: dayOf(q.publishedTime) });
    ms.push(performance.now() - t);
    const members = new Set(storyMembers(q.story));
    const same = matches.filter((m) => m.sameStory);
    answered += same.length;
    right += same.filter((m) => members.has(m.id)).length;
    expected += Math.min(members.size, 20);
  }
  return {
    timing: timing(ms),
    precision: answered ? right / answered : 1,
    recall: expected ? right / expected : 1,
  };
}

export interface SaveFigures {
  /**
   * The save transaction, given what the popup's save has from the analysis of the open page
   * (features, claims, the statistics of its keys): what the reader waits for in the database.
   */
  store: Timing;
  /** Computing features and claims and reading the keys' statistics: what a cold save adds. */
  prepare: Timing;
  /** Both: a cold save (the context menu on a page whose analysis had no same-story match). */
  cold: Timing;
  /** The upkeep run after each save (journal folding, stale weights), off the reader's path. */
  upkeep: Timing;
}

/**
 * Single saves as the extension makes them: features, claims and statistics first (timed apart),
 * then the save transaction, then the upkeep the background runs after it.
 */
export async function measureSaves(
  db: CorpusDb,
  articles: readonly SyntheticArticle[],
  now: number,
): Promise<SaveFigures> {
  const store: number[] = [];
  const prepare: number[] = [];
  const upkeep: number[] = [];
  for (const a of articles) {
    let t = performance.now();
    const features = computeFeatures(a.title, a.text);
    const prepared = {
      features,
      claims: extractClaims(a),
      // The statistics of its keys, which the page's lookup read (lib/match/candidates.ts).
      statistics: await documentFrequencies(db, features.vocab),
    };
    prepare.push(performance.now() - t);
    t = performance.now();
    await saveArticle(db, a, 'saved', now, prepared);
    store.push(performance.now() - t);
    t = performance.now();
    await maintainCorpus(db);
    upkeep.push(performance.now() - t);
  }
  return {
    store: timing(store),
    prepare: timing(prepare),
    cold: timing(store.map((ms, i) => ms + prepare[i]!)),
    upkeep: timing(upkeep),
  };
}

/** Rows read per transaction while scanning. */
const PAGE = 2_000;

/**
 * Brute force: the query against every stored row with the same pair model (no index, no
 * clustering); returns the ids at or above the same-story probability.
 */
export async function bruteForce(db: CorpusDb, q: SyntheticArticle): Promise<string[]> {
  const features = computeFeatures(q.title, q.text);
  const { df, docCount } = await documentFrequencies(db, features.vocab);
  const day = dayOf(q.publishedTime);
  const side = liveSide({ ...features, day, dates: datesOf(features, day) }, (k) => df.get(k) ?? 0, docCount);
  const found: string[] = [];
  let last = '';
  for (;;) {
    const page: StoredFeatures[] = await db.features.where(':id').above(last).limit(PAGE).toArray();
    if (page.length === 0) break;
    for (const row of page) {
      if (scoreSides(side, storedSide(row)).sameStory >= DEFAULT_MODELS.storyThreshold) found.push(row.id);
    }
    last = page[page.length - 1]!.id;
  }
  return found;
}

/** Brute-force scans of `queries`. */
export async function measureBruteForce(db: CorpusDb, queries: readonly SyntheticArticle[]): Promise<Timing> {
  const ms: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await bruteForce(db, q);
    ms.push(performance.now() - t);
  }
  return timing(ms);
}
