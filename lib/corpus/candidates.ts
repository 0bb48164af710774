/**
 * The scored candidates of a query: retrieved through the multiEntry indexes, weighted (the query
 * with live statistics, candidates with their stored IDF), and scored by the calibrated pair
 * models (lib/match/candidates.ts).
 *
 * Candidate retrieval: the articles that share the query's heaviest retrieval keys, or a MinHash
 * band with it. Only keys held by few articles are read, so the work grows with the size of those
 * postings, not with the corpus.
 */
import { rankCandidates, type Candidate, type QueryFeatures } from '../match/candidates';
import { vocabOf, type StoredFeatures } from '../match/feature-row';
import { DEFAULT_MODELS, datesOf, liveSide, type Models } from '../match/score';
import { idfOf } from '../match/vector';
import type { CorpusDb } from './db';
import { featureRows, idsByNearKey, idsByRetrievalKey } from './match-queries';
import { documentFrequencies, type KeyStatistics } from './stats';

export interface ScoringOptions {
  /** Leave this stored article out, and its own counts out of the statistics (the query itself when stored). */
  excludeId?: string;
  /** Models to score with (the evaluation passes models fitted without the topic it tests). */
  models?: Models;
  /**
   * Receives the statistics the lookup read for the query's keys (its own counts included): the
   * background keeps them, so saving the analysed page weighs its row without reading them again.
   */
  onStatistics?: (statistics: KeyStatistics) => void;
}

/** Candidates scored against the query (each a row read): more than a story usually has reports in one corpus. */
const MAX_CANDIDATES = 40;

/** The retrieved candidates of a query, each scored against it, most likely same story first. */
export async function scoreCandidates(
  db: CorpusDb,
  query: { features: QueryFeatures; day: number | null },
  options: ScoringOptions = {},
): Promise<Candidate[]> {
  const features = { ...query.features, vocab: vocabOf(query.features) };
  const [[self], stats] = await Promise.all([
    options.excludeId ? featureRows(db, [options.excludeId]) : [undefined],
    documentFrequencies(db, features.vocab),
  ]);
  options.onStatistics?.(stats);
  // The query's own counts are not evidence about the rest of the corpus.
  const own = new Set(self ? vocabOf(self) : []);
  const df = (k: string) => (stats.df.get(k) ?? 0) - (own.has(k) ? 1 : 0);
  const docCount = stats.docCount - (self ? 1 : 0);
  if (docCount <= 0) return [];
  const querySide = liveSide(
    { ...features, day: query.day, dates: datesOf(features, query.day) },
    df,
    docCount,
  );
  const weights = new Map(features.vocab.map((k, i) => [k, querySide.vector.weights[i]!]));
  const ids = await retrieveCandidates(db, features, df, docCount, (k) => weights.get(k) ?? 0, {
    excludeId: options.excludeId,
    limit: MAX_CANDIDATES,
  });
  const rows = (await featureRows(db, ids)).filter((row): row is StoredFeatures => Boolean(row));
  return rankCandidates(querySide, features.minhash, rows, options.models ?? DEFAULT_MODELS);
}

export interface RetrievalOptions {
  excludeId?: string;
  /** Candidates returned at most, best first. */
  limit: number;
}

/**
 * Keys read per query: the heaviest (TF-IDF in the query) of its retrieval keys. The heaviest, not
 * the rarest: the rarest are often accidents shared with one unrelated article, while the names a
 * report repeats are the ones its story's other reports carry too.
 */
const MAX_KEYS = 10;
/**
 * A key in more than this share of the corpus retrieves too much to be worth reading (and says
 * little about the story): 500 articles at 100,000. At least MIN_POSTINGS are always allowed.
 */
const MAX_KEY_SHARE = 0.005;
const MIN_POSTINGS = 50;
/** Sharing a near-duplicate band is evidence enough to score the pair, whatever else they share. */
const NEAR_BONUS = 100;

/** Ids of the articles worth scoring against a query with these keys, most promising first. */
export async function retrieveCandidates(
  db: CorpusDb,
  query: { keys: readonly string[]; nearKeys: readonly string[] },
  df: (key: string) => number,
  docCount: number,
  weight: (key: string) => number,
  options: RetrievalOptions,
): Promise<string[]> {
  const cap = Math.max(MIN_POSTINGS, docCount * MAX_KEY_SHARE);
  const keys = query.keys
    .filter((k) => df(k) > 0 && df(k) <= cap)
    .sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1))
    .slice(0, MAX_KEYS);
  const [byKey, byBand] = await Promise.all([idsByRetrievalKey(db, keys), idsByNearKey(db, query.nearKeys)]);
  // Rank by the IDF mass of the keys shared: one shared rare name outweighs two common terms.
  const score = new Map<string, number>();
  byKey.forEach((ids, i) => {
    const weight = idfOf(df(keys[i]!), docCount);
    for (const id of ids) score.set(id, (score.get(id) ?? 0) + weight);
  });
  for (const ids of byBand) for (const id of ids) score.set(id, (score.get(id) ?? 0) + NEAR_BONUS);
  if (options.excludeId) score.delete(options.excludeId);
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.limit)
    .map(([id]) => id);
}
