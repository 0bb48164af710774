/**
 * Candidate retrieval: the articles that share the query's heaviest retrieval keys, or a MinHash
 * band with it, read from the multiEntry indexes. Only keys held by few articles are read, so the
 * work grows with the size of those postings, not with the corpus.
 */
import { idsByNearKey, idsByRetrievalKey } from '../corpus/match-queries';
import type { CorpusDb } from '../corpus/db';
import { idfOf } from './vector';

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
