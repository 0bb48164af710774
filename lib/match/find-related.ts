/**
 * Related coverage of an article in the corpus: candidates through the multiEntry index of rare
 * keys (so cost grows with the candidates, not the corpus), then scoring of those candidates only.
 */
import { documentFrequencies, statKeys } from '../corpus/articles';
import type { CorpusDb, StoredFeatures } from '../corpus/db';
import { computeFeatures, keyLabels, minhashSimilarity, type ArticleFeatures } from './features';
import { scorePair, type PairScore } from './score';

export interface RelatedMatch {
  id: string;
  score: number;
  sameStory: boolean;
  /** Near-identical text from another record: a syndicated or republished copy. */
  syndicated: boolean;
  why: MatchReason;
}

export interface MatchReason {
  sharedEntities: string[];
  sharedTerms: string[];
  /** Days between publication dates, null when either is unknown. */
  days: number | null;
}

export interface MatchQuery {
  title: string;
  text: string;
  /** Days since the epoch of the publication date, or null. */
  day: number | null;
  /** Precomputed features (stored articles have them). */
  features?: ArticleFeatures | Pick<StoredFeatures, 'terms' | 'entities' | 'keys' | 'minhash' | 'nearKeys'>;
}

export interface FindOptions {
  /** Leave this article out (the query itself when it is in the corpus). */
  excludeId?: string;
  limit?: number;
}

/** Score at or above which two articles are reported as the same story. */
export const SAME_STORY_THRESHOLD = 0.3;
/** Score at or above which an article is listed as related (same topic, another story). */
export const RELATED_THRESHOLD = 0.12;
/** Estimated shingle overlap above which two texts are copies of one another. */
const SYNDICATED_SIMILARITY = 0.5;
const MAX_KEYS = 30;
const MAX_CANDIDATES = 300;

/** Same-story and related articles for `query`, best first. */
export async function findRelated(
  db: CorpusDb,
  query: MatchQuery,
  options: FindOptions = {},
): Promise<RelatedMatch[]> {
  const features = query.features ?? computeFeatures(query.title, query.text);
  const { df, docCount } = await documentFrequencies(db, [
    ...new Set([...statKeys(features), ...features.keys]),
  ]);
  if (docCount === 0) return [];

  // Rare keys first: a key most of the corpus shares retrieves noise and costs the most.
  const commonLimit = Math.max(25, docCount * 0.05);
  const retrievalKeys = features.keys
    .filter((k) => (df.get(k) ?? 0) > 0 && (df.get(k) ?? 0) <= commonLimit)
    .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0))
    .slice(0, MAX_KEYS);
  const hits = new Map<string, number>();
  const byKey = await Promise.all([
    ...retrievalKeys.map((k) => db.features.where('keys').equals(k).primaryKeys()),
    ...features.nearKeys.map((k) => db.features.where('nearKeys').equals(k).primaryKeys()),
  ]);
  for (const ids of byKey)
    for (const id of ids) if (id !== options.excludeId) hits.set(id, (hits.get(id) ?? 0) + 1);
  const candidateIds = [...hits.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
  const candidates = (await db.features.bulkGet(candidateIds)).filter((c): c is StoredFeatures => Boolean(c));

  const weighting = { df: (key: string) => df.get(key) ?? 0, docCount };
  const queryFeat = { terms: features.terms, entities: features.entities, day: query.day };
  let labels: Map<string, string> | undefined;
  const label = (key: string): string => (labels ??= keyLabels(query.title, query.text)).get(key) ?? key;
  const results: RelatedMatch[] = [];
  for (const candidate of candidates) {
    const pair = scorePair(queryFeat, candidate, weighting);
    const syndicated = minhashSimilarity(features.minhash, candidate.minhash) >= SYNDICATED_SIMILARITY;
    const score = syndicated ? Math.max(pair.score, 0.99) : pair.score;
    if (score < RELATED_THRESHOLD) continue;
    results.push({
      id: candidate.id,
      score: round(score),
      sameStory: score >= SAME_STORY_THRESHOLD,
      syndicated,
      why: reason(pair, label),
    });
  }
  results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return results.slice(0, options.limit ?? 20);
}

function reason(pair: PairScore, label: (key: string) => string): MatchReason {
  const entities = [...new Set(pair.sharedEntities.map((e) => label(`e:${e}`)))];
  const shown = new Set(entities.map((e) => e.toLowerCase()));
  return {
    sharedEntities: entities,
    // A term that is also a shared name says nothing new.
    sharedTerms: [...new Set(pair.sharedTerms.map((t) => label(`t:${t}`)))].filter((t) => !shown.has(t)),
    days: pair.days,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
