/**
 * A candidate of a query: a stored row scored against the query by the calibrated pair models.
 * The corpus retrieves and reads the rows (lib/corpus/candidates.ts); this scores them.
 */
import type { ArticleFeatures } from './features';
import type { StoredFeatures } from './feature-row';
import { minhashSimilarity } from './fingerprint';
import type { PairSide } from './pair-features';
import { scoreSides, storedSide, type Models, type PairScore } from './score';

/** What matching needs of the query; stored feature rows qualify. */
export type QueryFeatures = Pick<ArticleFeatures, 'keys' | 'nearKeys' | 'minhash' | 'length'> & {
  /** Keys, unpacked or as a stored row packs them. */
  vocab: string | readonly string[];
  hashes: ArrayLike<number>;
  kinds: ArrayLike<number>;
  tf: ArrayLike<number>;
  lead: ArrayLike<number>;
  /** Resolved event dates (a stored row), or the mentions to resolve with the query's day (computed features). */
  dates?: ArrayLike<number>;
  dateMentions?: readonly number[];
};

export interface Candidate {
  row: StoredFeatures;
  side: PairSide;
  score: PairScore;
  /** Near-identical to the query, names included: a syndicated or republished copy. */
  copy: boolean;
}

/** Estimated shingle overlap from which two texts are copies of one another. */
export const SYNDICATED_SIMILARITY = 0.5;

/** `rows` scored against the query (weighted as `querySide`), most likely same story first. */
export function rankCandidates(
  querySide: PairSide,
  queryMinhash: readonly number[],
  rows: readonly StoredFeatures[],
  models: Models,
): Candidate[] {
  return rows
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
          minhashSimilarity(queryMinhash, row.minhash) >= SYNDICATED_SIMILARITY,
      };
    })
    .sort((a, b) => b.score.sameStory - a.score.sameStory || (a.row.id < b.row.id ? -1 : 1));
}
