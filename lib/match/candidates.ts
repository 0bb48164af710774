/**
 * The scored candidates of a query: retrieved through the indexes, weighted (the query with live
 * statistics, candidates with their stored IDF), and scored by the calibrated pair models.
 */
import type { CorpusDb, StoredFeatures } from '../corpus/db';
import { vocabOf } from '../corpus/feature-rows';
import { featureRows } from '../corpus/match-queries';
import { documentFrequencies, type KeyStatistics } from '../corpus/stats';
import type { ArticleFeatures } from './features';
import { minhashSimilarity } from './fingerprint';
import type { PairSide } from './pair-features';
import { retrieveCandidates } from './retrieve';
import { DEFAULT_MODELS, liveSide, scoreSides, storedSide, type Models, type PairScore } from './score';

/** What matching needs of the query; stored feature rows qualify. */
export type QueryFeatures = Pick<ArticleFeatures, 'keys' | 'nearKeys' | 'minhash' | 'length'> & {
  /** Keys, unpacked or as a stored row packs them. */
  vocab: string | readonly string[];
  hashes: ArrayLike<number>;
  kinds: ArrayLike<number>;
  tf: ArrayLike<number>;
  lead: ArrayLike<number>;
};

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

export interface Candidate {
  row: StoredFeatures;
  side: PairSide;
  score: PairScore;
  /** Near-identical to the query, names included: a syndicated or republished copy. */
  copy: boolean;
}

/** Estimated shingle overlap from which two texts are copies of one another. */
export const SYNDICATED_SIMILARITY = 0.5;
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
  const querySide = liveSide({ ...features, day: query.day }, df, docCount);
  const weights = new Map(features.vocab.map((k, i) => [k, querySide.vector.weights[i]!]));
  const ids = await retrieveCandidates(db, features, df, docCount, (k) => weights.get(k) ?? 0, {
    excludeId: options.excludeId,
    limit: MAX_CANDIDATES,
  });
  const models = options.models ?? DEFAULT_MODELS;
  return (await featureRows(db, ids))
    .filter((row): row is StoredFeatures => Boolean(row))
    .map((row) => {
      const side = storedSide(row);
      const score = scoreSides(querySide, side, models);
      return {
        row,
        side,
        score,
        // A template filled with other names (results, earnings, weather) is not a copy.
        copy:
          !score.evidence.namesDisjoint &&
          minhashSimilarity(features.minhash, row.minhash) >= SYNDICATED_SIMILARITY,
      };
    })
    .sort((a, b) => b.score.sameStory - a.score.sameStory || (a.row.id < b.row.id ? -1 : 1));
}
