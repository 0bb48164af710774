/**
 * Related coverage of an article in the corpus. Candidates come from the multiEntry indexes of rare
 * keys and are scored by calibrated pair models (candidates.ts); the story is formed from them as
 * lib/match/related.ts says.
 */
import { computeFeatures } from '../match/features';
import { relatedMatches, type MatchQuery, type RelatedMatch } from '../match/related';
import { getArticle } from './articles';
import { scoreCandidates, type ScoringOptions } from './candidates';
import type { CorpusDb } from './db';
import { featureRows } from './match-queries';

export interface FindOptions extends ScoringOptions {
  limit?: number;
}

/** Same-story and related articles for `query`: the story first, then related coverage, best first. */
export async function findRelated(
  db: CorpusDb,
  query: MatchQuery,
  options: FindOptions = {},
): Promise<RelatedMatch[]> {
  const features = query.features ?? computeFeatures(query.title, query.text);
  const candidates = await scoreCandidates(db, { features, day: query.day }, options);
  return relatedMatches(query, features, candidates, options);
}

/** The stored article `id`'s related coverage, from its stored features (empty when it is not stored). */
export async function findRelatedOfStored(
  db: CorpusDb,
  id: string,
  options: Omit<FindOptions, 'excludeId'> = {},
): Promise<RelatedMatch[]> {
  const [[row], article] = await Promise.all([featureRows(db, [id]), getArticle(db, id)]);
  if (!row || !article) return [];
  return findRelated(
    db,
    { title: article.title, text: article.text, day: row.day, features: row },
    { ...options, excludeId: id },
  );
}
